//! Word lists: role words, modifiers, organization heads, honorifics, name parts.
//!
//! # Formats
//!
//! `names.tsv` and `lexicon.tsv`: two tab-separated columns, `phrase<TAB>class`. A phrase
//! is one or more tokens ("Prime Minister", "H.E."); it is split with the same
//! tokenizer as the text, so it matches whatever the spacing around its punctuation.
//! Matching is case-sensitive: a list gives "Minister" and "minister" if both occur.
//!
//! `demonyms.tsv`: `demonym<TAB>place_id` (`Chinese<TAB>iso:CN`).

use std::sync::Arc;

use crate::error::BuildError;
use crate::hash::FxHashMap;
use crate::tokenize::tokenize;

/// Word classes, as bits so a word can belong to several.
pub(crate) mod class {
    /// Head of a position: "Minister", "secretary", "Prime Minister".
    pub const ROLE: u32 = 1 << 0;
    /// Qualifies a role and stays in the title: "Vice", "first", "former".
    pub const MODIFIER: u32 = 1 << 1;
    /// Head noun of an organization name: "Committee", "Party".
    pub const ORG_HEAD: u32 = 1 << 2;
    /// Legal suffix of a company: "Ltd", "GmbH".
    pub const ORG_SUFFIX: u32 = 1 << 3;
    /// A capitalized word that is never part of a person's name.
    pub const NOT_NAME: u32 = 1 << 4;
    /// A verb that follows a speaker or actor: "said", "met".
    pub const SPEECH_VERB: u32 = 1 << 5;
    /// Stands before a name and is not part of it: "Mr", "Comrade", "H.E.".
    pub const HONORIFIC: u32 = 1 << 6;
    /// A toneless pinyin syllable: "Xin", "she".
    pub const ZH_SYLLABLE: u32 = 1 << 7;
    /// A Chinese family name in pinyin or another romanization.
    pub const ZH_SURNAME: u32 = 1 << 8;
    /// A common given name.
    pub const GIVEN: u32 = 1 << 9;
    /// A common family name.
    pub const SURNAME: u32 = 1 << 10;
    /// A particle inside names: "de", "van", "bin".
    pub const PARTICLE: u32 = 1 << 11;
    /// A demonym or adjective of a place: "Chinese", "Lao".
    pub const DEMONYM: u32 = 1 << 12;
    /// An article, pronoun, preposition, conjunction or determiner ("the", "The"):
    /// built in, not read from a list.
    pub const FUNCTION: u32 = 1 << 13;

    /// The class named in a list, or None.
    pub fn from_name(name: &str) -> Option<u32> {
        Some(match name {
            "role" => ROLE,
            "modifier" => MODIFIER,
            "org_head" => ORG_HEAD,
            "org_suffix" => ORG_SUFFIX,
            "not_name" => NOT_NAME,
            "speech_verb" => SPEECH_VERB,
            "honorific" => HONORIFIC,
            "zh_syllable" => ZH_SYLLABLE,
            "zh_surname" => ZH_SURNAME,
            "given" => GIVEN,
            "surname" => SURNAME,
            "particle" => PARTICLE,
            _ => return None,
        })
    }
}

/// A phrase of two or more tokens.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    pub tokens: Vec<String>,
    pub class: u32,
}

/// Words that begin sentences and clauses but never begin a name or an
/// organization: articles, pronouns, prepositions, conjunctions, determiners.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "all",
    "also",
    "among",
    "an",
    "and",
    "as",
    "at",
    "before",
    "between",
    "both",
    "but",
    "by",
    "during",
    "each",
    "every",
    "for",
    "from",
    "he",
    "her",
    "his",
    "however",
    "i",
    "in",
    "its",
    "it",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "nearly",
    "of",
    "on",
    "or",
    "other",
    "our",
    "over",
    "she",
    "since",
    "some",
    "such",
    "that",
    "the",
    "their",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "until",
    "we",
    "when",
    "while",
    "with",
    "yet",
    "if",
    "then",
    "there",
    "here",
    "what",
    "which",
    "who",
    "whose",
];

/// What the lists say about one word.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordEntry {
    /// Classes of the word on its own.
    pub classes: u32,
    /// Phrases of two or more tokens that begin with it, sorted by their second token.
    pub phrases: Vec<Phrase>,
}

/// The compiled word lists.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    /// Every word and every first word of a phrase: one lookup per token.
    entries: FxHashMap<String, WordEntry>,
    demonyms: FxHashMap<String, Arc<str>>,
}

impl Default for Lexicon {
    /// A lexicon that knows only the function words.
    fn default() -> Lexicon {
        let mut lexicon = Lexicon {
            entries: FxHashMap::default(),
            demonyms: FxHashMap::default(),
        };
        for w in FUNCTION_WORDS {
            lexicon.add(w, class::FUNCTION);
            let mut capitalized = w.to_string();
            capitalized[..1].make_ascii_uppercase();
            lexicon.add(&capitalized, class::FUNCTION);
        }
        lexicon
    }
}

impl Lexicon {
    /// Adds a `phrase<TAB>class` list.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `source` and the line of a malformed entry or an
    /// unknown class.
    pub fn add_words_tsv(&mut self, source: &str, text: &str) -> Result<(), BuildError> {
        for (line_no, phrase, class_name) in two_columns(source, text)? {
            let class = class::from_name(class_name).ok_or_else(|| {
                BuildError::bad_entry(source, line_no, format!("unknown class {class_name:?}"))
            })?;
            self.add(phrase, class);
        }
        Ok(())
    }

    /// Adds a `demonym<TAB>place_id` list.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `source` and the line of a malformed entry.
    pub fn add_demonyms_tsv(&mut self, source: &str, text: &str) -> Result<(), BuildError> {
        for (_, demonym, place) in two_columns(source, text)? {
            self.add(demonym, class::DEMONYM);
            self.demonyms
                .entry(demonym.to_string())
                .or_insert_with(|| place.into());
        }
        Ok(())
    }

    fn add(&mut self, phrase: &str, class: u32) {
        let tokens = tokenize(phrase);
        let Some(first) = tokens.first() else { return };
        let entry = self
            .entries
            .entry(first.text(phrase).to_string())
            .or_default();
        if tokens.len() == 1 {
            entry.classes |= class;
            return;
        }
        let words: Vec<String> = tokens.iter().map(|t| t.text(phrase).to_string()).collect();
        // Kept sorted by second token, so that a text token finds its phrases by
        // binary search on the token after it.
        match entry.phrases.iter_mut().find(|p| p.tokens == words) {
            Some(p) => p.class |= class,
            None => {
                let at = entry.phrases.partition_point(|p| p.tokens[1] <= words[1]);
                entry.phrases.insert(
                    at,
                    Phrase {
                        tokens: words,
                        class,
                    },
                );
            }
        }
    }

    /// What the lists say about a word, as written.
    pub fn lookup(&self, word: &str) -> Option<&WordEntry> {
        self.entries.get(word)
    }

    /// The classes of one word, as written.
    pub fn word(&self, word: &str) -> u32 {
        self.lookup(word).map_or(0, |e| e.classes)
    }

    /// True if `word` is a capitalized given name made of one or two pinyin
    /// syllables: "Tao", "Jinping", "Xinshe".
    pub fn is_pinyin_name(&self, word: &str) -> bool {
        if !word.is_ascii()
            || word.len() > 12
            || !word.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return false;
        }
        let syllable = |s: &str| self.word(s) & class::ZH_SYLLABLE != 0;
        if syllable(word) {
            return true;
        }
        (1..word.len()).any(|k| {
            let (head, tail) = word.split_at(k);
            let mut tail_capitalized = String::with_capacity(tail.len());
            tail_capitalized.push(tail.as_bytes()[0].to_ascii_uppercase() as char);
            tail_capitalized.push_str(&tail[1..]);
            syllable(head) && syllable(&tail_capitalized)
        })
    }

    /// The place a demonym refers to.
    pub fn demonym_place(&self, demonym: &str) -> Option<&Arc<str>> {
        self.demonyms.get(demonym)
    }
}

/// The data lines of a two-column list, with their line numbers.
fn two_columns<'a>(
    source: &str,
    text: &'a str,
) -> Result<Vec<(usize, &'a str, &'a str)>, BuildError> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        match (cols.next(), cols.next(), cols.next()) {
            (Some(a), Some(b), None) if !a.trim().is_empty() && !b.trim().is_empty() => {
                rows.push((index + 1, a.trim(), b.trim()));
            }
            _ => {
                return Err(BuildError::bad_entry(
                    source,
                    index + 1,
                    "expected 2 tab-separated non-empty columns",
                ));
            }
        }
    }
    Ok(rows)
}
