//! Byte spans into the original text.

use serde::Deserialize;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// A half-open byte range `start..end` into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Spans are always on `char` boundaries, so `&text[span.range()]` never panics
/// for the text the span came from.
///
/// It serializes as `{"start": S, "end": E}`; inside [`format::jsonl`] also with
/// `char_start` and `char_end`, the same offsets in characters.
///
/// [`format::jsonl`]: crate::format::jsonl
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True if the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// True if `other` lies wholly inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True if the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let chars = crate::format::serializing_char_span(*self);
        let fields = if chars.is_some() { 4 } else { 2 };
        let mut s = serializer.serialize_struct("Span", fields)?;
        s.serialize_field("start", &self.start)?;
        s.serialize_field("end", &self.end)?;
        if let Some((char_start, char_end)) = chars {
            s.serialize_field("char_start", &char_start)?;
            s.serialize_field("char_end", &char_end)?;
        }
        s.end()
    }
}
