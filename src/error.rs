//! Errors from building an [`Extractor`](crate::Extractor).

use std::fmt;
use std::path::PathBuf;

/// An error from [`ExtractorBuilder::build`](crate::ExtractorBuilder::build) or from
/// adding a gazetteer to the builder.
///
/// It names where the bad entry came from (a file path or `<embedded NAME>`), the
/// 1-based line, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    kind: BuildErrorKind,
}

/// What went wrong while building an extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A gazetteer file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's message.
        message: String,
    },
    /// A gazetteer file is not valid UTF-8.
    InvalidUtf8 {
        /// Where the list came from.
        source: String,
        /// 1-based line of the first invalid byte.
        line: usize,
    },
    /// A line of a gazetteer list is malformed.
    BadEntry {
        /// Where the list came from.
        source: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// Two entries share one id but disagree on the name.
    ConflictingId {
        /// Where the second entry came from.
        source: String,
        /// 1-based line of the second entry.
        line: usize,
        /// The id both entries carry.
        id: String,
        /// The name the first entry gave.
        first: String,
        /// The name the second entry gives.
        second: String,
    },
}

impl BuildError {
    pub(crate) fn new(kind: BuildErrorKind) -> BuildError {
        BuildError { kind }
    }

    pub(crate) fn bad_entry(source: &str, line: usize, reason: impl Into<String>) -> BuildError {
        BuildError::new(BuildErrorKind::BadEntry {
            source: source.to_string(),
            line,
            reason: reason.into(),
        })
    }

    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            BuildErrorKind::Io { path, message } => {
                write!(f, "cannot read gazetteer {}: {message}", path.display())
            }
            BuildErrorKind::InvalidUtf8 { source, line } => {
                write!(f, "{source}:{line}: gazetteer is not valid UTF-8")
            }
            BuildErrorKind::BadEntry {
                source,
                line,
                reason,
            } => {
                write!(f, "{source}:{line}: bad gazetteer entry: {reason}")
            }
            BuildErrorKind::ConflictingId {
                source,
                line,
                id,
                first,
                second,
            } => write!(
                f,
                "{source}:{line}: id {id:?} already names {first:?}, cannot also name {second:?}"
            ),
        }
    }
}

impl std::error::Error for BuildError {}
