//! Memory a thread keeps from one document for the next.
//!
//! The per-token tables of a long document take megabytes. Kept by the thread
//! once the document is done, they let the next document on that thread write
//! into memory already mapped and warm, instead of asking the allocator (and, for
//! a long text, the kernel) for it afresh: a batch on one thread reuses one set.
//!
//! What is kept follows the documents a thread has just read, not the largest it
//! ever read: a table several times larger than its last document needed is cut
//! down before it is kept (see [`fit`]).
//!
//! Two kinds of memory are kept where they are made, as a document makes many
//! small ones: the word vectors of token sets, in a pool (`rules::token_set`),
//! and the document-local ids, made once per thread (`resolve`).

use std::cell::Cell;
use std::thread::LocalKey;

/// Spare memory larger than this, in bytes, goes back to the allocator: one huge
/// document must not pin its memory for the rest of a thread's life. The tables of
/// a 10 MB text take 60 MiB (news) to 320 MiB (a token every byte).
const KEEP_AT_MOST: usize = 512 << 20;

/// A kept table may hold this many times what its last document used before
/// [`fit`] cuts it down.
const SLACK: usize = 4;

/// Tables of fewer elements than this are never cut down: small documents vary
/// in size, and their tables are small anyway.
const FLOOR: usize = 1 << 16;

/// A thread's spare memory of one kind.
pub(crate) type Spare<T> = LocalKey<Cell<Option<T>>>;

/// What `spare` holds, or a new `T`.
pub(crate) fn take<T: Default>(spare: &'static Spare<T>) -> T {
    spare.take().unwrap_or_default()
}

/// Keeps `value`, which holds `bytes` of memory, in `spare` for the next document,
/// unless it is too large to keep.
pub(crate) fn keep<T>(spare: &'static Spare<T>, value: T, bytes: usize) {
    if bytes <= KEEP_AT_MOST {
        spare.set(Some(value));
    }
}

/// Cuts `v` down to twice its length if it holds more than [`SLACK`] times that:
/// a long document's table is not kept for the short ones after it. Call with the
/// elements the document just read still in `v`.
pub(crate) fn fit<T>(v: &mut Vec<T>) {
    let used = v.len().max(FLOOR);
    if v.capacity() > SLACK * used {
        v.shrink_to(2 * used);
    }
}

/// The bytes a vector holds.
pub(crate) fn bytes_of<T>(v: &Vec<T>) -> usize {
    v.capacity() * size_of::<T>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_much_larger_than_its_document_is_cut_down() {
        let mut table: Vec<u32> = Vec::with_capacity(100 * FLOOR);
        table.resize(FLOOR / 2, 0);
        fit(&mut table);
        assert!(table.capacity() >= FLOOR && table.capacity() < 3 * FLOOR);
        assert_eq!(table.len(), FLOOR / 2, "what the document used stays");
    }

    #[test]
    fn a_table_near_its_document_s_size_is_kept_whole() {
        let mut table: Vec<u32> = Vec::with_capacity(4 * FLOOR);
        table.resize(2 * FLOOR, 7);
        fit(&mut table);
        assert_eq!(table.capacity(), 4 * FLOOR);
        let mut small: Vec<u8> = Vec::with_capacity(FLOOR);
        small.push(1);
        fit(&mut small);
        assert_eq!(small.capacity(), FLOOR, "small tables are never cut");
    }
}
