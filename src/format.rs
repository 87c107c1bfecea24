//! Output formats for a [`Document`]: JSON with character offsets, spaCy displaCy,
//! CoNLL BIO columns, brat standoff and a self-contained HTML page.
//!
//! The [`Document`] speaks in byte offsets, which is what Rust slices want; most other
//! tools (Python, brat, displaCy) count characters. Every function here takes the
//! original text beside the document so that it can convert offsets and quote spans;
//! none of them re-runs extraction, so they are cheap and deterministic.
//!
//! ```
//! let text = "Ana Silva met officials in Santiago.";
//! let doc = whoswho::Extractor::default().extract(text);
//! let page = whoswho::format::html(&[("doc-1", text, &doc)]);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;

use std::cell::RefCell;

use serde::Serialize;
use serde_json::{Value, json};

use crate::{AcronymOrigin, Document, EntityKind, Span};

/// Converts byte offsets into character offsets (Unicode scalar values, as Python's
/// `len` and slicing count them).
///
/// Built once per text in O(n) so that each lookup is O(1): formats convert every span
/// of a document, and a search per span would be quadratic on long texts. For ASCII
/// text no table is kept at all, since bytes and characters coincide.
#[derive(Clone, Debug)]
pub struct CharOffsets {
    /// `table[b]` is the character index of byte `b`, for every `b` in `0..=len`;
    /// empty for ASCII text.
    table: Vec<u32>,
    /// Length of the text in bytes.
    len: usize,
}

impl CharOffsets {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets {
                table: Vec::new(),
                len: text.len(),
            };
        }
        let mut table = Vec::with_capacity(text.len() + 1);
        let mut chars = 0u32;
        for (_, c) in text.char_indices() {
            // Every byte of a character maps to that character's index, so an offset
            // that is not on a boundary still lands on the character containing it.
            table.extend(std::iter::repeat_n(chars, c.len_utf8()));
            chars += 1;
        }
        table.push(chars);
        CharOffsets {
            table,
            len: text.len(),
        }
    }

    /// The character offset of byte offset `byte` (clamped to the end of the text).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        if self.table.is_empty() {
            byte
        } else {
            self.table[byte] as usize
        }
    }

    /// A byte span as a character range `(start, end)`.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }
}

/// The byte-to-character map of `text`, for callers who only need the function.
pub fn char_offsets(text: &str) -> impl Fn(usize) -> usize {
    let map = CharOffsets::new(text);
    move |byte| map.char_at(byte)
}

/// The label used for title spans in displaCy, brat and CoNLL-like outputs.
pub const TITLE_LABEL: &str = "TITLE";

/// The document as one line of JSON, `{"id": id, ...}`, with `char_start` and
/// `char_end` beside every byte `start` and `end`, for JavaScript and Python readers.
pub fn jsonl(id: &Value, text: &str, doc: &Document<'_>) -> String {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a Value,
        #[serde(flatten)]
        doc: &'a Document<'a>,
    }
    with_span_chars(CharOffsets::new(text), || {
        serde_json::to_string(&Line { id, doc }).unwrap_or_default()
    })
}

thread_local! {
    /// The character offsets of the text whose document [`jsonl`] is serializing on
    /// this thread, for [`Span`]'s `Serialize` to write beside its byte offsets.
    ///
    /// serde gives `Serialize` no context, and the alternatives cost more: a second
    /// tree of types mirroring the document's, or a pass over the finished JSON
    /// (the first version parsed it back into a tree, which cost more than extraction
    /// itself in the annotate profile; a search for the span keys still cost a tenth
    /// of it).
    static SPAN_CHARS: RefCell<Option<CharOffsets>> = const { RefCell::new(None) };
}

/// Runs `f` with every [`Span`] serialized on this thread carrying `char_start` and
/// `char_end` from `chars`; cleared afterwards, even if `f` panics.
fn with_span_chars<R>(chars: CharOffsets, f: impl FnOnce() -> R) -> R {
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            SPAN_CHARS.with(|c| c.borrow_mut().take());
        }
    }
    SPAN_CHARS.with(|c| *c.borrow_mut() = Some(chars));
    let _clear = Clear;
    f()
}

/// The character range of `span` while [`jsonl`] serializes on this thread.
pub(crate) fn serializing_char_span(span: Span) -> Option<(usize, usize)> {
    SPAN_CHARS.with(|c| c.borrow().as_ref().map(|chars| chars.span(span)))
}

/// spaCy displaCy "manual" input: `{"text", "ents": [{"start", "end", "label",
/// "kb_id"}], "title": null}`, with character offsets.
///
/// displaCy draws flat, non-overlapping spans, while a title usually contains the
/// organizations of its chain. So every entity is drawn (PERSON, ORG, LOC, `kb_id` its
/// id or `""`), and each title is drawn as `TITLE` in the largest form that touches no
/// entity: the whole title if it is free, else its modifiers and role ("Vice
/// Minister"), else its role alone, else not at all. Spans are sorted by start.
pub fn displacy(text: &str, doc: &Document<'_>) -> Value {
    let chars = CharOffsets::new(text);
    let mut spans: Vec<(Span, &str, &str)> = doc
        .entities()
        .iter()
        .map(|e| (e.span, e.kind.label(), e.id.unwrap_or("")))
        .collect();
    let entity_spans: Vec<Span> = spans.iter().map(|s| s.0).collect();
    let free = |s: Span, taken: &[(Span, &str, &str)]| {
        !s.is_empty() && !taken.iter().any(|t| t.0.overlaps(s))
    };
    for title in doc.titles() {
        let head = title
            .modifiers
            .iter()
            .filter(|m| m.span.end <= title.role.span.start)
            .map(|m| m.span)
            .fold(title.role.span, Span::cover);
        let candidates = [title.span, head, title.role.span];
        if let Some(&span) = candidates.iter().find(|&&s| free(s, &spans)) {
            spans.push((span, TITLE_LABEL, ""));
        }
    }
    debug_assert!(entity_spans.iter().all(|s| spans.iter().any(|t| t.0 == *s)));
    spans.sort_by_key(|s| (s.0.start, s.0.end));
    let ents: Vec<Value> = spans
        .iter()
        .map(|(span, label, kb_id)| {
            let (start, end) = chars.span(*span);
            json!({"start": start, "end": end, "label": label, "kb_id": kb_id})
        })
        .collect();
    json!({"text": text, "ents": ents, "title": Value::Null})
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Jr", "Sr",
    "No", "vs", "etc", "Gov", "Sen", "Rep", "Rev", "Hon", "Amb", "Jan", "Feb", "Mar", "Apr", "Aug",
    "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "Ltd",
];

/// Splits `text` into tokens (byte spans): runs of letters and digits (with inner
/// apostrophes and hyphens), and each other non-space character alone. A token never
/// crosses a position in `cuts` (sorted), so entity boundaries are token boundaries.
fn tokens(text: &str, cuts: &[usize]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut cut = cuts.iter().copied().peekable();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        while cut.next_if(|&p| p < i).is_some() {}
        if cut.peek() == Some(&i)
            && let Some(s) = start.take()
        {
            out.push(Span::new(s, i));
        }
        let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (start.is_some() && matches!(c, '\'' | '’' | '-') && next_is_word)
        {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Span::new(s, i));
        }
        if !c.is_whitespace() {
            out.push(Span::new(i, i + c.len_utf8()));
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// CoNLL-style columns: `token<TAB>tag` per line with BIO tags over the flat entity
/// layer (`B-PERSON`, `I-ORG`, `O`), and a blank line between sentences.
///
/// Titles are not tagged: they overlap entities, and BIO columns hold one flat layer.
/// Tokens are split at entity boundaries, so each entity is a whole number of tokens.
/// Sentences end at `.`, `!` or `?` (outside entities, not after a known abbreviation
/// or a single capital) before a capital, digit or quote, and at blank lines.
pub fn conll(text: &str, doc: &Document<'_>) -> String {
    let entities = doc.entities();
    let mut cuts: Vec<usize> = entities
        .iter()
        .flat_map(|e| [e.span.start, e.span.end])
        .collect();
    cuts.sort_unstable();
    let toks = tokens(text, &cuts);
    let mut out = String::new();
    let mut ent = 0usize;
    let mut inside = |tok: Span| -> Option<(EntityKind, bool)> {
        while ent < entities.len() && entities[ent].span.end <= tok.start {
            ent += 1;
        }
        let e = entities.get(ent)?;
        e.span
            .contains(tok)
            .then_some((e.kind, tok.start == e.span.start))
    };
    for (k, &tok) in toks.iter().enumerate() {
        let word = &text[tok.range()];
        let tag = inside(tok);
        match tag {
            None => {
                let _ = writeln!(out, "{word}\tO");
            }
            Some((kind, first)) => {
                let bio = if first { "B" } else { "I" };
                let _ = writeln!(out, "{word}\t{bio}-{}", kind.label());
            }
        }
        let Some(&next) = toks.get(k + 1) else { break };
        let gap = &text[tok.end..next.start];
        let blank_line = gap.matches('\n').count() >= 2;
        let next_word = &text[next.range()];
        let ends = matches!(word, "." | "!" | "?")
            && tag.is_none()
            && next_word
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘(".contains(c))
            && !k.checked_sub(1).is_some_and(|p| {
                let prev = &text[toks[p].range()];
                toks[p].end == tok.start
                    && (ABBREVIATIONS.contains(&prev)
                        || (prev.chars().count() == 1 && prev.chars().all(char::is_uppercase)))
            });
        if ends || blank_line {
            out.push('\n');
        }
    }
    out
}

/// Quotes a span for brat: its character offsets (split into fragments at line
/// breaks, as brat wants) and its text with line breaks as spaces.
fn brat_span(text: &str, chars: &CharOffsets, span: Span) -> (String, String) {
    let mut fragments = Vec::new();
    let mut start = span.start;
    for (i, c) in text[span.range()].char_indices() {
        if c == '\n' || c == '\r' {
            let at = span.start + i;
            if at > start {
                fragments.push(format!("{} {}", chars.char_at(start), chars.char_at(at)));
            }
            start = at + 1;
        }
    }
    if span.end > start {
        fragments.push(format!(
            "{} {}",
            chars.char_at(start),
            chars.char_at(span.end)
        ));
    }
    let quoted = text[span.range()].replace(['\n', '\r', '\t'], " ");
    (fragments.join(";"), quoted)
}

/// brat standoff annotations (the `.ann` beside the `.txt`), with character offsets.
///
/// - `T` lines: every entity (`PERSON`, `ORG`, `LOC`), then every title (`TITLE`);
/// - `R` lines: `Holds Arg1:<title> Arg2:<first mention of its holder>`;
/// - `#` lines: `AnnotatorNotes` on each acronym's first short form, holding its long
///   form. An acronym or mention that is not itself an entity gets its own `T` line
///   (`ACRONYM`, `PERSON`) so that the note or relation has something to point at.
pub fn brat(text: &str, doc: &Document<'_>) -> String {
    let chars = CharOffsets::new(text);
    let mut out = String::new();
    let mut next_t = 0usize;
    let mut by_span: HashMap<(Span, &str), usize> = HashMap::new();
    let mut add = |out: &mut String, label: &'static str, span: Span| -> usize {
        if let Some(&t) = by_span.get(&(span, label)) {
            return t;
        }
        next_t += 1;
        let (offsets, quoted) = brat_span(text, &chars, span);
        let _ = writeln!(out, "T{next_t}\t{label} {offsets}\t{quoted}");
        by_span.insert((span, label), next_t);
        next_t
    };
    for e in doc.entities() {
        add(&mut out, e.kind.label(), e.span);
    }
    let title_ts: Vec<usize> = doc
        .titles()
        .iter()
        .map(|t| add(&mut out, TITLE_LABEL, t.span))
        .collect();
    let mut relations = String::new();
    for (r, (title, &t)) in doc.titles().iter().zip(&title_ts).enumerate() {
        let holder = doc.holder(title);
        let Some(first) = holder.mentions.iter().min_by_key(|m| m.span) else {
            continue;
        };
        let p = add(&mut out, "PERSON", first.span);
        let _ = writeln!(relations, "R{}\tHolds Arg1:T{t} Arg2:T{p}", r + 1);
    }
    out.push_str(&relations);
    let mut notes = 0usize;
    for acronym in doc.acronyms() {
        let t = doc
            .entities()
            .iter()
            .find(|e| e.span == acronym.short_span)
            .map(|e| add(&mut out, e.kind.label(), e.span))
            .unwrap_or_else(|| add(&mut out, "ACRONYM", acronym.short_span));
        notes += 1;
        let long = acronym.long.replace(['\n', '\r', '\t'], " ");
        let _ = writeln!(out, "#{notes}\tAnnotatorNotes T{t}\t{long}");
    }
    out
}

/// Escapes text for HTML element content and attribute values alike.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The style sheet of [`html`]: displaCy's entity look, a plain table, print rules.
const CSS: &str = r#"
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1.5em; color: #222; background: #fff; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1em; color: #555; margin: 1.2em 0 0.4em; }
.legend mark { margin-right: 0.6em; }
table.who { border-collapse: collapse; width: 100%; font-size: 0.92em; }
table.who th, table.who td { border: 1px solid #ddd; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
table.who th { background: #f4f4f4; }
table.who tr:target td { background: #fff6cc; }
table.who ul { margin: 0; padding-left: 1.1em; }
table.who li { margin: 0.15em 0 0.35em; }
.t-text { font-weight: 600; }
.t-struct { color: #555; font-size: 0.92em; }
.role { font-weight: 600; color: #333; }
.mod { font-style: italic; }
.chip { border-radius: 0.3em; padding: 0 0.3em; }
.chip.org { background: #7aecec; } .chip.loc { background: #ff9561; }
.kbid { color: #888; font-size: 0.85em; }
.none { color: #999; }
.text { line-height: 2.5; white-space: pre-wrap; direction: ltr; font-size: 1.02em; margin-top: 0.6em; }
mark.entity { padding: 0.3em 0.5em; margin: 0 0.2em; line-height: 1; border-radius: 0.35em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.entity::after { content: attr(data-type); font-size: 0.7em; font-weight: bold; line-height: 1; vertical-align: middle; margin-left: 0.45rem; text-transform: uppercase; }
mark.person { background: #aa9cfc; } mark.org { background: #7aecec; } mark.loc { background: #ff9561; }
.title { text-decoration: underline; text-decoration-color: #d33; text-decoration-thickness: 2px; text-underline-offset: 0.45em; }
.title > a { color: inherit; text-decoration: inherit; }
abbr[title] { text-decoration: underline dotted; cursor: help; }
.acronyms { font-size: 0.92em; }
@media print {
  body { max-width: none; margin: 0; }
  section.doc + section.doc { break-before: page; }
  mark.entity, .chip, table.who th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.who tr { break-inside: avoid; }
}
"#;

/// The class of an entity kind's mark.
fn kind_class(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Org => "org",
        EntityKind::Loc => "loc",
    }
}

/// One element to draw over the text, before nesting is settled.
struct Layer {
    span: Span,
    /// 0 titles (outermost), 1 entities, 2 acronyms (innermost).
    depth: u8,
    open: String,
    close: &'static str,
}

/// True if `a` and `b` overlap without one containing the other.
fn crosses(a: Span, b: Span) -> bool {
    a.overlaps(b) && !a.contains(b) && !b.contains(a)
}

/// Trims ASCII and Unicode white space off both ends of a span.
fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// Byte spans of the whole-word occurrences of `needle` in `text`.
fn word_occurrences(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .filter(|&(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(i, _)| Span::new(i, i + needle.len()))
        .collect()
}

/// Draws one document's text with its layers, correctly nested.
fn render_text(text: &str, mut layers: Vec<Layer>, out: &mut String) {
    layers.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), a.depth).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            b.depth,
        ))
    });
    let mut pos = 0usize;
    let mut stack: Vec<(usize, &'static str)> = Vec::new();
    for layer in &layers {
        while let Some(&(end, close)) = stack.last() {
            if end > layer.span.start {
                break;
            }
            out.push_str(&escape_html(&text[pos..end]));
            out.push_str(close);
            pos = end;
            stack.pop();
        }
        out.push_str(&escape_html(&text[pos..layer.span.start]));
        pos = layer.span.start;
        out.push_str(&layer.open);
        stack.push((layer.span.end, layer.close));
    }
    while let Some((end, close)) = stack.pop() {
        out.push_str(&escape_html(&text[pos..end]));
        out.push_str(close);
        pos = end;
    }
    out.push_str(&escape_html(&text[pos..]));
}

/// Chooses and nests what [`html`] draws over one document's text.
fn layers(text: &str, doc: &Document<'_>, anchor: &str) -> Vec<Layer> {
    let mut person_of: HashMap<Span, usize> = HashMap::new();
    for (i, p) in doc.people().iter().enumerate() {
        for m in &p.mentions {
            person_of.insert(m.span, i);
        }
    }
    let mut layers = Vec::new();
    for e in doc.entities() {
        let mut open = format!(
            "<mark class=\"entity {}\" data-type=\"{}\" data-start=\"{}\" data-end=\"{}\"",
            kind_class(e.kind),
            e.kind.label(),
            e.span.start,
            e.span.end
        );
        if let Some(id) = &e.id {
            let _ = write!(open, " data-id=\"{}\"", escape_html(id));
        }
        if let Some(p) = person_of.get(&e.span) {
            let _ = write!(open, " data-person=\"person-{p}\"");
        }
        open.push('>');
        layers.push(Layer {
            span: e.span,
            depth: 1,
            open,
            close: "</mark>",
        });
    }
    // Titles: clipped where they cross an entity, dropped where they cross a title.
    let mut kept: Vec<Span> = Vec::new();
    for (i, title) in doc.titles().iter().enumerate() {
        let mut span = title.span;
        for e in doc.entities() {
            if crosses(span, e.span) {
                if e.span.start < span.start {
                    span.start = e.span.end;
                } else {
                    span.end = e.span.start;
                }
            }
        }
        if span.start >= span.end {
            continue;
        }
        span = trim(text, span);
        if span.is_empty() || kept.iter().any(|k| crosses(*k, span)) {
            continue;
        }
        kept.push(span);
        let holder = doc.holder(title);
        let open = format!(
            "<span class=\"title\" data-title=\"{i}\" data-holder=\"person-{h}\" data-start=\"{s}\" data-end=\"{e}\"><a href=\"#{anchor}-person-{h}\" title=\"{who}\">",
            h = title.holder,
            s = span.start,
            e = span.end,
            who = escape_html(&format!("{}: {}", holder.name, title.title)),
        );
        layers.push(Layer {
            span,
            depth: 0,
            open,
            close: "</a></span>",
        });
    }
    // Acronyms: every whole-word use of the short form, where it nests cleanly.
    for acronym in doc.acronyms() {
        for span in word_occurrences(text, &acronym.short) {
            let clean = !layers.iter().any(|l| crosses(l.span, span))
                && !kept.iter().any(|k| crosses(*k, span));
            if clean {
                layers.push(Layer {
                    span,
                    depth: 2,
                    open: format!(
                        "<abbr class=\"acronym\" title=\"{}\">",
                        escape_html(&acronym.long)
                    ),
                    close: "</abbr>",
                });
            }
        }
    }
    layers
}

/// The "who's who" table of one document: a row per person, with titles and mentions.
fn who_table(doc: &Document<'_>, anchor: &str, out: &mut String) {
    if doc.people().is_empty() {
        out.push_str("<p class=\"none\">No people found.</p>\n");
        return;
    }
    out.push_str(
        "<table class=\"who\">\n<thead><tr><th>Person</th><th>Titles</th><th>Mentions</th></tr></thead>\n<tbody>\n",
    );
    for (i, person) in doc.people().iter().enumerate() {
        let _ = write!(
            out,
            "<tr id=\"{anchor}-person-{i}\" data-person=\"person-{i}\"><td class=\"name\">{}</td><td class=\"titles\">",
            escape_html(&person.name)
        );
        if person.titles.is_empty() {
            out.push_str("<span class=\"none\">—</span>");
        } else {
            out.push_str("<ul>");
            for &t in &person.titles {
                let title = &doc.titles()[t];
                let _ = write!(
                    out,
                    "<li data-title=\"{t}\"><span class=\"t-text\">{}</span><div class=\"t-struct\">",
                    escape_html(&title.title)
                );
                for m in &title.modifiers {
                    let _ = write!(out, "<span class=\"mod\">{}</span> ", escape_html(&m.text));
                }
                let _ = write!(
                    out,
                    "<span class=\"role\">{}</span>",
                    escape_html(&title.role.text)
                );
                if !title.chain.is_empty() {
                    out.push_str(" · <span class=\"chain\">");
                    for (k, link) in title.chain.iter().enumerate() {
                        if k > 0 {
                            out.push_str(" → ");
                        }
                        let _ = write!(
                            out,
                            "<span class=\"chip {}\">{}</span>",
                            kind_class(link.kind),
                            escape_html(&link.text)
                        );
                        if let Some(id) = &link.id {
                            let _ = write!(out, " <span class=\"kbid\">{}</span>", escape_html(id));
                        }
                    }
                    out.push_str("</span>");
                }
                out.push_str("</div></li>");
            }
            out.push_str("</ul>");
        }
        out.push_str("</td><td class=\"mentions\">");
        let mut seen: Vec<&str> = Vec::new();
        for m in &person.mentions {
            if !seen.contains(&&*m.text) {
                seen.push(&m.text);
            }
        }
        let mentions: Vec<String> = seen.iter().map(|m| escape_html(m)).collect();
        let _ = writeln!(
            out,
            "{} <span class=\"kbid\">({}×)</span></td></tr>",
            mentions.join(", "),
            person.mentions.len()
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// One self-contained HTML page for a batch of documents `(id, text, document)`.
///
/// Per document: a "who's who" table (a row per person: name, titles with modifiers,
/// role and chain, mentions), the acronyms, then the text with entities marked in the
/// displaCy look, titles underlined and linked to their holder's row, and acronyms
/// carrying their long form as a tooltip. Inline CSS only, no scripts and no external
/// assets, so the page can be mailed, archived or printed as it is.
///
/// Hooks for tools and tests: each entity mark has `data-type`, `data-start` and
/// `data-end` (byte offsets into the text); each title `data-holder="person-N"`; each
/// table row `id="docK-person-N"` and `data-person="person-N"`, where `K` counts the
/// documents from 1 and `N` is the index into [`Document::people`].
///
/// Where a title and an entity cross without nesting, the title is clipped to nest;
/// an acronym use that would cross a mark is left plain.
pub fn html(docs: &[(&str, &str, &Document<'_>)]) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>whoswho</title>\n<style>");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<h1>Who's who</h1>\n");
    out.push_str("<p class=\"legend\"><mark class=\"entity person\" data-type=\"PERSON\">person</mark><mark class=\"entity org\" data-type=\"ORG\">organization</mark><mark class=\"entity loc\" data-type=\"LOC\">place</mark><span class=\"title\">title</span></p>\n");
    for (k, (id, text, doc)) in docs.iter().enumerate() {
        let anchor = format!("doc{}", k + 1);
        let _ = write!(
            out,
            "<section class=\"doc\" id=\"{anchor}\" data-id=\"{}\">\n<h2>{}</h2>\n",
            escape_html(id),
            escape_html(id)
        );
        who_table(doc, &anchor, &mut out);
        if !doc.acronyms().is_empty() {
            out.push_str("<h3>Acronyms</h3>\n<ul class=\"acronyms\">");
            for a in doc.acronyms() {
                let origin = match a.origin {
                    AcronymOrigin::Defined => "defined in the text",
                    AcronymOrigin::Known => "from the gazetteer",
                };
                let _ = write!(
                    out,
                    "<li><b>{}</b> = {} <span class=\"kbid\">({origin})</span></li>",
                    escape_html(&a.short),
                    escape_html(&a.long)
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("<h3>Text</h3>\n<div class=\"text\">");
        render_text(text, layers(text, doc, &anchor), &mut out);
        out.push_str("</div>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn spans_carry_character_offsets_only_inside_jsonl() {
        use crate::Span;
        let span = Span::new(5, 10);
        let plain = serde_json::to_string(&span).unwrap();
        assert_eq!(plain, r#"{"start":5,"end":10}"#);
        let inside = super::with_span_chars(super::CharOffsets::new("Hà Nội x"), || {
            serde_json::to_string(&span).unwrap()
        });
        assert_eq!(
            inside,
            r#"{"start":5,"end":10,"char_start":4,"char_end":7}"#
        );
        // Cleared afterwards, also when the closure panics.
        let _ = std::panic::catch_unwind(|| {
            super::with_span_chars(super::CharOffsets::new("x"), || panic!("inside"))
        });
        assert_eq!(serde_json::to_string(&span).unwrap(), plain);
    }

    #[test]
    fn jsonl_puts_character_offsets_beside_byte_offsets() {
        let text = "Đặng Văn Hùng met Zhou Wenbin in Hà Nội.";
        let doc = crate::Extractor::default().extract(text);
        let line = super::jsonl(&serde_json::json!("d1"), text, &doc);
        assert!(line.starts_with("{\"id\":\"d1\","), "{line}");
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        let zhou = value["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["text"] == "Zhou Wenbin")
            .unwrap();
        let byte = text.find("Zhou").unwrap();
        assert_eq!(zhou["start"], byte);
        assert_eq!(zhou["char_start"], text[..byte].chars().count());
        assert_eq!(
            zhou["char_end"],
            text[..byte].chars().count() + "Zhou Wenbin".len()
        );
        let entity = &line[line.find("\"text\":\"Zhou Wenbin\"").unwrap()..];
        let order: Vec<usize> = ["\"start\"", "\"end\"", "\"char_start\"", "\"char_end\""]
            .iter()
            .map(|k| entity.find(k).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "char offsets follow byte offsets: {entity}"
        );
    }

    use super::*;
    use crate::Extractor;

    /// Non-ASCII names before the spans, an acronym, a title around entities, and
    /// characters that must be escaped.
    const TEXT: &str = "Nguyễn Văn Thắng, Vice Minister of Foreign Affairs of Vietnam, met Song Tao, Minister of the International Department of the CPC Central Committee (IDCPC), in Hà Nội on Monday. Song said the \"A & B\" talks went <well>.";

    fn doc() -> Document<'static> {
        Extractor::default().extract(TEXT)
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "aé😀b";
        let map = CharOffsets::new(text);
        assert_eq!(
            [0, 1, 3, 7, 8].map(|b| map.char_at(b)),
            [0, 1, 2, 3, 4],
            "byte offsets of a, é, 😀, b and the end"
        );
        assert_eq!(map.char_at(2), 1, "inside é: the character containing it");
        assert_eq!(map.char_at(99), 4, "clamped to the end");
        let f = char_offsets("abc");
        assert_eq!(f(2), 2);
    }

    #[test]
    fn displacy_uses_character_offsets_and_keeps_titles_off_entities() {
        let d = doc();
        let v = displacy(TEXT, &d);
        assert_eq!(v["text"], TEXT);
        assert_eq!(v["title"], Value::Null);
        let ents: Vec<(u64, u64, &str, &str)> = v["ents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["start"].as_u64().unwrap(),
                    e["end"].as_u64().unwrap(),
                    e["label"].as_str().unwrap(),
                    e["kb_id"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ents,
            [
                (0, 16, "PERSON", ""),
                (18, 31, "TITLE", ""), // "Vice Minister": the title holds "Vietnam"
                (54, 61, "LOC", "iso:VN"),
                (67, 75, "PERSON", ""),
                (77, 85, "TITLE", ""), // "Minister"
                (93, 146, "ORG", "org:idcpc"),
                (148, 153, "ORG", "org:idcpc"),
                (159, 165, "LOC", "iso:VN-HN"),
                (177, 181, "PERSON", ""),
            ]
        );
        let chars: Vec<char> = TEXT.chars().collect();
        let quote = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        assert_eq!(quote(0, 16), "Nguyễn Văn Thắng");
        assert_eq!(quote(159, 165), "Hà Nội");
    }

    #[test]
    fn conll_tags_whole_tokens_and_splits_sentences() {
        let out = conll(TEXT, &doc());
        let sentences: Vec<&str> = out.trim_end().split("\n\n").collect();
        assert_eq!(sentences.len(), 2, "{out}");
        assert!(
            sentences[0]
                .starts_with("Nguyễn\tB-PERSON\nVăn\tI-PERSON\nThắng\tI-PERSON\n,\tO\nVice\tO\n")
        );
        assert!(out.contains("\nHà\tB-LOC\nNội\tI-LOC\non\tO\n"));
        assert!(out.contains("\n(\tO\nIDCPC\tB-ORG\n)\tO\n"));
        assert!(sentences[1].starts_with("Song\tB-PERSON\nsaid\tO\n"));
        assert!(sentences[1].ends_with("<\tO\nwell\tO\n>\tO\n.\tO"));
        for line in out.lines().filter(|l| !l.is_empty()) {
            let (token, tag) = line.split_once('\t').expect("two columns");
            assert!(!token.is_empty() && !token.contains(char::is_whitespace));
            assert!(tag == "O" || tag.starts_with("B-") || tag.starts_with("I-"));
        }
    }

    #[test]
    fn conll_does_not_split_after_abbreviations() {
        let text = "Mr. Tan Wei met Ana Silva. They spoke.";
        let out = conll(text, &Extractor::default().extract(text));
        assert_eq!(out.trim_end().split("\n\n").count(), 2, "{out}");
    }

    #[test]
    fn brat_lines() {
        let out = brat(TEXT, &doc());
        let expected = "\
T1\tPERSON 0 16\tNguyễn Văn Thắng
T2\tLOC 54 61\tVietnam
T3\tPERSON 67 75\tSong Tao
T4\tORG 93 146\tInternational Department of the CPC Central Committee
T5\tORG 148 153\tIDCPC
T6\tLOC 159 165\tHà Nội
T7\tPERSON 177 181\tSong
T8\tTITLE 18 61\tVice Minister of Foreign Affairs of Vietnam
T9\tTITLE 77 146\tMinister of the International Department of the CPC Central Committee
R1\tHolds Arg1:T8 Arg2:T1
R2\tHolds Arg1:T9 Arg2:T3
#1\tAnnotatorNotes T5\tInternational Department of the CPC Central Committee
T10\tACRONYM 125 128\tCPC
#2\tAnnotatorNotes T10\tCommunist Party of China
";
        assert_eq!(out, expected);
    }

    #[test]
    fn brat_splits_spans_at_line_breaks() {
        let text = "ab\ncd";
        let (offsets, quoted) = brat_span(text, &CharOffsets::new(text), Span::new(0, 5));
        assert_eq!(offsets, "0 2;3 5");
        assert_eq!(quoted, "ab cd");
    }

    #[test]
    fn html_escapes_nests_and_links() {
        let d = doc();
        let page = html(&[("d<1>&'x'", TEXT, &d)]);
        assert!(page.contains("<h2>d&lt;1&gt;&amp;&#39;x&#39;</h2>"));
        assert!(page.contains("the &quot;A &amp; B&quot; talks went &lt;well&gt;."));
        assert!(!page.contains("<well>") && !page.contains("<script"));
        // The title holds the LOC mark, both closed in order, linked to the holder's row.
        assert!(page.contains(
            "<span class=\"title\" data-title=\"0\" data-holder=\"person-0\" data-start=\"23\" data-end=\"66\"><a href=\"#doc1-person-0\""
        ));
        assert!(page.contains(
            "Vice Minister of Foreign Affairs of <mark class=\"entity loc\" data-type=\"LOC\" data-start=\"59\" data-end=\"66\" data-id=\"iso:VN\">Vietnam</mark></a></span>, met "
        ));
        // An acronym inside an entity inside a title.
        assert!(page.contains(
            "of the <abbr class=\"acronym\" title=\"Communist Party of China\">CPC</abbr> Central Committee</mark></a></span> ("
        ));
        assert!(page.contains(
            "<tr id=\"doc1-person-1\" data-person=\"person-1\"><td class=\"name\">Song Tao</td>"
        ));
        assert!(page.contains("<span class=\"chip org\">Foreign Affairs</span> → <span class=\"chip loc\">Vietnam</span>"));
        assert_eq!(
            page.matches("<mark class=\"entity ").count(),
            3 + d.entities().len()
        );
        // Every open tag in the text is closed in the right order.
        let text_div = &page[page.find("<div class=\"text\">").unwrap()..];
        let tags = regex::Regex::new(r"<(/?)(mark|span|a|abbr|div)\b").unwrap();
        let mut stack = Vec::new();
        for c in tags.captures_iter(text_div) {
            if &c[1] == "/" {
                assert_eq!(stack.pop(), Some(c[2].to_string()));
                if stack.is_empty() {
                    break;
                }
            } else {
                stack.push(c[2].to_string());
            }
        }
        assert!(stack.is_empty());
    }

    #[test]
    fn html_clips_a_title_that_crosses_an_entity() {
        let mut d = doc();
        // Make the second title start inside "Song Tao" (72..80): it must be clipped
        // to start after the mark, never cross it.
        d.titles[1].span.start = 75;
        let page = html(&[("x", TEXT, &d)]);
        assert!(page.contains(
            "data-person=\"person-1\">Song Tao</mark><span class=\"title\" data-title=\"1\" data-holder=\"person-1\" data-start=\"80\" data-end=\"151\">"
        ));
    }
}
