//! Positions: a role with its modifiers and the chain of bodies it belongs to,
//! attached to the person who holds it.
//!
//! A position reads `pre-modifiers* role complement?`:
//!
//! - pre-modifiers: modifier words ("Vice", "first deputy", "former"), demonyms
//!   ("Chinese"), places ("U.S.") and bodies ("Foreign Ministry", "Politburo");
//! - role: a role phrase from the word lists ("Secretary General", "member");
//! - complement: "of", "to" or "for" and an organization phrase, read by
//!   [`organization::phrase`], so "Member of the Standing Committee of the CPC
//!   Committee of Guangxi Zhuang Autonomous Region" is one position whose chain is
//!   Standing Committee -> CPC Committee -> Guangxi Zhuang Autonomous Region.
//!
//! A position belongs to a person when it follows the name after a comma
//! ("X, Vice President of A and Chairman of B"; a comma or "and" before another
//! role continues the list, a comma before a name starts the next person), or when
//! it stands right before the name ("General Secretary of A and Chinese President
//! X"), possibly with honorifics between, or before ", Mr X".

use std::ops::Range;

use crate::EntityKind;

use crate::analysis::Analysis;
use crate::lexicon::class;
use crate::rules::inline::InlineVec;
use crate::rules::organization::{self, Phrase, Reader, Segment};
use crate::rules::token_set::{Numbered, TokenSet};
use crate::rules::{NameMarks, TokenRange};

/// Most modifiers and pre-modifiers read before a role.
const MAX_PREFIX_PARTS: usize = 6;

/// Most tokens between the start of a position and its role: a parse starts only
/// where a role is this near.
const MAX_PREFIX_TOKENS: usize = 16;

/// One parsed position, not yet attached to anyone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    /// The title text: from the first modifier to the end of the complement.
    pub range: TokenRange,
    pub role: TokenRange,
    /// The modifiers, by their place in [`Complements`] (see
    /// [`Attached::modifiers`]).
    modifiers: Range<u32>,
    /// Bodies and places named before the role ("Foreign Ministry" Spokesperson),
    /// by their place in [`Complements`] (see [`Attached::prefix_links`]).
    prefix_links: Range<u32>,
    /// The organization phrase after "of", by its index in [`Complements`]: the
    /// positions parsed at "Deputy", "Prime" and "Minister" share one, and a phrase
    /// with room for all its segments takes twice the room of the rest of a
    /// position.
    pub complement: Option<u32>,
    /// A bracketed acronym right after the title: "(LFNC)". Not part of the text.
    pub acronym: Option<TokenRange>,
}

impl Position {
    /// Where the position ends, its bracketed acronym included.
    pub fn outer_end(&self) -> usize {
        self.acronym.map_or(self.range.end, |r| r.end + 1)
    }
}

/// A body or place a position belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    pub range: TokenRange,
    pub kind: EntityKind,
    pub entry: Option<u32>,
    /// The place id of a demonym ("Chinese" -> iso:CN).
    pub demonym: bool,
}

impl Default for Link {
    /// An empty slot of an inline list.
    fn default() -> Link {
        Link {
            range: TokenRange::default(),
            kind: EntityKind::Org,
            entry: None,
            demonym: false,
        }
    }
}

impl Link {
    fn from_segment(s: &Segment) -> Link {
        Link {
            range: s.range,
            kind: s.kind.unwrap_or(EntityKind::Org),
            entry: s.entry,
            demonym: false,
        }
    }
}

/// The complements read, each once, and the modifiers and prefix links of every
/// position. "Deputy Prime Minister of the State Council" is parsed at "Deputy",
/// "Prime" and "Minister", each time with the same complement: it is read, and
/// kept, once. Segments, modifiers and links are kept back to back, each kind in
/// one vector: not in a phrase's fixed-size room for the most a phrase may have,
/// nor in a vector per position (an allocation for each of a third of them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Complements {
    /// Each complement's tokens, and where its segments end in `segments` (they
    /// start where the previous complement's end).
    ranges: Vec<(TokenRange, u32)>,
    segments: Vec<Segment>,
    /// The last complement looked for: the token it starts at, and its index.
    last: Option<(usize, Option<u32>)>,
    /// The modifiers of the positions parsed, each position's in a run.
    modifiers: Vec<TokenRange>,
    /// The prefix links of the positions parsed, each position's in a run.
    prefix_links: Vec<Link>,
}

impl Complements {
    /// The tokens of complement `k`.
    pub fn range(&self, k: u32) -> TokenRange {
        self.ranges[k as usize].0
    }

    /// The segments of complement `k`, in text order.
    pub fn segments(&self, k: u32) -> &[Segment] {
        let k = k as usize;
        let first = k.checked_sub(1).map_or(0, |p| self.ranges[p].1 as usize);
        &self.segments[first..self.ranges[k].1 as usize]
    }

    /// The complement that starts at token `at`, read there with `read` unless it
    /// was the last one looked for.
    fn at(&mut self, at: usize, read: impl FnOnce() -> Option<Phrase>) -> Option<u32> {
        match self.last {
            Some((start, k)) if start == at => k,
            _ => {
                // Read in place, not moved into a closure: a phrase is 224 bytes.
                let phrase = read();
                let k = phrase.as_ref().map(|phrase| {
                    self.segments.extend_from_slice(&phrase.segments);
                    self.ranges.push((phrase.range, self.segments.len() as u32));
                    (self.ranges.len() - 1) as u32
                });
                self.last = Some((at, k));
                k
            }
        }
    }

    /// Room for the complements of `positions` positions, and their pieces: the
    /// vectors are filled in one go, not grown (and copied) step by step.
    fn with_room(positions: usize) -> Complements {
        Complements {
            ranges: Vec::with_capacity(positions),
            segments: Vec::with_capacity(2 * positions),
            last: None,
            modifiers: Vec::with_capacity(positions / 2),
            prefix_links: Vec::with_capacity(positions / 4),
        }
    }

    /// Keeps `items` after the others in `kept`, returning where they are.
    fn keep<T: Copy>(kept: &mut Vec<T>, items: &[T]) -> Range<u32> {
        let start = kept.len() as u32;
        kept.extend_from_slice(items);
        start..kept.len() as u32
    }
}

/// Parses a position starting at token `i`.
fn parse(
    a: &Analysis,
    i: usize,
    reader: &mut Reader,
    complements: &mut Complements,
) -> Option<Position> {
    if !a.is_word(i) {
        return None;
    }
    let mut j = i;
    // Most parses fail, and most positions have no modifier: the lists are kept
    // inline while reading, and allocated only for a position that has them.
    let mut modifiers: InlineVec<TokenRange, MAX_PREFIX_PARTS> = InlineVec::default();
    let mut prefix_links: InlineVec<Link, MAX_PREFIX_PARTS> = InlineVec::default();
    let mut role = None;
    for _ in 0..MAX_PREFIX_PARTS {
        let role_end = a.phrase(j, class::ROLE);
        let modifier_end = a.phrase(j, class::MODIFIER);
        // A modifier followed by a role or another modifier qualifies it: "first
        // deputy chairman", "Vice-minister", "Deputy Prime Minister". Alone, a word
        // that is both ("Deputy") is the role.
        if let Some(m) = modifier_end {
            let next = skip_hyphen(a, m);
            if role_end.is_none() || a.starts(next, class::ROLE | class::MODIFIER) {
                modifiers.push(TokenRange::new(j, m));
                j = next;
                continue;
            }
        }
        if let Some(r) = role_end {
            role = Some(TokenRange::new(j, r));
            break;
        }
        if a.is(j, class::DEMONYM) && a.is_capitalized(j) {
            prefix_links.push(Link {
                range: TokenRange::new(j, j + 1),
                kind: EntityKind::Loc,
                entry: None,
                demonym: true,
            });
            j += 1;
            continue;
        }
        match reader.segment(j, false) {
            Some(s) if s.kind.is_some() && s.range.end > j => {
                prefix_links.push(Link::from_segment(&s));
                j = s.range.end;
            }
            _ => return None,
        }
    }
    let role = role?;
    let complement = complement(a, role.end, reader, complements);
    let end = complement.map_or(role.end, |k| complements.range(k).end);
    let acronym =
        (a.at(end, "(") && a.token(end + 1).is_some_and(|t| t.all_caps()) && a.at(end + 2, ")"))
            .then(|| TokenRange::new(end + 1, end + 2));
    Some(Position {
        range: TokenRange::new(i, end),
        role,
        modifiers: Complements::keep(&mut complements.modifiers, &modifiers),
        prefix_links: Complements::keep(&mut complements.prefix_links, &prefix_links),
        complement,
        acronym,
    })
}

/// The complement of a role ending at `end`: "of", "to" or "for" and an
/// organization phrase, or a head word in lower case ("co-chair of the committee").
fn complement(
    a: &Analysis,
    end: usize,
    reader: &mut Reader,
    complements: &mut Complements,
) -> Option<u32> {
    if !matches!(a.bytes(end), b"of" | b"to" | b"for")
        || a.token(end + 1).is_some_and(|t| t.newline_before())
    {
        return None;
    }
    let at = organization::skip_article(a, end + 1);
    complements.at(at, || match reader.phrase(at, true) {
        None => lowercase_head(a, end, at),
        found => found,
    })
}

/// A head word in lower case standing alone after an article: "co-chair of the
/// committee".
fn lowercase_head(a: &Analysis, end: usize, at: usize) -> Option<Phrase> {
    (at > end + 1 && is_lowercase_head(a, at)).then(|| Phrase {
        range: TokenRange::new(at, at + 1),
        segments: InlineVec::one(Segment {
            range: TokenRange::new(at, at + 1),
            kind: Some(EntityKind::Org),
            entry: None,
        }),
        team: false,
    })
}

/// True if a position may start at token `i`: a role or a modifier starts there,
/// or a capitalized word that is a demonym or may open the name of a body. Most
/// capitalized words near a role are none of these ("On Monday the minister"): a
/// look at classes and gazetteer hits spares them a parse.
fn may_open(a: &Analysis, i: usize) -> bool {
    a.starts(i, class::ROLE | class::MODIFIER)
        || (a.is_capitalized(i) && (a.is(i, class::DEMONYM) || may_name_body(a, i)))
}

/// False if the organization segment [`parse`] would read at `i` cannot be a body
/// or a place: only a gazetteer entity or a head word gives a segment a kind, and
/// a segment ends at the first lower-case word that no entity starts at (the "s"
/// of a possessive aside, which it steps over).
fn may_name_body(a: &Analysis, i: usize) -> bool {
    let ends_segment = |j: usize| {
        a.is_word(j) && !a.is_capitalized(j) && a.hit(j).is_none() && !a.is_apostrophe(j - 1)
    };
    let mut j = i;
    loop {
        if a.hit(j).is_some() || a.starts(j, class::ORG_HEAD | class::ORG_SUFFIX) {
            return true;
        }
        j += 1;
        if j >= a.len() || ends_segment(j) {
            return false;
        }
    }
}

/// True if token `i` is a head word in lower case: "committee", "ministry".
fn is_lowercase_head(a: &Analysis, i: usize) -> bool {
    let w = a.word(i);
    let mut capitalized = String::with_capacity(w.len());
    let mut chars = w.chars();
    if let Some(c) = chars.next().filter(|c| c.is_lowercase()) {
        capitalized.extend(c.to_uppercase());
        capitalized.push_str(chars.as_str());
        a.lexicon.word(&capitalized) & class::ORG_HEAD != 0
    } else {
        false
    }
}

fn skip_honorifics_forward(a: &Analysis, mut i: usize) -> usize {
    while let Some(end) = a.phrase(i, class::HONORIFIC) {
        i = end;
    }
    i
}

fn skip_hyphen(a: &Analysis, i: usize) -> usize {
    if matches!(a.word(i), "-" | "‐") && a.joined(i - 1) {
        i + 1
    } else {
        i
    }
}

/// Skips words between a comma and a position: articles, "also", "who is",
/// "the current".
fn skip_fillers(a: &Analysis, mut i: usize) -> usize {
    loop {
        match a.bytes(i) {
            b"a" | b"an" | b"the" | b"also" | b"current" | b"currently" | b"now" | b"incumbent" => {
                i += 1
            }
            b"who" if matches!(a.bytes(i + 1), b"is" | b"was") => i += 2,
            _ => return i,
        }
    }
}

/// True if a position starts at `i`, after fillers: evidence that a name stands
/// before a comma and `i`.
pub(crate) fn position_starts(a: &Analysis, i: usize) -> bool {
    let i = skip_fillers(a, i);
    let no_names = NameMarks::default();
    let mut reader = Reader::new(a, &no_names);
    parse(a, i, &mut reader, &mut Complements::default()).is_some_and(|p| p.role.first >= i)
}

/// A position attached to the person mention at `holder` (an index into the
/// mentions given to [`attach`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Held {
    /// Index into [`Attached::positions`].
    pub position: u32,
    pub holder: usize,
    pub rule: &'static str,
}

/// What [`attach`] found: every position parsed, and the ones held, by index, so
/// that none is copied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Attached {
    /// Every position parsed, in text order (each starts at its own token).
    pub positions: Vec<Position>,
    /// Their complements.
    pub complements: Complements,
    /// The positions held, sorted by position, then holder.
    pub held: Vec<Held>,
}

impl Attached {
    /// The position `h` holds.
    pub fn position(&self, h: &Held) -> &Position {
        &self.positions[h.position as usize]
    }

    /// The modifiers of `p`, one of [`Attached::positions`].
    pub fn modifiers(&self, p: &Position) -> &[TokenRange] {
        &self.complements.modifiers[range_of(&p.modifiers)]
    }

    /// The bodies and places named before the role of `p`, one of
    /// [`Attached::positions`].
    pub fn prefix_links(&self, p: &Position) -> &[Link] {
        &self.complements.prefix_links[range_of(&p.prefix_links)]
    }
}

/// A range of `u32` indices as one of `usize`s, to slice with.
fn range_of(r: &Range<u32>) -> Range<usize> {
    r.start as usize..r.end as usize
}

/// Attaches positions to the person mentions (sorted, non-overlapping ranges).
/// `reader` is the one [`organization::find`] read with: most segments of titles
/// were read there.
pub(crate) fn attach(a: &Analysis, mentions: &[TokenRange], reader: &mut Reader) -> Attached {
    let stops = reader.stops();
    let mut mention_at = TokenSet::new(a.len());
    for m in mentions {
        mention_at.insert(m.first);
    }
    let starts_mention = |i: usize| mention_at.contains(i);
    // Every position, in text order, each starting at its own token. About as many
    // positions as roles ("Vice President" is parsed at "Vice" and at "President"):
    // room for them all saves copying the items as the vector grows.
    let roles = a.roles().count();
    let mut parsed: Vec<Position> = Vec::with_capacity(roles + roles / 4);
    let mut position_at = TokenSet::new(a.len());
    // No position begins inside another one's complement: in "Chairman of the State
    // Administration Council Prime Minister X", X is Prime Minister only.
    let mut complement = TokenRange::default();
    let mut complements = Complements::with_room(roles);
    // A position has a role within a few tokens of its start: only the tokens
    // shortly before each role (and the role's own) are tried, and of those only
    // the ones that may open a position.
    let mut from = 0;
    for role in a.roles().iter() {
        for i in from.max(role.saturating_sub(MAX_PREFIX_TOKENS))..=role {
            let in_complement = complement.first <= i && i < complement.end;
            if !in_complement
                && !stops.in_name(i)
                && may_open(a, i)
                && let Some(p) = parse(a, i, reader, &mut complements)
            {
                if let Some(c) = p
                    .complement
                    .map(|k| complements.range(k))
                    .filter(|c| c.end > complement.end)
                {
                    complement = c;
                }
                position_at.insert(i);
                parsed.push(p);
            }
        }
        from = role + 1;
    }
    // The position starting at token `i`, by its index in `parsed`.
    let position_at = Numbered::new(position_at);
    let index_at = |i: usize| position_at.index(i);
    let mut held: Vec<Held> = Vec::with_capacity(parsed.len());

    // True if the positions from `k` on, joined by "and", stand before a name:
    // "leader of A and Prime Minister Y".
    let leads_to_name = |mut k: usize| {
        while let Some(p) = index_at(k) {
            let end = parsed[p as usize].outer_end();
            if starts_mention(skip_honorifics_forward(a, end)) {
                return true;
            }
            if !a.at(end, "and") {
                break;
            }
            k = end + 1;
        }
        false
    };

    // After the name: "X, Vice President of A and Chairman of B, Y, ...".
    for (m, mention) in mentions.iter().enumerate() {
        let mut k = mention.end;
        if a.at(k, "of")
            && let Some(hit) = a.hit(k + 1)
        {
            k = hit.end; // "Nguyen Minh Triet of Vietnam, the current chairman of ..."
        }
        if !a.at(k, ",") {
            continue;
        }
        k += 1;
        loop {
            k = skip_fillers(a, k);
            if starts_mention(k) || leads_to_name(k) {
                break;
            }
            let Some(position) = index_at(k) else {
                break;
            };
            k = parsed[position as usize].outer_end();
            held.push(Held {
                position,
                holder: m,
                rule: "title.after-name",
            });
            match (a.bytes(k), a.bytes(k + 1)) {
                (b",", b"and") => k += 2,
                (b",", _) | (b"and", _) => k += 1,
                _ => break,
            }
        }
    }

    // Before the name: "General Secretary of A and Chinese President X", "Mr X".
    // The longest position ending at each token (its acronym included): the first
    // parsed, as positions are parsed in text order. Positions by end, in text
    // order where ends are equal (the order is nearly always sorted already, and the
    // sort sees that in one pass).
    let mut by_end: Vec<(usize, u32)> = Vec::with_capacity(parsed.len());
    by_end.extend(
        parsed
            .iter()
            .enumerate()
            .filter(|(_, p)| p.range.first < p.outer_end())
            .map(|(k, p)| (p.outer_end(), k as u32)),
    );
    by_end.sort_unstable();
    by_end.dedup_by_key(|&mut (end, _)| end);
    let mut ends = TokenSet::new(a.len());
    for &(end, _) in &by_end {
        ends.insert(end);
    }
    let ends = Numbered::new(ends);
    let ending_at = |end: usize| ends.index(end).map(|k| by_end[k as usize].1);
    // Positions held already. Each position starts at its own token, so its index
    // stands for its range.
    let mut taken = vec![false; parsed.len()];
    for h in &held {
        taken[h.position as usize] = true;
    }
    for (m, mention) in mentions.iter().enumerate() {
        let before = crate::rules::person::skip_honorifics_back(a, mention.first);
        let mut rule = "title.before-name";
        let mut current = ending_at(before);
        if current.is_none() && before > 0 && a.at(before - 1, ",") {
            // "the Secretary-General of the UN, Mr Antonio Guterres"
            current = ending_at(before - 1).filter(|&k| !taken[k as usize]);
            rule = "title.before-name-comma";
        }
        while let Some(k) = current {
            if std::mem::replace(&mut taken[k as usize], true) {
                break;
            }
            held.push(Held {
                position: k,
                holder: m,
                rule,
            });
            let start = parsed[k as usize].range.first;
            current = match a.word(start.wrapping_sub(1)) {
                "and" => ending_at(start - 1),
                _ => ending_at(start),
            };
        }
    }
    // Positions are in text order, so their indices sort as their ranges do.
    held.sort_by_key(|h| (h.position, h.holder));
    Attached {
        positions: parsed,
        complements,
        held,
    }
}
