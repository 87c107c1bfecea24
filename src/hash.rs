//! A fast non-cryptographic hasher for the word tables.
//!
//! Lookups of short words dominate the pipeline's time; the standard library's
//! SipHash is built to resist flooding, which a table built once from the
//! project's own lists does not need. This is the multiply-rotate hash used by
//! rustc (FxHash), eight bytes at a time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash: fast for short keys, deterministic.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    /// Up to 16 bytes (nearly every word, and the bytes of every token of a text
    /// are hashed) as at most two overlapping fixed-size loads, with no loop and no
    /// copy (a variable-length copy compiles to a `memcpy` call, which showed in
    /// the profile of word lookups); longer ones eight bytes at a time until 16 or
    /// fewer are left.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while rest.len() > 16 {
            self.add(load8(rest, 0));
            rest = &rest[8..];
        }
        // The length goes in too: the loads overlap, so "ab" and "abb" must still
        // differ.
        let n = rest.len();
        let length = (n as u64) << 59;
        match n {
            0 => {}
            1..4 => {
                let b = |at: usize| u64::from(rest[at]);
                self.add((b(0) | b(n / 2) << 8 | b(n - 1) << 16) ^ length);
            }
            4..8 => {
                let lo = u64::from(load4(rest, 0));
                let hi = u64::from(load4(rest, n - 4));
                self.add((lo | hi << 32) ^ length);
            }
            _ => {
                self.add(load8(rest, 0));
                self.add(load8(rest, n - 8) ^ length);
            }
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// FxHash of one 64-bit word: a single multiply (`Hasher::write_u64` would take
/// its eight bytes through [`FxHasher::write`], two).
#[inline]
pub(crate) fn hash_u64(word: u64) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.add(word);
    hasher.hash
}

/// Two 32-bit ids as one key, the first in the high half: a table keyed by a pair
/// of words hashes one integer.
#[inline]
pub(crate) fn pair_key(first: u32, second: u32) -> u64 {
    u64::from(first) << 32 | u64::from(second)
}

/// Four bytes of `s` from `at`, little-endian.
#[inline]
pub(crate) fn load4(s: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(s[at..at + 4].try_into().expect("4 bytes"))
}

/// Eight bytes of `s` from `at`, little-endian.
#[inline]
pub(crate) fn load8(s: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"))
}

/// A string as the key of a per-document table: hashed as a `str`, and compared
/// inline.
///
/// A table keyed by `&str` compares each key it finds with a call of `memcmp`;
/// the words and names of a document are a few bytes long, and for those the
/// call cost more than the comparison (2 % of the time of a megabyte of news).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Text<'a>(pub &'a str);

impl PartialEq for Text<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        same_bytes(self.0.as_bytes(), other.0.as_bytes())
    }
}

impl Eq for Text<'_> {}

impl std::hash::Hash for Text<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        // As a `str` hashes: a table keyed by `Text` keeps the order of one keyed
        // by `&str`.
        self.0.hash(state);
    }
}

/// `a == b`, inline for up to 16 bytes: two overlapping loads a side, as in
/// [`FxHasher::write`].
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
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

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The room a table of one document's names starts with. A short document puts a
/// few dozen names in each, and a table grown from nothing is allocated and
/// rehashed four times on the way; a long one grows past this as before.
const DOCUMENT_TABLE: usize = 32;

/// An empty map for one document's names, with room for a short document's.
pub(crate) fn document_map<K, V>() -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(DOCUMENT_TABLE, Default::default())
}

/// An empty set for one document's names, with room for a short document's.
pub(crate) fn document_set<K>() -> FxHashSet<K> {
    FxHashSet::with_capacity_and_hasher(DOCUMENT_TABLE, Default::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_of_every_length_are_equal_only_when_every_byte_is() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        for n in 0..=text.len() {
            let a = &text[..n];
            // A copy elsewhere in memory: equal by its bytes.
            let copy = a.to_string();
            assert_eq!(Text(a), Text(&copy), "{n} bytes");
            for k in 0..n {
                let mut b = a.to_string().into_bytes();
                b[k] = b'!';
                let b = String::from_utf8(b).unwrap();
                assert_ne!(Text(a), Text(&b), "{n} bytes, byte {k} changed");
            }
            if n > 0 {
                assert_ne!(Text(a), Text(&text[..n - 1]), "{n} bytes against {}", n - 1);
            }
        }
    }

    fn hash(bytes: &[u8]) -> u64 {
        let mut hasher = FxHasher::default();
        hasher.write(bytes);
        hasher.finish()
    }

    #[test]
    fn words_of_every_length_and_their_overlapping_loads_hash_apart() {
        let text = b"abcdefghijklmnopqrstuvwxyzabcdefghijklmn";
        let mut seen = FxHashSet::default();
        for n in 1..=text.len() {
            assert!(seen.insert(hash(&text[..n])), "prefix of {n} bytes");
            // The same bytes but one, where only one of two overlapping loads reads it.
            let mut other = text[..n].to_vec();
            other[n / 2] ^= 1;
            assert_ne!(hash(&other), hash(&text[..n]), "{n} bytes");
        }
        assert_ne!(hash(b"ab"), hash(b"abb"));
    }
}
