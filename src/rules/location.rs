//! Places: gazetteer hits of kind LOC, extended by a following place word
//! ("Yunnan Province").

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::rules::TokenRange;

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
                found.push(Place {
                    range: TokenRange::new(i, end),
                    entry: hit.entry,
                });
                i = end;
            }
            Some(hit) => i = hit.end,
            None => i += 1,
        }
    }
    found
}
