//! A vector of at most `N` small `Copy` items, stored inline.
//!
//! Rules build many short lists per document (the words of a name, the segments of
//! an organization phrase, the modifiers of a role). Keeping them inline saves an
//! allocation each, and the fixed capacity bounds how far a grammar rule reads.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::mem::MaybeUninit;
use std::ops::{Deref, DerefMut};

/// Up to `N` items; [`push`](Self::push) refuses more.
///
/// Equality and hashing look at the items held only, not the unused slots, which
/// are never written before an item is pushed there: a phrase read and dropped at
/// most tokens costs no clearing of room it never uses.
#[derive(Clone, Copy)]
pub(crate) struct InlineVec<T: Copy, const N: usize> {
    /// How many of `items`, from the first, hold an item.
    len: u8,
    items: [MaybeUninit<T>; N],
}

impl<T: Copy, const N: usize> Default for InlineVec<T, N> {
    fn default() -> Self {
        InlineVec {
            len: 0,
            items: [MaybeUninit::uninit(); N],
        }
    }
}

impl<T: Copy + fmt::Debug, const N: usize> fmt::Debug for InlineVec<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Copy, const N: usize> InlineVec<T, N> {
    /// How many items fit.
    pub const CAPACITY: usize = N;

    /// A list holding `item`.
    pub fn one(item: T) -> Self {
        let mut v = Self::default();
        v.push(item);
        v
    }

    /// Appends `item`; returns false, and keeps the list as it was, when full.
    pub fn push(&mut self, item: T) -> bool {
        let len = usize::from(self.len);
        if len == N {
            return false;
        }
        self.items[len] = MaybeUninit::new(item);
        self.len += 1;
        true
    }

    /// A list holding `items`, or None if they do not fit.
    pub fn from_slice(items: &[T]) -> Option<Self> {
        let mut v = Self::default();
        items.iter().all(|&item| v.push(item)).then_some(v)
    }

    /// True when no more items fit.
    pub fn is_full(&self) -> bool {
        usize::from(self.len) == N
    }
}

impl<T: Copy, const N: usize> DerefMut for InlineVec<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        let held = &mut self.items[..usize::from(self.len)];
        // SAFETY: `push` wrote each of the first `len` items, and `MaybeUninit<T>`
        // has the layout of `T`.
        unsafe { &mut *(held as *mut [MaybeUninit<T>] as *mut [T]) }
    }
}

impl<T: Copy, const N: usize> Deref for InlineVec<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        let held = &self.items[..usize::from(self.len)];
        // SAFETY: as for `deref_mut`.
        unsafe { &*(held as *const [MaybeUninit<T>] as *const [T]) }
    }
}

impl<T: Copy + PartialEq, const N: usize> PartialEq for InlineVec<T, N> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Copy + Eq, const N: usize> Eq for InlineVec<T, N> {}

impl<T: Copy + Hash, const N: usize> Hash for InlineVec<T, N> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_up_to_its_capacity() {
        let mut v: InlineVec<u32, 2> = InlineVec::one(1);
        assert!(v.push(2));
        assert!(v.is_full());
        assert!(!v.push(3));
        assert_eq!(&*v, &[1, 2]);
    }

    #[test]
    fn shows_and_changes_only_the_items_held() {
        let mut v: InlineVec<u8, 4> = InlineVec::default();
        assert_eq!(format!("{v:?}"), "[]");
        v.push(7);
        v.push(9);
        v[1] = 8;
        assert_eq!(format!("{v:?}"), "[7, 8]");
        assert_eq!(v.len(), 2);
        let copy = v;
        assert_eq!(&*copy, &[7, 8], "a copy holds the same items");
    }

    #[test]
    fn equality_ignores_unused_slots() {
        let mut a: InlineVec<u32, 3> = InlineVec::one(1);
        let b: InlineVec<u32, 3> = InlineVec::one(1);
        assert_eq!(a, b);
        a.push(0);
        assert_ne!(a, b);
    }
}
