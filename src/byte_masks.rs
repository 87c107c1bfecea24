//! What each of 64 bytes is, a bit per byte: the tokenizer's view of a block of text.
//!
//! The tokenizer's per-byte loop spent most of its time deciding, byte after byte,
//! whether a word, a punctuation mark or white space came next; the branch on it is
//! hard to predict in running text. Classified 16 bytes at a time into bit masks,
//! a block's tokens are found with bit operations instead: a word starts where a
//! run of letters does, and ends at the next byte that is not one.

/// Bytes in a block.
pub(crate) const BLOCK: usize = 64;

/// One bit per byte of a block (bit `k` is byte `k`) for each class of byte the
/// tokenizer tells apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ByteMasks {
    /// ASCII lower-case letters.
    pub lower: u64,
    /// ASCII letters, either case.
    pub alpha: u64,
    /// ASCII digits.
    pub digit: u64,
    /// ASCII white space, as `char::is_whitespace` has it: tab, line feed,
    /// vertical tab, form feed, carriage return and space.
    pub space: u64,
    /// Line feeds and carriage returns.
    pub line_break: u64,
    /// Bytes of non-ASCII characters.
    pub non_ascii: u64,
}

impl ByteMasks {
    /// The masks of `block`.
    #[inline]
    pub fn of(block: &[u8; BLOCK]) -> ByteMasks {
        let mut masks = ByteMasks::default();
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            let chunk: &[u8; 16] = chunk.try_into().expect("16 bytes");
            let c = chunk_masks(chunk);
            let shift = 16 * k;
            masks.lower |= u64::from(c[0]) << shift;
            masks.alpha |= u64::from(c[1]) << shift;
            masks.digit |= u64::from(c[2]) << shift;
            masks.space |= u64::from(c[3]) << shift;
            masks.line_break |= u64::from(c[4]) << shift;
            masks.non_ascii |= u64::from(c[5]) << shift;
        }
        masks
    }
}

/// The masks of 16 bytes, in the order of [`ByteMasks`]' fields: SSE2, which every
/// x86-64 processor has, classifies them in a few instructions each.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn chunk_masks(chunk: &[u8; 16]) -> [u16; 6] {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: the load reads the 16 bytes of `chunk`, unaligned loads allowed;
    // every other intrinsic only needs SSE2, which this code is compiled only with
    // (the `cfg` above), as every x86-64 target has it.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        // Bytes of `x` in `lo..lo + n`: moved so that the range starts at -128,
        // where one signed comparison takes it (SSE2 compares signed bytes only).
        let within = |x, lo: u8, n: u8| {
            let moved = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(moved, _mm_set1_epi8((i32::from(n) - 128) as i8))
        };
        let equal = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let bits = |m| _mm_movemask_epi8(m) as u16;
        // Setting bit 5 folds the capitals onto the small letters, and no other
        // byte onto a letter.
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        [
            bits(within(v, b'a', 26)),
            bits(within(folded, b'a', 26)),
            bits(within(v, b'0', 10)),
            bits(_mm_or_si128(within(v, b'\t', 5), equal(b' '))),
            bits(_mm_or_si128(equal(b'\n'), equal(b'\r'))),
            bits(v),
        ]
    }
}

/// The masks of 16 bytes, a byte at a time, where SSE2 is not at hand.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn chunk_masks(chunk: &[u8; 16]) -> [u16; 6] {
    portable_chunk_masks(chunk)
}

/// The masks of 16 bytes, a byte at a time: the definition the fast one must match.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn portable_chunk_masks(chunk: &[u8; 16]) -> [u16; 6] {
    let mut masks = [0u16; 6];
    for (k, &b) in chunk.iter().enumerate() {
        let classes = [
            b.is_ascii_lowercase(),
            b.is_ascii_alphabetic(),
            b.is_ascii_digit(),
            b.is_ascii() && char::from(b).is_whitespace(),
            b == b'\n' || b == b'\r',
            !b.is_ascii(),
        ];
        for (mask, member) in masks.iter_mut().zip(classes) {
            *mask |= u16::from(member) << k;
        }
    }
    masks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_value_is_classed_as_one_at_a_time_at_every_place() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut chunk = *b"aZ 09\n.\t\r\x0b\x0c\xc3\xa9-xY";
                chunk[at] = b;
                assert_eq!(
                    chunk_masks(&chunk),
                    portable_chunk_masks(&chunk),
                    "byte {b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn a_block_puts_byte_k_at_bit_k() {
        let mut block = [b'x'; BLOCK];
        block[0] = b'A';
        block[17] = b' ';
        block[40] = b'\n';
        block[63] = 0xe2;
        let m = ByteMasks::of(&block);
        assert_eq!(m.alpha, !(1 << 17 | 1 << 40 | 1 << 63));
        assert_eq!(m.lower, m.alpha & !1);
        assert_eq!(m.space, 1 << 17 | 1 << 40);
        assert_eq!(m.line_break, 1 << 40);
        assert_eq!(m.non_ascii, 1 << 63);
        assert_eq!(m.digit, 0);
    }
}
