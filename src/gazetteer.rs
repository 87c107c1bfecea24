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
//! Every name, alias and acronym becomes a pattern of one Aho-Corasick automaton
//! built once; a document is scanned once and only matches that begin and end on
//! token boundaries count. Place names also match in capitals ("BEIJING") so that
//! datelines and headlines are found; the rules decide when capitals are trusted.

use crate::hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, Match, MatchKind, StartKind};

use crate::EntityKind;
use std::sync::Arc;

use crate::error::{BuildError, BuildErrorKind};
use crate::tokenize::Token;

/// One known organization or place.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub id: Arc<str>,
    pub kind: EntityKind,
    pub name: Arc<str>,
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
}

/// Entries gathered from one or more lists, before the automaton is built.
#[derive(Debug, Default, Clone)]
pub(crate) struct EntityListBuilder {
    entries: Vec<Entry>,
    by_id: FxHashMap<String, u32>,
    /// pattern text -> (entry, form); the first entry to claim a pattern keeps it.
    patterns: Vec<(String, u32, FormKind)>,
}

impl EntityListBuilder {
    /// Parses one list and adds its entries.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `source` and the line of the first malformed entry or
    /// of an id that already names something else.
    pub fn add_tsv(&mut self, source: &str, text: &str) -> Result<(), BuildError> {
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 6 {
                return Err(BuildError::bad_entry(
                    source,
                    line_no,
                    format!(
                        "expected 6 tab-separated columns (id, type, name, aliases, acronyms, parent), found {}",
                        cols.len()
                    ),
                ));
            }
            let [id, kind, name, aliases, acronyms, _parent] =
                [cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]].map(str::trim);
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
            let entry = match self.by_id.get(id) {
                Some(&existing) => {
                    let first = &self.entries[existing as usize].name;
                    if &**first != name {
                        return Err(BuildError::new(BuildErrorKind::ConflictingId {
                            source: source.to_string(),
                            line: line_no,
                            id: id.into(),
                            first: first.to_string(),
                            second: name.to_string(),
                        }));
                    }
                    existing
                }
                None => {
                    let index = self.entries.len() as u32;
                    self.entries.push(Entry {
                        id: id.into(),
                        kind,
                        name: name.into(),
                    });
                    self.by_id.insert(id.to_string(), index);
                    index
                }
            };
            let names = std::iter::once(name).chain(split_list(aliases));
            for form in names {
                self.patterns
                    .push((form.to_string(), entry, FormKind::Name));
                if kind == EntityKind::Loc {
                    let upper = form.to_uppercase();
                    if upper != form {
                        self.patterns.push((upper, entry, FormKind::Capitals));
                    }
                }
            }
            for acronym in split_list(acronyms) {
                self.patterns
                    .push((acronym.to_string(), entry, FormKind::Acronym));
            }
        }
        Ok(())
    }

    /// Builds the automaton.
    ///
    /// # Errors
    ///
    /// [`BuildErrorKind::Automaton`] if the automaton cannot be built (too large).
    pub fn build(self) -> Result<EntityGazetteer, BuildError> {
        // One pattern per surface form: the first entry to claim it keeps it, except
        // that a name as written beats another place's name in capitals.
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
        let mut patterns: Vec<&str> = Vec::new();
        let mut forms: Vec<(u32, FormKind)> = Vec::new();
        for (text, entry, form) in &self.patterns {
            match seen.get(text.as_str()) {
                Some(&at) if forms[at].1 == FormKind::Capitals && *form != FormKind::Capitals => {
                    forms[at] = (*entry, *form);
                }
                Some(_) => {}
                None => {
                    seen.insert(text, patterns.len());
                    patterns.push(text);
                    forms.push((*entry, *form));
                }
            }
        }
        let mut first_bytes = [false; 256];
        for p in &patterns {
            if let Some(&b) = p.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .map_err(|e| {
                BuildError::new(BuildErrorKind::Automaton {
                    message: e.to_string(),
                })
            })?;
        let mut acronyms = FxHashMap::default();
        for (text, entry, form) in &self.patterns {
            if *form == FormKind::Acronym {
                acronyms.entry(text.clone()).or_insert(*entry);
            }
        }
        Ok(EntityGazetteer {
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
            forms,
            first_bytes,
            automaton,
            entries: self.entries,
            acronyms,
        })
    }
}

fn split_list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The compiled entity gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct EntityGazetteer {
    entries: Vec<Entry>,
    patterns: Vec<String>,
    forms: Vec<(u32, FormKind)>,
    /// Bytes some pattern begins with: only tokens starting with one are searched.
    first_bytes: [bool; 256],
    automaton: AhoCorasick,
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

    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().map(String::as_str)
    }

    /// The leftmost-longest matches that start and end on token boundaries and
    /// that `accept` takes, in text order, non-overlapping. Where the longest match
    /// at a token is refused or ends inside a word ("Guangxi Zhuang Autonomous
    /// Region" in "... Regional Committee"), the longest shorter one from the same
    /// token is tried ("Guangxi").
    pub fn find(&self, text: &str, tokens: &[Token], accept: impl Fn(&Hit) -> bool) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        let mut next_free = 0;
        // One anchored search at each token that could begin a pattern: the scan
        // never reads the text between, and every match starts on a token.
        for (first, token) in tokens.iter().enumerate() {
            if first < next_free || !self.first_bytes[usize::from(bytes[token.span.start])] {
                continue;
            }
            let input = Input::new(text)
                .span(token.span.start..text.len())
                .anchored(Anchored::Yes);
            let Some(m) = self.automaton.find(input) else {
                continue;
            };
            if let Some(hit) = self.longest_accepted(text, tokens, first, m, &accept) {
                next_free = hit.end;
                hits.push(hit);
            }
        }
        hits
    }

    fn longest_accepted(
        &self,
        text: &str,
        tokens: &[Token],
        first: usize,
        mut m: Match,
        accept: &impl Fn(&Hit) -> bool,
    ) -> Option<Hit> {
        loop {
            if let Ok(last) = tokens[first..].binary_search_by_key(&m.end(), |t| t.span.end) {
                let (entry, form) = self.forms[m.pattern().as_usize()];
                let hit = Hit {
                    first,
                    end: first + last + 1,
                    entry,
                    form,
                };
                if accept(&hit) {
                    return Some(hit);
                }
            }
            // The last token ending before this match does: a shorter match must end there or earlier.
            let before = tokens[first..].partition_point(|t| t.span.end < m.end());
            let shorter_end = tokens[first..].get(before.checked_sub(1)?)?.span.end;
            let input = Input::new(text)
                .span(m.start()..shorter_end)
                .anchored(Anchored::Yes);
            m = self.automaton.find(input)?;
        }
    }
}
