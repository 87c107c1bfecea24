//! Rules: one file per kind of thing recognized.
//!
//! Each rule reads the [`Analysis`](crate::analysis::Analysis) (tokens, word-list
//! classes, gazetteer hits) and the output of the rules before it, and returns
//! candidate spans over token indices. No rule changes what an earlier one found;
//! [`resolve`](crate::resolve) decides among the candidates.

pub(crate) mod acronym;
pub(crate) mod inline;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod title;

/// A half-open range of token indices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct TokenRange {
    pub first: usize,
    pub end: usize,
}

impl TokenRange {
    pub fn new(first: usize, end: usize) -> TokenRange {
        TokenRange { first, end }
    }

    pub fn len(self) -> usize {
        self.end - self.first
    }
}
