//! Acronyms: definitions in the text, and known expansions of the ones used.
//!
//! Definitions follow Schwartz and Hearst (2003), "A simple algorithm for
//! identifying abbreviation definitions in biomedical text": a short form in
//! brackets after its long form ("Lao Front for National Construction (LFNC)"), or
//! the reverse ("CPEC (China Pakistan Economic Corridor)"). The short form has 2 to
//! 10 characters, at most two words, begins with a letter or digit and has a
//! capital letter; the long form is the shortest run of words before the bracket,
//! at most `min(|A| + 5, 2|A|)` words, in which every character of the short form
//! is found right to left, the first at the start of a word.

use crate::EntityKind;
use crate::hash::{self, FxHashMap, Text};

use crate::analysis::Analysis;
use crate::lexicon::{FUNCTION_WORDS, class};
use crate::rules::inline::InlineVec;
use crate::rules::organization::{self, Stops};
use crate::rules::{Candidate, Rule, TokenRange};
use crate::tokenize::{Token, TokenKind};

/// An acronym defined in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Definition {
    pub short: TokenRange,
    pub long: TokenRange,
}

/// Every definition in the document, in text order.
pub(crate) fn definitions(a: &Analysis) -> Vec<Definition> {
    let mut found = Vec::new();
    for open in a.brackets().iter() {
        // The set holds "(" and "[" only.
        let close = match a.bytes(open) {
            b"(" => ")",
            _ => "]",
        };
        let Some(end) = (open + 1..(open + 16).min(a.len())).find(|&k| a.at(k, close)) else {
            continue;
        };
        let inner = TokenRange::new(open + 1, end);
        if inner.first == inner.end {
            continue;
        }
        if let Some(short) = short_form(a, inner) {
            if let Some(long) = long_form_before(a, open, a.text_of(short).trim()) {
                found.push(Definition { short, long });
            }
        } else if open > 0
            && let Some(short) = short_form(a, TokenRange::new(open - 1, open))
            && schwartz_hearst(a.text_of(short).trim(), a.text_of(inner)) == Some(0)
        {
            found.push(Definition { short, long: inner });
        }
    }
    found
}

/// What a defined long form names: a gazetteer entity, an organization phrase, or
/// a phrase with an organization head word in it.
fn long_form_kind(a: &Analysis, long: TokenRange, stops: Stops) -> Option<EntityKind> {
    if let Some(hit) = a.hit(long.first).filter(|h| h.end == long.end) {
        return Some(hit.kind);
    }
    if let Some(kind) = organization::phrase(a, long.first, stops, false)
        .filter(|p| p.range.end == long.end)
        .and_then(|p| p.kind())
    {
        return Some(kind);
    }
    (long.first..long.end)
        .any(|i| a.is_capitalized(i) && a.is(i, class::ORG_HEAD))
        .then_some(EntityKind::Org)
}

/// Entity candidates for defined acronyms: every mention of a short form whose long
/// form names a body or place, and the long form itself.
pub(crate) fn mentions(a: &Analysis, definitions: &[Definition], stops: Stops) -> Vec<Candidate> {
    let mut out = Vec::new();
    // first token of a short form -> (its tokens, what its long form names)
    let mut shorts: FxHashMap<Text, Vec<(usize, &str, EntityKind)>> = hash::document_map();
    // Whether every short form begins with a word in capitals ("CPC", most do).
    let mut first_words_in_capitals = true;
    for d in definitions {
        let Some(kind) = long_form_kind(a, d.long, stops) else {
            continue;
        };
        out.push(Candidate::new(d.long, kind, Rule::AcronymLongForm, None));
        let short = a.text_of(d.short);
        first_words_in_capitals &= a.token(d.short.first).is_some_and(|t| t.all_caps());
        let same_first_word = shorts.entry(Text(a.word(d.short.first))).or_default();
        if !same_first_word.iter().any(|&(_, s, _)| s == short) {
            same_first_word.push((d.short.len(), short, kind));
        }
    }
    if shorts.is_empty() {
        return out;
    }
    // First bytes and lengths of the first words: most words are ruled out by these
    // two tests, before they are hashed.
    let mut first_bytes = [false; 256];
    let (mut shortest, mut longest) = (usize::MAX, 0);
    for Text(w) in shorts.keys() {
        first_bytes[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
        shortest = shortest.min(w.len());
        longest = longest.max(w.len());
    }
    // Capitalized words only; words in capitals only if every short form's first
    // word is one (a word's shape comes with its letters): a few in a hundred
    // tokens, where capitalized words are one in four.
    let candidates = if first_words_in_capitals {
        a.acronyms()
    } else {
        a.capitals()
    };
    for i in candidates.iter() {
        let t = &a.tokens[i];
        if !t.capitalized() {
            continue;
        }
        let span = t.span();
        if !(shortest..=longest).contains(&span.len())
            || !a
                .text
                .as_bytes()
                .get(span.start)
                .is_some_and(|&b| first_bytes[usize::from(b)])
        {
            continue;
        }
        for &(n, short, kind) in shorts.get(&Text(a.word(i))).into_iter().flatten() {
            let r = TokenRange::new(i, i + n);
            if r.end <= a.len() && a.text_of(r) == short {
                out.push(Candidate::new(r, kind, Rule::AcronymDefined, None));
            }
        }
    }
    out
}

/// The tokens `r` if they look like a short form: 2 to 10 characters besides white
/// space, at most two words, a letter or digit first, a capital (two if longer than
/// five characters), nothing but letters, digits and `-/&.`. One pass, which stops
/// at the first character that rules the text out.
fn short_form(a: &Analysis, r: TokenRange) -> Option<TokenRange> {
    let text = a.text_of(r);
    if !text.chars().next()?.is_alphanumeric() {
        return None;
    }
    let (mut words, mut chars, mut capitals) = (0, 0, 0);
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        if !(c.is_alphanumeric() || matches!(c, '-' | '/' | '&' | '.')) {
            return None;
        }
        if !in_word {
            in_word = true;
            words += 1;
        }
        chars += 1;
        if chars > 10 || words > 2 {
            return None;
        }
        if c.is_uppercase() {
            capitals += 1;
        }
    }
    let ok = chars >= 2 && capitals >= 1 && (capitals >= 2 || chars <= 5);
    ok.then_some(r)
}

/// The long form for `short` ending right before token `open`, within the sentence.
fn long_form_before(a: &Analysis, open: usize, short: &str) -> Option<TokenRange> {
    let letters = short.chars().filter(|c| c.is_alphanumeric()).count();
    let max_words = (letters + 5).min(letters * 2);
    // Word tokens back to the sentence start, at most max_words of them.
    let mut first = open;
    let mut words = 0;
    while first > 0 && words < max_words {
        let t = &a.tokens[first - 1];
        if matches!(a.word(first - 1), "(" | ")" | ";" | ":" | "\"" | "“" | "”") {
            break;
        }
        first -= 1;
        if t.is_word() {
            words += 1;
        }
        if t.sentence_start() {
            break;
        }
    }
    if first == open {
        return None;
    }
    if let Some(long) = initials_before(a, first, open, short) {
        return Some(long);
    }
    let window = a.span(TokenRange::new(first, open)).range();
    let start = window.start + schwartz_hearst(short, &a.text[window.clone()])?;
    let first_token = (first..open).find(|&k| a.tokens[k].start() == start)?;
    Some(TokenRange::new(first_token, open))
}

/// The words right before `open` whose initials spell `short`, counting lower-case
/// function words or not: "Code of Conduct (COC)", "Front for National Solidarity
/// (FNS)". Where the initials line up, they beat Schwartz and Hearst's shortest
/// match ("Conduct").
fn initials_before(a: &Analysis, first: usize, open: usize, short: &str) -> Option<TokenRange> {
    // The short form's letters, lower-cased, last first: read again for each pass,
    // as the words are, rather than collected (one bracket after another in a
    // long text made a vector each).
    let letters = || {
        short
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .rev()
            .peekable()
    };
    let words = || (first..open).rev().filter(|&k| a.is_word(k));
    // Content words first ("Front for National Solidarity (FNS)"), then every
    // word ("Code of Conduct (COC)").
    for skip_function_words in [true, false] {
        let mut letters = letters();
        for k in words() {
            if skip_function_words && a.is_function_word(k) && a.tokens[k].lowercase() {
                continue;
            }
            let initial = a
                .word(k)
                .chars()
                .next()
                .and_then(|c| c.to_lowercase().next());
            if letters.next().is_none_or(|letter| initial != Some(letter)) {
                break;
            }
            // A long form does not begin with a lower-case function word.
            if letters.peek().is_none() && !(a.is_function_word(k) && a.tokens[k].lowercase()) {
                return Some(TokenRange::new(k, open));
            }
        }
    }
    None
}

/// Schwartz and Hearst's best long form: the byte offset in `long` where the long
/// form for `short` starts, or None.
pub(crate) fn schwartz_hearst(short: &str, long: &str) -> Option<usize> {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    // Both strings are read from their ends, character by character, with no
    // vector of either: a text of brackets one after another calls this for each.
    let mut wanted = short
        .chars()
        .rev()
        .flat_map(|c| c.to_lowercase().rev())
        .peekable();
    let mut unread = long.char_indices().rev();
    // Byte offset of the last character matched: of the long form's first letter.
    let mut matched = long.len();
    while let Some(c) = wanted.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        // The short form's first character must open a word of the long form.
        let opens_word = wanted.peek().is_none();
        matched = loop {
            let (at, l) = unread.next()?;
            let inside_word = || {
                long[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            };
            if lower(l) == c && !(opens_word && inside_word()) {
                break at;
            }
        };
    }
    // Back to the start of the word holding the first character.
    let mut start = long[..matched]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    // "Front for National Solidarity (FNS)": the first letter matched "for", but a
    // lower-case function word does not open a name when the word before it has
    // the same initial.
    while let Some(previous) = previous_word_start(long, start) {
        let word = long[start..].split_whitespace().next().unwrap_or("");
        let same_initial =
            long[previous..].chars().next().map(lower) == word.chars().next().map(lower);
        if FUNCTION_WORDS.contains(&word) && same_initial {
            start = previous;
        } else {
            break;
        }
    }
    Some(start)
}

/// Byte offset of the word before the one starting at `start`.
fn previous_word_start(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].trim_end();
    if before.is_empty() {
        return None;
    }
    Some(before.rfind(char::is_whitespace).map_or(0, |k| {
        k + before[k..].chars().next().map_or(1, char::len_utf8)
    }))
}

/// How deep acronyms inside long forms are expanded: "IDCPC" -> "... of the CPC
/// Central Committee" -> "... of the Communist Party of China Central Committee" is
/// one level. The bound also ends a cycle of long forms naming each other.
const MAX_EXPANSION_DEPTH: usize = 3;

/// `long` with every acronym inside it spelled out by `expand`, recursively:
/// "International Department of the CPC Central Committee" gives "International
/// Department of the Communist Party of China Central Committee" when `expand` knows
/// "CPC". None if no word of `long` is an acronym `expand` knows. White space between
/// words is kept as written.
pub(crate) fn spell_out(long: &str, expand: &impl Fn(&str) -> Option<String>) -> Option<String> {
    spell_out_within(long, expand, MAX_EXPANSION_DEPTH)
}

fn spell_out_within(
    long: &str,
    expand: &impl Fn(&str) -> Option<String>,
    depth: usize,
) -> Option<String> {
    if depth == 0 {
        return None;
    }
    let mut out = String::new();
    let mut copied = 0;
    for (start, word) in words_with_offsets(long) {
        if !looks_like_acronym(word) {
            continue;
        }
        let Some(inner) = expand(word).filter(|inner| inner != word) else {
            continue;
        };
        out.push_str(&long[copied..start]);
        match spell_out_within(&inner, expand, depth - 1) {
            Some(deeper) => out.push_str(&deeper),
            None => out.push_str(&inner),
        }
        copied = start + word.len();
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&long[copied..]);
    Some(out)
}

/// The words of `text` split at white space, each with its byte offset.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// True for a word in capitals and digits with two or more capitals: "CPC", "G20".
fn looks_like_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// Most bytes of a short form looked up by the initials of a name: the longest
/// word in capitals taken for an acronym ([`resolve`](crate::resolve)).
pub(crate) const MAX_INITIALS: usize = 8;

/// Initials as UTF-8 bytes, without an allocation.
pub(crate) type Initials = InlineVec<u8, MAX_INITIALS>;

/// The initials of the capitalized words of a name, if it has two or more: "SAC"
/// for "State Administration Council". None also when they take more than
/// [`MAX_INITIALS`] bytes: no short form that long is looked up.
///
/// Read from the name's `tokens` (of `text`), not from its characters: words are
/// separated by white space or hyphens, so a token opens one when white space or
/// a hyphen comes right before it, and its shape bits tell whether it is
/// capitalized.
/// Only the first character of such a token is read.
pub(crate) fn initials(text: &str, tokens: &[Token]) -> Option<Initials> {
    let mut out = Initials::default();
    let mut chars = 0;
    let mut word_start = true;
    for t in tokens {
        if (word_start || t.space_before()) && t.capitalized() {
            let first = text[t.start()..].chars().next()?;
            let mut buf = [0; 4];
            for &b in first.encode_utf8(&mut buf).as_bytes() {
                if !out.push(b) {
                    return None;
                }
            }
            chars += 1;
        }
        word_start = t.kind() == TokenKind::Punct && t.text(text).starts_with('-');
    }
    (chars >= 2).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn schwartz_hearst_finds_the_shortest_long_form() {
        let long = "Minister of the Front for National Solidarity";
        let start = schwartz_hearst("FNS", long).unwrap();
        assert_eq!(&long[start..], "Front for National Solidarity");
        let long = "Minister of the Front for National Solidarity";
        assert_eq!(
            &long[schwartz_hearst("FS", long).unwrap()..],
            "Front for National Solidarity"
        );
        let long = "the cleared unexploded ordnance";
        assert_eq!(
            &long[schwartz_hearst("UXO", long).unwrap()..],
            "unexploded ordnance"
        );
        assert_eq!(schwartz_hearst("XYZ", "the National Front"), None);
    }

    #[test]
    fn acronyms_inside_a_long_form_are_spelled_out_recursively() {
        let expand = |w: &str| match w {
            "ABC" => Some("Alpha Bureau of the XYZ".to_string()),
            "XYZ" => Some("Xeno Youth Zone".to_string()),
            "LOOP" => Some("Left of LOOP".to_string()),
            _ => None,
        };
        assert_eq!(
            spell_out("Office of the ABC  Board", &expand).as_deref(),
            Some("Office of the Alpha Bureau of the Xeno Youth Zone  Board")
        );
        assert_eq!(spell_out("Office of the Board", &expand), None);
        assert_eq!(spell_out("Office of the Abc", &expand), None);
        // A long form naming itself is expanded a bounded number of times.
        assert_eq!(
            spell_out("LOOP", &expand).as_deref(),
            Some("Left of Left of Left of LOOP")
        );
    }

    fn initials_of(name: &str) -> Option<Initials> {
        initials(name, &tokenize(name))
    }

    #[test]
    fn initials_of_capitalized_words() {
        assert_eq!(
            initials_of("National Security Council").as_deref(),
            Some(&b"NSC"[..])
        );
        assert_eq!(
            initials_of("Ministry of Foreign Affairs").as_deref(),
            Some(&b"MFA"[..])
        );
        assert_eq!(initials_of("the council"), None);
        assert_eq!(
            initials_of("Ärzte Über"),
            Initials::from_slice("ÄÜ".as_bytes())
        );
        assert_eq!(initials_of("A B C D E F G H I"), None);
        assert_eq!(initials_of("Sino-Lao  ASEAN"), Initials::from_slice(b"SLA"));
        // Tokens that touch are one word; a vertical tab is white space.
        assert_eq!(initials_of("O'Brien Group"), Initials::from_slice(b"OG"));
        assert_eq!(initials_of("Sino\u{b}Lao"), Initials::from_slice(b"SL"));
    }
}
