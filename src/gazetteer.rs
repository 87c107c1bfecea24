//! Entity gazetteers: known organizations and places, with ids, aliases and acronyms.
//!
//! # Format
//!
//! UTF-8, one entry a line, six tab-separated columns; `#` starts a comment line and
//! blank lines are skipped:
//!
//! ```text
//! id        type  name                       aliases                        acronyms  parent
//! org:cpc   ORG   Communist Party of China   Chinese Communist Party        CPC|CCP
//! iso:LA    LOC   Laos                       Lao PDR|Lao People's Democratic Republic
//! ```
//!
//! `aliases` and `acronyms` are `|`-separated and may be empty; `parent` is the id of
//! the body or place the entry belongs to, or empty. Several lines may share an id if
//! they give the same name (their aliases add up).
//!
//! # Matching
//!
//! Every name, alias and acronym is split with the text's own tokenizer and stored
//! as a path of word ids (see [`crate::vocab`]) in a trie of tokens. A document's
//! tokens are looked up once, by the lexicon; matching then walks the trie from each
//! token that begins some name, one integer-keyed step per token, so a match always
//! begins and ends on token boundaries. A step also asks whether white space comes
//! before the token, as in the list: "Guinea-Bissau" does not match "Guinea -
//! Bissau", while "New York" matches across a line break. Place names also match in
//! capitals ("BEIJING") so that datelines and headlines are found; the rules decide
//! when capitals are trusted.
//!
//! A token trie rather than a byte automaton (Aho-Corasick) because the profile
//! said so: building an automaton of every surface form cost about 150 ms per
//! extractor, and scanning with it repeated the hashing the word lists already do.
//! With the trie the whole extractor builds in under 20 ms, and matching only walks
//! where a name can begin.

use crate::EntityKind;
use crate::error::{BuildError, BuildErrorKind};
use crate::hash::FxHashMap;
use crate::lexicon::{Lexicon, class};
use crate::rules::token_set::TokenSet;
use crate::symbol;
use crate::tokenize::{Token, tokenize_words_into};
use crate::tsv;
use crate::vocab::WordId;

/// One known organization or place.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub id: &'static str,
    pub kind: EntityKind,
    pub name: &'static str,
}

/// How a pattern relates to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FormKind {
    /// The entry's name or one of its aliases, as written.
    Name,
    /// One of the entry's acronyms.
    Acronym,
    /// A place name in capitals, for datelines and headlines.
    Capitals,
}

/// A gazetteer match over whole tokens `first..last` (exclusive end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub first: usize,
    pub end: usize,
    pub entry: u32,
    pub form: FormKind,
    /// The entry's kind, kept with the form in the trie: the rules ask it of most
    /// hits, and the entries, a megabyte, are seldom in cache.
    pub kind: EntityKind,
}

/// Entries gathered from one or more lists, before the trie is built.
#[derive(Debug, Default, Clone)]
pub(crate) struct EntityListBuilder {
    entries: Vec<Entry>,
    by_id: FxHashMap<&'static str, u32>,
    forms: Forms,
}

/// Every surface form with its entry and kind, in the order the lists give them;
/// the texts back to back in one string, so that a list of thousands of names
/// makes no allocation per name.
#[derive(Debug, Clone)]
struct Forms {
    text: String,
    /// Form `k` is `text[bounds[k]..bounds[k + 1]]`.
    bounds: Vec<usize>,
    of: Vec<(u32, FormKind)>,
}

impl Default for Forms {
    fn default() -> Forms {
        Forms {
            text: String::new(),
            bounds: vec![0],
            of: Vec::new(),
        }
    }
}

impl Forms {
    fn push(&mut self, form: &str, entry: u32, kind: FormKind) {
        self.text.push_str(form);
        self.end(entry, kind);
    }

    /// Adds `form` in capitals, unless it is written so already.
    fn push_capitals(&mut self, form: &str, entry: u32) {
        if !form.chars().any(char::is_lowercase) {
            return;
        }
        if form.is_ascii() {
            let from = self.text.len();
            self.text.push_str(form);
            self.text[from..].make_ascii_uppercase();
        } else {
            self.text.extend(form.chars().flat_map(char::to_uppercase));
        }
        self.end(entry, FormKind::Capitals);
    }

    /// Closes the form whose text was just written.
    fn end(&mut self, entry: u32, kind: FormKind) {
        self.bounds.push(self.text.len());
        self.of.push((entry, kind));
    }

    fn len(&self) -> usize {
        self.of.len()
    }

    /// `(text, entry, kind)` of every form, in order.
    fn iter(&self) -> impl Iterator<Item = (&str, u32, FormKind)> {
        self.bounds
            .windows(2)
            .zip(&self.of)
            .map(|(w, &(entry, kind))| (&self.text[w[0]..w[1]], entry, kind))
    }
}

impl EntityListBuilder {
    /// Parses one list and adds its entries.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `source` and the line of the first malformed entry or
    /// of an id that already names something else.
    pub fn add_tsv(&mut self, source: &str, text: &str) -> Result<(), BuildError> {
        self.add_entries(source, text, symbol::intern)
    }

    /// [`add_tsv`](Self::add_tsv) for a list compiled into the program: its ids
    /// and names are slices of it.
    pub fn add_embedded_tsv(&mut self, source: &str, text: &'static str) -> Result<(), BuildError> {
        self.add_entries(source, text, |s| s)
    }

    /// Adds the entries of `text`, keeping each id and name as `keep` gives it.
    fn add_entries<'a>(
        &mut self,
        source: &str,
        text: &'a str,
        keep: impl Fn(&'a str) -> &'static str,
    ) -> Result<(), BuildError> {
        for (line_no, line) in tsv::data_lines(text) {
            let mut cols = tsv::fields(line);
            let mut next = || cols.next();
            let (Some(id), Some(kind), Some(name), Some(aliases), Some(acronyms), Some(_parent)) =
                (next(), next(), next(), next(), next(), next())
            else {
                return Err(column_count(source, line_no, line));
            };
            if next().is_some() {
                return Err(column_count(source, line_no, line));
            }
            if id.is_empty() {
                return Err(BuildError::bad_entry(source, line_no, "empty id"));
            }
            if name.is_empty() {
                return Err(BuildError::bad_entry(source, line_no, "empty name"));
            }
            let kind = match kind {
                "ORG" => EntityKind::Org,
                "LOC" => EntityKind::Loc,
                other => {
                    return Err(BuildError::bad_entry(
                        source,
                        line_no,
                        format!("type must be ORG or LOC, found {other:?}"),
                    ));
                }
            };
            let entry = self.entry(source, line_no, keep(id), kind, keep(name))?;
            for form in std::iter::once(name).chain(split_list(aliases)) {
                self.forms.push(form, entry, FormKind::Name);
                if kind == EntityKind::Loc {
                    self.forms.push_capitals(form, entry);
                }
            }
            for acronym in split_list(acronyms) {
                self.forms.push(acronym, entry, FormKind::Acronym);
            }
        }
        Ok(())
    }

    /// The index of the entry `id`, added if new; an error if `id` already names
    /// something else.
    fn entry(
        &mut self,
        source: &str,
        line_no: usize,
        id: &'static str,
        kind: EntityKind,
        name: &'static str,
    ) -> Result<u32, BuildError> {
        if let Some(&existing) = self.by_id.get(id) {
            let first = self.entries[existing as usize].name;
            if first != name {
                return Err(BuildError::new(BuildErrorKind::ConflictingId {
                    source: source.to_string(),
                    line: line_no,
                    id: id.into(),
                    first: first.to_string(),
                    second: name.to_string(),
                }));
            }
            return Ok(existing);
        }
        let index = self.entries.len() as u32;
        self.entries.push(Entry { id, kind, name });
        self.by_id.insert(id, index);
        Ok(index)
    }

    /// Builds the trie, interning every pattern's words in `lexicon`.
    pub fn build(self, lexicon: &mut Lexicon) -> EntityGazetteer {
        let mut trie = TokenTrie::with_capacity(self.forms.len());
        let mut tokens: Vec<Token> = Vec::new();
        let mut path: Vec<(WordId, bool)> = Vec::new();
        let mut acronyms = FxHashMap::default();
        for (pattern, entry, form) in self.forms.iter() {
            tokenize_words_into(pattern, &mut tokens);
            path.clear();
            path.extend(
                tokens
                    .iter()
                    .map(|t| (lexicon.intern(t.text(pattern)), t.space_before())),
            );
            let kind = self.entries[entry as usize].kind;
            trie.insert(&path, FormEnd { entry, form, kind });
            if let Some(&(first, _)) = path.first() {
                lexicon.mark(first, class::GAZETTEER_START);
            }
            if form == FormKind::Acronym {
                acronyms.entry(pattern.to_string()).or_insert(entry);
            }
        }
        trie.finish(lexicon.word_count());
        EntityGazetteer {
            entries: self.entries,
            forms: self.forms,
            trie,
            acronyms,
        }
    }
}

fn column_count(source: &str, line_no: usize, line: &str) -> BuildError {
    BuildError::bad_entry(
        source,
        line_no,
        format!(
            "expected 6 tab-separated columns (id, type, name, aliases, acronyms, parent), found {}",
            tsv::fields(line).count()
        ),
    )
}

fn split_list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(tsv::trim).filter(|s| !s.is_empty())
}

/// A node of the trie with no entry ending at it.
const NO_ENTRY: u32 = u32::MAX;

/// Surface forms as paths of word ids.
#[derive(Debug, Clone, Default)]
struct TokenTrie {
    /// The node each word leads to from the root, by word id (`NO_NODE` if no form
    /// begins with it). Shorter than the vocabulary when later words begin nothing.
    roots: Vec<u32>,
    /// `edge_key(node, word, spaced)` -> child node, for every step after the first:
    /// "Guinea-Bissau" does not match "Guinea - Bissau", as in the list.
    edges: Edges,
    /// The words some step after the first takes, by word id (those of `edges`,
    /// gathered by [`finish`](Self::finish)). A text's word is seldom one ("the"
    /// begins many forms, and most words that follow it in running text none):
    /// this small set answers for it before the table of edges, too large to stay
    /// in cache, is probed.
    continuing: TokenSet,
    /// The surface form ending at each node (entry `NO_ENTRY` if none).
    ends: Vec<FormEnd>,
}

const NO_NODE: u32 = u32::MAX;

/// A surface form where it ends in the trie: its entry, how it names it, and the
/// entry's kind.
#[derive(Clone, Copy, Debug)]
struct FormEnd {
    entry: u32,
    form: FormKind,
    kind: EntityKind,
}

impl FormEnd {
    /// A node where no form ends.
    const NONE: FormEnd = FormEnd {
        entry: NO_ENTRY,
        form: FormKind::Name,
        kind: EntityKind::Org,
    };
}

impl TokenTrie {
    /// Adds one form. The first entry to claim a form keeps it, except that a name
    /// as written beats another place's name in capitals.
    fn insert(&mut self, path: &[(WordId, bool)], form_end: FormEnd) {
        let Some((&(first, _), rest)) = path.split_first() else {
            return;
        };
        let first = first as usize;
        if self.roots.len() <= first {
            self.roots.resize(first + 1, NO_NODE);
        }
        let mut node = self.roots[first];
        if node == NO_NODE {
            node = self.new_node();
            self.roots[first] = node;
        }
        for &(word, spaced) in rest {
            let key = edge_key(node, word, spaced);
            node = match self.edges.get(key) {
                Some(child) => child,
                None => {
                    let child = self.new_node();
                    self.edges.insert(key, child);
                    child
                }
            };
        }
        let end = &mut self.ends[node as usize];
        if end.entry == NO_ENTRY
            || (end.form == FormKind::Capitals && form_end.form != FormKind::Capitals)
        {
            *end = form_end;
        }
    }

    /// An empty trie with room for about `forms` surface forms.
    fn with_capacity(forms: usize) -> TokenTrie {
        TokenTrie {
            roots: Vec::new(),
            edges: Edges::with_capacity(forms),
            continuing: TokenSet::default(),
            ends: Vec::with_capacity(2 * forms),
        }
    }

    /// Gathers the words of the edges, once every form is in: ids below `words`.
    fn finish(&mut self, words: usize) {
        let mut continuing = TokenSet::new(words);
        for word in self.edges.words() {
            continuing.insert(word as usize);
        }
        self.continuing = continuing;
    }

    fn new_node(&mut self) -> u32 {
        self.ends.push(FormEnd::NONE);
        (self.ends.len() - 1) as u32
    }

    /// The node `word` leads to from the root.
    #[inline]
    fn root(&self, word: WordId) -> Option<u32> {
        self.roots
            .get(word as usize)
            .copied()
            .filter(|&n| n != NO_NODE)
    }

    /// The node reached from `node` by `word`, with white space before it or not.
    #[inline]
    fn step(&self, node: u32, word: WordId, spaced: bool) -> Option<u32> {
        // `NO_WORD` is past the end of the set.
        if !self.continuing.contains(word as usize) {
            return None;
        }
        self.edges.get(edge_key(node, word, spaced))
    }
}

/// The trie's edges: `(key, child)` by open addressing, a power of two long and at
/// most half full, so that a step is a multiply and a probe or two. (A `HashMap`'s
/// SIMD probing cost about as much again as the rest of the matching.)
#[derive(Debug, Clone)]
struct Edges {
    /// `(key, child)`, or `(NO_KEY, _)` for an empty slot.
    slots: Vec<(u64, u32)>,
    /// `64 - log2(slots.len())`: the slot of a key is the top bits of its product
    /// with a large odd constant (Fibonacci hashing).
    shift: u32,
    len: usize,
}

/// No key: an edge key's node would need 31 set bits.
const NO_KEY: u64 = u64::MAX;

impl Default for Edges {
    fn default() -> Edges {
        Edges::with_capacity(0)
    }
}

impl Edges {
    /// An empty table with room for `n` edges.
    fn with_capacity(n: usize) -> Edges {
        let size = (2 * n).next_power_of_two().max(16);
        Edges {
            slots: vec![(NO_KEY, 0); size],
            shift: 64 - size.trailing_zeros(),
            len: 0,
        }
    }

    /// The word of every edge (the middle bits of its key, see [`edge_key`]).
    fn words(&self) -> impl Iterator<Item = WordId> + '_ {
        self.slots
            .iter()
            .filter(|&&(key, _)| key != NO_KEY)
            .map(|&(key, _)| (key >> 1) as WordId)
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The child `key` leads to.
    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        loop {
            let (k, child) = self.slots[at];
            if k == key {
                return Some(child);
            }
            if k == NO_KEY {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    /// Adds an edge that is not in the table yet.
    fn insert(&mut self, key: u64, child: u32) {
        assert_ne!(key, NO_KEY, "trie of fewer than 2^31 nodes");
        if 2 * (self.len + 1) > self.slots.len() {
            let old = std::mem::replace(self, Edges::with_capacity(self.slots.len()));
            for (k, c) in old.slots {
                if k != NO_KEY {
                    self.insert(k, c);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        while self.slots[at].0 != NO_KEY {
            at = (at + 1) & mask;
        }
        self.slots[at] = (key, child);
        self.len += 1;
    }
}

/// The key of an edge: the node, the word, and whether white space precedes it.
#[inline]
fn edge_key(node: u32, word: WordId, spaced: bool) -> u64 {
    u64::from(node) << 33 | u64::from(word) << 1 | u64::from(spaced)
}

/// The compiled entity gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct EntityGazetteer {
    entries: Vec<Entry>,
    forms: Forms,
    trie: TokenTrie,
    acronyms: FxHashMap<String, u32>,
}

impl EntityGazetteer {
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The entry an acronym stands for, if the gazetteer knows it.
    pub fn acronym(&self, short: &str) -> Option<u32> {
        self.acronyms.get(short).copied()
    }

    /// Every surface form, in the order the lists give them (a form claimed by two
    /// entries comes twice).
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.forms.iter().map(|(text, _, _)| text)
    }

    /// The leftmost-longest matches over `tokens` (whose word ids are `words`)
    /// that `accept` takes, in text order, non-overlapping. Where the longest match
    /// at a token is refused, the next longer one from the same token is tried.
    ///
    /// Only the tokens in `starts` are tried: the analysis marks those whose word
    /// begins a form ([`class::GAZETTEER_START`]), and the walk skips the rest,
    /// most of a text, without reading their words.
    pub fn find(
        &self,
        tokens: &[Token],
        words: &[WordId],
        starts: &TokenSet,
        accept: impl Fn(&Hit) -> bool,
    ) -> Vec<Hit> {
        // At most a hit per start, and room for them all: no growth step by step.
        let mut hits = Vec::with_capacity(starts.count());
        let mut ends = Vec::new();
        let mut from = 0;
        while let Some(first) = starts.next_from(from) {
            self.forms_from(tokens, words, first, &mut ends);
            let accepted = ends.iter().rev().find_map(|&(end, form_end)| {
                let hit = Hit {
                    first,
                    end,
                    entry: form_end.entry,
                    form: form_end.form,
                    kind: form_end.kind,
                };
                accept(&hit).then_some(hit)
            });
            from = match accepted {
                Some(hit) => {
                    hits.push(hit);
                    hit.end
                }
                None => first + 1,
            };
        }
        hits
    }

    /// The entry one of whose forms is exactly `tokens` (whose word ids are
    /// `words`).
    pub fn exact(&self, tokens: &[Token], words: &[WordId]) -> Option<u32> {
        let mut ends = Vec::new();
        self.forms_from(tokens, words, 0, &mut ends);
        ends.iter()
            .find(|&&(end, _)| end == tokens.len())
            .map(|&(_, form_end)| form_end.entry)
    }

    /// The forms that begin at token `first`, shortest first, as `(end token,
    /// entry, form)`: one walk down the trie, replacing the contents of `ends`.
    fn forms_from(
        &self,
        tokens: &[Token],
        words: &[WordId],
        first: usize,
        ends: &mut Vec<(usize, FormEnd)>,
    ) {
        ends.clear();
        let Some(mut node) = words.get(first).and_then(|&w| self.trie.root(w)) else {
            return;
        };
        let mut end = first + 1;
        loop {
            let form_end = self.trie.ends[node as usize];
            if form_end.entry != NO_ENTRY {
                ends.push((end, form_end));
            }
            let next = words
                .get(end)
                .and_then(|&w| self.trie.step(node, w, tokens[end].space_before()));
            match next {
                Some(child) => {
                    node = child;
                    end += 1;
                }
                None => return,
            }
        }
    }
}

/// Every token below `len`, for the tests: where the analysis would mark starts.
#[cfg(test)]
fn every_token(len: usize) -> TokenSet {
    let mut set = TokenSet::new(len);
    set.insert_range(0, len);
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;
    use crate::vocab::NO_WORD;

    fn gazetteer(tsv: &str) -> (Lexicon, EntityGazetteer) {
        let mut builder = EntityListBuilder::default();
        builder.add_tsv("test", tsv).unwrap();
        let mut lexicon = Lexicon::default();
        let gazetteer = builder.build(&mut lexicon);
        (lexicon, gazetteer)
    }

    /// The tokens of `text` and their word ids, as the analysis would give them.
    fn tokens_and_words(lexicon: &Lexicon, text: &str) -> (Vec<Token>, Vec<WordId>) {
        let tokens = tokenize(text);
        let words = tokens
            .iter()
            .map(|t| lexicon.id(t.text(text)).unwrap_or(NO_WORD))
            .collect();
        (tokens, words)
    }

    fn matches(tsv: &str, text: &str) -> Vec<(String, FormKind)> {
        let (lexicon, gazetteer) = gazetteer(tsv);
        let (tokens, words) = tokens_and_words(&lexicon, text);
        gazetteer
            .find(&tokens, &words, &every_token(tokens.len()), |_| true)
            .iter()
            .map(|h| {
                let span = tokens[h.first].start()..tokens[h.end - 1].end();
                (text[span].to_string(), h.form)
            })
            .collect()
    }

    const LIST: &str = "iso:CN\tLOC\tChina\t\t\t\n\
                        gn:1\tLOC\tGuangxi\t\t\t\n\
                        iso:CN-GX\tLOC\tGuangxi Zhuang Autonomous Region\t\t\t\n\
                        org:un\tORG\tUnited Nations\t\tUN\t\n";

    #[test]
    fn every_hit_carries_the_kind_of_its_entry() {
        let (lexicon, gazetteer) = gazetteer(LIST);
        let text = "UN staff from the United Nations met in Guangxi, China.";
        let (tokens, words) = tokens_and_words(&lexicon, text);
        let hits = gazetteer.find(&tokens, &words, &every_token(tokens.len()), |_| true);
        assert_eq!(hits.len(), 4);
        for hit in hits {
            assert_eq!(hit.kind, gazetteer.entry(hit.entry).kind, "{hit:?}");
        }
    }

    #[test]
    fn longest_match_on_whole_tokens() {
        assert_eq!(
            matches(
                LIST,
                "Guangxi Zhuang Autonomous Region and Guangxi Zhuang visited China."
            ),
            [
                (
                    "Guangxi Zhuang Autonomous Region".to_string(),
                    FormKind::Name
                ),
                ("Guangxi".to_string(), FormKind::Name),
                ("China".to_string(), FormKind::Name),
            ]
        );
        assert!(matches(LIST, "Chinas UNESCO").is_empty());
        assert_eq!(matches(LIST, "United\n  Nations").len(), 1);
        assert!(matches("a\tLOC\tGuinea-Bissau\t\t\t\n", "Guinea - Bissau").is_empty());
    }

    #[test]
    fn capitals_and_acronyms_are_their_own_forms() {
        assert_eq!(
            matches(LIST, "BEIJING, CHINA: the UN"),
            [
                ("CHINA".to_string(), FormKind::Capitals),
                ("UN".to_string(), FormKind::Acronym),
            ]
        );
    }

    #[test]
    fn edges_are_found_again_after_the_table_grows() {
        let mut edges = Edges::default();
        let keys: Vec<u64> = (0..5000u32)
            .map(|i| edge_key(i / 7, i.wrapping_mul(2_654_435_761) >> 4, i % 2 == 0))
            .collect();
        for (child, &key) in keys.iter().enumerate() {
            edges.insert(key, child as u32);
        }
        for (child, &key) in keys.iter().enumerate() {
            assert_eq!(edges.get(key), Some(child as u32));
        }
        assert_eq!(edges.get(edge_key(9999, 1, true)), None);
    }

    #[test]
    fn a_refused_match_falls_back_to_a_shorter_one() {
        let (lexicon, gazetteer) = gazetteer(LIST);
        let text = "Guangxi Zhuang Autonomous Region";
        let (tokens, words) = tokens_and_words(&lexicon, text);
        let hits = gazetteer.find(&tokens, &words, &every_token(tokens.len()), |h| {
            h.end - h.first == 1
        });
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].first, hits[0].end), (0, 1));
    }
}
