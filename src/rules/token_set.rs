//! Sets of token indices, a bit each.
//!
//! A table with an entry per token is as long as the text, and filling it cost
//! more than all the lookups it served; a bit per token is a sixty-fourth of that,
//! and its members come out in order from the set bits alone.

/// A set of token indices.
pub(crate) struct TokenSet(Vec<u64>);

impl TokenSet {
    /// An empty set of tokens below `len`.
    pub fn new(len: usize) -> TokenSet {
        TokenSet(vec![0; len / 64 + 1])
    }

    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// The members in increasing order, read from the set bits: no look at every
    /// token.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let i = w * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    i
                })
            })
        })
    }
}

/// A [`TokenSet`] whose members are numbered in order, 0 for the first: the index
/// of a member is its rank, found from a count per 64 tokens, with no search.
pub(crate) struct Numbered {
    set: TokenSet,
    /// Members before each word of bits.
    before: Vec<u32>,
}

impl Numbered {
    pub fn new(set: TokenSet) -> Numbered {
        let mut members = 0;
        let before = set
            .0
            .iter()
            .map(|w| {
                let before = members;
                members += w.count_ones();
                before
            })
            .collect();
        Numbered { set, before }
    }

    /// The number of members before `i`, if `i` is one.
    pub fn index(&self, i: usize) -> Option<u32> {
        let word = *self.set.0.get(i / 64)?;
        let bit = 1 << (i % 64);
        (word & bit != 0).then(|| self.before[i / 64] + (word & (bit - 1)).count_ones())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_come_out_in_order() {
        let members = [0, 3, 63, 64, 65, 127, 128, 500];
        let mut set = TokenSet::new(600);
        for &m in members.iter().rev() {
            set.insert(m);
        }
        assert_eq!(set.iter().collect::<Vec<_>>(), members);
        assert!(set.contains(63) && !set.contains(62) && !set.contains(10_000));
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
