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
//!
//! The lexicon also owns the [`Vocabulary`]: every word of every list, the entity
//! gazetteers' included, so one lookup per token of a text serves them all.

use crate::error::BuildError;
use crate::hash::{FxHashMap, pair_key};
use crate::tokenize::{Token, tokenize_words_into};
use crate::tsv;
use crate::vocab::{Vocabulary, WordId};

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
    /// Begins a word-list phrase of two or more tokens (internal: never in a list,
    /// never asked about by the rules).
    pub(crate) const PHRASE_START: u32 = 1 << 15;
    /// Is the second word of a word-list phrase (internal, as `PHRASE_START`): a
    /// phrase's first word followed by a word without it begins no phrase there.
    pub(crate) const PHRASE_SECOND: u32 = 1 << 14;
    /// Begins a surface form of the entity gazetteer (internal, set by the
    /// gazetteer as it builds its trie): the analysis marks the tokens where a walk
    /// of the trie may start, so that the walk skips the others unread. Above the
    /// 16 bits a token keeps, as no rule asks about it.
    pub(crate) const GAZETTEER_START: u32 = 1 << 16;
    /// The internal classes, which no rule asks about.
    pub(crate) const INTERNAL: u32 = PHRASE_START | PHRASE_SECOND | GAZETTEER_START;

    /// Every class a token keeps fits in 16 bits, so that the analysis keeps a
    /// token's classes in `u16`s (a smaller array for every rule to walk).
    const _: () = assert!((FUNCTION | DEMONYM | PHRASE_START | PHRASE_SECOND) >> 16 == 0);
    /// Every class fits in a word's payload in the vocabulary, where each token's
    /// lookup finds its classes.
    const _: () = assert!((FUNCTION | DEMONYM | INTERNAL) >> crate::vocab::PAYLOAD_BITS == 0);

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

/// A phrase of two or more tokens, stored under its first two words.
#[derive(Clone, Debug)]
pub(crate) struct Phrase {
    /// The words after the first.
    pub rest: Box<[WordId]>,
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

/// The compiled word lists.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    vocab: Vocabulary,
    /// Classes of each word on its own, by id; words past the end have none.
    classes: Vec<u32>,
    /// Phrases by their first two words ([`pair_key`]), in the order added: a
    /// text token and the one after it find theirs with one lookup.
    phrases: FxHashMap<u64, Vec<Phrase>>,
    demonyms: FxHashMap<&'static str, &'static str>,
    /// Buffers reused while lists are added.
    scratch: Vec<Token>,
    scratch_words: Vec<WordId>,
}

impl Default for Lexicon {
    /// A lexicon that knows only the function words.
    fn default() -> Lexicon {
        let mut lexicon = Lexicon {
            vocab: Vocabulary::default(),
            classes: Vec::new(),
            phrases: FxHashMap::default(),
            demonyms: FxHashMap::default(),
            scratch: Vec::new(),
            scratch_words: Vec::new(),
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

    /// Adds a `demonym<TAB>place_id` list compiled into the program: demonyms and
    /// place ids are slices of it.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming `source` and the line of a malformed entry.
    pub fn add_demonyms_tsv(&mut self, source: &str, text: &'static str) -> Result<(), BuildError> {
        for (_, demonym, place) in two_columns(source, text)? {
            self.add(demonym, class::DEMONYM);
            self.demonyms.entry(demonym).or_insert(place);
        }
        Ok(())
    }

    fn add(&mut self, phrase: &str, class: u32) {
        let mut tokens = std::mem::take(&mut self.scratch);
        tokenize_words_into(phrase, &mut tokens);
        let mut words = std::mem::take(&mut self.scratch_words);
        words.clear();
        words.extend(tokens.iter().map(|t| self.intern(t.text(phrase))));
        self.scratch = tokens;
        self.add_words(&words, class);
        self.scratch_words = words;
    }

    /// Adds the phrase of word ids `words` to `class`.
    fn add_words(&mut self, words: &[WordId], class: u32) {
        let Some((&first, rest)) = words.split_first() else {
            return;
        };
        if rest.is_empty() {
            self.add_class(first, class);
            return;
        }
        self.add_class(first, class::PHRASE_START);
        self.add_class(rest[0], class::PHRASE_SECOND);
        let list = self.phrases.entry(pair_key(first, rest[0])).or_default();
        match list.iter_mut().find(|p| *p.rest == *rest) {
            Some(p) => p.class |= class,
            None => list.push(Phrase {
                rest: rest.into(),
                class,
            }),
        }
    }

    /// Adds the internal `class` (see [`class::INTERNAL`]) to the word with id `id`.
    pub fn mark(&mut self, id: WordId, class: u32) {
        debug_assert_eq!(
            class & !class::INTERNAL,
            0,
            "only internal classes are marked"
        );
        self.add_class(id, class);
    }

    /// Adds `class` to the word with id `id`, by id and in the vocabulary's slot
    /// of the word, where a token's lookup finds it with the id.
    fn add_class(&mut self, id: WordId, class: u32) {
        let classes = &mut self.classes[id as usize];
        *classes |= class;
        self.vocab.set_payload(id, *classes);
    }

    /// How many words the lists know: every id is below it.
    pub fn word_count(&self) -> usize {
        self.vocab.len()
    }

    /// The id of `word`, adding it to the vocabulary if it is new.
    pub fn intern(&mut self, word: &str) -> WordId {
        let id = self.vocab.intern(word);
        if self.classes.len() <= id as usize {
            self.classes.resize(id as usize + 1, 0);
        }
        id
    }

    /// The id of a word as written, if any list knows it.
    #[inline]
    pub fn id(&self, word: &str) -> Option<WordId> {
        self.vocab.get(word)
    }

    /// The id of the word whose UTF-8 bytes are `word`, and its classes (as
    /// [`Lexicon::classes`] gives them), or `(NO_WORD, 0)`: one lookup, for every
    /// token of a text.
    #[inline]
    pub fn id_and_classes(&self, word: &[u8]) -> (WordId, u32) {
        self.vocab.entry(word)
    }

    /// [`Lexicon::id_and_classes`] of the word at `range` of `text` (see
    /// [`Vocabulary::entry_in`](crate::vocab::Vocabulary::entry_in)).
    #[inline]
    pub fn id_and_classes_in(&self, text: &[u8], range: std::ops::Range<usize>) -> (WordId, u32) {
        self.vocab.entry_in(text, range)
    }

    /// The id of the word whose UTF-8 bytes are `word`.
    #[inline]
    pub fn id_of_bytes(&self, word: &[u8]) -> Option<WordId> {
        self.vocab.get_bytes(word)
    }

    /// The classes of the word with id `id` on its own (with the internal
    /// `PHRASE_START` and `PHRASE_SECOND` if it begins a phrase or comes second
    /// in one).
    #[inline]
    pub fn classes(&self, id: WordId) -> u32 {
        self.classes.get(id as usize).copied().unwrap_or(0)
    }

    /// The phrases whose first two words are `first` and `second`.
    ///
    /// Most words that begin a phrase are not followed by a word that comes second
    /// in any: those are answered from the class bits, without the map.
    pub fn phrases(&self, first: WordId, second: WordId) -> &[Phrase] {
        if self.classes(first) & class::PHRASE_START == 0
            || self.classes(second) & class::PHRASE_SECOND == 0
        {
            return &[];
        }
        self.phrases
            .get(&pair_key(first, second))
            .map_or(&[], Vec::as_slice)
    }

    /// The classes of one word, as written.
    pub fn word(&self, word: &str) -> u32 {
        self.id(word)
            .map_or(0, |id| self.classes(id) & !class::INTERNAL)
    }

    /// True if `word` is a capitalized given name made of one or two pinyin
    /// syllables: "Tao", "Jinping", "Xinshe".
    ///
    /// The tail of a split is capitalized in a buffer on the stack, and only after
    /// its head is found a syllable: most split points fail at the head, and a
    /// `String` per split point showed in the profile.
    pub fn is_pinyin_name(&self, word: &str) -> bool {
        const MAX: usize = 12;
        let word = word.as_bytes();
        if word.len() > MAX || !word.first().is_some_and(u8::is_ascii_uppercase) || !word.is_ascii()
        {
            return false;
        }
        let syllable = |s: &[u8]| {
            self.id_of_bytes(s)
                .is_some_and(|id| self.classes(id) & class::ZH_SYLLABLE != 0)
        };
        if syllable(word) {
            return true;
        }
        let mut capitalized = [0; MAX];
        (1..word.len()).any(|k| {
            let (head, tail) = word.split_at(k);
            syllable(head) && {
                let tail_capitalized = &mut capitalized[..tail.len()];
                tail_capitalized.copy_from_slice(tail);
                tail_capitalized[0].make_ascii_uppercase();
                syllable(tail_capitalized)
            }
        })
    }

    /// The place a demonym refers to.
    pub fn demonym_place(&self, demonym: &str) -> Option<&'static str> {
        self.demonyms.get(demonym).copied()
    }
}

/// The data lines of a two-column list, with their line numbers.
fn two_columns<'a>(
    source: &str,
    text: &'a str,
) -> Result<Vec<(usize, &'a str, &'a str)>, BuildError> {
    let mut rows = Vec::new();
    for (line_no, line) in tsv::data_lines(text) {
        let mut cols = tsv::fields(line);
        match (cols.next(), cols.next(), cols.next()) {
            (Some(a), Some(b), None) if !a.is_empty() && !b.is_empty() => {
                rows.push((line_no, a, b));
            }
            _ => {
                return Err(BuildError::bad_entry(
                    source,
                    line_no,
                    "expected 2 tab-separated non-empty columns",
                ));
            }
        }
    }
    Ok(rows)
}
