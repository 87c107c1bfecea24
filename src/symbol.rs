//! Gazetteer ids and entry names as `&'static str`, kept once per process.
//!
//! Every entity a gazetteer entry gives names the entry twice (its id and its
//! name), and a title chain or an acronym names it again. As reference-counted
//! strings, each naming cost an atomic increment when the document was built and
//! an atomic decrement when it was dropped: 2.3 % of the cycles of a megabyte of
//! news in a perf profile (README, "Speed"). As static strings they are copied.
//!
//! The embedded lists are static already, and their strings are slices of them.
//! A string of a list added at run time is copied once into a process-wide set
//! and kept there: building many extractors from the same lists keeps each string
//! once, so memory grows with the distinct strings ever loaded, not with the
//! builds.

use std::sync::{Mutex, PoisonError};

use crate::hash::FxHashSet;

/// Every string interned so far.
static INTERNED: Mutex<Option<FxHashSet<&'static str>>> = Mutex::new(None);

/// `s` as a string that lives as long as the process: the same one for every
/// call with the same text.
pub(crate) fn intern(s: &str) -> &'static str {
    // The set is never left half-changed, so a panic elsewhere cannot spoil it.
    let mut interned = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    let set = interned.get_or_insert_with(FxHashSet::default);
    if let Some(&kept) = set.get(s) {
        return kept;
    }
    let kept: &'static str = Box::leak(s.into());
    set.insert(kept);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_kept_once() {
        let first = intern(&String::from("org:symbol-test"));
        let second = intern(&format!("org:{}", "symbol-test"));
        assert_eq!(first, "org:symbol-test");
        assert!(std::ptr::eq(first, second));
        assert!(!std::ptr::eq(first, intern("org:symbol-other")));
    }
}
