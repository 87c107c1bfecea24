//! A vector of at most `N` small `Copy` items, stored inline.
//!
//! Rules build many short lists per document (the words of a name, the segments of
//! an organization phrase, the modifiers of a role). Keeping them inline saves an
//! allocation each, and the fixed capacity bounds how far a grammar rule reads.

use std::hash::{Hash, Hasher};
use std::ops::{Deref, DerefMut};

/// Up to `N` items; [`push`](Self::push) refuses more.
///
/// Equality and hashing look at the items held only, not the unused slots.
#[derive(Clone, Copy, Debug)]
pub(crate) struct InlineVec<T: Copy + Default, const N: usize> {
    len: u8,
    items: [T; N],
}

impl<T: Copy + Default, const N: usize> Default for InlineVec<T, N> {
    fn default() -> Self {
        InlineVec {
            len: 0,
            items: [T::default(); N],
        }
    }
}

impl<T: Copy + Default, const N: usize> InlineVec<T, N> {
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
        self.items[len] = item;
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

impl<T: Copy + Default, const N: usize> DerefMut for InlineVec<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.items[..usize::from(self.len)]
    }
}

impl<T: Copy + Default, const N: usize> Deref for InlineVec<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.items[..usize::from(self.len)]
    }
}

impl<T: Copy + Default + PartialEq, const N: usize> PartialEq for InlineVec<T, N> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Copy + Default + Eq, const N: usize> Eq for InlineVec<T, N> {}

impl<T: Copy + Default + Hash, const N: usize> Hash for InlineVec<T, N> {
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
    fn equality_ignores_unused_slots() {
        let mut a: InlineVec<u32, 3> = InlineVec::one(1);
        let b: InlineVec<u32, 3> = InlineVec::one(1);
        assert_eq!(a, b);
        a.push(0);
        assert_ne!(a, b);
    }
}
