//! Interned words: every token any list knows, with a dense id.
//!
//! The word lists and the gazetteers are both keyed by these ids, so each token of a
//! text is hashed once and every later question about it (its classes, the phrases
//! and gazetteer entries it begins, the next step through a gazetteer name) is an
//! array index or an integer-keyed lookup, never a string comparison.
//!
//! The table is built for that one lookup: words are stored back to back in one
//! string (no allocation per word, so building stays cheap), and an open-addressing
//! table keeps beside each id a tag of the word's hash and where its bytes are: a
//! probe compares bytes only when the tags and lengths agree, and then reads them
//! straight from the string.

use std::hash::Hasher;

use crate::hash::{FxHasher, load4, load8};

/// The id of an interned word.
pub(crate) type WordId = u32;

/// Stands for a token no list knows.
pub(crate) const NO_WORD: WordId = WordId::MAX;

/// One word of the table.
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The high half of the word's hash.
    tag: u32,
    /// The word's id, or `NO_WORD` for an empty slot.
    id: WordId,
    /// The word's bytes in the arena, at hand once the tags agree, without a look
    /// at `bounds` (which took as many instructions as the rest of a lookup).
    start: u32,
    len: u32,
}

impl Slot {
    const EMPTY: Slot = Slot {
        tag: 0,
        id: NO_WORD,
        start: 0,
        len: 0,
    };
}

/// Words and their ids.
#[derive(Clone, Debug)]
pub(crate) struct Vocabulary {
    /// Every word, back to back, in id order.
    arena: String,
    /// Word `id` is `arena[bounds[id]..bounds[id + 1]]`.
    bounds: Vec<u32>,
    /// The words by their hash; a power of two long, at most half full.
    slots: Vec<Slot>,
    /// The id of each one-byte ASCII word, or `NO_WORD`: punctuation is a fifth of
    /// the tokens of news text, and is looked up here without hashing.
    ascii_bytes: [WordId; 128],
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            arena: String::new(),
            bounds: vec![0],
            slots: vec![Slot::EMPTY; 1024],
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
        let tag = (hash >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut at = (hash as usize) & mask;
        loop {
            let slot = self.slots[at];
            if slot.id == NO_WORD {
                return None;
            }
            if slot.tag == tag && self.holds(slot, word) {
                return Some(slot.id);
            }
            at = (at + 1) & mask;
        }
    }

    /// True if the word in `slot` is `word`.
    #[inline]
    fn holds(&self, slot: Slot, word: &[u8]) -> bool {
        let start = slot.start as usize;
        slot.len as usize == word.len()
            && self
                .arena
                .as_bytes()
                .get(start..start + word.len())
                .is_some_and(|stored| same_bytes(stored, word))
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
            self.place(id);
        }
        id
    }

    /// Doubles the table and places every word again.
    fn grow(&mut self) {
        self.slots = vec![Slot::EMPTY; self.slots.len() * 2];
        for id in 0..self.len() as WordId {
            self.place(id);
        }
    }

    /// Puts word `id` in the first empty slot from its hash's.
    fn place(&mut self, id: WordId) {
        let word = self.word(id).as_bytes();
        let hash = hash(word);
        let slot = Slot {
            tag: (hash >> 32) as u32,
            id,
            start: self.bounds[id as usize],
            len: word.len() as u32,
        };
        let mask = self.slots.len() - 1;
        let mut at = (hash as usize) & mask;
        while self.slots[at].id != NO_WORD {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }
}

/// `a == b`, inline for words of up to 16 bytes: two overlapping loads a side, as in
/// the hash, rather than a call to `memcmp` (a tenth of the lookup's time, when
/// most words that get this far are found).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0 => true,
        1..4 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..8 => load4(a, 0) == load4(b, 0) && load4(a, n - 4) == load4(b, n - 4),
        8..=16 => load8(a, 0) == load8(b, 0) && load8(a, n - 8) == load8(b, n - 8),
        _ => a == b,
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
    fn compares_words_of_every_length() {
        let text = b"abcdefghijklmnopqrstuvwxyz";
        for n in 0..=text.len() {
            let a = &text[..n];
            let copy = a.to_vec();
            assert!(same_bytes(a, &copy));
            for k in 0..n {
                let mut b = a.to_vec();
                b[k] = b'!';
                assert!(!same_bytes(a, &b), "{n} {k}");
            }
            assert!(!same_bytes(a, &text[..n.saturating_sub(1)]) || n == 0);
        }
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
