//! Person names, recognized without a list of people.
//!
//! A *name run* is a maximal run of name-like words: capitalized, not a role,
//! honorific, organization head, demonym, function word or gazetteer entity, with
//! hyphenated parts ("Bahiddha-Nukara"), initials ("K. P.") and particles ("da",
//! "bin") inside. A run becomes a person on evidence:
//!
//! - its words: a Chinese family name followed by a given name made of pinyin
//!   syllables ("Lu Xinshe"), or a known given or family name in a run of two or
//!   more words;
//! - its context: an honorific or a role word before it ("Mr", "Prime Minister"), a
//!   position after it (", Vice President of ..."), a reporting verb after a run
//!   of two or more words ("... said");
//! - the document: a run sharing a word with a person already found ("his wife
//!   Naly Sisoulith" after "Thongloun Sisoulith").
//!
//! A single word with no evidence of its own is kept only as a mention of a person
//! found elsewhere in the document ("Song said" after "Song Tao"), by
//! [`resolve`](crate::resolve).

use crate::hash::{self, FxHashSet, Text};

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::lexicon::class;
use crate::rules::inline::InlineVec;
use crate::rules::{Candidate, Rule, TokenRange, title};

/// Classes that never stand inside a name.
const NOT_IN_NAME: u32 = class::ROLE
    | class::ORG_HEAD
    | class::ORG_SUFFIX
    | class::HONORIFIC
    | class::MODIFIER
    | class::DEMONYM
    | class::NOT_NAME
    | class::SPEECH_VERB;

/// How many words a name may have.
const MAX_NAME_WORDS: usize = 6;

/// A run of name-like words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameRun {
    pub range: TokenRange,
    /// Each word (a hyphenated word is one) as token offsets from the run's first
    /// token: 4 bytes a word rather than a 16-byte range, so that a run takes 48
    /// bytes, not 120. A text of capitalized words makes a run every few tokens,
    /// and their vector was its largest allocation.
    words: InlineVec<(u16, u16), MAX_NAME_WORDS>,
}

/// Most tokens a run may span: its words are kept as `u16` offsets from its start.
/// No name is a thousandth of that.
const MAX_RUN_TOKENS: usize = u16::MAX as usize;

impl NameRun {
    /// The run from token `first` to `end` of `words`, each within
    /// [`MAX_RUN_TOKENS`] of `first`.
    fn new(first: usize, end: usize, words: &[TokenRange]) -> NameRun {
        let offset = |k: usize| u16::try_from(k - first).unwrap_or(u16::MAX);
        let mut kept = InlineVec::default();
        for w in words {
            kept.push((offset(w.first), offset(w.end)));
        }
        NameRun {
            range: TokenRange::new(first, end),
            words: kept,
        }
    }

    /// How many words the run has.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The token range of word `k` (which must exist).
    pub fn word(&self, k: usize) -> TokenRange {
        let (first, end) = self.words[k];
        TokenRange::new(
            self.range.first + first as usize,
            self.range.first + end as usize,
        )
    }

    /// The token range of each word, in order.
    pub fn words(&self) -> impl DoubleEndedIterator<Item = TokenRange> + '_ {
        (0..self.words.len()).map(|k| self.word(k))
    }
}

/// Why a run was taken as a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    ChineseName,
    KnownNamePart,
    Initials,
    Honorific,
    RoleBefore,
    PositionAfter,
    ReportingVerb,
    NameShape,
    SharedWithPerson,
}

impl Evidence {
    pub fn rule(self) -> Rule {
        match self {
            Evidence::ChineseName => Rule::PersonChineseName,
            Evidence::KnownNamePart => Rule::PersonKnownNamePart,
            Evidence::Initials => Rule::PersonInitials,
            Evidence::Honorific => Rule::PersonAfterHonorific,
            Evidence::RoleBefore => Rule::PersonAfterRole,
            Evidence::PositionAfter => Rule::PersonBeforePosition,
            Evidence::ReportingVerb => Rule::PersonBeforeReportingVerb,
            Evidence::NameShape => Rule::PersonNameShape,
            Evidence::SharedWithPerson => Rule::PersonSharesName,
        }
    }
}

/// A person mention found by this rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PersonCandidate {
    pub run: NameRun,
    pub evidence: Evidence,
}

impl PersonCandidate {
    /// The entity candidate for this mention.
    pub fn candidate(&self) -> Candidate {
        Candidate::new(
            self.run.range,
            EntityKind::Person,
            self.evidence.rule(),
            None,
        )
    }
}

/// Room made for one name run per this many tokens. In news text about one token
/// in twenty begins a run: room for them all spares the vector its doublings, each
/// a copy of all the (large) runs before. A text denser in names grows it as usual.
const TOKENS_PER_RUN: usize = 16;

/// Finds every name run in the document.
pub(crate) fn name_runs(a: &Analysis) -> Vec<NameRun> {
    let mut runs = Vec::with_capacity(a.len() / TOKENS_PER_RUN);
    let mut from = 0;
    // Most tokens are lower-case words or punctuation: neither a name word nor the
    // start of a capitalized phrase. Only the capitals are visited.
    while let Some(i) = a.capitals().next_from(from) {
        from = i + 1;
        if !a.is_capitalized(i) {
            continue;
        }
        let end = match name_word_or_skip(a, i) {
            Ok(end) if end - i <= MAX_RUN_TOKENS => end,
            Ok(end) => {
                from = end; // a glued word of billions of tokens is no name
                continue;
            }
            Err(next) => {
                from = next;
                continue;
            }
        };
        let mut words: InlineVec<TokenRange, MAX_NAME_WORDS> =
            InlineVec::one(TokenRange::new(i, end));
        let mut j = end;
        while !words.is_full()
            && (!a.token(j).is_some_and(|t| t.newline_before()) || wrapped(a, &words, j))
        {
            let next = if let Some(e) = name_word(a, j) {
                TokenRange::new(j, e)
            } else if let Some(after) = particles_end(a, j)
                && let Some(e) = name_word(a, after)
            {
                // "da Costa", "de la Vega": particles stand between the words.
                TokenRange::new(after, e)
            } else {
                break;
            };
            if next.end - i > MAX_RUN_TOKENS {
                break;
            }
            words.push(next);
            j = next.end;
        }
        runs.push(NameRun::new(i, j, &words));
        from = j;
    }
    runs
}

/// True if a name of one known first word goes on after a line break at `j`, in
/// wrapped prose: "... met Zhou\nWenbin on Monday" (a single line break, and the line
/// after it goes on past the name).
fn wrapped(a: &Analysis, words: &[TokenRange], j: usize) -> bool {
    let [first] = words else { return false };
    let known = a.is(
        first.first,
        class::GIVEN | class::SURNAME | class::ZH_SURNAME,
    );
    let single_break = !a.text[a.tokens[j - 1].end()..a.tokens[j].start()].contains("\n\n");
    let goes_on = name_word(a, j).is_some_and(|e| {
        a.token(e)
            .is_some_and(|t| !t.newline_before() && t.lowercase())
    });
    known && single_break && goes_on
}

/// End of one or two lower-case name particles at `i` ("da", "de la"), or of a
/// particle joined to the next word by a hyphen ("al-" in "al-Sudani").
fn particles_end(a: &Analysis, i: usize) -> Option<usize> {
    let particle = |k: usize| a.is(k, class::PARTICLE) && a.token(k).is_some_and(|t| t.lowercase());
    if !particle(i) {
        return None;
    }
    if a.at(i + 1, "-") && a.joined(i) && a.joined(i + 1) {
        return Some(i + 2);
    }
    Some(if particle(i + 1) { i + 2 } else { i + 1 })
}

/// End of the name-like word at `i`, if there is one.
fn name_word(a: &Analysis, i: usize) -> Option<usize> {
    name_word_or_skip(a, i).ok()
}

/// End of the name-like word at `i`, or else where the next one may start: past
/// a capitalized phrase that is no name ("Sri Lankan", "Prime Minister"), which is
/// skipped whole. The phrase is looked up once for both answers.
fn name_word_or_skip(a: &Analysis, i: usize) -> Result<usize, usize> {
    let Some(t) = a.token(i).filter(|t| t.capitalized()) else {
        return Err(i + 1);
    };
    let phrase_end = |phrase: Option<usize>| phrase.unwrap_or(i + 1).max(i + 1);
    if a.covered(i).is_some() {
        return Err(phrase_end(a.phrase(i, NOT_IN_NAME)));
    }
    // An initial: "K." in "K. P. Sharma Oli".
    if a.bytes(i).len() == 1 {
        if a.at(i + 1, ".") && a.joined(i) {
            return Ok(i + 2);
        }
        return Err(phrase_end(a.phrase(i, NOT_IN_NAME)));
    }
    // A phrase that is no name ("Sri Lankan", "Prime Minister") starts here.
    let phrase = a.phrase(i, NOT_IN_NAME);
    if t.all_caps() || phrase.is_some_and(|end| end > i + 1) {
        return Err(phrase_end(phrase));
    }
    let blocked = a.is(i, NOT_IN_NAME) || a.is_plain_word(i);
    // "He Lifeng": a Chinese family name that is also an English word.
    if blocked && !(a.is(i, class::ZH_SURNAME) && is_pinyin_given_name(a, i + 1)) {
        return Err(phrase_end(phrase));
    }
    // A hyphen or an apostrophe between two words, touching both, glues them
    // into one: "Bahiddha-Nukara", "O'Brien". Most words have a space after them,
    // and the shape bits say so before the glue is looked at.
    const HYPHEN: &[u8] = "‐".as_bytes();
    let mut end = i + 1;
    while a.joined(end - 1) && a.joined(end) {
        let glues = match a.bytes(end) {
            b"-" | HYPHEN => a.is_word(end + 1),
            _ => a.is_apostrophe(end) && a.is_capitalized(end + 1),
        };
        if !glues {
            break;
        }
        end += 2;
    }
    Ok(end)
}

/// True if the word at `i` is a capitalized given name made of pinyin syllables
/// and not the first part of a hyphenated word.
fn is_pinyin_given_name(a: &Analysis, i: usize) -> bool {
    let Some(t) = a.token(i) else { return false };
    let hyphenated = a.joined(i) && a.at(i + 1, "-");
    t.is_word()
        && t.capitalized()
        && !t.all_caps()
        && !hyphenated
        && a.lexicon.is_pinyin_name(a.word(i))
}

/// True if the run is a Chinese name: family name + pinyin given name.
fn is_chinese_name(a: &Analysis, run: &NameRun) -> bool {
    if run.word_count() != 2 || run.words().any(|w| w.len() != 1) {
        return false;
    }
    let (family, given) = (run.word(0).first, run.word(1).first);
    let single_syllable_family = a.is(family, class::ZH_SYLLABLE) && a.word(family).len() <= 6;
    (a.is(family, class::ZH_SURNAME) || single_syllable_family) && is_pinyin_given_name(a, given)
}

/// Evidence from the words alone.
fn lexical_evidence(a: &Analysis, run: &NameRun) -> Option<Evidence> {
    if is_chinese_name(a, run) {
        return Some(Evidence::ChineseName);
    }
    let first = run.words().next()?.first;
    let last = run.words().next_back()?.first;
    // A known given name first, a known family name last, or a family name first
    // (Chinese, Vietnamese, Korean order) followed by a known name part.
    let second = run.words().nth(1).map_or(first, |w| w.first);
    let name_part = class::GIVEN | class::SURNAME | class::ZH_SURNAME;
    let known = a.is(first, class::GIVEN)
        || a.is(last, class::SURNAME)
        || (a.is(first, class::SURNAME | class::ZH_SURNAME)
            && (a.is(second, name_part) || a.lexicon.is_pinyin_name(a.word(second))));
    if run.word_count() >= 2 && known {
        return Some(Evidence::KnownNamePart);
    }
    // "D. Bicknell", "K. P. Sharma Oli": initials before a name.
    let initials = run.words().take_while(|&w| is_initial(a, w)).count();
    (initials >= 1 && initials < run.word_count()).then_some(Evidence::Initials)
}

/// True if the word is an initial: one capital letter and a full stop.
fn is_initial(a: &Analysis, w: TokenRange) -> bool {
    w.len() == 2 && a.word(w.first).len() == 1 && a.at(w.first + 1, ".")
}

/// True if an honorific ends right before token `i`; returns where it starts.
pub(crate) fn honorific_before(a: &Analysis, i: usize) -> Option<usize> {
    (i.saturating_sub(4)..i).find(|&k| a.phrase(k, class::HONORIFIC) == Some(i))
}

/// Start of the run of honorifics ending right before `i` (or `i` itself).
pub(crate) fn skip_honorifics_back(a: &Analysis, mut i: usize) -> usize {
    while let Some(k) = honorific_before(a, i) {
        // "Secretary-General Minh": "General" ends a role here, not an honorific.
        let ends_role =
            (k.saturating_sub(4)..k).any(|r| a.phrase(r, class::ROLE).is_some_and(|e| e >= i));
        if ends_role {
            break;
        }
        i = k;
    }
    i
}

/// Evidence from the words around a run without strong evidence: no honorific
/// stands before it ([`strong_evidence`] would have found it), so a role before
/// it ends at its first word.
fn context_evidence(a: &Analysis, run: &NameRun) -> Option<Evidence> {
    let TokenRange { first, end } = run.range;
    debug_assert!(honorific_before(a, first).is_none());
    if (first.saturating_sub(4)..first).any(|k| a.phrase(k, class::ROLE) == Some(first)) {
        return Some(Evidence::RoleBefore);
    }
    if a.at(end, ",") && title::position_starts(a, end + 1) {
        return Some(Evidence::PositionAfter);
    }
    if run.word_count() >= 2 && a.is(end, class::SPEECH_VERB) {
        return Some(Evidence::ReportingVerb);
    }
    // Two or three capitalized words that are nothing else, inside a sentence.
    let inside_sentence = !a.token(first).is_some_and(|t| t.sentence_start());
    let not_only_initials = run.words().any(|w| !is_initial(a, w));
    ((2..=3).contains(&run.word_count()) && inside_sentence && not_only_initials)
        .then_some(Evidence::NameShape)
}

/// For each run, its evidence if it is a person on its own (its words, an
/// honorific): found before organizations and titles, so that those stop where a
/// name begins.
pub(crate) fn strong_evidence(a: &Analysis, runs: &[NameRun]) -> Vec<Option<Evidence>> {
    runs.iter()
        .map(|run| {
            lexical_evidence(a, run)
                .or_else(|| honorific_before(a, run.range.first).map(|_| Evidence::Honorific))
        })
        .collect()
}

/// Every person mention with evidence: the strong ones, then runs outside the
/// organizations `orgs` (in text order, not overlapping) with context evidence,
/// then multi-word runs sharing a word with a person found so far.
pub(crate) fn people(
    a: &Analysis,
    runs: &[NameRun],
    strong: &[Option<Evidence>],
    orgs: &[Candidate],
) -> Vec<PersonCandidate> {
    debug_assert!(orgs.is_sorted_by(|x, y| x.range.end <= y.range.first));
    // Whether each run shares a token with an organization, in one walk over both
    // in text order: no table of the tokens inside organizations to fill first.
    let mut ahead = orgs.iter().peekable();
    let blocked: Vec<bool> = runs
        .iter()
        .map(|run| {
            while ahead.next_if(|o| o.range.end <= run.range.first).is_some() {}
            ahead.peek().is_some_and(|o| o.range.first < run.range.end)
        })
        .collect();
    let mut evidence: Vec<Option<Evidence>> = runs
        .iter()
        .zip(strong)
        .zip(&blocked)
        .map(|((run, strong), &blocked)| {
            strong.or_else(|| (!blocked).then(|| context_evidence(a, run)).flatten())
        })
        .collect();
    let mut known_words: FxHashSet<Text> = hash::document_set();
    known_words.extend(
        runs.iter()
            .zip(&evidence)
            .filter(|(run, e)| e.is_some() && run.word_count() >= 2)
            .flat_map(|(run, _)| run.words().map(|w| Text(a.word(w.first)))),
    );
    // Only runs with no evidence yet are looked up, a hash of each word.
    for ((run, e), blocked) in runs.iter().zip(evidence.iter_mut()).zip(blocked) {
        let shares = || {
            run.words()
                .any(|w| known_words.contains(&Text(a.word(w.first))))
        };
        if e.is_none() && run.word_count() >= 2 && !blocked && shares() {
            *e = Some(Evidence::SharedWithPerson);
        }
    }
    // Made at its size: a candidate holds its run, and a vector grown by doubling
    // would copy them all again at each step.
    let mut found = Vec::with_capacity(evidence.iter().flatten().count());
    found.extend(runs.iter().zip(evidence).filter_map(|(run, evidence)| {
        Some(PersonCandidate {
            run: *run,
            evidence: evidence?,
        })
    }));
    found
}

/// Single-word runs that repeat the first or last word of a fuller name.
pub(crate) fn bare_mentions(
    a: &Analysis,
    runs: &[NameRun],
    people: &[PersonCandidate],
) -> Vec<Candidate> {
    // Words are compared as bytes: a span of tokens starts and ends on characters,
    // and slicing a str would test that again for every run.
    let text = |r: TokenRange| &a.text.as_bytes()[a.span(r).range()];
    let full_names = people.iter().filter(|p| p.run.word_count() >= 2);
    // Two parts a name: room for them all saves rehashing as the set grows.
    let mut parts: FxHashSet<&[u8]> =
        FxHashSet::with_capacity_and_hasher(2 * full_names.clone().count(), Default::default());
    for p in full_names {
        for w in [p.run.word(0), p.run.word(p.run.word_count() - 1)] {
            parts.insert(text(w));
        }
    }
    runs.iter()
        .filter(|r| r.word_count() == 1 && parts.contains(text(r.range)))
        .map(|r| Candidate::new(r.range, EntityKind::Person, Rule::PersonBareMention, None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_keeps_its_words_in_48_bytes() {
        assert_eq!(size_of::<NameRun>(), 48);
    }

    #[test]
    fn a_run_gives_back_the_ranges_of_its_words() {
        let words = [
            TokenRange::new(10, 11),
            TokenRange::new(13, 16),
            TokenRange::new(16, 17),
        ];
        let run = NameRun::new(10, 17, &words);
        assert_eq!(run.word_count(), 3);
        assert_eq!(run.words().collect::<Vec<_>>(), words);
        assert_eq!(run.word(1), TokenRange::new(13, 16));
        assert_eq!(run.words().next_back(), Some(TokenRange::new(16, 17)));
    }
}
