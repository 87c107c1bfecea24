//! Interned words: every token any list knows, with a dense id.
//!
//! The word lists and the gazetteers are both keyed by these ids, so each token of a
//! text is hashed once and every later question about it (its classes, the phrases
//! and gazetteer entries it begins, the next step through a gazetteer name) is an
//! array index or an integer-keyed lookup, never a string comparison.
//!
//! The table is built for that one lookup: words are stored back to back in one
//! string (no allocation per word, so building stays cheap), and an open-addressing
//! table of ids keeps a tag of each word's hash beside the id, so a probe compares
//! bytes only when the tags agree.

use std::hash::Hasher;

use crate::hash::FxHasher;

/// The id of an interned word.
pub(crate) type WordId = u32;

/// Stands for a token no list knows.
pub(crate) const NO_WORD: WordId = WordId::MAX;

/// An empty slot of the table.
const EMPTY: u64 = 0;

/// Words and their ids.
#[derive(Clone, Debug)]
pub(crate) struct Vocabulary {
    /// Every word, back to back, in id order.
    arena: String,
    /// Word `id` is `arena[bounds[id]..bounds[id + 1]]`.
    bounds: Vec<u32>,
    /// `(hash tag << 32) | (id + 1)`, or `EMPTY`; a power of two long, at most half full.
    slots: Vec<u64>,
    /// The id of each one-byte ASCII word, or `NO_WORD`: punctuation is a fifth of
    /// the tokens of news text, and is looked up here without hashing.
    ascii_bytes: [WordId; 128],
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            arena: String::new(),
            bounds: vec![0],
            slots: vec![EMPTY; 1024],
            ascii_bytes: [NO_WORD; 128],
        }
    }
}

impl Vocabulary {
    /// How many words there are; ids are `0..len()`.
    pub fn len(&self) -> usize {
        self.bounds.len() - 1
    }

    /// The word with id `id`.
    pub fn word(&self, id: WordId) -> &str {
        let i = id as usize;
        &self.arena[self.bounds[i] as usize..self.bounds[i + 1] as usize]
    }

    /// The id of `word`, if it is known.
    #[inline]
    pub fn get(&self, word: &str) -> Option<WordId> {
        self.get_bytes(word.as_bytes())
    }

    /// The id of the word whose UTF-8 bytes are `word`, if it is known. Bytes, so
    /// that the per-token lookup slices the text without char-boundary checks.
    #[inline(always)]
    pub fn get_bytes(&self, word: &[u8]) -> Option<WordId> {
        if let [byte] = word
            && let Some(&id) = self.ascii_bytes.get(usize::from(*byte))
        {
            return (id != NO_WORD).then_some(id);
        }
        let hash = hash(word);
        let mask = self.slots.len() - 1;
        let tag = hash >> 32;
        let mut at = (hash as usize) & mask;
        loop {
            let slot = self.slots[at];
            if slot == EMPTY {
                return None;
            }
            let id = (slot as u32).wrapping_sub(1);
            if slot >> 32 == tag {
                let i = id as usize;
                let (start, end) = (self.bounds[i] as usize, self.bounds[i + 1] as usize);
                if end - start == word.len() && &self.arena.as_bytes()[start..end] == word {
                    return Some(id);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The id of `word`, adding it if it is new.
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(id) = self.get(word) {
            return id;
        }
        let id = self.len() as WordId;
        if let [byte] = word.as_bytes()
            && let Some(slot) = self.ascii_bytes.get_mut(usize::from(*byte))
        {
            *slot = id;
        }
        self.arena.push_str(word);
        self.bounds.push(
            u32::try_from(self.arena.len()).expect("word lists stay far below 4 GiB of text"),
        );
        if 2 * (self.len() + 1) > self.slots.len() {
            self.grow();
        } else {
            self.place(id, hash(word.as_bytes()));
        }
        id
    }

    /// Doubles the table and places every word again.
    fn grow(&mut self) {
        self.slots = vec![EMPTY; self.slots.len() * 2];
        for id in 0..self.len() as WordId {
            self.place(id, hash(self.word(id).as_bytes()));
        }
    }

    fn place(&mut self, id: WordId, hash: u64) {
        let mask = self.slots.len() - 1;
        let mut at = (hash as usize) & mask;
        while self.slots[at] != EMPTY {
            at = (at + 1) & mask;
        }
        self.slots[at] = (hash >> 32) << 32 | u64::from(id + 1);
    }
}

/// FxHash of the bytes, with the high bits folded down so that the low bits used
/// as the slot index depend on every byte.
#[inline]
fn hash(word: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word);
    let h = hasher.finish();
    h ^ (h >> 29)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_each_word_once_and_finds_it_again() {
        let mut vocab = Vocabulary::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let ids: Vec<WordId> = words.iter().map(|w| vocab.intern(w)).collect();
        assert_eq!(vocab.len(), 5000);
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(vocab.get(w), Some(id));
            assert_eq!(vocab.word(id), w);
            assert_eq!(vocab.intern(w), id);
        }
        assert_eq!(vocab.len(), 5000);
        assert_eq!(vocab.get("w5000"), None);
        assert_eq!(vocab.get(""), None);
    }

    #[test]
    fn the_empty_word_and_non_ascii_words_are_words_too() {
        let mut vocab = Vocabulary::default();
        let empty = vocab.intern("");
        let hanoi = vocab.intern("Hà Nội");
        assert_ne!(empty, hanoi);
        assert_eq!(vocab.get(""), Some(empty));
        assert_eq!(vocab.get("Hà Nội"), Some(hanoi));
        assert_eq!(vocab.get("Ha Noi"), None);
    }
}
