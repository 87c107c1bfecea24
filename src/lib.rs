//! # whoswho
//!
//! Who is who in English political and diplomatic news: every person named, every
//! position each one holds, the organizations and places mentioned, and what each
//! acronym stands for. A gazetteer plus rule-based pipeline: deterministic,
//! explainable, fast, with no model to download.
//!
//! ## As a library
//!
//! ```
//! let extractor = whoswho::Extractor::default();
//! let doc = extractor.extract(
//!     "Maria Lopez, Minister of Foreign Affairs of Chile, met Tan Wei in Santiago.",
//! );
//! let maria = &doc.people()[0];
//! let titles: Vec<&str> = doc.titles_of(maria).map(|t| t.title.as_ref()).collect();
//! assert_eq!(titles, ["Minister of Foreign Affairs of Chile"]);
//! let title = &doc.titles()[0];
//! assert_eq!(title.role.text, "Minister");
//! assert_eq!(title.chain.last().map(|l| l.text.as_ref()), Some("Chile"));
//! ```
//!
//! ## With a custom gazetteer
//!
//! Entity lists are UTF-8 TSV with six columns: id, type (`ORG` or `LOC`), name,
//! `|`-separated aliases, `|`-separated acronyms, parent id. A bad line is an error
//! that names the source and line.
//!
//! ```
//! let tsv = "org:kfd\tORG\tKestrel Fisheries Directorate\t\tKFD\t\n";
//! let extractor = whoswho::Extractor::builder().gazetteer_tsv("mine.tsv", tsv).build()?;
//! let doc = extractor.extract("The KFD met on Monday.");
//! assert_eq!(doc.entities()[0].id, Some("org:kfd"));
//!
//! let bad = whoswho::Extractor::builder().gazetteer_tsv("bad.tsv", "org:x\tORG\n").build();
//! assert!(bad.unwrap_err().to_string().starts_with("bad.tsv:1: bad gazetteer entry"));
//! # Ok::<(), whoswho::BuildError>(())
//! ```
//!
//! Files are added with [`ExtractorBuilder::gazetteer_file`]; `examples/gazetteer.tsv`
//! is a small one.
//!
//! ## From the command line
//!
//! The `annotate` example reads JSON lines (`{"id": ..., "text": ...}`) or text files
//! and writes one JSON line per document, in order, on every core:
//!
//! ```text
//! cargo run --release --example annotate -- docs.jsonl > out.jsonl
//! cargo run --release --example annotate -- --gazetteer examples/gazetteer.tsv --format html docs.jsonl > page.html
//! ```
//!
//! [`format`](mod@format) renders a document as displaCy JSON, CoNLL columns, brat standoff or
//! an HTML page; [`score`] scores output against gold JSONL.
//!
//! The pipeline runs one way: tokenize, match gazetteers, apply rules, resolve. Every
//! span is a byte range into the original text and carries the rule that produced it.

#![deny(missing_docs)]

mod analysis;
mod byte_masks;
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
mod spare;
mod symbol;
mod tokenize;
mod tsv;
mod vocab;

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
