//! Interned words: every token any list knows, with a dense id.
//!
//! The word lists and the gazetteers are both keyed by these ids, so each token of a
//! text is hashed once and every later question about it (its classes, the phrases
//! and gazetteer entries it begins, the next step through a gazetteer name) is an
//! array index or an integer-keyed lookup, never a string comparison.
//!
//! The table is built for that one lookup, whose cost is mostly waiting for memory:
//! a slot holds the word's first eight bytes (all of most words), its length, its
//! id and a payload (the word's classes, for the lexicon), so that a token is
//! found, compared and classed from one cache line. Only a word longer than eight
//! bytes has the rest of its bytes compared, from the string where words are
//! stored back to back (no allocation per word, so building stays cheap).
//!
//! The slots of the embedded lists take 2 MiB, more than a core's cache keeps
//! beside a text's own arrays, and most words of real news are in no list: a bit
//! table of 128 KiB, indexed by other bits of the same hash, says first whether a
//! word may be in the table at all (README, "Speed", gives what it saved).

use std::hash::Hasher;

use crate::hash::{FxHasher, hash_u64, load4, load8, same_bytes};

/// The id of an interned word.
pub(crate) type WordId = u32;

/// Stands for a token no list knows.
pub(crate) const NO_WORD: WordId = WordId::MAX;

/// The payload of a word takes the bits of a slot's `meta` above its length byte.
pub(crate) const PAYLOAD_BITS: u32 = 24;

/// One word of the table, in 16 bytes.
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The word's first eight bytes, little-endian, zero-padded ([`head`]).
    head: u64,
    /// The word's id, or `NO_WORD` for an empty slot.
    id: WordId,
    /// The word's length in bytes (255 for any longer) in the low byte, its payload
    /// above.
    meta: u32,
}

impl Slot {
    const EMPTY: Slot = Slot {
        head: 0,
        id: NO_WORD,
        meta: 0,
    };

    fn payload(&self) -> u32 {
        self.meta >> 8
    }
}

/// The length byte of a slot's `meta`.
#[inline]
fn length_byte(len: usize) -> u32 {
    len.min(255) as u32
}

/// Words and their ids, each with a payload.
#[derive(Clone, Debug)]
pub(crate) struct Vocabulary {
    /// Every word, back to back, in id order.
    arena: String,
    /// Word `id` is `arena[bounds[id]..bounds[id + 1]]`.
    bounds: Vec<u32>,
    /// The words by their hash; a power of two long, at most half full.
    slots: Vec<Slot>,
    /// The slot of each word, by id: a payload is set without a search.
    slot_of: Vec<u32>,
    /// The last eight bytes of each word longer than eight, by id (0 for the
    /// others): with the head they are all the bytes of a word of up to 16, which
    /// is then compared with no look at the arena (two loads, one waiting on the
    /// other, for every tenth token).
    tails: Vec<u64>,
    /// The id and payload of each one-byte ASCII word, or `NO_WORD`: punctuation is
    /// a fifth of the tokens of news text, and is looked up here without hashing.
    ascii_bytes: [(WordId, u32); 128],
    /// A bit per value of a hash's top [`FILTER_BITS`] bits, set for every word's:
    /// most words of a text are in no list, and this small table, which stays in
    /// cache, turns nearly all of them away before the slots, which do not.
    filter: Vec<u64>,
}

/// Bits of a hash that pick a bit of [`Vocabulary::filter`]: 2^20 bits, 128 KiB,
/// a few per cent of them set by the embedded lists' words.
const FILTER_BITS: u32 = 20;

/// The bit of `Vocabulary::filter` for a word of hash `hash`: its word, and the
/// bit in it.
#[inline]
fn filter_bit(hash: u64) -> (usize, u64) {
    let k = (hash >> (u64::BITS - FILTER_BITS)) as usize;
    (k / 64, 1 << (k % 64))
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        Vocabulary {
            arena: String::new(),
            bounds: vec![0],
            slots: vec![Slot::EMPTY; 1024],
            slot_of: Vec::new(),
            tails: Vec::new(),
            ascii_bytes: [(NO_WORD, 0); 128],
            filter: vec![0; (1 << FILTER_BITS) / 64],
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

    /// The id of the word whose UTF-8 bytes are `word`, if it is known.
    #[inline]
    pub fn get_bytes(&self, word: &[u8]) -> Option<WordId> {
        let (id, _) = self.entry(word);
        (id != NO_WORD).then_some(id)
    }

    /// The id and payload of the word whose UTF-8 bytes are `word`, or
    /// `(NO_WORD, 0)`. Bytes, so that the per-token lookup slices the text without
    /// char-boundary checks.
    #[inline(always)]
    pub fn entry(&self, word: &[u8]) -> (WordId, u32) {
        self.entry_in(word, 0..word.len())
    }

    /// [`entry`](Self::entry) of the word at `range` of `text`. A word of up to
    /// eight bytes with eight bytes of text from its start has its head read with
    /// one load and a mask: [`head`] picks its loads by the word's length, a branch
    /// that words of every length in running text make hard to predict.
    #[inline(always)]
    pub fn entry_in(&self, text: &[u8], range: std::ops::Range<usize>) -> (WordId, u32) {
        let word = &text[range.clone()];
        if let [byte] = word
            && let Some(&entry) = self.ascii_bytes.get(usize::from(*byte))
        {
            return entry;
        }
        let head = match text.get(range.start..range.start + 8) {
            Some(eight) if (1..=8).contains(&word.len()) => {
                load8(eight, 0) & u64::MAX >> (64 - 8 * word.len())
            }
            _ => head(word),
        };
        let hash = hash(word, head);
        let (w, bit) = filter_bit(hash);
        if self.filter[w] & bit == 0 {
            return (NO_WORD, 0);
        }
        let length = length_byte(word.len());
        let mask = self.slots.len() - 1;
        let mut at = (hash as usize) & mask;
        loop {
            let slot = self.slots[at];
            if slot.id == NO_WORD {
                return (NO_WORD, 0);
            }
            if slot.head == head && slot.meta & 0xff == length && self.tail_matches(slot, word) {
                return (slot.id, slot.payload());
            }
            at = (at + 1) & mask;
        }
    }

    /// True if the bytes of `word` past its head are those of the word in `slot`,
    /// whose head and length byte are `word`'s.
    #[inline]
    fn tail_matches(&self, slot: Slot, word: &[u8]) -> bool {
        let n = word.len();
        n <= 8
            || (load8(word, n - 8) == self.tails[slot.id as usize]
                && (n <= 16 || same_bytes(self.word(slot.id).as_bytes(), word)))
    }

    /// Sets the payload of word `id` (below `1 << PAYLOAD_BITS`).
    pub fn set_payload(&mut self, id: WordId, payload: u32) {
        assert!(payload >> PAYLOAD_BITS == 0, "a payload has 24 bits");
        let at = self.slot_of[id as usize] as usize;
        self.slots[at].meta = payload << 8 | (self.slots[at].meta & 0xff);
        if let &[byte] = self.word(id).as_bytes()
            && let Some(entry) = self.ascii_bytes.get_mut(usize::from(byte))
        {
            entry.1 = payload;
        }
    }

    /// The id of `word`, adding it if it is new (with payload 0).
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(id) = self.get(word) {
            return id;
        }
        let id = self.len() as WordId;
        if let [byte] = word.as_bytes()
            && let Some(entry) = self.ascii_bytes.get_mut(usize::from(*byte))
        {
            *entry = (id, 0);
        }
        self.arena.push_str(word);
        let n = word.len();
        self.tails.push(if n > 8 {
            load8(word.as_bytes(), n - 8)
        } else {
            0
        });
        self.bounds.push(
            u32::try_from(self.arena.len()).expect("word lists stay far below 4 GiB of text"),
        );
        if 2 * (self.len() + 1) > self.slots.len() {
            self.grow();
        } else {
            self.place(id, 0);
        }
        id
    }

    /// Doubles the table and places every word again, with its payload.
    fn grow(&mut self) {
        let doubled = vec![Slot::EMPTY; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        for id in 0..self.len() {
            // The word being added has no slot yet, nor a payload.
            let payload = self
                .slot_of
                .get(id)
                .map_or(0, |&at| old[at as usize].payload());
            self.place(id as WordId, payload);
        }
    }

    /// Puts word `id` in the first empty slot from its hash's.
    fn place(&mut self, id: WordId, payload: u32) {
        let word = self.word(id).as_bytes();
        let head = head(word);
        let slot = Slot {
            head,
            id,
            meta: payload << 8 | length_byte(word.len()),
        };
        let mask = self.slots.len() - 1;
        let hash = hash(word, head);
        let (w, bit) = filter_bit(hash);
        self.filter[w] |= bit;
        let mut at = (hash as usize) & mask;
        while self.slots[at].id != NO_WORD {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
        let i = id as usize;
        if self.slot_of.len() <= i {
            self.slot_of.resize(i + 1, 0);
        }
        self.slot_of[i] = at as u32;
    }
}

/// The first eight bytes of `word`, little-endian, zero-padded: the whole word for
/// most. At most two overlapping fixed-size loads, as in the hash.
#[inline]
fn head(word: &[u8]) -> u64 {
    let n = word.len();
    match n {
        0 => 0,
        1..4 => {
            let b = |at: usize| u64::from(word[at]) << (8 * at);
            b(0) | b(n / 2) | b(n - 1)
        }
        4..8 => u64::from(load4(word, 0)) | u64::from(load4(word, n - 4)) << (8 * (n - 4)),
        _ => load8(word, 0),
    }
}

/// The hash of `word`, whose head is `head`: for a word of eight bytes or fewer,
/// one multiply of its head and length; FxHash of the bytes for a longer one. The
/// high bits are folded down, so that the low bits used as the slot index depend
/// on every byte.
#[inline]
fn hash(word: &[u8], head: u64) -> u64 {
    let h = if word.len() <= 8 {
        hash_u64(head ^ (word.len() as u64) << 59)
    } else {
        let mut hasher = FxHasher::default();
        hasher.write(word);
        hasher.finish()
    };
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
    fn words_no_list_knows_are_not_found_whatever_their_filter_bit() {
        let mut vocab = Vocabulary::default();
        for i in 0..5000 {
            vocab.intern(&format!("known{i}"));
        }
        // Some of these share a filter bit with a known word (about one in two
        // hundred): the slots turn those away.
        let set = (0..200_000)
            .map(|i| format!("other{i}"))
            .filter(|w| {
                let (k, bit) = filter_bit(hash(w.as_bytes(), head(w.as_bytes())));
                vocab.filter[k] & bit != 0
            })
            .inspect(|w| assert_eq!(vocab.get(w), None, "{w}"))
            .count();
        assert!(set > 100, "{set} words passed the filter");
        for i in 0..5000 {
            assert!(vocab.get(&format!("known{i}")).is_some());
        }
    }

    #[test]
    fn words_of_every_length_are_told_apart_by_every_byte() {
        let mut vocab = Vocabulary::default();
        let text = "abcdefghijklmnopqrstuvwxyz";
        let ids: Vec<WordId> = (0..=text.len()).map(|n| vocab.intern(&text[..n])).collect();
        for n in 0..=text.len() {
            assert_eq!(vocab.get(&text[..n]), Some(ids[n]), "{n} bytes");
            for k in 0..n {
                let mut other = text[..n].to_string().into_bytes();
                other[k] = b'!';
                assert_eq!(vocab.get_bytes(&other), None, "{n} bytes, byte {k} changed");
            }
        }
    }

    #[test]
    fn a_word_read_in_its_text_is_found_as_the_word_alone() {
        let mut vocab = Vocabulary::default();
        let text = b"a of the news Minister (UN) Secretariat's zz";
        for word in text.split(|b| *b == b' ') {
            vocab.intern(std::str::from_utf8(word).unwrap());
        }
        // Every slice of the text, known or not, at every distance from its end
        // (a head read with one load needs eight bytes of text from the start).
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                assert_eq!(
                    vocab.entry_in(text, start..end),
                    vocab.entry(word),
                    "{:?}",
                    String::from_utf8_lossy(word)
                );
            }
        }
        assert_ne!(vocab.entry_in(text, 2..4).0, NO_WORD, "\"of\" is known");
        assert_eq!(vocab.entry_in(text, 2..3).0, NO_WORD, "\"o\" is not");
    }

    #[test]
    fn words_longer_than_a_length_byte_are_told_apart_by_their_bytes() {
        let mut vocab = Vocabulary::default();
        let long = "a".repeat(300);
        let longer = "a".repeat(301);
        let last_differs = format!("{}b", "a".repeat(299));
        let ids = [&long, &longer, &last_differs].map(|w| vocab.intern(w));
        assert_eq!(ids.len(), 3);
        assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2]);
        for (w, id) in [&long, &longer, &last_differs].into_iter().zip(ids) {
            assert_eq!(vocab.get(w), Some(id));
        }
        assert_eq!(vocab.get(&"a".repeat(302)), None);
        assert_eq!(vocab.get(&format!("{}c", "a".repeat(299))), None);
    }

    #[test]
    fn a_payload_stays_with_its_word_as_the_table_grows() {
        let mut vocab = Vocabulary::default();
        let a = vocab.intern("a");
        let word = vocab.intern("Secretariat");
        vocab.set_payload(a, 7);
        vocab.set_payload(word, (1 << PAYLOAD_BITS) - 1);
        // Enough words to double the table several times.
        for i in 0..5000 {
            vocab.intern(&format!("w{i}"));
        }
        assert_eq!(vocab.entry(b"a"), (a, 7));
        assert_eq!(vocab.entry(b"Secretariat"), (word, (1 << PAYLOAD_BITS) - 1));
        assert_eq!(vocab.entry(b"w17").1, 0);
        assert_eq!(vocab.entry(b"Secretaria"), (NO_WORD, 0));
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
