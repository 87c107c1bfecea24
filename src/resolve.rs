//! The last stage: from candidates to a [`Document`].
//!
//! - **Overlaps.** Every candidate entity is kept until here; the flat layer then
//!   takes them longest first, then by kind (PERSON, ORG, LOC), then leftmost, and
//!   drops any that overlaps one already taken. Nested bodies stay available
//!   through the title chains.
//! - **People.** Mentions are merged: a multi-word name joins the person whose
//!   name it begins or ends ("Sonexay Siphandone" / "Sonexay"); a single word that
//!   is the first or last word of a fuller name found in the document is a mention
//!   of the nearest such person before it (else after it): "Song said".
//! - **Titles** are given their holder's fullest name.
//! - **Acronyms**: definitions first, then the ones used and known from the
//!   gazetteer or spelled out elsewhere in the document. A known long form that
//!   holds acronyms itself ("International Department of the CPC Central
//!   Committee") is followed by a second entry for the same short form, with those
//!   spelled out from the gazetteer or the document's definitions.

use std::borrow::Cow;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::hash_map::Entry;
use std::ops::Range;

use crate::gazetteer::FormKind;
use crate::hash::{self, FxHashMap, Text, pair_key};

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::document::{
    Acronym, AcronymOrigin, ChainLink, Document, Entity, Part, Person, Provenance, Title,
};
use crate::rules::acronym::{self, Definition};
use crate::rules::inline::InlineVec;
use crate::rules::organization::MAX_SEGMENTS;
use crate::rules::title::{Attached, Held, Link};
use crate::rules::token_set::{Numbered, TokenSet};
use crate::rules::{Candidate, TokenRange};
use crate::symbol;

fn priority(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Org => 1,
        EntityKind::Loc => 2,
    }
}

/// The text of the tokens `r`, borrowed: every string written in the text is a
/// slice of it.
fn written<'t>(a: &Analysis<'t, '_>, r: TokenRange) -> Cow<'t, str> {
    Cow::Borrowed(a.text_of(r))
}

fn part<'t>(a: &Analysis<'t, '_>, r: TokenRange) -> Part<'t> {
    let span = a.span(r);
    Part {
        text: written(a, r),
        span,
    }
}

/// Bits needed to write every number below `n`.
fn bits_below(n: usize) -> u32 {
    usize::BITS - n.saturating_sub(1).leading_zeros()
}

/// The candidates that overlap no longer or stronger one, in text order: the
/// entities of the document.
///
/// By index into every candidate, not copied out of them: the entities of a dense
/// text take as much memory as its candidates.
pub(crate) struct Flat {
    candidates: Vec<Candidate>,
    /// Indices into `candidates` of the ones kept, in text order.
    kept: Vec<u32>,
}

impl Flat {
    /// How many entities there are.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    /// The entities, in text order.
    pub fn iter(&self) -> impl Iterator<Item = &Candidate> {
        self.kept.iter().map(|&k| &self.candidates[k as usize])
    }

    /// Every candidate, kept or not: the vector, for the next document.
    pub fn into_candidates(self) -> Vec<Candidate> {
        self.candidates
    }
}

/// Keeps the candidates that do not overlap a longer or stronger one, in text order.
pub(crate) fn flatten(candidates: Vec<Candidate>) -> Flat {
    let tokens = candidates.iter().map(|c| c.range.end).max().unwrap_or(0);
    // Longest first, then by kind, then leftmost; ties keep the order the rules
    // gave (the candidate's index). Few lengths occur, so the candidates are put in
    // groups of one length and kind by a counting sort, which keeps their order;
    // each rule gives its candidates left to right, so a group is a few runs
    // already in order, which the stable sort finds and merges, of compact keys
    // (the start, then the index, in the bits the document needs).
    let token_bits = bits_below(tokens + 1);
    let index_bits = bits_below(candidates.len());
    if token_bits + index_bits > u64::BITS || index_bits > u32::BITS {
        return flatten_wide(candidates, tokens);
    }
    let longest = candidates.iter().map(|c| c.range.len()).max().unwrap_or(0);
    let group = |c: &Candidate| (longest - c.range.len()) * 3 + usize::from(priority(c.kind));
    // `bounds[g]..bounds[g + 1]` is group `g`'s place in `order`.
    let mut bounds = vec![0; (longest + 1) * 3 + 1];
    for c in &candidates {
        bounds[group(c) + 1] += 1;
    }
    for g in 1..bounds.len() {
        bounds[g] += bounds[g - 1];
    }
    let mut order = vec![0u64; candidates.len()];
    let mut free = bounds.clone();
    for (k, c) in candidates.iter().enumerate() {
        let slot = &mut free[group(c)];
        order[*slot] = (c.range.first as u64) << index_bits | k as u64;
        *slot += 1;
    }
    for g in bounds.windows(2) {
        order[g[0]..g[1]].sort();
    }
    // The tokens taken, and the candidates taken with the tokens they start at.
    // Taken ones do not overlap, so the starts in order give them in text order,
    // without a sort and without a look at every token.
    let mut covered = TokenSet::new(tokens);
    let mut starts = TokenSet::new(tokens);
    // The candidates taken, by index: four bytes each, with room for all (a
    // text dense with names keeps nearly every one, a million in 10 MB).
    let mut kept: Vec<u32> = Vec::with_capacity(candidates.len());
    let index_mask = (1u64 << index_bits) - 1;
    for key in order {
        let k = (key & index_mask) as u32;
        let r = candidates[k as usize].range;
        if r.first < r.end && covered.none_in(r.first, r.end) {
            covered.insert_range(r.first, r.end);
            starts.insert(r.first);
            kept.push(k);
        }
    }
    let starts = Numbered::new(starts);
    let mut by_start = vec![0; kept.len()];
    for k in kept {
        if let Some(rank) = starts.index(candidates[k as usize].range.first) {
            by_start[rank as usize] = k;
        }
    }
    Flat {
        candidates,
        kept: by_start,
    }
}

/// [`flatten`] for keys that do not fit in 64 bits: the same order by full keys.
#[cold]
fn flatten_wide(candidates: Vec<Candidate>, tokens: usize) -> Flat {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_unstable_by_key(|&k| {
        let c = &candidates[k];
        (
            std::cmp::Reverse(c.range.len()),
            priority(c.kind),
            c.range.first,
            k,
        )
    });
    let mut occupied = vec![false; tokens];
    let mut keep = vec![false; candidates.len()];
    for k in order {
        let c = &candidates[k];
        let cells = &mut occupied[c.range.first..c.range.end];
        if !cells.is_empty() && !cells.iter().any(|&o| o) {
            cells.fill(true);
            keep[k] = true;
        }
    }
    let mut kept: Vec<u32> = (0..candidates.len() as u32)
        .filter(|&k| keep[k as usize])
        .collect();
    kept.sort_by_key(|&k| candidates[k as usize].range.first);
    Flat { candidates, kept }
}

/// Builds the document from the flat entities, positions and acronyms.
pub(crate) fn document<'t>(
    a: &Analysis<'t, '_>,
    flat: &Flat,
    held: Attached,
    person_mentions: &[TokenRange],
    definitions: &[Definition],
) -> Document<'t> {
    let (mut people, person_of_mention) = group_people(a, person_mentions);
    // The organizations the gazetteer does not know are named first, then the
    // defined acronyms of some of them: the ids are numbered in that order, the
    // acronyms' first, and each entity is made with its id, in one pass over them.
    let mut local_ids = LocalIds::new();
    let unknown_orgs = name_unknown_orgs(a, flat, &mut local_ids);
    let mut acronyms = acronyms(a, definitions, flat);
    local_ids.give_defined_acronyms_ids(a, &mut acronyms);
    let entities = make_entities(a, flat, &unknown_orgs, &mut local_ids);
    // At most one title per holding: a title is large, and a growing vector would
    // copy them all again at each doubling.
    let mut titles = Vec::with_capacity(held.held.len());
    // Held is sorted by position: the people holding the current one so far.
    let mut current: Option<u32> = None;
    let mut holders: Vec<usize> = Vec::new();
    for h in &held.held {
        let holder = person_of_mention[h.holder];
        if current != Some(h.position) {
            current = Some(h.position);
            holders.clear();
        }
        if holders.contains(&holder) {
            continue;
        }
        holders.push(holder);
        let title = make_title(a, &held, h, holder, &people[holder].name, &local_ids);
        titles.push(title);
    }
    // Each holder's titles in a vector of the right size, counted first: one
    // allocation per holder, not one per doubling.
    let mut held_by = vec![0; people.len()];
    for t in &titles {
        held_by[t.holder] += 1;
    }
    for (person, n) in people.iter_mut().zip(held_by) {
        person.titles.reserve_exact(n);
    }
    for (k, t) in titles.iter().enumerate() {
        people[t.holder].titles.push(k);
    }
    Document {
        entities,
        people,
        titles,
        acronyms,
    }
}

/// Document-local ids by name: every organization the gazetteer does not know,
/// and the short and long forms of the acronyms defined for one. A defined acronym
/// shares its long form's id, so "Front for National Solidarity" and "FNS" are one
/// body.
///
/// Names are keyed by their slice of the text (every entity and defined acronym is
/// one, at its span): no `String` per key. Ids are numbered as they are given, and
/// come from a table the thread keeps ([`local_org_id`]).
struct LocalIds<'t> {
    /// Each name's slot in `ids`.
    slots: FxHashMap<Text<'t>, usize>,
    /// The id of each slot, once given.
    ids: Vec<Option<&'static str>>,
    /// How many ids are given.
    given: usize,
}

impl<'t> LocalIds<'t> {
    /// No names yet, with room for a short document's.
    fn new() -> LocalIds<'t> {
        LocalIds {
            slots: hash::document_map(),
            ids: Vec::new(),
            given: 0,
        }
    }

    /// The slot of `name`, made if it has none.
    fn slot(&mut self, name: &'t str) -> usize {
        let ids = &mut self.ids;
        *self.slots.entry(Text(name)).or_insert_with(|| {
            ids.push(None);
            ids.len() - 1
        })
    }

    /// The id of slot `slot`, given now if it has none.
    fn id_of(&mut self, slot: usize) -> &'static str {
        if let Some(id) = self.ids[slot] {
            return id;
        }
        self.given += 1;
        let id = local_org_id(self.given);
        self.ids[slot] = Some(id);
        id
    }

    /// The id of `name`, if it was given one.
    fn get(&self, name: &str) -> Option<&'static str> {
        self.slots.get(&Text(name)).and_then(|&k| self.ids[k])
    }

    /// Gives the defined acronyms of organizations the gazetteer does not know,
    /// all of them named already, the id of their long form, and both forms the
    /// slot of that id.
    fn give_defined_acronyms_ids(&mut self, a: &Analysis<'t, '_>, acronyms: &mut [Acronym<'t>]) {
        let text: &'t str = a.text;
        // The names before any acronym's are the organizations'.
        let org_names = self.ids.len();
        let defined = acronyms
            .iter_mut()
            .filter(|x| x.origin == AcronymOrigin::Defined && x.id.is_none());
        for acronym in defined {
            let is_org = |name: &str| self.slots.get(&Text(name)).is_some_and(|&k| k < org_names);
            if is_org(&acronym.long) || is_org(&acronym.short) {
                // A defined acronym's long form is always at its span.
                let long = self.slot(acronym.long_span.map_or("", |s| &text[s.range()]));
                let id = self.id_of(long);
                let short = self.slot(&text[acronym.short_span.range()]);
                self.ids[short] = Some(id);
                acronym.id = Some(id);
            }
        }
    }
}

/// Each organization among the entities that the gazetteer does not know, by
/// index, with the slot of its name in `local`. Read from the candidates: the
/// entities are made once the ids are known.
fn name_unknown_orgs<'t>(
    a: &Analysis<'t, '_>,
    flat: &Flat,
    local: &mut LocalIds<'t>,
) -> Vec<(usize, usize)> {
    // Room for every entity: on a text dense with unknown bodies, nearly all are.
    let mut unknown: Vec<(usize, usize)> = Vec::with_capacity(flat.len());
    unknown.extend(
        flat.iter()
            .enumerate()
            .filter(|(_, c)| c.kind == EntityKind::Org && c.entry().is_none())
            .map(|(k, c)| (k, local.slot(a.text_of(c.range)))),
    );
    unknown
}

/// The entities, in text order, each with its id: the gazetteer's, or for an
/// organization it does not know (`unknown_orgs`, by index, with their slots), a
/// document-local one.
///
/// Each entity is written once, with its id. (Given their ids in a pass of their
/// own, the entities of a long text were read from memory and written again: a
/// sixth of the time of building the document of 10 MB of bracketed acronyms.)
fn make_entities<'t>(
    a: &Analysis<'t, '_>,
    flat: &Flat,
    unknown_orgs: &[(usize, usize)],
    local: &mut LocalIds<'t>,
) -> Vec<Entity<'t>> {
    let mut unknown = unknown_orgs.iter().peekable();
    let mut entities: Vec<Entity> = Vec::with_capacity(flat.len());
    entities.extend(flat.iter().enumerate().map(|(k, c)| {
        let mut entity = make_entity(a, c);
        if let Some(&(_, slot)) = unknown.next_if(|&&(at, _)| at == k) {
            entity.id = Some(local.id_of(slot));
        }
        entity
    }));
    entities
}

/// How many document-local ids a thread keeps made: more than most documents
/// give, few enough that the table stays small.
const KEPT_LOCAL_IDS: usize = 1 << 12;

thread_local! {
    /// `doc:org:1`, `doc:org:2`, ...: looked up once per thread and shared by the
    /// documents it extracts. A short document gives a few dozen ids, and
    /// writing each anew took a sixth of the time of making its document.
    static LOCAL_IDS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The `n`th document-local organization id (from 1): `doc:org:N`, kept for the
/// life of the process as the gazetteer ids are ([`symbol`]): as many as the most
/// any document has needed.
fn local_org_id(n: usize) -> &'static str {
    let make = |n: usize| symbol::intern(&format!("doc:org:{n}"));
    if n > KEPT_LOCAL_IDS {
        return make(n);
    }
    LOCAL_IDS.with_borrow_mut(|ids| {
        while ids.len() < n {
            ids.push(make(ids.len() + 1));
        }
        ids[n - 1]
    })
}

fn make_entity<'t>(a: &Analysis<'t, '_>, c: &Candidate) -> Entity<'t> {
    let span = a.span(c.range);
    let entry = c.entry().map(|e| a.gazetteer.entry(e));
    Entity {
        kind: c.kind,
        text: written(a, c.range),
        span,
        id: entry.map(|e| e.id),
        why: Provenance {
            rule: c.rule.name(),
            entry: entry.map(|e| e.name),
        },
    }
}

/// The words of a name as ids (see [`group_people`]), without an allocation.
type NameWords = InlineVec<u32, 8>;

/// No person yet.
const NOBODY: usize = usize::MAX;

/// How many people sharing the first two or the last two words of a multi-word
/// mention it is compared with: the most recent ones. Bounds the work on very long
/// documents.
const RECENT_PEOPLE: usize = 32;

/// The first and last word of a name.
fn edges(words: &[u32]) -> [u32; 2] {
    [words[0], words[words.len() - 1]]
}

/// People by a pair of words their names begin or end with, newest first: one
/// list per pair, linked through a single vector (no allocation per pair).
struct PeopleByPair {
    /// The newest node of each pair's list.
    newest: FxHashMap<u64, u32>,
    /// `(person, next older node)`; `u32::MAX` ends a list.
    nodes: Vec<(u32, u32)>,
}

impl PeopleByPair {
    /// Room for `n` people, each under one pair.
    fn with_capacity(n: usize) -> PeopleByPair {
        PeopleByPair {
            newest: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            nodes: Vec::with_capacity(n),
        }
    }

    /// The people listed under `key`, newest first.
    fn recent(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        let mut node = self.newest.get(&key).copied().unwrap_or(u32::MAX);
        std::iter::from_fn(move || {
            let &(person, next) = self.nodes.get(node as usize)?;
            node = next;
            Some(person as usize)
        })
    }

    /// Lists `person` under `key`, unless one of the last [`RECENT_PEOPLE`] there.
    fn add(&mut self, key: u64, person: usize) {
        if self.recent(key).take(RECENT_PEOPLE).any(|p| p == person) {
            return;
        }
        let node = self.nodes.len() as u32;
        let older = self.newest.insert(key, node).unwrap_or(u32::MAX);
        self.nodes.push((person as u32, older));
    }
}

/// Groups person mentions; returns the people, in order of first mention, and for
/// each mention its person.
///
/// First the multi-word mentions, in text order: one joins the person whose name
/// it equals, begins or ends (or whose name begins or ends with it) and who was
/// mentioned last, else starts a person. Then every mention in text order: a
/// one-word mention joins the person last mentioned with that first or last word,
/// else the first person with it, else starts a person of its own.
///
/// Words are interned first: every later comparison, hash and table lookup is on
/// small integers, and the tables by word are plain vectors. A name that begins
/// another (or that another begins) shares its first two words with it, as both
/// have two or more: the people a new name is compared with are found by that
/// pair, and by its last two words for the endings, not by one shared word (a
/// common surname begins hundreds of names in a long text).
fn group_people<'t>(
    a: &Analysis<'t, '_>,
    mentions: &[TokenRange],
) -> (Vec<Person<'t>>, Vec<usize>) {
    // Most words recur (a surname is mentioned again and again): room for one word
    // per mention is seldom outgrown.
    let mut ids: FxHashMap<Text, u32> =
        FxHashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let words: Vec<NameWords> = mentions
        .iter()
        .map(|&r| {
            let mut w = NameWords::default();
            // Words past the capacity are not part of the name.
            for word in spaced_words(a, r).take(NameWords::CAPACITY) {
                let next = ids.len() as u32;
                w.push(*ids.entry(Text(&a.text[word])).or_insert(next));
            }
            w
        })
        .collect();
    let distinct = ids.len();
    drop(ids);
    // Room for a person per mention (of two words or more, for the tables kept
    // only of those): none of these vectors is grown step by step.
    let names_of_two = words.iter().filter(|w| w.len() >= 2).count();
    // Each person's fullest name, as the mention it was taken from.
    let mut names: Vec<usize> = Vec::with_capacity(mentions.len());
    // The length of each person's fullest name, beside the others: most names
    // compared are as long as the new one, and this settles them (see `fits`)
    // with no look at their words.
    let mut name_lens: Vec<usize> = Vec::with_capacity(names_of_two);
    let mut person_of = vec![NOBODY; mentions.len()];
    // People by the first two and by the last two words of their names, with
    // room for every name of two words or more, as for `ids`: no table is grown
    // (and rehashed) step by step.
    let mut by_start = PeopleByPair::with_capacity(names_of_two);
    let mut by_end = PeopleByPair::with_capacity(names_of_two);
    let start_key = |w: &NameWords| pair_key(w[0], w[1]);
    let end_key = |w: &NameWords| pair_key(w[w.len() - 2], w[w.len() - 1]);
    // word -> the first person whose name begins or ends with it
    let mut first_with_edge: Vec<usize> = vec![NOBODY; distinct];
    let mut by_name: FxHashMap<NameWords, usize> =
        FxHashMap::with_capacity_and_hasher(names_of_two, Default::default());
    let mut last_seen: Vec<usize> = Vec::with_capacity(names_of_two);
    for m in (0..mentions.len()).filter(|&m| words[m].len() >= 2) {
        let w = words[m];
        // Element by element, not `starts_with`: names are a few words, too short
        // for a call of `memcmp` to pay.
        // Asked only of a name not seen before: a person's fullest name was seen
        // (it is in `by_name`), so one as long as `w` is another name, and does not
        // fit. Most names have as many words as the names they are compared with,
        // and that test is all they cost.
        let fits = |name: &NameWords| {
            let (short, long) = match w.len().cmp(&name.len()) {
                Ordering::Less => (&w, name),
                Ordering::Greater => (name, &w),
                Ordering::Equal => return false,
            };
            let same = |(x, y): (&u32, &u32)| x == y;
            short.iter().zip(long.iter()).all(same)
                || short.iter().rev().zip(long.iter().rev()).all(same)
        };
        // The same full name is the same person; else the most recent of the last
        // few people sharing the first or last two words whose name fits. No two
        // people were last seen at the same mention, so only one seen later than
        // the best so far needs its name compared.
        let (p, new_name) = match by_name.entry(w) {
            Entry::Occupied(known) => (*known.get(), false),
            Entry::Vacant(name) => {
                let mut best: Option<usize> = None;
                let starts = by_start.recent(start_key(&w)).take(RECENT_PEOPLE);
                let ends = by_end.recent(end_key(&w)).take(RECENT_PEOPLE);
                for p in starts.chain(ends) {
                    if best.is_none_or(|b| last_seen[p] > last_seen[b])
                        && name_lens[p] != w.len()
                        && fits(&words[names[p]])
                    {
                        best = Some(p);
                    }
                }
                let p = best.unwrap_or_else(|| {
                    names.push(m);
                    name_lens.push(w.len());
                    last_seen.push(0);
                    names.len() - 1
                });
                (*name.insert(p), true)
            }
        };
        if w.len() > name_lens[p] {
            names[p] = m;
            name_lens[p] = w.len();
        }
        if new_name {
            by_start.add(start_key(&w), p);
            by_end.add(end_key(&w), p);
            for e in edges(&w) {
                let first = &mut first_with_edge[e as usize];
                if *first == NOBODY {
                    *first = p;
                }
            }
        }
        last_seen[p] = m;
        person_of[m] = p;
    }
    // Sweep in text order: one-word mentions join the person last named with that word.
    let mut recent: Vec<usize> = vec![NOBODY; distinct];
    for m in 0..mentions.len() {
        let p = if words[m].len() >= 2 {
            person_of[m]
        } else {
            let w = words[m][0] as usize;
            let p = Some(recent[w])
                .filter(|&p| p != NOBODY)
                .or_else(|| Some(first_with_edge[w]).filter(|&p| p != NOBODY));
            p.unwrap_or_else(|| {
                names.push(m);
                names.len() - 1
            })
        };
        person_of[m] = p;
        for e in edges(&words[m]).into_iter().chain(edges(&words[names[p]])) {
            recent[e as usize] = p;
        }
    }
    // People in order of first mention (mentions are in text order), each with
    // room for all their mentions.
    let mut mention_count = vec![0; names.len()];
    for &p in &person_of {
        mention_count[p] += 1;
    }
    let mut new_index = vec![NOBODY; names.len()];
    let mut people: Vec<Person> = Vec::with_capacity(names.len());
    for (m, p) in person_of.iter_mut().enumerate() {
        if new_index[*p] == NOBODY {
            new_index[*p] = people.len();
            let source = names[*p];
            people.push(Person {
                name: name(a, mentions[source]),
                mentions: Vec::with_capacity(mention_count[*p]),
                titles: Vec::new(),
            });
        }
        *p = new_index[*p];
        people[*p].mentions.push(part(a, mentions[m]));
    }
    (people, person_of)
}

/// The first words of the mention at `r` (those [`group_people`] compared), joined
/// by single spaces. Borrowed when they are written so, as nearly every name is;
/// made when a line break or a double space stands between two of them.
fn name<'t>(a: &Analysis<'t, '_>, r: TokenRange) -> Cow<'t, str> {
    let text: &'t str = a.text;
    let words = || spaced_words(a, r).take(NameWords::CAPACITY);
    let mut end: Option<usize> = None;
    let single_spaced = words().all(|word| {
        let spaced = end.is_none_or(|end| word.start == end + 1 && text.as_bytes()[end] == b' ');
        end = Some(word.end);
        spaced
    });
    let start = a.tokens[r.first].start();
    match end {
        Some(end) if single_spaced => Cow::Borrowed(&text[start..end]),
        _ => {
            let mut name = String::new();
            for (k, word) in words().enumerate() {
                if k > 0 {
                    name.push(' ');
                }
                name.push_str(&text[word]);
            }
            Cow::Owned(name)
        }
    }
}

/// The byte ranges of the words of the tokens `r` as white space separates them
/// (the words `str::split_whitespace` finds in their text), read from the tokens
/// rather than from the text again: tokens that touch are one word ("O'Brien").
fn spaced_words<'a>(
    a: &'a Analysis<'_, '_>,
    r: TokenRange,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut tokens = a.tokens[r.first..r.end].iter().peekable();
    std::iter::from_fn(move || {
        let first = tokens.next()?;
        let mut end = first.end();
        while let Some(t) = tokens.next_if(|t| !t.space_before()) {
            end = t.end();
        }
        Some(first.start()..end)
    })
}

fn make_title<'t>(
    a: &Analysis<'t, '_>,
    attached: &Attached,
    h: &Held,
    holder: usize,
    name: &Cow<'t, str>,
    local_ids: &LocalIds<'t>,
) -> Title<'t> {
    let p = attached.position(h);
    let span = a.span(p.range);
    // Innermost first: bodies named before the role ("Politburo" member of the
    // CPC), then the complement's segments in order, then the places and demonyms
    // before the role, the outermost ("U.S." Secretary of State).
    let is_place = |l: &&Link| l.kind == EntityKind::Loc;
    // A segment that is neither body nor place names the one before it
    // ("Department" + "External Relations" is one link, "Department of External
    // Relations"), and so does one joined by "and" ("Workers and Peasants Party").
    let mut complement: InlineVec<Link, MAX_SEGMENTS> = InlineVec::default();
    let segments = p.complement.map(|k| attached.complements.segments(k));
    for s in segments.into_iter().flatten() {
        let joined_by_and = s.range.first > 0 && a.at(s.range.first - 1, "and");
        match complement.last_mut() {
            Some(previous) if s.kind.is_none() || joined_by_and => {
                previous.kind = s.kind.unwrap_or(previous.kind);
                previous.range.end = s.range.end;
                previous.entry = None;
            }
            _ => {
                // As many links as segments at most: always room.
                complement.push(Link {
                    range: s.range,
                    kind: s.kind.unwrap_or(EntityKind::Org),
                    entry: s.entry,
                    demonym: false,
                });
            }
        }
    }
    let prefix_links = attached.prefix_links(p);
    let mut chain = Vec::with_capacity(prefix_links.len() + complement.len());
    chain.extend(
        prefix_links
            .iter()
            .rev()
            .filter(|l| !is_place(l))
            .chain(complement.iter())
            .chain(prefix_links.iter().rev().filter(is_place))
            .map(|l| link(a, l, local_ids)),
    );
    Title {
        person: name.clone(),
        title: written(a, p.range),
        span,
        holder,
        role: part(a, p.role),
        modifiers: attached.modifiers(p).iter().map(|&m| part(a, m)).collect(),
        chain,
        acronym: p.acronym.map(|r| part(a, r)),
        why: Provenance::rule(h.rule),
    }
}

/// A link of a title's chain, with its id: the gazetteer's, a demonym's place's,
/// or the document-local id of an organization the gazetteer does not know.
fn link<'t>(a: &Analysis<'t, '_>, l: &Link, local_ids: &LocalIds<'t>) -> ChainLink<'t> {
    let span = a.span(l.range);
    let text = a.text_of(l.range);
    let id = if l.demonym {
        a.lexicon.demonym_place(text)
    } else {
        l.entry.map(|e| a.gazetteer.entry(e).id)
    };
    let id = match id {
        None if l.kind == EntityKind::Org => local_ids.get(text),
        id => id,
    };
    ChainLink {
        kind: l.kind,
        text: Cow::Borrowed(text),
        span,
        id,
    }
}

/// Defined acronyms, then known ones, one per short form; a known one whose long
/// form holds acronyms has a second entry, its long form spelled out in full.
fn acronyms<'t>(a: &Analysis<'t, '_>, definitions: &[Definition], flat: &Flat) -> Vec<Acronym<'t>> {
    let mut out: Vec<Acronym<'t>> = Vec::new();
    // Short forms as written (slices of the text), to their entry in `out`.
    let mut index: FxHashMap<Text<'t>, usize> = hash::document_map();
    for d in definitions {
        let short_span = a.span(d.short);
        let short = a.text_of(d.short);
        if index.contains_key(&Text(short)) {
            continue;
        }
        let long = part(a, d.long);
        let id = a
            .hit(d.long.first)
            .filter(|h| h.end == d.long.end)
            .map(|h| a.gazetteer.entry(h.entry).id);
        index.insert(Text(short), out.len());
        out.push(Acronym {
            short: Cow::Borrowed(short),
            long: long.text,
            origin: AcronymOrigin::Defined,
            short_span,
            long_span: Some(long.span),
            id,
        });
    }
    // Organizations by their initials, for acronyms spelled out elsewhere: made
    // when the first acronym the gazetteer does not know asks for it.
    let mut spelled_out: Option<FxHashMap<acronym::Initials, &Candidate>> = None;
    let spelled_out_orgs = || {
        let mut map: FxHashMap<acronym::Initials, &Candidate> = hash::document_map();
        for c in flat.iter().filter(|c| c.kind == EntityKind::Org) {
            let tokens = &a.tokens[c.range.first..c.range.end];
            if let Some(initials) = acronym::initials(a.text, tokens) {
                map.entry(initials).or_insert(c);
            }
        }
        map
    };
    // The end of the last place written in capitals ("PHNOM PENH" in a dateline):
    // its words are no acronyms spelled out by the document's bodies.
    let mut place_in_capitals_end = 0;
    for i in a.acronyms().iter() {
        let t = &a.tokens[i];
        let hit_here = a.hit(i);
        if let Some(h) = hit_here.filter(|h| h.form == FormKind::Capitals) {
            place_in_capitals_end = h.end;
        }
        let in_place_in_capitals = i < place_in_capitals_end;
        let (range, hit) = match hit_here {
            Some(h) if h.form == FormKind::Acronym => (TokenRange::new(i, h.end), Some(h.entry)),
            _ => {
                if !(t.is_word() && t.all_caps() && (2..=8).contains(&t.span().len())) {
                    continue;
                }
                (TokenRange::new(i, i + 1), None)
            }
        };
        let short_span = a.span(range);
        let short = a.text_of(range);
        if index.contains_key(&Text(short)) {
            continue;
        }
        // A word in capitals that is no hit here may still be an acronym the
        // gazetteer knows: asked once its short form is new, not at every mention.
        let entry = hit.or_else(|| a.gazetteer.acronym(short));
        let (long, id) = match entry {
            Some(e) => {
                let e = a.gazetteer.entry(e);
                (Cow::Borrowed(e.name), Some(e.id))
            }
            None if in_place_in_capitals => continue,
            None => match acronym::Initials::from_slice(short.as_bytes())
                .and_then(|key| spelled_out.get_or_insert_with(spelled_out_orgs).get(&key))
            {
                // The gazetteer's id, if it knows the body: local ids are given later.
                Some(c) => (
                    written(a, c.range),
                    c.entry().map(|e| a.gazetteer.entry(e).id),
                ),
                None => continue,
            },
        };
        // The gazetteer's meaning first: its long forms were written with it.
        let spelled_out = acronym::spell_out(&long, &|inner| {
            a.gazetteer
                .acronym(inner)
                .map(|e| a.gazetteer.entry(e).name.to_string())
                .or_else(|| index.get(&Text(inner)).map(|&k| out[k].long.to_string()))
        });
        index.insert(Text(short), out.len());
        let known = Acronym {
            short: Cow::Borrowed(short),
            long,
            origin: AcronymOrigin::Known,
            short_span,
            long_span: None,
            id,
        };
        // The long form with its own acronyms spelled out is a second expansion.
        let spelled_out = spelled_out.map(|long| Acronym {
            long: Cow::Owned(long),
            ..known.clone()
        });
        out.push(known);
        out.extend(spelled_out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rule;

    #[test]
    fn local_ids_are_numbered_from_one_and_the_same_string_each_time() {
        assert_eq!(local_org_id(1), "doc:org:1");
        assert_eq!(local_org_id(12), "doc:org:12");
        assert!(std::ptr::eq(local_org_id(12), local_org_id(12)));
        let past = KEPT_LOCAL_IDS + 1;
        assert_eq!(local_org_id(past), format!("doc:org:{past}"));
        assert!(std::ptr::eq(local_org_id(past), local_org_id(past)));
    }

    fn candidate(first: usize, end: usize, kind: EntityKind) -> Candidate {
        Candidate::new(TokenRange::new(first, end), kind, Rule::Gazetteer, None)
    }

    fn ranges(flat: &Flat) -> Vec<(usize, usize, EntityKind)> {
        flat.iter()
            .map(|c| (c.range.first, c.range.end, c.kind))
            .collect()
    }

    #[test]
    fn words_are_read_from_the_tokens_as_white_space_splits_the_text() {
        let mut lexicon = crate::lexicon::Lexicon::default();
        let gazetteer = crate::gazetteer::EntityListBuilder::default().build(&mut lexicon);
        for text in [
            "Tan Wei",
            "Tan  Wei",
            "Tan\nWei O'Brien",
            "Tan\u{b}Wei",
            "Tan \u{b} Wei-Ling",
            "Lê\u{a0}Văn Thành",
        ] {
            let a = Analysis::new(text, &lexicon, &gazetteer);
            let r = TokenRange::new(0, a.len());
            let words: Vec<&str> = spaced_words(&a, r).map(|w| &text[w]).collect();
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
            let joined = words.join(" ");
            let name = name(&a, r);
            assert_eq!(name, joined);
            assert_eq!(matches!(name, Cow::Borrowed(_)), text == joined);
        }
    }

    #[test]
    fn a_name_finds_the_person_it_extends_past_many_sharing_a_word() {
        // "Tan Wei", then more people named Tan than are compared by one word, then
        // "Tan Wei Lin" and "Wei Lin": both extend the first person's name.
        let given = |k: usize| {
            format!(
                "{}{}",
                char::from(b'A' + (k / 26) as u8),
                char::from(b'a' + (k % 26) as u8)
            )
        };
        let mut names = vec!["Tan Wei".to_string()];
        names.extend((0..2 * RECENT_PEOPLE).map(|k| format!("Tan {}", given(k))));
        names.extend(["Tan Wei Lin".to_string(), "Wei Lin".to_string()]);
        let text = names.join(" , ");
        let mut lexicon = crate::lexicon::Lexicon::default();
        let gazetteer = crate::gazetteer::EntityListBuilder::default().build(&mut lexicon);
        let a = Analysis::new(&text, &lexicon, &gazetteer);
        let mut mentions = Vec::new();
        let mut first = 0;
        for name in &names {
            let end = first + name.split(' ').count();
            mentions.push(TokenRange::new(first, end));
            first = end + 1;
        }
        assert_eq!(first - 1, a.len());
        let (people, person_of) = group_people(&a, &mentions);
        let last = mentions.len() - 1;
        assert_eq!(person_of[last - 1], person_of[0]);
        assert_eq!(person_of[last], person_of[0]);
        assert_eq!(people[person_of[0]].name, "Tan Wei Lin");
        assert_eq!(people[person_of[0]].mentions.len(), 3);
        // Every other Tan is a person of their own.
        assert_eq!(people.len(), 1 + 2 * RECENT_PEOPLE);
    }

    #[test]
    fn longest_then_stronger_then_leftmost_wins() {
        let cs = vec![
            candidate(0, 2, EntityKind::Loc),
            candidate(1, 4, EntityKind::Org),
            candidate(5, 6, EntityKind::Loc),
            candidate(5, 6, EntityKind::Person),
            candidate(7, 8, EntityKind::Org),
            candidate(8, 9, EntityKind::Org),
        ];
        assert_eq!(
            ranges(&flatten(cs)),
            [
                (1, 4, EntityKind::Org),
                (5, 6, EntityKind::Person),
                (7, 8, EntityKind::Org),
                (8, 9, EntityKind::Org),
            ]
        );
    }

    #[test]
    fn packed_keys_order_as_the_full_keys_do() {
        // SplitMix64: many random candidate sets, each flattened both ways.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: u64| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) % n) as usize
        };
        let kinds = [EntityKind::Person, EntityKind::Org, EntityKind::Loc];
        for _ in 0..500 {
            let count = next(40);
            let cs: Vec<Candidate> = (0..count)
                .map(|_| {
                    let first = next(60);
                    candidate(first, first + 1 + next(6), kinds[next(3)])
                })
                .collect();
            let tokens = cs.iter().map(|c| c.range.end).max().unwrap_or(0);
            assert_eq!(
                ranges(&flatten(cs.clone())),
                ranges(&flatten_wide(cs, tokens))
            );
        }
    }
}
