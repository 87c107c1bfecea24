//! Memory a thread keeps from one document for the next.
//!
//! The per-token tables of a long document take megabytes. Kept by the thread
//! once the document is done, they let the next document on that thread write
//! into memory already mapped and warm, instead of asking the allocator (and, for
//! a long text, the kernel) for it afresh: a batch on one thread reuses one set.

use std::cell::Cell;
use std::thread::LocalKey;

/// Spare memory larger than this, in bytes, goes back to the allocator: one huge
/// document must not pin its memory for the rest of a thread's life.
const KEEP_AT_MOST: usize = 128 << 20;

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

/// The bytes a vector holds.
pub(crate) fn bytes_of<T>(v: &Vec<T>) -> usize {
    v.capacity() * size_of::<T>()
}
