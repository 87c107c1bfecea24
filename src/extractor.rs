//! The [`Extractor`] and its builder: the pipeline's stages in order.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::analysis::Analysis;
use crate::error::{BuildError, BuildErrorKind};
use crate::gazetteer::{EntityGazetteer, EntityListBuilder};
use crate::lexicon::Lexicon;
use crate::resolve;
use crate::rules::Candidate;
use crate::rules::{NameMarks, TokenRange, acronym, location, organization, person, title};
use crate::spare;
use crate::{Document, EntityKind};

/// The lists embedded at compile time: (name, contents).
const EMBEDDED_ENTITIES: &[(&str, &str)] = &[
    (
        "organizations.tsv",
        include_str!("../gazetteers/organizations.tsv"),
    ),
    ("places.tsv", include_str!("../gazetteers/places.tsv")),
];
const EMBEDDED_WORDS: &[(&str, &str)] = &[
    ("lexicon.tsv", include_str!("../gazetteers/lexicon.tsv")),
    ("names.tsv", include_str!("../gazetteers/names.tsv")),
];
const EMBEDDED_DEMONYMS: &[(&str, &str)] =
    &[("demonyms.tsv", include_str!("../gazetteers/demonyms.tsv"))];

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    ExtractorBuilder::default()
        .build()
        .expect("the embedded gazetteers are valid (checked by the test suite)")
});

/// Finds people, titles, organizations, places and acronyms in text.
///
/// Build it once (the lists are parsed and their word tables built then) and share it:
/// it is immutable, `Send + Sync`, and cheap to clone.
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    lexicon: Lexicon,
    gazetteer: EntityGazetteer,
}

impl Default for Extractor {
    /// An extractor with the gazetteers embedded at compile time, built once per
    /// process and shared.
    fn default() -> Extractor {
        DEFAULT.clone()
    }
}

impl Extractor {
    /// A builder, to add gazetteer files or entries to the embedded defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Every surface form of the entity gazetteers (names, aliases, acronyms, places
    /// in capitals), for inspection and for benchmarking the pipeline against a bare
    /// scan of the same patterns.
    pub fn gazetteer_patterns(&self) -> Vec<&str> {
        self.inner.gazetteer.patterns().collect()
    }

    /// Extracts everything from `text`.
    ///
    /// The document borrows its strings from `text` (see [`Document::into_owned`]
    /// to keep it longer).
    pub fn extract<'t>(&self, text: &'t str) -> Document<'t> {
        let a = Analysis::new(text, &self.inner.lexicon, &self.inner.gazetteer);

        // Names strong enough on their own stop organization and title phrases.
        let runs = person::name_runs(&a);
        let strong = person::strong_evidence(&a, &runs);
        let stops = NameMarks::new(
            a.len(),
            runs.iter()
                .zip(&strong)
                .filter(|(_, e)| e.is_some())
                .map(|(run, _)| run.range),
        );

        // Titles read again many of the segments read here: one reader keeps them.
        let mut reader = organization::Reader::keeping(&a, &stops);
        // Every rule's candidates go in one vector, the organizations' first (the
        // people rules read them there). Candidates of one kind keep the order of
        // their rules, which breaks ties between equal ones: no rule but these
        // gives organizations, and theirs come before the acronyms'.
        let mut candidates = spare::take(&CANDIDATES);
        organization::find(&mut reader, &mut candidates);
        let people = person::people(&a, &runs, &strong, &candidates);
        let places = location::find(&a);
        let definitions = acronym::definitions(&a);
        let bare_mentions = person::bare_mentions(&a, &runs, &people);
        let acronyms = acronym::mentions(&a, &definitions, &stops);
        candidates
            .reserve_exact(people.len() + bare_mentions.len() + places.len() + acronyms.len());
        candidates.extend(people.iter().map(person::PersonCandidate::candidate));
        candidates.extend(bare_mentions);
        candidates.extend(places.iter().map(location::Place::candidate));
        candidates.extend(acronyms);

        let entities = resolve::flatten(candidates);
        // Room for every entity: a vector grown step by step copies itself a dozen
        // times on a long text, into memory the allocator may have given back.
        let mut person_mentions: Vec<TokenRange> = Vec::with_capacity(entities.len());
        person_mentions.extend(
            entities
                .iter()
                .filter(|c| c.kind == EntityKind::Person)
                .map(|c| c.range),
        );
        let held = title::attach(&a, &person_mentions, &mut reader);
        let document = resolve::document(&a, &entities, held, &person_mentions, &definitions);
        give_back(entities.into_candidates());
        document
    }
}

thread_local! {
    /// The candidate vector of the last document, kept by the thread for the next:
    /// on a text dense with names it is tens of megabytes, which a fresh one takes
    /// from the kernel a page at a time (see [`spare`]).
    static CANDIDATES: Cell<Option<Vec<Candidate>>> = const { Cell::new(None) };
}

/// Gives the candidate vector back to the thread, empty.
fn give_back(mut candidates: Vec<Candidate>) {
    spare::fit(&mut candidates);
    candidates.clear();
    let bytes = spare::bytes_of(&candidates);
    spare::keep(&CANDIDATES, candidates, bytes);
}

/// Configures an [`Extractor`]: which gazetteer lists it uses.
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    entity_files: Vec<PathBuf>,
    entity_lists: Vec<(String, String)>,
    word_lists: Vec<(String, String)>,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            entity_files: Vec::new(),
            entity_lists: Vec::new(),
            word_lists: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Adds an entity gazetteer file: organizations and places in the six-column
    /// TSV format of `gazetteers/README.md`. Read when [`build`](Self::build) runs.
    ///
    /// Its ids and names are kept for the life of the process (see
    /// [`Entity::id`](crate::Entity::id)), once each: building again from the same
    /// lists adds nothing.
    pub fn gazetteer_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.entity_files.push(path.into());
        self
    }

    /// Adds entity entries given as TSV text; `source` names them in errors. Their
    /// ids and names are kept as [`gazetteer_file`](Self::gazetteer_file)'s are.
    pub fn gazetteer_tsv(
        &mut self,
        source: impl Into<String>,
        tsv: impl Into<String>,
    ) -> &mut ExtractorBuilder {
        self.entity_lists.push((source.into(), tsv.into()));
        self
    }

    /// Adds word-list entries (`phrase<TAB>class`, the format of `lexicon.tsv`):
    /// role words, honorifics, name parts.
    pub fn words_tsv(
        &mut self,
        source: impl Into<String>,
        tsv: impl Into<String>,
    ) -> &mut ExtractorBuilder {
        self.word_lists.push((source.into(), tsv.into()));
        self
    }

    /// Leaves out the embedded lists; only what is added is used.
    pub fn without_defaults(&mut self) -> &mut ExtractorBuilder {
        self.defaults = false;
        self
    }

    /// Builds the extractor.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the file (or source) and line of the first bad entry,
    /// a file that cannot be read or is not UTF-8, or an id that names two things.
    pub fn build(&self) -> Result<Extractor, BuildError> {
        let mut entities = EntityListBuilder::default();
        let mut lexicon = Lexicon::default();
        if self.defaults {
            for (name, text) in EMBEDDED_ENTITIES {
                entities.add_embedded_tsv(&format!("<embedded {name}>"), text)?;
            }
            for (name, text) in EMBEDDED_WORDS {
                lexicon.add_words_tsv(&format!("<embedded {name}>"), text)?;
            }
            for (name, text) in EMBEDDED_DEMONYMS {
                lexicon.add_demonyms_tsv(&format!("<embedded {name}>"), text)?;
            }
        }
        for path in &self.entity_files {
            let text = read_utf8(path)?;
            entities.add_tsv(&path.display().to_string(), &text)?;
        }
        for (source, text) in &self.entity_lists {
            entities.add_tsv(source, text)?;
        }
        for (source, text) in &self.word_lists {
            lexicon.add_words_tsv(source, text)?;
        }
        let gazetteer = entities.build(&mut lexicon);
        Ok(Extractor {
            inner: Arc::new(Inner { lexicon, gazetteer }),
        })
    }
}

/// Reads a file as UTF-8, naming the line of the first invalid byte.
fn read_utf8(path: &Path) -> Result<String, BuildError> {
    let bytes = std::fs::read(path).map_err(|e| {
        BuildError::new(BuildErrorKind::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        BuildError::new(BuildErrorKind::InvalidUtf8 {
            source: path.display().to_string(),
            line,
        })
    })
}
