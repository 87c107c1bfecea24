//! The tokens of one text with what the gazetteers and word lists say about each.
//!
//! Built once per document by the first two stages (tokenize, gazetteer); every rule
//! reads it and none changes it.

use std::cell::Cell;

use crate::gazetteer::{EntityGazetteer, FormKind, Hit};
use crate::lexicon::{Lexicon, class};
use crate::rules::TokenRange;
use crate::rules::token_set::{Numbered, TokenSet};
use crate::spare;
use crate::tokenize::{Shapes, Token, TokenKind, tokenize_into};
use crate::vocab::{NO_WORD, WordId};
use crate::{EntityKind, Span};

/// One document, tokenized and looked up: `'t` is the text's lifetime, which the
/// output borrows, and `'l` the lists', which it does not.
pub(crate) struct Analysis<'t, 'l> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// The vocabulary id of each token (`NO_WORD` if no list knows it as written).
    words: Vec<WordId>,
    /// What the word lists and the gazetteer say about each token.
    classes: Vec<Classes>,
    /// Word-list phrases of two or more tokens, `(first, end, classes)`, in order of
    /// their first token. Few tokens begin one, so they are found by binary search
    /// rather than through an index per token.
    phrases: Vec<(usize, usize, u32)>,
    /// The longest trusted gazetteer hit starting at each token.
    hits: Vec<Hit>,
    /// The tokens where a hit starts, numbered: a hit's index in `hits` is its
    /// rank here (hits are in text order).
    hit_at: Numbered,
    /// The tokens some passes start from.
    starts: Starts,
    pub lexicon: &'l Lexicon,
    pub gazetteer: &'l EntityGazetteer,
}

/// What the word lists and the gazetteer say about one token, side by side so that
/// a question about a token is one load. Eight bytes: the class bits are `u16`s
/// (every class fits, see [`class`]), as every rule pass walks this array (the
/// hit starting at a token is found from `Analysis::hit_at`, not kept here).
#[derive(Clone, Copy, Debug)]
struct Classes {
    /// Word-list classes as written.
    flags: Bits,
    /// Function-word classes of the token, and verb and not-a-name classes of its
    /// lower-cased form where the lists do not know it as written ("Meets").
    lower: Bits,
    /// Classes of every word or phrase starting at the token (`flags` and those of
    /// its phrases, with `PHRASE_START` if one begins here): a one-step test.
    starts: Bits,
    /// The kind of the trusted gazetteer hit covering the token.
    covered: Option<EntityKind>,
}

/// Class bits as a token keeps them: the low 16 of [`class`]'s `u32`s.
type Bits = u16;

/// The bits of a class mask, as a token keeps them. Every class lies in the low 16
/// bits (checked where they are defined), so the high ones are dropped whatever
/// they are: `u32::MAX` still asks for any class at all.
#[inline]
fn bits_of(mask: u32) -> Bits {
    mask as Bits
}

impl Classes {
    /// A token no list knows (and that no hit has been placed on yet).
    const NONE: Classes = Classes {
        flags: 0,
        lower: 0,
        starts: 0,
        covered: None,
    };
}

/// The tokens some passes start from, a bit each. A pass that looks at a token in
/// ten or fewer walks its set, not every token: the token array of a long text
/// does not stay in cache, and each walk over it cost a few per cent of the time.
struct Starts {
    /// Words whose first letter is a capital, and words in capitals.
    capitals: TokenSet,
    /// Words whose first letter is a capital, not in capitals, that no word list
    /// gives a class: names, and words the lists do not know.
    unlisted_capitalized: TokenSet,
    /// Tokens that open a line.
    line_starts: TokenSet,
    /// Opening brackets, round and square.
    brackets: TokenSet,
    /// Tokens where a role word or phrase starts.
    roles: TokenSet,
    /// Words in capitals, and tokens where the gazetteer trusts an acronym.
    acronyms: TokenSet,
    /// Tokens whose word begins a gazetteer form.
    gazetteer: TokenSet,
}

impl Starts {
    fn new(tokens: usize) -> Starts {
        Starts {
            capitals: TokenSet::new(tokens),
            unlisted_capitalized: TokenSet::new(tokens),
            line_starts: TokenSet::new(tokens),
            brackets: TokenSet::new(tokens),
            roles: TokenSet::new(tokens),
            acronyms: TokenSet::new(tokens),
            gazetteer: TokenSet::new(tokens),
        }
    }

    /// Adds `bits` as the members of word `w` of the sets (tokens `64 * w` on).
    fn add_word(&mut self, w: usize, bits: &StartBits) {
        self.capitals.insert_word(w, bits.capitals);
        self.unlisted_capitalized
            .insert_word(w, bits.unlisted_capitalized);
        self.line_starts.insert_word(w, bits.line_starts);
        self.brackets.insert_word(w, bits.brackets);
        self.roles.insert_word(w, bits.roles);
        self.acronyms.insert_word(w, bits.acronyms);
        self.gazetteer.insert_word(w, bits.gazetteer);
    }
}

/// The per-token arrays of one analysis, kept by the thread for the next (see
/// [`spare`]).
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    words: Vec<WordId>,
    classes: Vec<Classes>,
}

thread_local! {
    static BUFFERS: Cell<Option<Buffers>> = const { Cell::new(None) };
}

impl Buffers {
    /// Gives the buffers back to the thread, empty.
    fn give_back(mut self) {
        spare::fit(&mut self.tokens);
        spare::fit(&mut self.words);
        spare::fit(&mut self.classes);
        let bytes = spare::bytes_of(&self.tokens)
            + spare::bytes_of(&self.words)
            + spare::bytes_of(&self.classes);
        self.tokens.clear();
        self.words.clear();
        self.classes.clear();
        spare::keep(&BUFFERS, self, bytes);
    }
}

/// The start bits of 64 tokens, one word of each of [`Starts`]' sets, stored once
/// a block of tokens is looked up.
///
/// They are gathered eight tokens at a time, not token by token: what the shapes
/// say comes from the tokens' packed shape bytes ([`Shapes`]), what the lists say
/// from a byte of [`marks`] the look-up writes for each token, and a multiply
/// turns eight such bytes into eight bits of a set. Gathered token by token, with
/// a test, a shift and an `or` per token and set, they took 1.5 % more of the
/// instructions of a whole extraction.
#[derive(Default)]
struct StartBits {
    capitals: u64,
    unlisted_capitalized: u64,
    line_starts: u64,
    brackets: u64,
    roles: u64,
    acronyms: u64,
    gazetteer: u64,
}

/// What the word lists say about a token that some start set needs: bits of the
/// byte [`look_up`] writes for each token.
mod marks {
    /// A gazetteer form begins with the token's word.
    pub const GAZETTEER: u8 = 1;
    /// A role word or phrase starts at the token.
    pub const ROLE: u8 = 1 << 1;
    /// Some word list gives the word a class.
    pub const LISTED: u8 = 1 << 2;
    /// An opening bracket, round or square.
    pub const BRACKET: u8 = 1 << 3;
}

/// The low bit of each byte of `bytes` as the bits of one byte: byte `k`'s in bit
/// `k`. One multiply moves the eight bits side by side into the top byte (no
/// two partial products meet, so nothing carries).
#[inline]
fn low_bit_of_each_byte(bytes: u64) -> u64 {
    (bytes & 0x0101_0101_0101_0101).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

impl StartBits {
    /// The start bits of `block`, at most 64 tokens, with the [`marks`] of each.
    #[inline]
    fn of(len: usize, shapes: &[u8; BLOCK_TOKENS], marks: &[u8; BLOCK_TOKENS]) -> StartBits {
        let mut bits = StartBits::default();
        let eights = shapes.chunks_exact(8).zip(marks.chunks_exact(8));
        for (g, (shapes, marks)) in eights.take(len.div_ceil(8)).enumerate() {
            let eight = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().expect("8 bytes"));
            let shapes = Shapes::from_bytes(eight(shapes), len - 8 * g);
            let marks = eight(marks);
            let mark = |bit: u8| marks >> bit.trailing_zeros();
            let members = |bytes: u64| low_bit_of_each_byte(bytes) << (8 * g);
            let (capitalized, all_caps) = (shapes.capitalized(), shapes.all_caps());
            bits.capitals |= members(capitalized | all_caps);
            bits.unlisted_capitalized |= members(capitalized & !all_caps & !mark(marks::LISTED));
            bits.line_starts |= members(shapes.newline_before());
            bits.brackets |= members(mark(marks::BRACKET));
            bits.roles |= members(mark(marks::ROLE));
            bits.acronyms |= members(all_caps & shapes.words());
            bits.gazetteer |= members(mark(marks::GAZETTEER));
        }
        bits
    }
}

/// The tokens [`look_up`] takes at a time: those of one word of the start sets.
const BLOCK_TOKENS: usize = u64::BITS as usize;

/// The vocabulary id of every token (the one hash lookup per token) and its
/// classes as written; for a capitalized word the lists do not know as written,
/// the classes of its lower-case form too ("Meets" in a headline). Returns the
/// tokens where a list phrase of two or more tokens may begin (their word begins
/// one, and the next word comes second in one), and fills `starts`.
///
/// One pass writes all of them: the token's bytes, just hashed, are still at
/// hand for its classes. It goes 64 tokens at a time, the tokens of a word of
/// the start sets.
fn look_up(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    words: &mut Vec<WordId>,
    classes: &mut Vec<Classes>,
    starts: &mut Starts,
) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut phrase_heads = Vec::new();
    let mut lower = String::new();
    // Each array is written once, in order (filled first and written again, a
    // long text's arrays went through the cache twice).
    words.reserve(tokens.len());
    classes.reserve(tokens.len());
    // Whether the token before begins a list phrase: it heads one only if this
    // token's word comes second in some phrase, which most words do not.
    let mut may_head = false;
    // A block's ids and classes, written here and appended to the arrays at the
    // block's end: one check of their capacity a block, not two a token.
    let mut block_words = [NO_WORD; BLOCK_TOKENS];
    let mut block_classes = [Classes::NONE; BLOCK_TOKENS];
    for (w, block) in tokens.chunks(BLOCK_TOKENS).enumerate() {
        // With no branch: a branch per token would be mispredicted often.
        let mark = |member: bool, bit: u8| u8::from(member) * bit;
        let mut block_marks = [0; BLOCK_TOKENS];
        let mut block_shapes = [0; BLOCK_TOKENS];
        let slots = block_words.iter_mut().zip(block_classes.iter_mut());
        let slots = slots.zip(block_marks.iter_mut().zip(block_shapes.iter_mut()));
        for (k, (t, ((word_slot, classes_slot), (marks_slot, shape_slot)))) in
            block.iter().zip(slots).enumerate()
        {
            *shape_slot = t.shape_byte();
            let word = &bytes[t.range()];
            let (id, all) = lexicon.id_and_classes_in(bytes, t.range());
            *word_slot = id;
            let i = 64 * w + k;
            if may_head && all & class::PHRASE_SECOND != 0 {
                phrase_heads.push(i - 1);
            }
            may_head = false;
            *marks_slot = mark(all & class::GAZETTEER_START != 0, marks::GAZETTEER);
            // Punctuation has no classes, bar the full stop of "H.E." and "U.S.".
            if t.kind() == TokenKind::Punct {
                *marks_slot |= mark(matches!(word, b"(" | b"["), marks::BRACKET);
                if *word != *b"." {
                    *classes_slot = Classes::NONE;
                    continue;
                }
            }
            let found = bits_of(all);
            may_head = found & bits_of(class::PHRASE_START) != 0;
            let flags = found & !bits_of(class::INTERNAL);
            *marks_slot |= mark(flags & bits_of(class::ROLE) != 0, marks::ROLE)
                | mark(flags != 0, marks::LISTED);
            let mut lf = found & bits_of(class::FUNCTION);
            // (Only a word is capitalized: numbers begin with a digit, punctuation
            // with no letter.)
            if id == NO_WORD && t.capitalized() && (2..=12).contains(&word.len()) {
                lf |= lower_case_classes(t.text(text), lexicon, &mut lower);
            }
            *classes_slot = Classes {
                flags,
                lower: lf,
                starts: flags,
                ..Classes::NONE
            };
        }
        words.extend_from_slice(&block_words[..block.len()]);
        classes.extend_from_slice(&block_classes[..block.len()]);
        starts.add_word(w, &StartBits::of(block.len(), &block_shapes, &block_marks));
    }
    phrase_heads
}

/// The verb, not-a-name and function-word classes of `word` in lower case, built
/// on the stack (an ASCII word of at most 16 bytes) or in `lower`. Out of line:
/// few tokens need it, and inline it kept the loop over every token short of
/// registers.
#[inline(never)]
fn lower_case_classes(word: &str, lexicon: &Lexicon, lower: &mut String) -> Bits {
    let mut ascii = [0; 16];
    let found = match ascii.get_mut(..word.len()) {
        // Most such words: lower-cased on the stack.
        Some(buffer) if word.is_ascii() => {
            // One pass, and no call to `memcpy` for a copy of unknown length.
            for (lower, byte) in buffer.iter_mut().zip(word.bytes()) {
                *lower = byte.to_ascii_lowercase();
            }
            // The classes come with the id, from the same slot.
            lexicon.id_and_classes(buffer).1
        }
        _ => {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lexicon.word(lower)
        }
    };
    bits_of(found & (class::SPEECH_VERB | class::NOT_NAME | class::FUNCTION))
}

/// The list phrases of two or more tokens, `(first, end, classes)` in text order,
/// matched word id by word id from the tokens that can begin one.
fn match_phrases(words: &[WordId], heads: &[usize], lexicon: &Lexicon) -> Vec<(usize, usize, u32)> {
    let mut phrases = Vec::new();
    for &i in heads {
        let second = words.get(i + 1).copied().unwrap_or(NO_WORD);
        for p in lexicon.phrases(words[i], second) {
            let end = i + 1 + p.rest.len();
            if end <= words.len() && *p.rest == words[i + 1..end] {
                phrases.push((i, end, p.class));
            }
        }
    }
    phrases
}

impl<'t, 'l> Analysis<'t, 'l> {
    /// Tokenizes `text` and looks every token up once: word lists, phrases,
    /// gazetteer. Every later question about a token is an index into these.
    pub fn new(text: &'t str, lexicon: &'l Lexicon, gazetteer: &'l EntityGazetteer) -> Self {
        let Buffers {
            mut tokens,
            mut words,
            mut classes,
        } = spare::take(&BUFFERS);
        tokenize_into(text, &mut tokens);
        let mut starts = Starts::new(tokens.len());
        let phrase_heads = look_up(
            text,
            &tokens,
            lexicon,
            &mut words,
            &mut classes,
            &mut starts,
        );
        let phrases = match_phrases(&words, &phrase_heads, lexicon);
        // `PHRASE_START` marks the tokens where a phrase begins, for `phrase`.
        for &(first, _, class) in &phrases {
            classes[first].starts |= bits_of(class | class::PHRASE_START);
            starts.roles.insert_if(first, class & class::ROLE != 0);
        }
        let mut analysis = Analysis {
            text,
            tokens,
            words,
            classes,
            phrases,
            hits: Vec::new(),
            hit_at: Numbered::new(TokenSet::new(0)),
            starts,
            lexicon,
            gazetteer,
        };
        analysis.place_hits();
        analysis
    }

    /// Keeps the gazetteer hits the context supports, leftmost-longest.
    fn place_hits(&mut self) {
        let hits = self
            .gazetteer
            .find(&self.tokens, &self.words, &self.starts.gazetteer, |hit| {
                self.trusted(hit)
            });
        let mut hit_at = TokenSet::new(self.len());
        for hit in &hits {
            hit_at.insert(hit.first);
            if hit.form == FormKind::Acronym {
                self.starts.acronyms.insert(hit.first);
            }
            if self.yields_to_names(hit) {
                continue;
            }
            let kind = hit.kind;
            for c in &mut self.classes[hit.first..hit.end] {
                c.covered = Some(kind);
            }
        }
        self.hits = hits;
        self.hit_at = Numbered::new(hit_at);
    }

    /// True for a one-word city that is also a common name ("Bambang", "Victoria"):
    /// it stays a place unless the person rules find a name around it.
    fn yields_to_names(&self, hit: &Hit) -> bool {
        const NAME_PARTS: u32 = class::GIVEN | class::SURNAME | class::ZH_SURNAME;
        let i = hit.first;
        let name_part = self.is(i, NAME_PARTS)
            || (i > 0
                && self.is(i - 1, class::ZH_SURNAME)
                && self.lexicon.is_pinyin_name(self.word(i)));
        hit.end - i == 1 && name_part && self.gazetteer.entry(hit.entry).id.starts_with("gn:")
    }

    /// Whether the context supports a gazetteer hit.
    fn trusted(&self, hit: &Hit) -> bool {
        let first = &self.tokens[hit.first];
        match hit.form {
            FormKind::Name => true,
            // An acronym must be written as one: "UN", not "Un" or "un".
            FormKind::Acronym => first.capitalized(),
            // A place in capitals: a dateline ("BEIJING, June 2") or a line in capitals.
            FormKind::Capitals => {
                let after = self.tokens.get(hit.end);
                let dateline = first.newline_before()
                    && after.is_some_and(|t| {
                        matches!(self.slice(t.span()), "," | "(" | "-" | "–" | "—")
                    });
                let neighbour_caps =
                    |t: Option<&Token>| t.is_some_and(|t| t.all_caps() && t.is_word());
                let line_in_caps =
                    neighbour_caps(hit.first.checked_sub(1).and_then(|p| self.tokens.get(p)))
                        || neighbour_caps(after);
                dateline || line_in_caps || hit.end - hit.first > 1
            }
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| self.slice(t.span()))
    }

    /// The text of the tokens `r` (not empty).
    pub fn text_of(&self, r: TokenRange) -> &'t str {
        self.slice(self.span(r))
    }

    /// The text at `span`, which starts where a token starts and ends where one
    /// ends.
    ///
    /// Sliced as bytes, without the test of `str` slicing that each end falls
    /// between two characters: the test reads the text's byte at each end, and
    /// once a long text is out of cache those reads were a few per cent of the time
    /// on 10 MB of news. The rules and the output slice the text at tokens only.
    #[inline]
    fn slice(&self, span: Span) -> &'t str {
        let bytes = &self.text.as_bytes()[span.range()];
        debug_assert!(
            self.text.is_char_boundary(span.start) && self.text.is_char_boundary(span.end),
            "a token ends between two characters"
        );
        // SAFETY: the tokenizer cuts the text only between two characters (see
        // `tokenize`), so the bytes from the start of a token to the end of one are
        // whole UTF-8 characters of a `str`.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    pub fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// True if token `i` belongs to any of the classes in `mask`, as written.
    pub fn is(&self, i: usize, mask: u32) -> bool {
        self.classes
            .get(i)
            .is_some_and(|c| c.flags & bits_of(mask) != 0)
    }

    /// True if token `i`, lower-cased, is a function word or a verb: a capitalized
    /// word that starts a sentence or stands in a headline.
    pub fn is_plain_word(&self, i: usize) -> bool {
        self.classes.get(i).is_some_and(|c| c.lower != 0)
    }

    /// True if token `i` is a function word ("the", "Both", "In"), in any case.
    pub fn is_function_word(&self, i: usize) -> bool {
        self.classes
            .get(i)
            .is_some_and(|c| c.lower & bits_of(class::FUNCTION) != 0)
    }

    /// True if a word or phrase of a class in `mask` starts at token `i`.
    pub fn starts(&self, i: usize, mask: u32) -> bool {
        self.classes
            .get(i)
            .is_some_and(|c| c.starts & bits_of(mask) != 0)
    }

    /// End of the longest word-list phrase of `mask` starting at `i`.
    ///
    /// Inline, so that the tests that answer for most tokens (nothing of `mask`
    /// starts here, or only the word itself) cost no call; the search among
    /// phrases is out of line.
    #[inline]
    pub fn phrase(&self, i: usize, mask: u32) -> Option<usize> {
        let &Classes { flags, starts, .. } = self.classes.get(i)?;
        if starts & bits_of(mask) == 0 {
            return None;
        }
        let word = (flags & bits_of(mask) != 0).then_some(i + 1);
        if starts & bits_of(class::PHRASE_START) == 0 {
            return word;
        }
        self.longest_phrase(i, mask, word)
    }

    /// [`phrase`](Self::phrase) at a token where a list phrase starts, given the
    /// end of the word itself if it is of `mask`.
    fn longest_phrase(&self, i: usize, mask: u32, word: Option<usize>) -> Option<usize> {
        let mut best = word;
        let from = self.phrases.partition_point(|p| p.0 < i);
        for &(_, end, class) in self.phrases[from..].iter().take_while(|p| p.0 == i) {
            if class & mask != 0 && best.is_none_or(|b| end > b) {
                best = Some(end);
            }
        }
        best
    }

    /// Words whose first letter is a capital, and words in capitals.
    pub fn capitals(&self) -> &TokenSet {
        &self.starts.capitals
    }

    /// Words whose first letter is a capital, not in capitals, that no word list
    /// gives a class.
    pub fn unlisted_capitalized(&self) -> &TokenSet {
        &self.starts.unlisted_capitalized
    }

    /// Tokens where a trusted gazetteer hit starts.
    pub fn hit_starts(&self) -> &TokenSet {
        self.hit_at.set()
    }

    /// Tokens that open a line.
    pub fn line_starts(&self) -> &TokenSet {
        &self.starts.line_starts
    }

    /// Opening brackets, round and square.
    pub fn brackets(&self) -> &TokenSet {
        &self.starts.brackets
    }

    /// Words in capitals, and tokens where the gazetteer trusts an acronym.
    pub fn acronyms(&self) -> &TokenSet {
        &self.starts.acronyms
    }

    /// Tokens where a role word or phrase starts: where [`starts`](Self::starts)
    /// is true of `class::ROLE`.
    pub fn roles(&self) -> &TokenSet {
        &self.starts.roles
    }

    /// The trusted gazetteer hits, in text order and not overlapping.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The trusted gazetteer hit starting at `i`.
    pub fn hit(&self, i: usize) -> Option<Hit> {
        let k = self.hit_at.index(i)?;
        self.hits.get(k as usize).copied()
    }

    /// The gazetteer entry one of whose forms is exactly the tokens `r`, whether or
    /// not the context trusts it ("KINGSBRIDGE" in capitals).
    pub fn exact_entry(&self, r: TokenRange) -> Option<u32> {
        let (tokens, words) = (&self.tokens[r.first..r.end], &self.words[r.first..r.end]);
        self.gazetteer.exact(tokens, words)
    }

    /// The kind of the trusted gazetteer hit covering token `i`.
    pub fn covered(&self, i: usize) -> Option<EntityKind> {
        self.classes.get(i).and_then(|c| c.covered)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    /// True if token `i` is a word whose first letter is a capital (a capitalized
    /// token is always a word: see `Token::capitalized`).
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::capitalized)
    }

    /// True if tokens `i` and `i + 1` touch (no white space between).
    pub fn joined(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|t| !t.space_before())
    }

    /// The bytes of token `i` (empty past the end): for comparing with a word,
    /// without the test of where characters begin that slicing a `str` makes.
    #[inline]
    pub fn bytes(&self, i: usize) -> &'t [u8] {
        self.tokens
            .get(i)
            .map_or(&[], |t| &self.text.as_bytes()[t.range()])
    }

    /// True if token `i` is the text `s`.
    pub fn at(&self, i: usize, s: &str) -> bool {
        self.bytes(i) == s.as_bytes()
    }

    /// Byte span of the tokens `r` (not empty).
    pub fn span(&self, r: TokenRange) -> Span {
        Span::new(self.tokens[r.first].start(), self.tokens[r.end - 1].end())
    }

    /// True if token `i` is an apostrophe (straight or curly).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        // "’" in UTF-8.
        matches!(self.bytes(i), b"'" | b"\xE2\x80\x99")
    }

    /// True if tokens `i..` are a possessive ending `'s` glued to the word before.
    pub fn is_possessive(&self, i: usize) -> bool {
        i > 0
            && self.is_apostrophe(i)
            && !self.tokens[i].space_before()
            && self.at(i + 1, "s")
            && self.joined(i)
    }

    /// True if a determiner stands at `i`.
    pub fn is_article(&self, i: usize) -> bool {
        matches!(self.word(i), "a" | "an" | "the" | "A" | "An" | "The")
    }
}

impl Drop for Analysis<'_, '_> {
    fn drop(&mut self) {
        Buffers {
            tokens: std::mem::take(&mut self.tokens),
            words: std::mem::take(&mut self.words),
            classes: std::mem::take(&mut self.classes),
        }
        .give_back();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_low_bits_of_eight_bytes_become_the_bits_of_one() {
        for bits in 0..=255u64 {
            // The other bits of each byte set, whatever the low one: they must not
            // show, nor carry into the bits that do.
            let bytes: u64 = (0..8).map(|k| (0xfe | (bits >> k & 1)) << (8 * k)).sum();
            assert_eq!(low_bit_of_each_byte(bytes), bits);
            assert_eq!(low_bit_of_each_byte(bytes & !0xfefe_fefe_fefe_fefe), bits);
        }
    }

    #[test]
    fn a_token_s_classes_are_eight_bytes() {
        assert_eq!(size_of::<Classes>(), 8);
    }

    #[test]
    fn the_start_sets_hold_the_tokens_of_their_kind() {
        let mut lexicon = Lexicon::default();
        lexicon
            .add_words_tsv("test", "Minister\trole\nPrime Minister\trole\n")
            .unwrap();
        let mut entities = crate::gazetteer::EntityListBuilder::default();
        entities
            .add_tsv("test", "org:nato\tORG\tNorth Atlantic Alliance\t\tNato\t\n")
            .unwrap();
        let gazetteer = entities.build(&mut lexicon);
        // Lines of 1 to 69 tokens, so that starts fall at every offset in a word of
        // bits, with every kind of start among them.
        const WORDS: [&str; 9] = [
            "word", "Word", "WORD", "(", "[", ")", "Prime", "Minister", "Nato",
        ];
        let text: String = (1..70)
            .map(|n| {
                let words: Vec<&str> = (0..n).map(|k| WORDS[k % WORDS.len()]).collect();
                format!("{}\n", words.join(" "))
            })
            .collect();
        let a = Analysis::new(&text, &lexicon, &gazetteer);
        let members = |set: &TokenSet| set.iter().collect::<Vec<_>>();
        let expected = |keep: &dyn Fn(&Token, &str) -> bool| -> Vec<usize> {
            (0..a.len())
                .filter(|&i| keep(&a.tokens[i], a.word(i)))
                .collect()
        };
        assert_eq!(
            members(a.line_starts()),
            expected(&|t, _| t.newline_before())
        );
        assert_eq!(a.line_starts().count(), 69);
        assert_eq!(
            members(a.capitals()),
            expected(&|t, _| t.capitalized() || t.all_caps())
        );
        // "Minister" is a role; "Prime" only begins one, and has no class itself.
        assert_eq!(
            members(a.unlisted_capitalized()),
            expected(&|_, w| matches!(w, "Word" | "Nato" | "Prime"))
        );
        assert_eq!(
            members(a.brackets()),
            expected(&|_, w| matches!(w, "(" | "["))
        );
        // A role starts at "Minister" (the word), and at "Prime" where the phrase
        // follows (not at the end of a line).
        let roles: Vec<usize> = (0..a.len())
            .filter(|&i| a.at(i, "Minister") || (a.at(i, "Prime") && a.at(i + 1, "Minister")))
            .collect();
        assert!(roles.len() > 100 && roles.iter().any(|&i| a.at(i, "Prime")));
        assert_eq!(members(a.roles()), roles);
        // Words in capitals, and the acronym the gazetteer trusts though it is not.
        assert_eq!(
            members(a.acronyms()),
            expected(&|_, w| matches!(w, "WORD" | "Nato"))
        );
        // The one word here a gazetteer form begins with.
        assert_eq!(members(&a.starts.gazetteer), expected(&|_, w| w == "Nato"));
    }
}
