//! Rules: one file per kind of thing recognized.
//!
//! Each rule reads the [`Analysis`](crate::analysis::Analysis) (tokens, word-list
//! classes, gazetteer hits) and the output of the rules before it, and returns
//! candidate spans over token indices. No rule changes what an earlier one found;
//! [`resolve`](crate::resolve) decides among the candidates.

use crate::EntityKind;

pub(crate) mod acronym;
pub(crate) mod inline;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod table;
pub(crate) mod title;
pub(crate) mod token_set;

/// A candidate entity before overlaps are resolved.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub range: TokenRange,
    pub kind: EntityKind,
    pub rule: &'static str,
    pub entry: Option<u32>,
}

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

/// Where the names found on their own evidence lie. Organization and title phrases
/// stop where a name begins, and none begins inside a name.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameMarks {
    marks: Vec<Mark>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Mark {
    #[default]
    Free,
    Start,
    Inside,
}

impl NameMarks {
    /// Marks for `len` tokens with names over `names`.
    pub fn new(len: usize, names: impl IntoIterator<Item = TokenRange>) -> NameMarks {
        let mut marks = vec![Mark::Free; len];
        for r in names {
            marks[r.first] = Mark::Start;
            marks[r.first + 1..r.end].fill(Mark::Inside);
        }
        NameMarks { marks }
    }

    /// True if a name begins at token `i`.
    pub fn starts_name(&self, i: usize) -> bool {
        self.marks.get(i) == Some(&Mark::Start)
    }

    /// True if token `i` is part of a name, its first token included.
    pub fn in_name(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| *m != Mark::Free)
    }
}
