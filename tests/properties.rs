//! Property tests: on any text, extraction never panics and its output keeps its
//! invariants. The text is built from the project's own vocabulary (names, role
//! words, organization heads, connectors) mixed with punctuation, brackets, quotes,
//! line breaks, Chinese characters, emoji, combining marks and control characters.

use proptest::prelude::*;
use whoswho::{Document, Extractor, Span};

const PIECES: &[&str] = &[
    "Zhou",
    "Wenbin",
    "Maria",
    "Lopez",
    "Tran",
    "Van",
    "Khoa",
    "Mr.",
    "H.E.",
    "Dr",
    "K.",
    "de",
    "bin",
    "al-",
    "Minister",
    "minister",
    "Vice",
    "Deputy",
    "first",
    "former",
    "General",
    "Secretary",
    "Secretary-General",
    "Prime",
    "President",
    "Chairman",
    "member",
    "head",
    "of",
    "the",
    "and",
    ",",
    ", and",
    "for",
    "in",
    "to",
    "Committee",
    "Party",
    "Central",
    "Communist",
    "Front",
    "Union",
    "Council",
    "Ministry",
    "Department",
    "National",
    "Assembly",
    "Standing",
    "Political",
    "Bureau",
    "Province",
    "China",
    "Laos",
    "Hanoi",
    "BEIJING",
    "U.S.",
    "CPC",
    "ASEAN",
    "UN",
    "(",
    ")",
    "[",
    "]",
    "(FNS)",
    "'s",
    "’s",
    "\"",
    "“",
    "”",
    "-",
    "--",
    "—",
    ".",
    "!",
    "?",
    ";",
    ":",
    "/",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "said",
    "met",
    "2024",
    "19th",
    "中国",
    "习近平",
    "😀",
    "e\u{301}",
    "\u{301}",
    "\u{0}",
    "\u{7}",
    "\u{200b}",
    "\u{feff}",
    "İ",
    "ß",
    "Ǆ",
    "ﬁ",
    "\u{2028}",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), prop::bool::ANY), 0..120).prop_map(|parts| {
        let mut text = String::new();
        for (i, space) in parts {
            text.push_str(PIECES[i]);
            if space {
                text.push(' ');
            }
        }
        text
    })
}

fn check_span(text: &str, span: Span, what: &str, shown: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of range"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
    assert_eq!(
        &text[span.range()],
        shown,
        "{what} text must slice the original"
    );
}

fn check_invariants(text: &str, doc: &Document) {
    let mut previous_end = 0;
    for e in doc.entities() {
        check_span(text, e.span, "entity", &e.text);
        assert!(!e.span.is_empty(), "entity {e:?} is empty");
        assert!(
            e.span.start >= previous_end,
            "entities sorted and non-overlapping: {e:?}"
        );
        previous_end = e.span.end;
    }
    for (i, person) in doc.people().iter().enumerate() {
        assert!(!person.mentions.is_empty(), "a person has a mention");
        for m in &person.mentions {
            check_span(text, m.span, "mention", &m.text);
        }
        for &t in &person.titles {
            assert_eq!(
                doc.titles()[t].holder,
                i,
                "a person's titles name them as holder"
            );
        }
    }
    for t in doc.titles() {
        check_span(text, t.span, "title", &t.title);
        assert!(
            t.holder < doc.people().len(),
            "title holder is one of the people"
        );
        assert_eq!(t.person, doc.people()[t.holder].name);
        check_span(text, t.role.span, "role", &t.role.text);
        assert!(t.span.contains(t.role.span), "role inside its title");
        for m in &t.modifiers {
            check_span(text, m.span, "modifier", &m.text);
            assert!(t.span.contains(m.span), "modifier inside its title");
        }
        for link in &t.chain {
            check_span(text, link.span, "chain link", &link.text);
            assert!(t.span.contains(link.span), "chain link inside its title");
        }
    }
    for a in doc.acronyms() {
        check_span(text, a.short_span, "acronym", &a.short);
        if let Some(long) = a.long_span {
            check_span(text, long, "long form", &a.long);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn output_invariants_hold_on_generated_text(text in text_strategy()) {
        let extractor = Extractor::default();
        let doc = extractor.extract(&text);
        check_invariants(&text, &doc);
        prop_assert_eq!(doc, extractor.extract(&text), "extraction is deterministic");
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let doc = Extractor::default().extract(&text);
        check_invariants(&text, &doc);
    }
}

#[test]
fn long_inputs_of_one_kind_are_handled() {
    let extractor = Extractor::default();
    for piece in [
        "Minister of the ",
        "Zhou ",
        "(",
        "of the ",
        "CPC ",
        "a",
        "Committee and ",
        "\n",
        // One hyphenated word of 120,000 tokens: longer than a name run may be.
        "Zhou-Li-Wang-",
    ] {
        let text = piece.repeat(20_000);
        let doc = extractor.extract(&text);
        check_invariants(&text, &doc);
    }
}
