//! Places: gazetteer hits of kind LOC, extended by a following place word
//! ("Yunnan Province").
//!
//! A word one edit away from a place named elsewhere in the same document is that
//! place misspelt ("Gungxi hopes ..." after "Guangxi"), when only one such place
//! is near and the word is nothing the lists know; it is reported with its own rule.
//!
//! A line that opens with words in capitals and ends in a date is a dateline
//! ("KINGSBRIDGE 2024-03-05"): those words name the place the story was filed from,
//! a place even where the gazetteer does not know it (rule `loc.dateline`).
//!
//! A city or region named in a sports result is a team, not a place: "Wigan 2
//! Norwich 1", "Surrey 245 for six", "Leeds beat Hull". Such a hit is reported as
//! an organization. Countries stay places: national sides are named for them.

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::hash::FxHashMap;
use crate::rules::{Candidate, TokenRange};
use crate::tokenize::TokenKind;

/// Words that make a place name longer when they follow it.
pub(crate) fn is_place_suffix(w: &str) -> bool {
    matches!(
        w,
        "Province"
            | "Region"
            | "City"
            | "Prefecture"
            | "County"
            | "District"
            | "Municipality"
            | "Island"
            | "Islands"
    )
}

/// A place found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    pub range: TokenRange,
    /// The gazetteer entry; none for a dateline place the gazetteer does not know.
    pub entry: Option<u32>,
    /// A city or region standing for a sports team.
    pub team: bool,
    /// A misspelling of a place named elsewhere in the document.
    pub misspelt: bool,
    /// Named in a dateline, and not trusted there by the gazetteer's own test.
    pub dateline: bool,
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
                rule: if self.misspelt {
                    "loc.one-edit"
                } else if self.dateline {
                    "loc.dateline"
                } else {
                    "gazetteer"
                },
                entry: self.entry,
            }
        }
    }
}

/// Words between two teams in a result.
fn is_result_word(w: &str) -> bool {
    matches!(
        w,
        "beat" | "beats" | "drew" | "draw" | "lost" | "v" | "vs" | "vs."
    )
}

/// True if the place at `range` stands in a sports result: a score right after
/// it, or a result word beside it.
fn in_result(a: &Analysis, range: TokenRange) -> bool {
    let score_after = a
        .token(range.end)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && !is_date(a, range.end)
        && !a
            .token(range.end + 1)
            .is_some_and(|t| t.is_word() && t.lowercase() && a.word(range.end + 1).len() > 3);
    let word_after = is_result_word(a.word(range.end));
    let word_before = range.first > 0 && is_result_word(a.word(range.first - 1));
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
                if is_place_suffix(a.word(end)) && a.hit(end).is_none() {
                    end += 1;
                }
                if names_something_else(a, end) {
                    i = end;
                    continue;
                }
                let range = TokenRange::new(i, end);
                let entry = a.gazetteer.entry(hit.entry);
                let city_or_region = !entry.id.starts_with("iso:") || entry.id.contains('-');
                found.push(Place {
                    range,
                    entry: Some(hit.entry),
                    team: city_or_region && in_result(a, range),
                    misspelt: false,
                    dateline: false,
                });
                i = end;
            }
            Some(hit) => i = hit.end,
            None => i += 1,
        }
    }
    let misspelt = misspellings(a, &found);
    found.extend(misspelt);
    found.extend(datelines(a));
    found
}

/// Words after a place that make it the name of a sporting event: "the Kingsbridge
/// Open", "the Eastfield Marathon".
fn is_event_word(w: &str) -> bool {
    matches!(
        w,
        "Open"
            | "Cup"
            | "Classic"
            | "Masters"
            | "Marathon"
            | "Games"
            | "Grand"
            | "Championship"
            | "Championships"
            | "Trophy"
            | "Tournament"
            | "Rally"
            | "Derby"
    )
}

/// True if the place ending before token `end` is part of a word or name that is
/// no place: an adjective ("Kingsbridge-based", "Eastfield-listed") or an event
/// ("Kingsbridge Open").
fn names_something_else(a: &Analysis, end: usize) -> bool {
    let adjective = a.at(end, "-")
        && a.joined(end - 1)
        && a.joined(end)
        && a.token(end + 1).is_some_and(|t| t.lowercase());
    adjective || (is_event_word(a.word(end)) && a.is_capitalized(end))
}

/// True if a date written `2024-03-05` starts at token `i`.
pub(crate) fn is_date(a: &Analysis, i: usize) -> bool {
    let number = |k: usize, digits: usize| {
        a.token(k)
            .is_some_and(|t| t.kind == TokenKind::Number && t.span().len() == digits)
    };
    number(i, 4)
        && a.at(i + 1, "-")
        && number(i + 2, 2)
        && a.at(i + 3, "-")
        && number(i + 4, 2)
        && (i..i + 4).all(|k| a.joined(k))
}

/// Most words of a place in a dateline: "SAN JUAN CAPISTRANO".
const MAX_DATELINE_WORDS: usize = 4;

/// Places in capitals opening a line that ends in a date, where the gazetteer's
/// hits did not take them: "KINGSBRIDGE 2024-03-05", "KINGSBRIDGE , England
/// 2024-03-05". A known place keeps its entry.
fn datelines(a: &Analysis) -> Vec<Place> {
    let mut found = Vec::new();
    for i in (0..a.len()).filter(|&i| a.tokens[i].newline_before() && a.hit(i).is_none()) {
        let mut end = i;
        while end - i < MAX_DATELINE_WORDS
            && a.token(end).is_some_and(|t| t.all_caps() && t.is_word())
            && (end == i || !a.tokens[end].newline_before())
        {
            end += 1;
        }
        if end == i {
            continue;
        }
        // "KINGSBRIDGE , England 2024-03-05": a region or country may follow.
        let date_at = match a.hit(end + 1) {
            Some(hit) if a.at(end, ",") => hit.end,
            _ => end,
        };
        if !is_date(a, date_at) || a.tokens[date_at].newline_before() {
            continue;
        }
        let entry = a
            .exact_entry(TokenRange::new(i, end))
            .filter(|&e| a.gazetteer.entry(e).kind == EntityKind::Loc);
        found.push(Place {
            range: TokenRange::new(i, end),
            entry,
            team: false,
            misspelt: false,
            dateline: true,
        });
    }
    found
}

/// Words one edit away from exactly one one-word place found in the document.
fn misspellings(a: &Analysis, places: &[Place]) -> Vec<Place> {
    // Places by first character and length: a word is compared only with places
    // whose length is within one of its own.
    let mut named: FxHashMap<(char, usize), Vec<(&str, u32)>> = FxHashMap::default();
    for p in places.iter().filter(|p| p.range.len() == 1 && !p.team) {
        let Some(entry) = p.entry else {
            continue;
        };
        let w = a.word(p.range.first);
        let Some(first) = w.chars().next() else {
            continue;
        };
        let bucket = named.entry((first, w.chars().count())).or_default();
        if !bucket.iter().any(|(known, _)| *known == w) {
            bucket.push((w, entry));
        }
    }
    if named.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for i in 0..a.len() {
        let t = &a.tokens[i];
        let unknown = t.capitalized()
            && !t.all_caps()
            && a.hit(i).is_none()
            && a.covered(i).is_none()
            && !a.is(i, u32::MAX);
        if !unknown {
            continue;
        }
        let w = a.word(i);
        // Fewer bytes than 5 is fewer characters: no count needed.
        if w.len() < 5 {
            continue;
        }
        let length = w.chars().count();
        if length < 5 {
            continue;
        }
        let Some(first) = w.chars().next() else {
            continue;
        };
        let mut near = (length - 1..=length + 1)
            .filter_map(|n| named.get(&(first, n)))
            .flatten()
            .filter(|(place, _)| one_edit(place, w));
        if let (Some(&(_, entry)), None) = (near.next(), near.next()) {
            found.push(Place {
                range: TokenRange::new(i, i + 1),
                entry: Some(entry),
                team: false,
                misspelt: true,
                dateline: false,
            });
        }
    }
    found
}

/// True if `b` is `a` with one character inserted, deleted or replaced.
fn one_edit(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix: usize = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (short_rest, long_rest) = (&short[prefix..], &long[prefix..]);
    let skip_one = |s: &str| s.chars().next().map_or(s.len(), char::len_utf8);
    let (long_tail, short_tail) = (
        &long_rest[skip_one(long_rest)..],
        &short_rest[skip_one(short_rest)..],
    );
    match long.chars().count() - short.chars().count() {
        // One replaced: the rest after the first difference is equal.
        0 => !short_rest.is_empty() && short_tail == long_tail,
        // One inserted: the longer one, less its first different character, is the shorter.
        1 => short_rest == long_tail,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    #[test]
    fn one_edit_is_one_insertion_deletion_or_replacement() {
        assert!(one_edit("Guangxi", "Gungxi"));
        assert!(one_edit("Gungxi", "Guangxi"));
        assert!(one_edit("Hanoi", "Hanoy"));
        assert!(one_edit("Hà Nội", "Hà Nội!"));
        assert!(!one_edit("Hanoi", "Hanoi"));
        assert!(!one_edit("Hanoi", "Hnaoi"));
        assert!(!one_edit("Yunnan", "Yunan Province"));
    }
}
