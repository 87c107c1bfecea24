//! Places: gazetteer hits of kind LOC, extended by a following place word
//! ("Yunnan Province").
//!
//! A city or region named in a sports result is a team, not a place: "Wigan 2
//! Norwich 1", "Surrey 245 for six", "Leeds beat Hull". Such a hit is reported as
//! an organization. Countries stay places: national sides are named for them.

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::rules::{Candidate, TokenRange};
use crate::tokenize::TokenKind;

/// Words that make a place name longer when they follow it.
pub(crate) const PLACE_SUFFIXES: &[&str] = &[
    "Province",
    "Region",
    "City",
    "Prefecture",
    "County",
    "District",
    "Municipality",
    "Island",
    "Islands",
];

/// A place found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    pub range: TokenRange,
    pub entry: u32,
    /// A city or region standing for a sports team.
    pub team: bool,
}

impl Place {
    /// The entity candidate: a place, or an organization for a team.
    pub fn candidate(&self) -> Candidate {
        if self.team {
            Candidate {
                range: self.range,
                kind: EntityKind::Org,
                rule: "org.sports-team",
                entry: None,
            }
        } else {
            Candidate {
                range: self.range,
                kind: EntityKind::Loc,
                rule: "gazetteer",
                entry: Some(self.entry),
            }
        }
    }
}

/// Words between two teams in a result.
const RESULT_WORDS: &[&str] = &["beat", "beats", "drew", "draw", "lost", "v", "vs", "vs."];

/// True if the place at `range` stands in a sports result: a score right after
/// it, or a result word beside it.
fn in_result(a: &Analysis, range: TokenRange) -> bool {
    let score_after = a
        .token(range.end)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && !a
            .token(range.end + 1)
            .is_some_and(|t| t.is_word() && t.lowercase && a.word(range.end + 1).len() > 3);
    let word_after = RESULT_WORDS.contains(&a.word(range.end));
    let word_before = range.first > 0 && RESULT_WORDS.contains(&a.word(range.first - 1));
    score_after || word_after || word_before
}

/// Every trusted place hit, left to right.
pub(crate) fn find(a: &Analysis) -> Vec<Place> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < a.len() {
        match a.hit(i) {
            Some(hit) if a.gazetteer.entry(hit.entry).kind == EntityKind::Loc => {
                let mut end = hit.end;
                if PLACE_SUFFIXES.contains(&a.word(end)) && a.hit(end).is_none() {
                    end += 1;
                }
                let range = TokenRange::new(i, end);
                let entry = a.gazetteer.entry(hit.entry);
                let city_or_region = !entry.id.starts_with("iso:") || entry.id.contains('-');
                found.push(Place {
                    range,
                    entry: hit.entry,
                    team: city_or_region && in_result(a, range),
                });
                i = end;
            }
            Some(hit) => i = hit.end,
            None => i += 1,
        }
    }
    found
}
