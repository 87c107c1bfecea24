//! Tokens with byte offsets, shapes and sentence boundaries.
//!
//! A token is a run of letters, digits and combining marks (a *word*), or a single
//! other non-space character (*punctuation*). "People's" is three tokens
//! (`People`, `'`, `s`) and "Vice-minister" is three (`Vice`, `-`, `minister`), so
//! gazetteer phrases and rules see the same units whatever the spacing.
//!
//! ASCII text is read 64 bytes at a time, its tokens found with bit masks (see
//! [`byte_masks`](crate::byte_masks)); other characters are read a grapheme cluster at a
//! time (unicode-segmentation), so a combining mark stays with its base letter.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;
use crate::byte_masks::{BLOCK, ByteMasks};
use crate::hash::load8;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (and maybe digits): "Minister", "COVID", "19th".
    Word,
    /// Digits only: "2023".
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// One token of the text, in 8 bytes: a megabyte of news is some 200,000 tokens,
/// and the rules read their array at scattered tokens, pass after pass. On a long
/// text each of those reads waits for memory, so the fewer lines the array spans
/// the better: at 24 bytes a token, large documents spent a fifth of their time
/// faulting pages in, and at 16 news at 10 MB ran 6 % slower than at 12.
///
/// Packed in one `u64`: the start offset in the low [`START_BITS`] (64 TiB, more
/// text than any machine holds with its tokens), then the length (at most
/// [`MAX_TOKEN_BYTES`]: the tokenizer cuts a longer run of letters), the kind and
/// the [`shape`] bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token(u64);

/// Bits of a token's start offset.
const START_BITS: u32 = 46;
/// Bits of a token's length, above the start.
const LEN_BITS: u32 = 10;
/// Where a token's kind (two bits) begins.
const KIND_SHIFT: u32 = START_BITS + LEN_BITS;
/// Where a token's shape bits (six) begin.
const SHAPE_SHIFT: u32 = KIND_SHIFT + 2;

/// What a token looks like and what comes before it: bits of a [`Token`].
mod shape {
    /// First character is an upper-case letter.
    pub const CAPITALIZED: u8 = 1;
    /// Every letter is upper case, and there are at least two letters.
    pub const ALL_CAPS: u8 = 1 << 1;
    /// First character is a lower-case letter.
    pub const LOWERCASE: u8 = 1 << 2;
    /// White space separates this token from the one before.
    pub const SPACE_BEFORE: u8 = 1 << 3;
    /// A line break lies between this token and the one before.
    pub const NEWLINE_BEFORE: u8 = 1 << 4;
    /// This token begins a sentence (or a line).
    pub const SENTENCE_START: u8 = 1 << 5;
}

/// The longest token: a longer run of letters is cut into several tokens. No
/// word is near it; a run of letters this long is no name either.
const MAX_TOKEN_BYTES: usize = (1 << LEN_BITS) - 1;

/// The kind and shape of up to eight tokens, a byte each (the first token's in the
/// low byte): a question about a token's shape asked of eight at once. Each answer
/// is a `u64` with one byte per token, 1 where the answer is yes and 0 where it is
/// no (or where there is no token).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shapes {
    /// Each token's top byte: its kind, then its shape bits.
    bytes: u64,
    /// 1 in the byte of each token there is.
    present: u64,
}

/// The low bit of every byte of a `u64`.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

impl Shapes {
    /// The shapes of the first `len` of eight tokens, from the [`Token::shape_byte`]
    /// of each, the first token's in the low byte. The bytes past `len` are no
    /// tokens, whatever they hold.
    #[inline]
    pub fn from_bytes(bytes: u64, len: usize) -> Shapes {
        let present = match len {
            8.. => LOW_BITS,
            n => LOW_BITS & ((1 << (8 * n)) - 1),
        };
        Shapes { bytes, present }
    }

    /// 1 in the byte of each token with the [`shape`] bit `bit`.
    #[inline]
    fn with(self, bit: u8) -> u64 {
        self.bytes >> (SHAPE_SHIFT - KIND_SHIFT + bit.trailing_zeros()) & self.present
    }

    /// See [`Token::capitalized`].
    #[inline]
    pub fn capitalized(self) -> u64 {
        self.with(shape::CAPITALIZED)
    }

    /// See [`Token::all_caps`].
    #[inline]
    pub fn all_caps(self) -> u64 {
        self.with(shape::ALL_CAPS)
    }

    /// See [`Token::newline_before`].
    #[inline]
    pub fn newline_before(self) -> u64 {
        self.with(shape::NEWLINE_BEFORE)
    }

    /// See [`Token::is_word`]: the kind of a word is 0.
    #[inline]
    pub fn words(self) -> u64 {
        !(self.bytes | self.bytes >> 1) & self.present
    }
}

impl Token {
    /// A token over `start..end` (at most [`MAX_TOKEN_BYTES`] long).
    #[inline]
    fn new(start: usize, end: usize, kind: TokenKind, shape: u8) -> Token {
        debug_assert!(
            (start as u64) >> START_BITS == 0,
            "a start offset takes 46 bits"
        );
        debug_assert!(end - start <= MAX_TOKEN_BYTES, "see `cut_long`");
        Token(
            start as u64
                | ((end - start) as u64) << START_BITS
                | (kind as u64) << KIND_SHIFT
                | u64::from(shape) << SHAPE_SHIFT,
        )
    }

    /// The token's kind and shape bits, for [`Shapes`].
    #[inline]
    pub fn shape_byte(&self) -> u8 {
        (self.0 >> KIND_SHIFT) as u8
    }

    /// The same token with more shape bits.
    #[inline]
    fn with_shape(self, shape: u8) -> Token {
        Token(self.0 | u64::from(shape) << SHAPE_SHIFT)
    }

    /// What the token is made of.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        match (self.0 >> KIND_SHIFT) & 3 {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }

    /// True if the token has the [`shape`] bit `bit`.
    #[inline]
    fn has(&self, bit: u8) -> bool {
        self.0 & u64::from(bit) << SHAPE_SHIFT != 0
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// First byte of the token.
    #[inline]
    pub fn start(&self) -> usize {
        (self.0 & ((1 << START_BITS) - 1)) as usize
    }

    /// One past the last byte of the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.start() + ((self.0 >> START_BITS) & ((1 << LEN_BITS) - 1)) as usize
    }

    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    pub fn is_word(&self) -> bool {
        self.kind() == TokenKind::Word
    }

    /// First character is an upper-case letter: a word's, as numbers begin with a
    /// digit and punctuation with no letter.
    #[inline]
    pub fn capitalized(&self) -> bool {
        self.has(shape::CAPITALIZED)
    }

    /// Every letter is upper case, and there are at least two letters.
    #[inline]
    pub fn all_caps(&self) -> bool {
        self.has(shape::ALL_CAPS)
    }

    /// First character is a lower-case letter.
    #[inline]
    pub fn lowercase(&self) -> bool {
        self.has(shape::LOWERCASE)
    }

    /// White space separates this token from the one before.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.has(shape::SPACE_BEFORE)
    }

    /// A line break lies between this token and the one before.
    #[inline]
    pub fn newline_before(&self) -> bool {
        self.has(shape::NEWLINE_BEFORE)
    }

    /// This token begins a sentence (or a line).
    #[inline]
    pub fn sentence_start(&self) -> bool {
        self.has(shape::SENTENCE_START)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("range", &self.range())
            .field("kind", &self.kind())
            .field("shape", &format_args!("{:#08b}", self.0 >> SHAPE_SHIFT))
            .finish()
    }
}

/// The shape bits of a word's letters.
#[inline]
fn letter_bits(capitalized: bool, all_caps: bool, lowercase: bool) -> u8 {
    (u8::from(capitalized) * shape::CAPITALIZED)
        | (u8::from(all_caps) * shape::ALL_CAPS)
        | (u8::from(lowercase) * shape::LOWERCASE)
}

/// True for an abbreviation after which a full stop does not end a sentence. A
/// `match`, so that most words are turned away by their length alone.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "St"
            | "Jr"
            | "Sr"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Adm"
            | "Rev"
            | "Hon"
            | "No"
            | "Nos"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Co"
            | "Corp"
            | "Inc"
            | "Ltd"
            | "vs"
            | "etc"
            | "Messrs"
            | "Mt"
            | "Ft"
    )
}

/// Splits `text` into tokens, appending them to `tokens` (reserved for the usual
/// count up front: one growth, not a copy at every doubling).
pub(crate) fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.reserve(text.len() / 4 + 16);
    split_into(text, tokens);
}

/// Splits `text` into tokens.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, &mut tokens);
    tokens
}

/// Splits a list entry into tokens, replacing the contents of `tokens`: one buffer
/// for many short texts. (Its sentence marks mean nothing and nobody reads them.)
pub(crate) fn tokenize_words_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    split_into(text, tokens);
}

/// Splits `text` into tokens, appending them to `tokens`, and marks the first word
/// of every sentence: the first word after a line break, or after `.`, `!` or `?`
/// unless the full stop closes an abbreviation or an initial. Quotes and brackets
/// before that word do not count.
///
/// One pass: `before` holds the shape bits the next token inherits from what came
/// before it (white space, a line break, a pending sentence start), so sentence
/// starts cost no second walk. ASCII text goes a block of 64 bytes at a time
/// ([`split_block`]); what a block leaves (a word running past its end, a
/// non-ASCII character, the last bytes of the text) goes a token at a time
/// ([`split_step`]), and the next block starts after it.
fn split_into(text: &str, tokens: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut before = TEXT_START;
    while i < bytes.len() {
        if let Some(block) = bytes.get(i..i + BLOCK)
            && bytes[i].is_ascii()
        {
            let block = block.try_into().expect("a block");
            let read = split_block(text, i, block, tokens, &mut before);
            if read > 0 {
                i += read;
                continue;
            }
        }
        i = split_step(text, i, tokens, &mut before);
    }
}

/// What the start of a text gives its first token: it opens a line and a sentence.
const TEXT_START: u8 = shape::NEWLINE_BEFORE | shape::SENTENCE_START;

/// The fast path of [`split_into`]: appends the tokens of the block of text at
/// `base` that end within it, before its first non-ASCII byte, and returns how
/// many bytes it read (none if the first token is not such a one).
///
/// A word starts at a letter or digit after a byte that is neither, and ends at
/// the next byte that is neither; every other ASCII byte is white space or a
/// token of its own. The bytes between two tokens are white space, so what they
/// give the next token is read off the masks.
#[inline]
fn split_block(
    text: &str,
    base: usize,
    block: &[u8; BLOCK],
    tokens: &mut Vec<Token>,
    before: &mut u8,
) -> usize {
    let m = ByteMasks::of(block);
    // Tokens are taken up to the first non-ASCII byte, which the general path reads.
    let limit = m.non_ascii.trailing_zeros() as usize;
    let alnum = m.alpha | m.digit;
    let punct = !(alnum | m.space | m.non_ascii);
    // Byte 0 starts a word if it is a letter: a block starts where a token may.
    let mut starts = (alnum & !(alnum << 1) | punct) & bits_in(0, limit);
    // What the white space before a token gives it, by the token's first byte: a
    // space if the byte before is one, a line break if the run of white space
    // that ends there holds one (adding a run's line breaks to it carries a bit
    // just past its end). What came before the block is in `before` already.
    let space_before = m.space << 1;
    let break_before = m.space.wrapping_add(m.line_break) & !m.space;
    // The end of the last token taken: white space lies from there to the next.
    let mut end = 0;
    while starts != 0 {
        let at = starts.trailing_zeros() as usize;
        let bit = |mask: u64| (mask >> at) as u8 & 1;
        *before |= (bit(space_before) * SPACE) | (bit(break_before) * LINE_BREAK);
        let token = if alnum >> at & 1 != 0 {
            let stop = at + (!(alnum >> at)).trailing_zeros() as usize;
            if stop >= limit {
                // The word may go on past the block, or into a non-ASCII letter:
                // the next block, or the general path, starts with it.
                return at;
            }
            end = stop;
            word_after(block_word(&m, base, at, stop), before)
        } else {
            end = at + 1;
            ascii_punct(text, tokens.last(), base + at, block[at], before)
        };
        tokens.push(token);
        starts &= starts - 1;
    }
    let gap = bits_in(end, limit);
    *before |= (u8::from(gap != 0) * SPACE) | (u8::from(m.line_break & gap != 0) * LINE_BREAK);
    limit
}

/// The bits of positions `from..to` of a block.
#[inline]
fn bits_in(from: usize, to: usize) -> u64 {
    let from_on = |k: usize| u64::MAX.checked_shl(k as u32).unwrap_or(0);
    from_on(from) & !from_on(to)
}

/// The word at `at..stop` of the block at `base`, with the shape of its letters.
///
/// The same as [`scan_ascii_word`] gives, from the masks: no lower case and two
/// capitals or more is all caps, digits and no letter a number.
#[inline]
fn block_word(m: &ByteMasks, base: usize, at: usize, stop: usize) -> Token {
    let is = |mask: u64| mask >> at & 1 != 0;
    // Most words: a lower-case first letter settles the shape and the kind.
    if is(m.lower) {
        return Token::new(base + at, base + stop, TokenKind::Word, shape::LOWERCASE);
    }
    // The bytes after the first (`stop` is below 64, so `at` is below 63).
    let rest = (1u64 << stop) - (2u64 << at);
    let upper = m.alpha & !m.lower & rest;
    let digit_first = is(m.digit);
    // After a capital one more capital will do, after a digit two must follow.
    let capitals = if digit_first {
        upper & upper.wrapping_sub(1)
    } else {
        upper
    };
    let all_caps = m.lower & rest == 0 && capitals != 0;
    let kind = if digit_first && m.alpha & rest == 0 {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    Token::new(
        base + at,
        base + stop,
        kind,
        letter_bits(!digit_first, all_caps, false),
    )
}

/// One step of [`split_into`] at byte `i`: appends the token that begins there (if
/// it is not white space) and returns where the next step begins.
fn split_step(text: &str, i: usize, tokens: &mut Vec<Token>, before: &mut u8) -> usize {
    let bytes = text.as_bytes();
    let b = bytes[i];
    let class = ASCII_CLASS[usize::from(b)];
    if class & ALNUM != 0 {
        let token = match scan_ascii_word(bytes, i, class) {
            Some(token) => token,
            None => {
                let end = cut_long(
                    text,
                    i,
                    scan_word(text, i, MAX_TOKEN_BYTES),
                    MAX_TOKEN_BYTES,
                );
                make_token(text, i, end)
            }
        };
        tokens.push(word_after(token, before));
        token.end()
    } else if class & SPACE != 0 {
        // The classes of white space are the shape bits it gives the next token.
        *before |= class;
        i + 1
    } else if class == 0 {
        let token = ascii_punct(text, tokens.last(), i, b, before);
        tokens.push(token);
        i + 1
    } else {
        split_non_ascii(text, i, tokens, before)
    }
}

/// The token of the ASCII punctuation mark `b` at byte `at`, after `previous`;
/// a sentence may end there.
#[inline(always)]
fn ascii_punct(text: &str, previous: Option<&Token>, at: usize, b: u8, before: &mut u8) -> Token {
    let ends_sentence = match b {
        b'!' | b'?' => true,
        b'.' => !follows_abbreviation(text, previous, at),
        _ => false,
    };
    let token = punct_after(Token::new(at, at + 1, TokenKind::Punct, 0), before);
    if ends_sentence {
        *before = shape::SENTENCE_START;
    }
    token
}

/// The general path of [`split_into`], for a non-ASCII character at byte `i`:
/// appends the token it begins (if it is not white space), updates `before` as
/// the ASCII paths do, and returns where the next token may begin. Out of line, so
/// that the loop over ASCII text keeps its registers.
#[inline(never)]
fn split_non_ascii(text: &str, i: usize, tokens: &mut Vec<Token>, before: &mut u8) -> usize {
    let ch = text[i..].chars().next().unwrap_or(' ');
    if ch.is_whitespace() {
        *before |= shape::SPACE_BEFORE;
        if matches!(ch, '\u{2028}' | '\u{2029}' | '\u{85}') {
            *before |= LINE_BREAK;
        }
        return i + ch.len_utf8();
    }
    let end = if ch.is_alphanumeric() {
        cut_long(
            text,
            i,
            scan_word(text, i, MAX_TOKEN_BYTES),
            MAX_TOKEN_BYTES,
        )
    } else {
        i + first_grapheme_len(&text[i..])
    };
    let token = make_token(text, i, end);
    tokens.push(if token.kind() == TokenKind::Punct {
        punct_after(token, before)
    } else {
        word_after(token, before)
    });
    end
}

/// A word or number with the shape bits of what precedes it (a sentence start
/// included), which the next token does not inherit.
#[inline]
fn word_after(token: Token, before: &mut u8) -> Token {
    let token = token.with_shape(*before);
    *before = 0;
    token
}

/// A punctuation token with the white space before it. Only a sentence start,
/// pending or new, carries over it to the next word.
#[inline]
fn punct_after(token: Token, before: &mut u8) -> Token {
    let token = token.with_shape(*before & !shape::SENTENCE_START);
    *before &= shape::SENTENCE_START;
    token
}

/// True if a full stop at byte `at` closes an abbreviation or an initial: the token
/// before it (`previous`) touches it and is "Mr" or one capital letter. Out of line: it is
/// asked at full stops only, and the loops that ask it keep their registers.
#[inline(never)]
fn follows_abbreviation(text: &str, previous: Option<&Token>, at: usize) -> bool {
    previous.is_some_and(|p| {
        let w = p.text(text);
        p.end() == at
            && p.kind() == TokenKind::Word
            && ((p.capitalized() && w.chars().nth(1).is_none()) || is_abbreviation(w))
    })
}

/// ASCII byte classes: one table load per byte tells what a byte starts or
/// continues. The classes of white space are the [`shape`] bits it gives the token
/// after it.
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const ALNUM: u8 = UPPER | LOWER | DIGIT;
/// White space: [`shape::SPACE_BEFORE`].
const SPACE: u8 = shape::SPACE_BEFORE;
/// What a line break adds to [`SPACE`]: a new line is a new sentence.
const LINE_BREAK: u8 = shape::NEWLINE_BEFORE | shape::SENTENCE_START;
/// A byte of a non-ASCII character (read by the general path).
const NON_ASCII: u8 = 1 << 7;

static ASCII_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'\n' || c == b'\r' {
            SPACE | LINE_BREAK
        } else if (c as char).is_whitespace() {
            // `char::is_whitespace`, as for the rest of Unicode: unlike
            // `u8::is_ascii_whitespace` it counts the vertical tab.
            SPACE
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The ASCII word at `start` for [`split_step`], whose first byte is of class
/// `first`, at most [`MAX_TOKEN_BYTES`] long. None if a non-ASCII character
/// continues it (the general path reads those).
///
/// The loop over the word's bytes only finds its end: a word that begins in lower
/// case (most of them) has its shape and kind from its first byte and returns at
/// once, and the others look at their bytes again, from the start, only as far as
/// they must.
#[inline]
fn scan_ascii_word(bytes: &[u8], start: usize, first: u8) -> Option<Token> {
    // A run longer than a token may be is cut where it reaches that length, and
    // read no further: the rest is the next token's.
    let limit = bytes.len().min(start + MAX_TOKEN_BYTES);
    let (i, stop) = ascii_alnum_end(&bytes[..limit], start + 1);
    if stop.is_some_and(|b| b >= 0x80) {
        return None;
    }
    if first == LOWER {
        return Some(Token::new(start, i, TokenKind::Word, shape::LOWERCASE));
    }
    // The bytes after the first, whose class is known already.
    let rest = &bytes[start + 1..i];
    // No lower case and two capitals or more: all caps ("UN", not "A1"). After a
    // capital one more will do, after a digit two must follow. Short-circuiting
    // (`nth`, not `count`): most capitalized words are settled by their second byte.
    let all_caps = !rest.iter().any(u8::is_ascii_lowercase)
        && rest
            .iter()
            .filter(|b| b.is_ascii_uppercase())
            .nth(usize::from(first == DIGIT))
            .is_some();
    let kind = if first != DIGIT || rest.iter().any(u8::is_ascii_alphabetic) {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    Some(Token::new(
        start,
        i,
        kind,
        letter_bits(first == UPPER, all_caps, false),
    ))
}

/// The first byte at or after `i` that is not an ASCII letter or digit (or the
/// end of `bytes`), and that byte (None at the end).
///
/// Eight bytes at a time, with no branch per byte: a word of news text is about
/// five bytes, and a loop that left at a byte it could not foresee was a fifth of
/// the tokenizer's time. The byte comes from the eight already read, not from
/// another load that would wait for the end to be known.
#[inline]
fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> (usize, Option<u8>) {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = load8(chunk, 0);
        let stops = not_alnum(v);
        if stops != 0 {
            let at = stops.trailing_zeros() / 8;
            return (i + at as usize, Some((v >> (8 * at)) as u8));
        }
        i += 8;
    }
    while i < bytes.len() && ASCII_CLASS[usize::from(bytes[i])] & ALNUM != 0 {
        i += 1;
    }
    (i, bytes.get(i).copied())
}

/// The high bit of each byte of `v` (eight bytes, little-endian) that is not an
/// ASCII letter or digit.
#[inline]
fn not_alnum(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits: the sums below stay within their byte.
    let low = v & !HIGH;
    // High bit set where `lo <= x <= hi`, for `x` of seven bits.
    let within = |x: u64, lo: u8, hi: u8| {
        (x + (0x80 - u64::from(lo)) * ONES) & !(x + (0x7f - u64::from(hi)) * ONES) & HIGH
    };
    // Setting bit 5 folds the capitals onto the small letters, and nothing else.
    let letter = within(low | (0x20 * ONES), b'a', b'z');
    let digit = within(low, b'0', b'9');
    // A byte of a non-ASCII character is not an ASCII letter.
    (!(letter | digit) & HIGH) | (v & HIGH)
}

/// `end`, or where a token from `start` must stop to be at most `max` bytes long:
/// the last char boundary within reach (the rest of the run is the next token).
fn cut_long(text: &str, start: usize, end: usize, max: usize) -> usize {
    if end - start <= max {
        return end;
    }
    let mut cut = start + max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut.max(start + text[start..].chars().next().map_or(1, char::len_utf8))
}

/// Length of the grapheme cluster at the start of `s` (at least one char).
///
/// A character below U+0600 followed by an ASCII one is a cluster of its own: ASCII
/// never extends a cluster (bar CR LF) and no character below U+0600 is a prepended
/// mark. That covers the accented Latin letters of most names ("Nguyễn Phú Trọng")
/// without the full segmentation rules, which showed in the profile.
fn first_grapheme_len(s: &str) -> usize {
    let mut chars = s.chars();
    if let Some(first) = chars.next()
        && u32::from(first) < 0x600
        && first != '\r'
        && s.as_bytes().get(first.len_utf8()).is_some_and(u8::is_ascii)
    {
        return first.len_utf8();
    }
    s.graphemes(true).next().map_or(s.len().min(1), str::len)
}

/// Returns the end of the word starting at `start`, read no further than the
/// first cluster to reach `max` bytes from it (a longer word is cut, and its
/// rest read again as the next token's).
fn scan_word(text: &str, start: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = bytes.len().min(start.saturating_add(max));
    let mut i = start;
    while i < limit {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        } else {
            // A grapheme cluster whose base is alphanumeric continues the word; its
            // combining marks come along with it.
            let g = first_grapheme_len(&text[i..]);
            let base = text[i..].chars().next().unwrap_or(' ');
            if base.is_alphanumeric() || (i > start && is_combining_only(&text[i..i + g])) {
                i += g;
            } else {
                break;
            }
        }
    }
    i.max(start + text[start..].chars().next().map_or(1, char::len_utf8))
}

/// True for a cluster made only of combining marks (rare: a mark after a digit).
fn is_combining_only(cluster: &str) -> bool {
    cluster
        .chars()
        .all(|c| matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF))
}

/// A token over `start..end` with the shape bits of its own characters.
fn make_token(text: &str, start: usize, end: usize) -> Token {
    let s = &text[start..end];
    let first = s.chars().next().unwrap_or(' ');
    let kind = if first.is_alphanumeric() {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            TokenKind::Number
        } else {
            TokenKind::Word
        }
    } else {
        TokenKind::Punct
    };
    let (mut letters, mut upper) = (0usize, 0usize);
    if kind == TokenKind::Word && s.is_ascii() {
        for b in s.bytes() {
            letters += usize::from(b.is_ascii_alphabetic());
            upper += usize::from(b.is_ascii_uppercase());
        }
    } else if kind == TokenKind::Word {
        for c in s.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    let bits = letter_bits(
        first.is_uppercase(),
        letters >= 2 && upper == letters,
        first.is_lowercase(),
    );
    Token::new(start, end, kind, bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_answer_for_eight_tokens_as_each_token_does_and_for_no_others() {
        let text = "Prime MINISTER met\n3 (Tan) of the UN, G20 and Hà Nội officials; WHO said";
        let tokens = tokenize(text);
        assert!(tokens.len() > 16);
        let byte_per_token = |flags: Vec<bool>| -> u64 {
            flags
                .iter()
                .enumerate()
                .map(|(k, &yes)| u64::from(yes) << (8 * k))
                .sum()
        };
        for from in 0..tokens.len() {
            for len in 0..=8.min(tokens.len() - from) {
                let eight = &tokens[from..from + len];
                let bytes = eight
                    .iter()
                    .enumerate()
                    .map(|(k, t)| u64::from(t.shape_byte()) << (8 * k))
                    .sum::<u64>();
                let each =
                    |test: fn(&Token) -> bool| byte_per_token(eight.iter().map(test).collect());
                // Bytes past `len` of all zeros (the shape of a word) and of all ones
                // (of every shape): neither counts.
                for past in [0, u64::MAX.checked_shl(8 * len as u32).unwrap_or(0)] {
                    let shapes = Shapes::from_bytes(bytes | past, len);
                    let at = format!("from {from}, {len} tokens, {past:#x} past them");
                    assert_eq!(shapes.capitalized(), each(Token::capitalized), "{at}");
                    assert_eq!(shapes.all_caps(), each(Token::all_caps), "{at}");
                    assert_eq!(shapes.newline_before(), each(Token::newline_before), "{at}");
                    assert_eq!(shapes.words(), each(Token::is_word), "{at}");
                }
            }
        }
    }

    #[test]
    fn the_end_of_an_ascii_word_is_found_eight_bytes_at_a_time_as_one_by_one() {
        let one_by_one = |bytes: &[u8], mut i: usize| {
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            i
        };
        // Every byte value at every offset of a run of letters and digits, with
        // the run at every offset from the end of the input.
        for stop in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = b"aZ09zA9mQ0aZ09zA9mQ0".to_vec();
                bytes[at] = stop;
                for from in 0..bytes.len() {
                    for end in from..=bytes.len() {
                        let part = &bytes[..end];
                        let end = one_by_one(part, from);
                        assert_eq!(
                            ascii_alnum_end(part, from),
                            (end, part.get(end).copied()),
                            "byte {stop:#x} at {at}, from {from}, {end} bytes"
                        );
                    }
                }
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(
            words("People's Vice-minister, (LFNC) 2023."),
            [
                "People", "'", "s", "Vice", "-", "minister", ",", "(", "LFNC", ")", "2023", "."
            ]
        );
    }

    #[test]
    fn keeps_non_ascii_letters_and_marks_in_words() {
        let text = "Nguyễn Phú Trọng met Jose\u{301} in Hà Nội 😀.";
        assert_eq!(
            words(text),
            [
                "Nguyễn",
                "Phú",
                "Trọng",
                "met",
                "Jose\u{301}",
                "in",
                "Hà",
                "Nội",
                "😀",
                "."
            ]
        );
    }

    #[test]
    fn marks_shapes() {
        let text = "BEIJING Song xi";
        let t = tokenize(text);
        assert!(t[0].all_caps() && t[0].capitalized());
        assert!(t[1].capitalized() && !t[1].all_caps());
        assert!(t[2].lowercase());
    }

    #[test]
    fn finds_sentence_starts_but_not_after_titles_or_initials() {
        let text = "Mr. K. P. Oli came. He left.\nNew line";
        let starts: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.sentence_start())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(starts, ["Mr", "He", "New"]);
    }

    #[test]
    fn a_run_longer_than_a_token_may_be_is_cut_on_a_char_boundary() {
        let text = "abcdéfgh";
        assert_eq!(cut_long(text, 0, text.len(), 100), text.len());
        assert_eq!(cut_long(text, 0, text.len(), 4), 4);
        // 5 would split "é" (bytes 4..6): the cut falls back to 4.
        assert_eq!(cut_long(text, 0, text.len(), 5), 4);
        assert_eq!(cut_long(text, 4, text.len(), 1), 6, "at least one char");
    }

    #[test]
    fn grapheme_clusters_with_and_without_the_short_cut() {
        for s in ["ễa", "e\u{301}a", "\r\n", "ễ", "😀a", "🇫🇷a", "अं"] {
            let full = s.graphemes(true).next().map_or(0, str::len);
            assert_eq!(first_grapheme_len(s), full, "{s:?}");
        }
    }

    #[test]
    fn only_words_are_capitalized() {
        let text = "Ünited ÉLYSÉE 2023 Ⅻ ǅ ½ (A) Σ. 1A";
        for t in tokenize(text) {
            assert!(!t.capitalized() || t.is_word(), "{:?}", t.text(text));
        }
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_token_is_eight_bytes_and_keeps_offsets_past_four_gigabytes() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
        let shapes = shape::CAPITALIZED | shape::SENTENCE_START;
        for start in [
            0,
            7,
            u32::MAX as usize,
            1 << 32,
            (1 << 40) + 5,
            (1 << 46) - 1,
        ] {
            for (len, kind) in [(1, TokenKind::Punct), (MAX_TOKEN_BYTES, TokenKind::Number)] {
                let t = Token::new(start, start + len, kind, shapes);
                assert_eq!((t.start(), t.end(), t.kind()), (start, start + len, kind));
                assert!(t.capitalized() && t.sentence_start() && !t.all_caps());
                assert!(t.with_shape(shape::SPACE_BEFORE).space_before());
            }
        }
    }

    #[test]
    fn a_run_longer_than_a_token_is_cut_into_tokens_that_cover_it() {
        for unit in ["a", "Z9", "é", "e\u{301}", "ễa"] {
            let text = format!("{} x", unit.repeat(3 * MAX_TOKEN_BYTES));
            let tokens = tokenize(&text);
            let run = &tokens[..tokens.len() - 1];
            assert!(run.len() >= 3, "{unit:?}: {} tokens", run.len());
            assert!(run.iter().all(|t| t.span().len() <= MAX_TOKEN_BYTES));
            assert!(run.windows(2).all(|w| w[0].end() == w[1].start()));
            assert_eq!(run.last().map(Token::end), Some(text.len() - 2));
        }
    }

    #[test]
    fn empty_and_space_only_texts_have_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
    }

    /// The tokens of `text` a step at a time, with no block: what the fast path
    /// must give.
    fn split_by_steps(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut before = TEXT_START;
        let mut i = 0;
        while i < text.len() {
            i = split_step(text, i, &mut tokens, &mut before);
        }
        tokens
    }

    #[test]
    fn blocks_give_the_tokens_of_steps_whatever_the_text() {
        // Words of every shape, punctuation that ends sentences or not, every kind
        // of white space, non-ASCII letters, marks, spaces and punctuation, and
        // runs of letters longer than a block.
        const PIECES: &[&str] = &[
            "the",
            "Minister",
            "UN",
            "U",
            "A1",
            "1st",
            "2023",
            "3G",
            "4GG",
            "x9",
            "Mr",
            "U.S.",
            ".",
            ",",
            "!",
            "?",
            "\"",
            "(",
            ")",
            "-",
            "'",
            ":",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\t",
            "\u{b}",
            "\u{c}",
            "\u{0}",
            "\u{7f}",
            "é",
            "Nguyễn",
            "—",
            "’",
            "\u{a0}",
            "\u{2028}",
            "e\u{301}",
            "中国",
            "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl",
        ];
        // A fixed xorshift sequence: the same texts on every run.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for case in 0..3000 {
            let pieces = 1 + next() % 120;
            let text: String = (0..pieces)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            assert_eq!(
                tokenize(&text),
                split_by_steps(&text),
                "case {case}: {text:?}"
            );
        }
        // A word across a block's end, at every offset.
        let words = "Mr. Ban Ki-moon met the PRESIDENT of the 2nd Committee (UNGA).\n";
        for offset in 0..2 * BLOCK {
            let text = format!("{}{}", " ".repeat(offset), words.repeat(4));
            assert_eq!(tokenize(&text), split_by_steps(&text), "offset {offset}");
        }
    }

    #[test]
    fn every_white_space_character_is_white_space() {
        let text = "a\u{b}b\u{c}c\u{a0}d\u{2003}e";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
    }
}
