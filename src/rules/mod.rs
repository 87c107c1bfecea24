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

/// A candidate entity before overlaps are resolved. 24 bytes: a text dense with
/// names makes millions of them (1.75 million in 10 MB of bracketed acronyms), and
/// the overlap pass reads them all several times.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub range: TokenRange,
    pub kind: EntityKind,
    pub rule: Rule,
    /// The gazetteer entry, or [`NO_ENTRY`].
    entry: u32,
}

/// A candidate's `entry` when it has none.
const NO_ENTRY: u32 = u32::MAX;

impl Candidate {
    /// A candidate for `range`, of `kind`, found by `rule`, with the gazetteer entry
    /// `entry` if there is one.
    pub fn new(range: TokenRange, kind: EntityKind, rule: Rule, entry: Option<u32>) -> Candidate {
        debug_assert_ne!(entry, Some(NO_ENTRY), "entries are numbered below u32::MAX");
        Candidate {
            range,
            kind,
            rule,
            entry: entry.unwrap_or(NO_ENTRY),
        }
    }

    /// The gazetteer entry the candidate is, if any.
    pub fn entry(&self) -> Option<u32> {
        (self.entry != NO_ENTRY).then_some(self.entry)
    }
}

/// The rule that found a candidate: the name the output gives as `why.rule`, kept
/// in a byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    Gazetteer,
    OrgHeadChain,
    OrgSportsTable,
    OrgSportsTeam,
    LocOneEdit,
    LocDateline,
    AcronymLongForm,
    AcronymDefined,
    PersonBareMention,
    PersonChineseName,
    PersonKnownNamePart,
    PersonInitials,
    PersonAfterHonorific,
    PersonAfterRole,
    PersonBeforePosition,
    PersonBeforeReportingVerb,
    PersonNameShape,
    PersonSharesName,
}

impl Rule {
    /// The rule's name in the output.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Gazetteer => "gazetteer",
            Rule::OrgHeadChain => "org.head-chain",
            Rule::OrgSportsTable => "org.sports-table",
            Rule::OrgSportsTeam => "org.sports-team",
            Rule::LocOneEdit => "loc.one-edit",
            Rule::LocDateline => "loc.dateline",
            Rule::AcronymLongForm => "acronym.long-form",
            Rule::AcronymDefined => "acronym.defined",
            Rule::PersonBareMention => "person.bare-mention",
            Rule::PersonChineseName => "person.chinese-name",
            Rule::PersonKnownNamePart => "person.known-name-part",
            Rule::PersonInitials => "person.initials",
            Rule::PersonAfterHonorific => "person.after-honorific",
            Rule::PersonAfterRole => "person.after-role",
            Rule::PersonBeforePosition => "person.before-position",
            Rule::PersonBeforeReportingVerb => "person.before-reporting-verb",
            Rule::PersonNameShape => "person.name-shape",
            Rule::PersonSharesName => "person.shares-name",
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_candidate_keeps_its_entry_in_24_bytes() {
        assert_eq!(size_of::<Candidate>(), 24);
        let range = TokenRange::new(3, 5);
        for entry in [None, Some(0), Some(7), Some(u32::MAX - 1)] {
            let c = Candidate::new(range, EntityKind::Org, Rule::Gazetteer, entry);
            assert_eq!(c.entry(), entry);
            assert_eq!(
                (c.range, c.kind, c.rule),
                (range, EntityKind::Org, Rule::Gazetteer)
            );
        }
    }
}
