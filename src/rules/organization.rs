//! Organization names beyond the gazetteer: head words with their "of" chains.
//!
//! A *segment* is a run of capitalized words, gazetteer entities and acronyms glued
//! by possessives ("People's"), hyphens ("China-ASEAN") and bracketed acronyms that
//! the name goes on after ("Communist Party of China (CPC) Central Committee"). A
//! *phrase* is segments joined by "of", "for", "on", "in the" and, inside an "of"
//! complement, "and" ("Communist Party of Bohemia and Moravia"). A phrase is an
//! organization when a segment ends in an organization head word ("Committee",
//! "Party", "Ministry") or is a gazetteer organization.
//!
//! The same parser reads the organization part of a title ("Minister of *the
//! International Department of the CPC Central Committee*"), where a complement
//! without a head word ("of Foreign Affairs") is still part of the title.

use std::cell::Cell;

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::lexicon::class;
use crate::rules::inline::InlineVec;
use crate::rules::location::is_place_suffix;
use crate::rules::{Candidate, NameMarks, Rule, TokenRange, table};
use crate::spare;
use crate::tokenize::TokenKind;

/// One segment of a phrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Segment {
    pub range: TokenRange,
    /// ORG if it ends in a head word or is a gazetteer organization; LOC if it is
    /// a gazetteer place; None for other capitalized words ("Foreign Affairs").
    pub kind: Option<EntityKind>,
    /// The gazetteer entry, if the whole segment is one.
    pub entry: Option<u32>,
}

/// Most segments in one phrase: "Standing Committee of the CPC Committee of
/// Guangxi Zhuang Autonomous Region" has three. Reading stops there.
pub(crate) const MAX_SEGMENTS: usize = 6;

/// A parsed phrase: segments joined by connectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub range: TokenRange,
    pub segments: InlineVec<Segment, MAX_SEGMENTS>,
    /// A team named at the head of a sports result or standings line: an
    /// organization by where it stands, not by its words.
    pub team: bool,
}

impl Phrase {
    /// ORG if any segment is an organization; LOC if it is one place.
    pub fn kind(&self) -> Option<EntityKind> {
        if self
            .segments
            .iter()
            .any(|s| s.kind == Some(EntityKind::Org))
        {
            Some(EntityKind::Org)
        } else if self.segments.len() == 1 {
            self.segments[0].kind
        } else {
            None
        }
    }

    /// The entity candidate for this phrase, found on its own.
    pub fn candidate(&self) -> Candidate {
        let entry = self.entry().filter(|_| !self.team);
        let rule = if self.team {
            Rule::OrgSportsTable
        } else if entry.is_some() {
            Rule::Gazetteer
        } else {
            Rule::OrgHeadChain
        };
        Candidate::new(self.range, EntityKind::Org, rule, entry)
    }

    /// The gazetteer entry, if the phrase is exactly one.
    pub fn entry(&self) -> Option<u32> {
        match &*self.segments {
            [only] => only.entry,
            _ => None,
        }
    }
}

/// Where names lie: phrases stop where one begins.
pub(crate) type Stops<'s> = &'s NameMarks;

fn stopped(stops: Stops, i: usize) -> bool {
    stops.starts_name(i)
}

/// True if a role phrase starts at `i` and is not itself the start of a body's name
/// ("General Assembly").
fn role_at(a: &Analysis, i: usize) -> bool {
    match a.phrase(i, class::ROLE) {
        Some(end) => !(a.is(end, class::ORG_HEAD) && a.is_capitalized(end)),
        None => false,
    }
}

/// True if an honorific starts at `i` and not a body's name ("General Assembly").
fn honorific_at(a: &Analysis, i: usize) -> bool {
    a.phrase(i, class::HONORIFIC)
        .is_some_and(|end| !a.is(end, class::ORG_HEAD))
}

/// True if token `i` is punctuation: the only tokens that glue words.
fn is_punct(a: &Analysis, i: usize) -> bool {
    a.token(i).is_some_and(|t| t.kind() == TokenKind::Punct)
}

/// True for a capitalized function word inside a name in title case: "Committee
/// for Regular Meetings Between Chinese and Russian Prime Ministers".
fn title_case_function_word(a: &Analysis, start: usize, j: usize) -> bool {
    j > start && !a.token(j).is_some_and(|t| t.sentence_start()) && a.is_capitalized(j + 1)
}

/// Reads the segments and phrases of one text, with the names that stop them.
///
/// The segments read are kept, by the token each starts at: the title pass reads
/// again most of what the organization pass read ("of Foreign Affairs" after
/// "Minister"), and parses a title from each token before its role ("Chinese",
/// then "Foreign", of "Chinese Foreign Minister"), so a third of the segments
/// asked for were read before.
pub(crate) struct Reader<'r> {
    a: &'r Analysis<'r, 'r>,
    stops: Stops<'r>,
    /// What [`segment_within`] read, by the token it started at, in the order read.
    read: Vec<(usize, Option<Segment>)>,
    /// For each token, the index in `read` of the segment read there, if the entry
    /// there says it started at that token; empty if the reader keeps nothing.
    ///
    /// A text of a megabyte has some sixty thousand segments read, too many to
    /// search among or insert into, so the table has an entry per token. It is
    /// never cleared: an entry left by an earlier text points past the end of
    /// `read` or at a segment that started elsewhere.
    read_at: Vec<u32>,
}

/// The `read` and `read_at` of the last reader on this thread that kept segments,
/// kept for the next text (see [`spare`]): a long table is not filled again, nor
/// `read` grown step by step, text after text.
type Kept = (Vec<(usize, Option<Segment>)>, Vec<u32>);

thread_local! {
    static KEPT: Cell<Option<Kept>> = const { Cell::new(None) };
}

impl<'r> Reader<'r> {
    /// A reader that keeps nothing: for one phrase.
    pub fn new(a: &'r Analysis<'r, 'r>, stops: Stops<'r>) -> Reader<'r> {
        Reader {
            a,
            stops,
            read: Vec::new(),
            read_at: Vec::new(),
        }
    }

    /// A reader that keeps every segment it reads: for passes over the whole text.
    pub fn keeping(a: &'r Analysis<'r, 'r>, stops: Stops<'r>) -> Reader<'r> {
        let (mut read, mut read_at) = spare::take(&KEPT);
        read.clear();
        if read_at.len() < a.len() {
            read_at.resize(a.len(), 0);
        }
        Reader {
            a,
            stops,
            read,
            read_at,
        }
    }

    /// Where names lie.
    pub fn stops(&self) -> Stops<'r> {
        self.stops
    }

    /// Parses one segment starting at `i`. `after_connector` allows a role word to
    /// open it ("Administration of the President of ...").
    ///
    /// Inline: the look-up is a few instructions, less than a call around them.
    #[inline]
    pub fn segment(&mut self, i: usize, after_connector: bool) -> Option<Segment> {
        // What is kept is the segment as read after a connector: with none, a role
        // word that opens it makes no segment.
        if !after_connector && role_at(self.a, i) {
            return None;
        }
        let Some(at) = self.read_at.get_mut(i) else {
            return segment_within(self.a, i, self.stops, self.a.len());
        };
        match self.read.get(*at as usize) {
            Some(&(start, segment)) if start == i => segment,
            _ => {
                let segment = segment_within(self.a, i, self.stops, self.a.len());
                *at = self.read.len() as u32;
                self.read.push((i, segment));
                segment
            }
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if !self.read_at.is_empty() {
            // Entries past this text's tokens are stale anyway.
            self.read_at.truncate(self.a.len());
            spare::fit(&mut self.read);
            spare::fit(&mut self.read_at);
            let bytes = spare::bytes_of(&self.read) + spare::bytes_of(&self.read_at);
            let kept = (
                std::mem::take(&mut self.read),
                std::mem::take(&mut self.read_at),
            );
            spare::keep(&KEPT, kept, bytes);
        }
    }
}

/// The segment starting at `i`, reading no further than token `limit`, as after a
/// connector: a role word may open it.
fn segment_within(a: &Analysis, i: usize, stops: Stops, limit: usize) -> Option<Segment> {
    let hit = a.hit(i);
    // Only a gazetteer entity or a capitalized word opens a segment, and none opens
    // where a name begins: most tokens leave here, before the tests below.
    if (hit.is_none() && !a.is_capitalized(i)) || stopped(stops, i) {
        return None;
    }
    if hit.is_none()
        && (a.is_function_word(i) || a.starts(i, class::HONORIFIC) || is_calendar_word(a.bytes(i)))
    {
        return None;
    }
    // "Senior CPC official", "Placing ASEAN at the core": a modifier, or a word no
    // list knows that opens a sentence, is not part of the known body after it.
    let name_like =
        class::ORG_HEAD | class::ORG_SUFFIX | class::DEMONYM | class::GIVEN | class::SURNAME;
    let unknown_sentence_opener =
        || a.token(i).is_some_and(|t| t.sentence_start()) && hit.is_none() && !a.is(i, name_like);
    if (a.is(i, class::MODIFIER) || unknown_sentence_opener()) && a.hit(i + 1).is_some() {
        return None;
    }
    let mut j = i;
    // Kind of the last element read: a gazetteer entity, a head word (ORG), or
    // another capitalized word (None).
    let mut last_kind = None;
    let mut elements = 0;
    let mut entry = None;
    // End after the last organization element.
    let mut org_end = None;
    // Where the last hyphen joined two entities ("U.S.-ASEAN"), if nothing followed.
    let mut joined_entities_at = None;
    loop {
        if j > i
            && (j >= limit || stopped(stops, j) || a.token(j).is_some_and(|t| t.newline_before()))
        {
            break;
        }
        if let Some(hit) = a.hit(j) {
            if last_kind.is_some() && j > i && a.at(j - 1, "-") {
                joined_entities_at = Some(j - 1);
            }
            last_kind = Some(hit.kind);
            entry = Some(hit.entry);
            j = hit.end;
        } else if a.is_capitalized(j)
            && !(j > i && (role_at(a, j) || honorific_at(a, j)))
            && (!a.is_function_word(j) || title_case_function_word(a, i, j))
        {
            joined_entities_at = None;
            // A legal suffix ends a company's name; it does not begin one ("Co-chairs").
            let head = if j > i {
                class::ORG_HEAD | class::ORG_SUFFIX
            } else {
                class::ORG_HEAD
            };
            last_kind = if a.is(j, head) {
                Some(EntityKind::Org)
            } else if last_kind == Some(EntityKind::Loc) && is_place_suffix(a.word(j)) {
                Some(EntityKind::Loc)
            } else {
                None
            };
            // "Corp.", "Co., Ltd.": a written legal suffix keeps its full stops.
            j = if j > i {
                a.phrase(j, class::ORG_SUFFIX).unwrap_or(j + 1)
            } else {
                j + 1
            };
        } else if j > i
            && let Some(next) = glue(a, j)
        {
            j = next;
            continue;
        } else {
            break;
        }
        elements += 1;
        if elements > 1 {
            entry = None;
        }
        if last_kind == Some(EntityKind::Org) {
            org_end = Some(j);
        }
    }
    if j == i {
        return None;
    }
    // "U.S.-ASEAN relations": two entities joined by a hyphen, with no head word
    // after them, are two mentions; the segment ends before the hyphen.
    if let Some(hyphen) = joined_entities_at {
        return segment_within(a, i, stops, hyphen);
    }
    let segment = match org_end {
        // Capitalized words after the last head word are a name, not part of the
        // body: "the CPC Central Committee Chen Zhou".
        Some(end) => Segment {
            range: TokenRange::new(i, end),
            kind: Some(EntityKind::Org),
            entry: entry.filter(|_| end == j),
        },
        None => Segment {
            range: TokenRange::new(i, j),
            kind: if elements == 1 || last_kind == Some(EntityKind::Loc) {
                last_kind
            } else {
                None
            },
            entry,
        },
    };
    Some(segment)
}

/// Where a name goes on after the punctuation at `j` that glues two of its words,
/// or None if token `j` is no such glue. Only punctuation glues: one test of the
/// token's kind passes over the words, one test of its text picks the case.
fn glue(a: &Analysis, j: usize) -> Option<usize> {
    if !is_punct(a, j) {
        return None;
    }
    match a.word(j) {
        // "Douglas & Lomason Co"
        "&" => a.is_capitalized(j + 1).then_some(j + 1),
        "'" | "’" => (a.is_possessive(j) && a.is_capitalized(j + 2)).then_some(j + 2),
        "-" | "/" => (a.joined(j - 1) && a.joined(j) && a.is_capitalized(j + 1)).then_some(j + 1),
        // "(CPC)" inside a name that goes on: "... of China (CPC) Central Committee".
        "(" => (a.token(j + 1).is_some_and(|t| t.all_caps())
            && a.at(j + 2, ")")
            && a.is(j + 3, class::ORG_HEAD | class::NOT_NAME)
            && a.is_capitalized(j + 3))
        .then_some(j + 3),
        _ => None,
    }
}

/// Parses a phrase starting at `i`: a segment, then connectors and segments.
/// In a title complement (`complement`) a segment without a head still counts.
pub(crate) fn phrase(a: &Analysis, i: usize, stops: Stops, complement: bool) -> Option<Phrase> {
    Reader::new(a, stops).phrase(i, complement)
}

impl Reader<'_> {
    /// [`phrase`], with the segments this reader has read. Always inline, as
    /// [`Reader::phrase_from`] is: the phrase is built where the caller keeps it.
    #[inline(always)]
    pub fn phrase(&mut self, i: usize, complement: bool) -> Option<Phrase> {
        let first = self.segment(i, complement)?;
        Some(self.phrase_from(first, complement))
    }

    /// The phrase whose first segment is `first`: the connectors and segments after it.
    ///
    /// Always inline (in [`find`] and [`Reader::phrase`]): called, it built the
    /// phrase on its own stack and copied its 224 bytes out, a twentieth of the
    /// time on a text dense with bodies.
    #[inline(always)]
    fn phrase_from(&mut self, first: Segment, complement: bool) -> Phrase {
        let a = self.a;
        let i = first.range.first;
        let mut segments = InlineVec::one(first);
        let mut end = first.range.end;
        let mut inside_of = complement;
        loop {
            let connector = a.bytes(end);
            let (next_at, connects) = match connector {
                b"of" | b"for" | b"on" | b"in" => (skip_article(a, end + 1), true),
                b"and" if inside_of && !a.is_article(end + 1) => (end + 1, true),
                // "Ambassador of Laos to Vietnam"
                b"to" if inside_of => (skip_article(a, end + 1), true),
                _ => (end, false),
            };
            if !connects {
                break;
            }
            let Some(next) = self.segment(next_at, connector != b"and") else {
                break;
            };
            // "in" continues a name still being read ("Fair for Trade in Services") or
            // names a body ("Group in the Bundestag"); not "Party in Beijing", "CPC in Dialogue".
            let previous_is_body = segments
                .last()
                .is_some_and(|s| s.kind == Some(EntityKind::Org));
            if connector == b"in"
                && (next.kind == Some(EntityKind::Loc)
                    || (previous_is_body && next.kind != Some(EntityKind::Org)))
            {
                break;
            }
            if connector == b"to" && next.kind != Some(EntityKind::Loc) {
                break;
            }
            // Two bodies are two names ("the Party of A and the Front of B"); words
            // without a head before "and" are the start of one ("Workers and Peasants Party").
            if connector == b"and"
                && ((previous_is_body && next.kind == Some(EntityKind::Org))
                    || role_at(a, next.range.end)
                    || a.is(next.range.end, class::ROLE))
            {
                break;
            }
            if !segments.push(next) {
                break;
            }
            inside_of |= matches!(connector, b"of" | b"for");
            end = next.range.end;
        }
        Phrase {
            range: TokenRange::new(i, end),
            segments,
            team: false,
        }
    }
}

/// Skips an article or a possessive determiner: "of the", "of its".
pub(crate) fn skip_article(a: &Analysis, i: usize) -> usize {
    if matches!(a.bytes(i), b"the" | b"its" | b"their") {
        i + 1
    } else {
        i
    }
}

impl Phrase {
    /// A team in a sports line: one segment, an organization.
    fn team(range: TokenRange) -> Phrase {
        Phrase {
            range,
            segments: InlineVec::one(Segment {
                range,
                kind: Some(EntityKind::Org),
                entry: None,
            }),
            team: true,
        }
    }
}

/// Every organization phrase standing on its own in the text, left to right,
/// non-overlapping: the teams of sports lines ([`table`]) first, then phrases.
/// A leading demonym stays ("Russian State Duma").
///
/// Each comes out as its entity candidate, appended to `found`, not as the parsed
/// phrase: the segments are not needed past here, and a phrase with room for all
/// of them is several times larger, which shows on a text dense with names.
pub(crate) fn find(reader: &mut Reader, found: &mut Vec<Candidate>) {
    let (a, stops) = (reader.a, reader.stops);
    let mut teams = table::teams(a, stops).into_iter();
    let mut next_team = teams.next();
    let mut i = 0;
    while i < a.len() {
        if let Some(team) = next_team.filter(|t| t.first <= i) {
            if team.first == i {
                found.push(Phrase::team(team).candidate());
                i = team.end;
            }
            next_team = teams.next();
            continue;
        }
        // Only a capitalized word or a gazetteer hit opens a phrase: go to the next
        // token that may (in capitals or a hit), but not past the next team.
        let open = a.capitals().next_from_either(a.hit_starts(), i);
        let open = open
            .unwrap_or(a.len())
            .min(next_team.map_or(usize::MAX, |t| t.first));
        if open > i {
            i = open;
            continue;
        }
        if !(a.is_capitalized(i) || a.hit(i).is_some()) || stops.in_name(i) {
            i += 1;
            continue;
        }
        // A phrase found on its own is an organization when its first segment is a
        // body ("Ministry of Commerce"), not any capitalized word ("Delegates of the
        // ...") or a place ("China for the CPC"): the segment decides before the
        // rest of the phrase is read.
        match reader.segment(i, false) {
            Some(first) if first.kind == Some(EntityKind::Org) => {
                let p = reader.phrase_from(first, false);
                i = p.range.end;
                if !is_numbered_congress(a, &p) && !is_bare_head(a, &p) {
                    found.push(p.candidate());
                }
            }
            // No body starts inside a segment that is not one: go past it.
            Some(first) => i = first.range.end.max(i + 1),
            None => i += 1,
        }
    }
}

/// True for a head word alone that no list names, opening a sentence or a line
/// ("Police said", "Division two"): a common noun capitalized there, not the name of
/// one body. Inside a sentence it stays ("the Party").
fn is_bare_head(a: &Analysis, p: &Phrase) -> bool {
    let first = p.range.first;
    p.range.len() == 1
        && p.entry().is_none()
        && a.is(first, class::ORG_HEAD)
        && a.token(first).is_some_and(|t| t.sentence_start())
}

/// True for "the 20th CPC National Congress": a numbered party congress is a
/// meeting, not a standing body.
fn is_numbered_congress(a: &Analysis, p: &Phrase) -> bool {
    let ordinal = p.range.first > 0 && {
        let w = a.word(p.range.first - 1);
        w.len() > 2
            && w.as_bytes()[0].is_ascii_digit()
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
    };
    ordinal && a.word(p.segments[0].range.end - 1) == "Congress"
}

/// Months and weekdays: capitalized, but never the start of a name. (A `match`
/// compiles to a test of the length, then of the bytes: no scan of a list.)
fn is_calendar_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"January"
            | b"February"
            | b"March"
            | b"April"
            | b"May"
            | b"June"
            | b"July"
            | b"August"
            | b"September"
            | b"October"
            | b"November"
            | b"December"
            | b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Sept"
            | b"Oct"
            | b"Nov"
            | b"Dec"
            | b"Monday"
            | b"Tuesday"
            | b"Wednesday"
            | b"Thursday"
            | b"Friday"
            | b"Saturday"
            | b"Sunday"
    )
}
