//! # whoswho
//!
//! Who is who in English political and diplomatic news: every person named, every
//! position each one holds, the organizations and places mentioned, and what each
//! acronym stands for. A gazetteer plus rule-based pipeline: deterministic,
//! explainable, fast, with no model to download.
//!
//! ```
//! let extractor = whoswho::Extractor::default();
//! let doc = extractor.extract(
//!     "Maria Lopez, Minister of Foreign Affairs of Chile, met Tan Wei in Santiago.",
//! );
//! for person in doc.people() {
//!     let titles: Vec<&str> = doc.titles_of(person).map(|t| t.title.as_str()).collect();
//!     println!("{}: {:?}", person.name, titles);
//! }
//! ```
//!
//! The pipeline runs one way: tokenize, match gazetteers, apply rules, resolve. Every
//! span is a byte range into the original text and carries the rule that produced it.

#![deny(missing_docs)]

mod analysis;
mod document;
mod error;
mod extractor;
pub mod format;
mod gazetteer;
mod hash;
mod lexicon;
mod resolve;
mod rules;
pub mod score;
mod span;
mod tokenize;

pub use document::{
    Acronym, AcronymOrigin, ChainLink, Document, Entity, EntityKind, Part, Person, Provenance,
    Title,
};
pub use error::{BuildError, BuildErrorKind};
pub use extractor::{Extractor, ExtractorBuilder};
pub use span::Span;

/// The README's examples, compiled and run by `cargo test`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
