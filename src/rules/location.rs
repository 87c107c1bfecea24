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
use crate::hash::{self, FxHashMap, Text};
use crate::rules::{Candidate, Rule, TokenRange};
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
            Candidate::new(self.range, EntityKind::Org, Rule::OrgSportsTeam, None)
        } else {
            let rule = if self.misspelt {
                Rule::LocOneEdit
            } else if self.dateline {
                Rule::LocDateline
            } else {
                Rule::Gazetteer
            };
            Candidate::new(self.range, EntityKind::Loc, rule, self.entry)
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
        .is_some_and(|t| t.kind() == TokenKind::Number)
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
    // Room for a place per hit, the most the hits give.
    let mut found = Vec::with_capacity(a.hits().len());
    for hit in a.hits() {
        if hit.kind != EntityKind::Loc {
            continue;
        }
        let entry = a.gazetteer.entry(hit.entry);
        let mut end = hit.end;
        if is_place_suffix(a.word(end)) && a.hit(end).is_none() {
            end += 1;
        }
        if names_something_else(a, end) {
            continue;
        }
        let range = TokenRange::new(hit.first, end);
        let city_or_region = !entry.id.starts_with("iso:") || entry.id.contains('-');
        found.push(Place {
            range,
            entry: Some(hit.entry),
            team: city_or_region && in_result(a, range),
            misspelt: false,
            dateline: false,
        });
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
            .is_some_and(|t| t.kind() == TokenKind::Number && t.span().len() == digits)
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
/// hits did not take them.
fn datelines(a: &Analysis) -> Vec<Place> {
    a.line_starts()
        .iter()
        .filter_map(|i| dateline(a, i))
        .collect()
}

/// A place in capitals opening the line at `i` that ends in a date, where the
/// gazetteer's hits did not take it: "KINGSBRIDGE 2024-03-05", "KINGSBRIDGE ,
/// England 2024-03-05". A known place keeps its entry.
fn dateline(a: &Analysis, i: usize) -> Option<Place> {
    // Most lines open with no word in capitals: the token's shape rules them out
    // before its hit is looked up.
    if !a.token(i).is_some_and(|t| t.all_caps() && t.is_word()) || a.hit(i).is_some() {
        return None;
    }
    let mut end = i;
    while end - i < MAX_DATELINE_WORDS
        && a.token(end).is_some_and(|t| t.all_caps() && t.is_word())
        && (end == i || !a.tokens[end].newline_before())
    {
        end += 1;
    }
    if end == i {
        return None;
    }
    // "KINGSBRIDGE , England 2024-03-05": a region or country may follow.
    let date_at = match a.hit(end + 1) {
        Some(hit) if a.at(end, ",") => hit.end,
        _ => end,
    };
    if !is_date(a, date_at) || a.tokens[date_at].newline_before() {
        return None;
    }
    let entry = a
        .exact_entry(TokenRange::new(i, end))
        .filter(|&e| a.gazetteer.entry(e).kind == EntityKind::Loc);
    Some(Place {
        range: TokenRange::new(i, end),
        entry,
        team: false,
        misspelt: false,
        dateline: true,
    })
}

/// Words one edit away from exactly one one-word place found in the document.
fn misspellings(a: &Analysis, places: &[Place]) -> Vec<Place> {
    let Some(known) = PlaceWords::new(a, places) else {
        return Vec::new();
    };
    // A long text repeats its words: each is compared with the places once.
    let mut compared: FxHashMap<Text, Option<u32>> = hash::document_map();
    a.unlisted_capitalized()
        .iter()
        .filter_map(|i| {
            let word = known.may_misspell(a, i)?;
            let entry = (*compared
                .entry(Text(word))
                .or_insert_with(|| known.misspelt(word)))?;
            Some(Place {
                range: TokenRange::new(i, i + 1),
                entry: Some(entry),
                team: false,
                misspelt: true,
                dateline: false,
            })
        })
        .collect()
}

/// The one-word places found in a document, to find their misspellings.
struct PlaceWords<'t> {
    /// The places, grouped by their first byte, and in each group by their first
    /// character, then their length in characters.
    places: Vec<PlaceWord<'t>>,
    /// Where each first byte's group starts in `places`, and where the last ends:
    /// a word is compared only with the places that begin as it does, and most
    /// words are ruled out by an empty group, before their characters are counted.
    /// (Indexing beats hashing by first character and length: a document names a
    /// few dozen places, a handful per first byte.)
    starts: [u32; 257],
}

/// A one-word place with what a word is compared by first.
struct PlaceWord<'t> {
    word: &'t str,
    first: char,
    chars: usize,
    entry: u32,
}

impl<'t> PlaceWords<'t> {
    /// The one-word places among `places`; None if there are none.
    fn new(a: &Analysis<'t, '_>, places: &[Place]) -> Option<PlaceWords<'t>> {
        // Each place word once, with the entry of its first mention: a long document
        // names the same few places thousands of times.
        let mut words: FxHashMap<Text, u32> = hash::document_map();
        for p in places.iter().filter(|p| p.range.len() == 1 && !p.team) {
            if let Some(entry) = p.entry {
                words.entry(Text(a.word(p.range.first))).or_insert(entry);
            }
        }
        let mut places: Vec<PlaceWord> = words
            .into_iter()
            .filter_map(|(Text(word), entry)| {
                Some(PlaceWord {
                    word,
                    first: word.chars().next()?,
                    chars: char_count(word),
                    entry,
                })
            })
            .collect();
        if places.is_empty() {
            return None;
        }
        let first_byte = |p: &PlaceWord| usize::from(p.word.as_bytes()[0]);
        places.sort_unstable_by_key(|p| (first_byte(p), p.first, p.chars));
        let mut starts = [0; 257];
        for p in &places {
            starts[first_byte(p) + 1] += 1;
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        Some(PlaceWords { places, starts })
    }

    /// The places whose first byte is `b`.
    fn beginning_with(&self, b: u8) -> &[PlaceWord<'t>] {
        let b = usize::from(b);
        &self.places[self.starts[b] as usize..self.starts[b + 1] as usize]
    }

    /// The word at `i` (capitalized, not in capitals, of no word list) if it may
    /// be a misspelt place: long enough, beginning as some place does, and no
    /// place itself. Tests of the token, before any of its characters is counted.
    fn may_misspell<'a>(&self, a: &Analysis<'a, '_>, i: usize) -> Option<&'a str> {
        let t = &a.tokens[i];
        // Fewer bytes than 5 is fewer characters: no count needed.
        let misses = t.span().len() < 5
            || self.beginning_with(a.text.as_bytes()[t.start()]).is_empty()
            || a.hit(i).is_some()
            || a.covered(i).is_some();
        (!misses).then(|| a.word(i))
    }

    /// The entry of the one place `w` is one edit away from, if there is exactly
    /// one (`w` is no place: see [`may_misspell`](Self::may_misspell)).
    fn misspelt(&self, w: &str) -> Option<u32> {
        let group = self.beginning_with(w.as_bytes()[0]);
        let length = char_count(w);
        if length < 5 {
            return None;
        }
        let first = w.chars().next()?;
        // The places of the same first character and of one character fewer, as
        // many, or one more: found by their order, as a long text names hundreds.
        let from = group.partition_point(|p| (p.first, p.chars) < (first, length - 1));
        let to = group.partition_point(|p| (p.first, p.chars) <= (first, length + 1));
        // One edit after the first character leaves the last character as it was,
        // or else (an edit of the last) the second: two bytes rule out most places
        // before their characters are compared. (All have four characters or more.)
        let second_at = first.len_utf8();
        let ends = |s: &str| (s.as_bytes()[second_at], s.as_bytes()[s.len() - 1]);
        let (second, last) = ends(w);
        let mut near = group[from..to].iter().filter(|p| {
            let (p_second, p_last) = ends(p.word);
            (p_second == second || p_last == last) && one_edit_counted(p.word, p.chars, w, length)
        });
        match (near.next(), near.next()) {
            (Some(place), None) => Some(place.entry),
            _ => None,
        }
    }
}

/// The number of characters of `s`, counted by their leading bytes: on words of a
/// few bytes, cheaper than `chars().count()`, which is made for long texts.
fn char_count(s: &str) -> usize {
    // A byte that does not continue a character (0b10xx_xxxx) starts one.
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// True if `b` is `a` with one character inserted, deleted or replaced.
#[cfg(test)]
fn one_edit(a: &str, b: &str) -> bool {
    one_edit_counted(a, char_count(a), b, char_count(b))
}

/// [`one_edit`] of `a` and `b`, of `a_chars` and `b_chars` characters.
fn one_edit_counted(a: &str, a_chars: usize, b: &str, b_chars: usize) -> bool {
    let ((short, short_chars), (long, long_chars)) = if a.len() <= b.len() {
        ((a, a_chars), (b, b_chars))
    } else {
        ((b, b_chars), (a, a_chars))
    };
    // The common prefix, compared by bytes and backed off to the start of the
    // character holding the first difference: the same bytes start a character in
    // both texts, so this is where their first different characters start.
    let mut prefix = short
        .bytes()
        .zip(long.bytes())
        .take_while(|(x, y)| x == y)
        .count();
    while !short.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let (short_rest, long_rest) = (&short[prefix..], &long[prefix..]);
    let skip_one = |s: &str| s.chars().next().map_or(s.len(), char::len_utf8);
    let (long_tail, short_tail) = (
        &long_rest[skip_one(long_rest)..],
        &short_rest[skip_one(short_rest)..],
    );
    // The shorter in bytes may have more characters ("ää" and "abc"): no one edit.
    match long_chars.checked_sub(short_chars) {
        // One replaced: the rest after the first difference is equal.
        Some(0) => !short_rest.is_empty() && short_tail == long_tail,
        // One inserted: the longer one, less its first different character, is the shorter.
        Some(1) => short_rest == long_tail,
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
