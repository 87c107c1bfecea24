//! Sets of token indices, a bit each.
//!
//! A table with an entry per token is as long as the text, and filling it cost
//! more than all the lookups it served; a bit per token is a sixty-fourth of that,
//! a range of tokens is tested or filled 64 at a time, and the members come out
//! in order from the set bits alone.

use std::cell::RefCell;
use std::ops::{Deref, DerefMut};

/// A set of token indices.
#[derive(Clone, Debug, Default)]
pub(crate) struct TokenSet(Words);

/// 64-bit words, zeroed when made: the bits of a set, or the ranks of a
/// [`Numbered`] one. A short document makes a dozen of these vectors and drops
/// them by its end, and their allocations were a tenth of all it made: a thread
/// keeps the memory of dropped ones for the next (see [`KEPT_WORDS`]).
#[derive(Clone, Debug, Default)]
struct Words(Vec<u64>);

/// How many dropped vectors of words a thread keeps.
const KEPT_VECTORS: usize = 32;

/// The longest vector of words kept: a set of 64K tokens. A long document spends
/// its time elsewhere, and its vectors are allocated as any other.
const KEPT_WORDS: usize = 1 << 10;

thread_local! {
    /// Dropped vectors of at most [`KEPT_WORDS`] words, emptied.
    static SPARE_WORDS: RefCell<Vec<Vec<u64>>> = const { RefCell::new(Vec::new()) };
}

impl Words {
    /// `len` zero words.
    fn zeroed(len: usize) -> Words {
        if len > KEPT_WORDS {
            return Words(vec![0; len]);
        }
        Words::zeroed_in_spare(len)
    }

    /// [`zeroed`](Self::zeroed), in the memory of a dropped vector if the thread
    /// kept one. Out of line, as [`drop`](Drop::drop) is: inline, the pool's code
    /// took registers from the passes that make sets.
    #[inline(never)]
    fn zeroed_in_spare(len: usize) -> Words {
        let spare = SPARE_WORDS.try_with(|spare| spare.borrow_mut().pop());
        let mut words = spare.ok().flatten().unwrap_or_default();
        words.resize(len, 0);
        Words(words)
    }
}

impl Drop for Words {
    /// Keeps the memory, emptied, for the next vector made on this thread.
    #[inline(never)]
    fn drop(&mut self) {
        let mut words = std::mem::take(&mut self.0);
        if words.capacity() == 0 || words.capacity() > KEPT_WORDS {
            return;
        }
        words.clear();
        let _ = SPARE_WORDS.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < KEPT_VECTORS {
                spare.push(words);
            }
        });
    }
}

impl Deref for Words {
    type Target = [u64];

    #[inline]
    fn deref(&self) -> &[u64] {
        &self.0
    }
}

impl DerefMut for Words {
    #[inline]
    fn deref_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}

impl TokenSet {
    /// An empty set of tokens below `len`.
    pub fn new(len: usize) -> TokenSet {
        TokenSet(Words::zeroed(len / 64 + 1))
    }

    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Inserts `i` if `member`, with no branch. (A pass over every token gathers
    /// 64 members in a register instead, see [`TokenSet::insert_word`].)
    #[inline]
    pub fn insert_if(&mut self, i: usize, member: bool) {
        self.0[i / 64] |= u64::from(member) << (i % 64);
    }

    /// Adds the members `bits` to word `w` of the set: tokens `64 * w + k` for
    /// each set bit `k`.
    #[inline]
    pub fn insert_word(&mut self, w: usize, bits: u64) {
        self.0[w] |= bits;
    }

    /// How many members there are.
    pub fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The first member at or after `i`.
    pub fn next_from(&self, i: usize) -> Option<usize> {
        let mut w = i / 64;
        let mut bits = *self.0.get(w)? & (u64::MAX << (i % 64));
        while bits == 0 {
            w += 1;
            bits = *self.0.get(w)?;
        }
        Some(w * 64 + bits.trailing_zeros() as usize)
    }

    /// The first member of this set or of `other` at or after `i`: a walk over the
    /// union of two sets of one text, with no third set made.
    pub fn next_from_either(&self, other: &TokenSet, i: usize) -> Option<usize> {
        let word = |w: usize| Some(self.0.get(w)? | other.0.get(w).copied().unwrap_or(0));
        let mut w = i / 64;
        let mut bits = word(w)? & (u64::MAX << (i % 64));
        while bits == 0 {
            w += 1;
            bits = word(w)?;
        }
        Some(w * 64 + bits.trailing_zeros() as usize)
    }

    /// The members in increasing order, read from the set bits: no look at the
    /// tokens between them.
    pub fn iter(&self) -> Members<'_> {
        Members {
            words: &self.0,
            next_word: 0,
            bits: 0,
        }
    }

    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// True if no member lies in `first..end` (all below the set's length).
    pub fn none_in(&self, first: usize, end: usize) -> bool {
        words_of(first, end).all(|(w, mask)| self.0[w] & mask == 0)
    }

    /// Inserts every token of `first..end` (all below the set's length).
    pub fn insert_range(&mut self, first: usize, end: usize) {
        for (w, mask) in words_of(first, end) {
            self.0[w] |= mask;
        }
    }
}

/// The members of a [`TokenSet`], in increasing order: one word of bits at a
/// time, its lowest set bit first.
pub(crate) struct Members<'s> {
    words: &'s [u64],
    /// The index of the word after the one `bits` came from.
    next_word: usize,
    /// The members of that word not yet given.
    bits: u64,
}

impl Iterator for Members<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.bits = *self.words.get(self.next_word)?;
            self.next_word += 1;
        }
        let i = (self.next_word - 1) * 64 + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(i)
    }
}

/// The words of bits that `first..end` touches, each with the mask of its bits
/// in the range: a range is tested or filled 64 tokens at a time.
fn words_of(first: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
    let words = if first < end {
        first / 64..(end - 1) / 64 + 1
    } else {
        0..0
    };
    words.map(move |w| {
        let low = first.max(w * 64) - w * 64;
        let high = end.min(w * 64 + 64) - w * 64;
        (w, u64::MAX >> (64 - (high - low)) << low)
    })
}

/// A [`TokenSet`] whose members are numbered in order, 0 for the first: the index
/// of a member is its rank, found from a count per 64 tokens, with no search.
pub(crate) struct Numbered {
    set: TokenSet,
    /// Members before each word of bits.
    before: Words,
}

impl Numbered {
    pub fn new(set: TokenSet) -> Numbered {
        let mut before = Words::zeroed(set.0.len());
        let mut members = 0;
        for (before, word) in before.iter_mut().zip(set.0.iter()) {
            *before = members;
            members += u64::from(word.count_ones());
        }
        Numbered { set, before }
    }

    /// The members.
    pub fn set(&self) -> &TokenSet {
        &self.set
    }

    /// The number of members before `i`, if `i` is one.
    pub fn index(&self, i: usize) -> Option<u32> {
        let word = *self.set.0.get(i / 64)?;
        let bit = 1 << (i % 64);
        (word & bit != 0).then(|| self.before[i / 64] as u32 + (word & (bit - 1)).count_ones())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The members of `set` below `len`, in order, one test per token.
    fn members_of(set: &TokenSet, len: usize) -> Vec<usize> {
        (0..len).filter(|&i| set.contains(i)).collect()
    }

    #[test]
    fn a_set_made_in_a_dropped_one_s_memory_starts_empty() {
        let mut full = TokenSet::new(1000);
        full.insert_range(0, 1000);
        let memory = full.0.as_ptr() as usize;
        drop(full);
        let reused = TokenSet::new(700);
        assert_eq!(
            reused.0.as_ptr() as usize,
            memory,
            "the dropped set's memory"
        );
        assert_eq!(reused.count(), 0);
        assert_eq!(reused.next_from(0), None);
        // A set too large to keep is made and dropped as any vector.
        let mut large = TokenSet::new(64 * KEPT_WORDS + 64);
        large.insert(64 * KEPT_WORDS);
        assert_eq!(large.count(), 1);
    }

    #[test]
    fn members_are_found_and_come_out_in_order() {
        let members = [0, 3, 63, 64, 65, 127, 128, 500];
        let mut set = TokenSet::new(600);
        for &m in members.iter().rev() {
            set.insert(m);
        }
        assert_eq!(members_of(&set, 600), members);
        assert_eq!(set.iter().collect::<Vec<_>>(), members);
        assert_eq!(set.count(), members.len());
        assert!(set.contains(63) && !set.contains(62) && !set.contains(10_000));
    }

    #[test]
    fn the_next_member_is_found_across_words() {
        let mut set = TokenSet::new(600);
        for (i, member) in [(3, true), (4, false), (64, true), (500, true), (501, false)] {
            set.insert_if(i, member);
        }
        assert_eq!(members_of(&set, 600), [3, 64, 500]);
        let next: Vec<Option<usize>> = [0, 3, 4, 63, 64, 65, 499, 500, 501, 10_000]
            .iter()
            .map(|&i| set.next_from(i))
            .collect();
        assert_eq!(
            next,
            [
                Some(3),
                Some(3),
                Some(64),
                Some(64),
                Some(64),
                Some(500),
                Some(500),
                Some(500),
                None,
                None
            ]
        );
    }

    #[test]
    fn the_next_member_of_either_set_is_the_first_of_their_union() {
        let (mut odd, mut tens) = (TokenSet::new(700), TokenSet::new(700));
        for i in (1..700).step_by(97) {
            odd.insert(i);
        }
        for i in (0..700).step_by(130) {
            tens.insert(i);
        }
        for from in 0..720 {
            let expected = [odd.next_from(from), tens.next_from(from)]
                .into_iter()
                .flatten()
                .min();
            assert_eq!(odd.next_from_either(&tens, from), expected, "from {from}");
            assert_eq!(tens.next_from_either(&odd, from), expected, "from {from}");
        }
        assert_eq!(odd.next_from_either(&tens, 0), Some(0));
        assert_eq!(odd.next_from_either(&tens, 681), None);
    }

    #[test]
    fn ranges_are_tested_and_filled_across_words() {
        let mut set = TokenSet::new(300);
        set.insert_range(60, 130);
        let expected: Vec<usize> = (60..130).collect();
        assert_eq!(members_of(&set, 300), expected);
        assert!(set.none_in(0, 60) && set.none_in(130, 300) && set.none_in(70, 70));
        assert!(!set.none_in(0, 61) && !set.none_in(129, 131) && !set.none_in(64, 65));
        set.insert_range(192, 256);
        assert!(set.contains(192) && set.contains(255) && !set.contains(256));
        assert!(set.none_in(130, 192));
    }

    #[test]
    fn members_are_numbered_by_rank() {
        let members = [0, 3, 63, 64, 65, 127, 128, 500];
        let mut set = TokenSet::new(600);
        for &m in &members {
            set.insert(m);
        }
        let numbered = Numbered::new(set);
        for (rank, &m) in members.iter().enumerate() {
            assert_eq!(numbered.index(m), Some(rank as u32), "token {m}");
        }
        for other in [1, 62, 66, 129, 599, 600, 10_000] {
            assert_eq!(numbered.index(other), None, "token {other}");
        }
    }
}
