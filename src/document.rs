//! The output model: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! Serialized with serde, a [`Document`] is a superset of the gold JSONL format of
//! `GOLD.md`: entities carry `type` and `text`, titles carry `person` and `title`,
//! acronyms carry `short` and `long`; spans, ids, structure and provenance come beside them.

use std::sync::Arc;

use serde::Serialize;

use crate::Span;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityKind {
    /// A person's name, without honorifics or titles.
    #[serde(rename = "PERSON")]
    Person,
    /// An organization: party, government body, company, agency, forum.
    #[serde(rename = "ORG")]
    Org,
    /// A place: country, region, city, geographic area.
    #[serde(rename = "LOC")]
    Loc,
}

impl EntityKind {
    /// The label used in the gold format: `PERSON`, `ORG` or `LOC`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Org => "ORG",
            EntityKind::Loc => "LOC",
        }
    }
}

/// One named-entity mention in the flat layer: maximal and non-overlapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// PERSON, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The exact text, `&text[span.range()]`.
    pub text: String,
    /// Where it stands in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// Canonical id from the gazetteer (`iso:CN`, `org:cpc`), or a document-local id
    /// (`doc:org:3`) for a body the gazetteer does not know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Arc<str>>,
    /// Why it was found: the rule and, for gazetteer hits, the entry.
    pub why: Provenance,
}

/// Why a span was produced: the rule that fired and the gazetteer entry behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// Name of the rule, such as `gazetteer`, `person.context`, `org.head-chain`.
    pub rule: &'static str,
    /// The name of the gazetteer entry that matched, if any ("China"); its id is
    /// the entity's `id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<Arc<str>>,
}

impl Provenance {
    /// A rule with no gazetteer entry behind it.
    pub fn rule(rule: &'static str) -> Provenance {
        Provenance { rule, entry: None }
    }
}

/// A piece of text with its span: a mention, a role, a modifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Part {
    /// The exact text.
    pub text: String,
    /// Where it stands.
    #[serde(flatten)]
    pub span: Span,
}

/// One person, with every mention in the document and every title they hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The fullest form of the name found in the document.
    pub name: String,
    /// Every mention: full name, bare surname, given name, possessive stem.
    pub mentions: Vec<Part>,
    /// Indices into [`Document::titles`] of the positions this person holds.
    pub titles: Vec<usize>,
}

/// One link in a title's organization chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChainLink {
    /// ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The exact text of the body or place.
    pub text: String,
    /// Where it stands (inside the title).
    #[serde(flatten)]
    pub span: Span,
    /// Canonical id, where the gazetteer knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Arc<str>>,
}

/// One position held by one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Title {
    /// The holder's fullest name in the document (the gold format's `person`).
    pub person: String,
    /// The exact text of the position (the gold format's `title`).
    pub title: String,
    /// Where the title text stands.
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Document::people`] of the holder.
    pub holder: usize,
    /// The head of the position: "Secretary General", "Minister", "member".
    pub role: Part,
    /// Words that qualify the role: "Vice", "first deputy", "former".
    pub modifiers: Vec<Part>,
    /// The bodies and places the position belongs to, innermost first:
    /// Standing Committee -> CPC Committee -> Guangxi Zhuang Autonomous Region.
    pub chain: Vec<ChainLink>,
    /// A bracketed acronym right after the title, left out of its text but kept
    /// here: "(LFNC)" after "President of the Lao Front for National Construction".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Part>,
    /// Why it was found.
    pub why: Provenance,
}

/// Where an acronym's expansion came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AcronymOrigin {
    /// Defined in the text: a long form with the short form in brackets, or the reverse.
    Defined,
    /// Used but not defined; expanded from the gazetteer.
    Known,
}

/// An acronym and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Acronym {
    /// The short form as written: "LFNC".
    pub short: String,
    /// The long form: as written where defined, the gazetteer's name where known.
    pub long: String,
    /// Defined in the text or known from the gazetteer.
    pub origin: AcronymOrigin,
    /// The first mention of the short form.
    pub short_span: Span,
    /// The long form's span, for a definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long_span: Option<Span>,
    /// Canonical id of the body it names, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Arc<str>>,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Document {
    pub(crate) entities: Vec<Entity>,
    pub(crate) people: Vec<Person>,
    pub(crate) titles: Vec<Title>,
    pub(crate) acronyms: Vec<Acronym>,
}

impl Document {
    /// The flat entity layer, sorted by position, maximal and non-overlapping.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Each person once, in order of first mention.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Every title, in text order.
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// Every acronym: defined ones and known ones, in order of first mention.
    pub fn acronyms(&self) -> &[Acronym] {
        &self.acronyms
    }

    /// The person holding `title`.
    pub fn holder(&self, title: &Title) -> &Person {
        &self.people[title.holder]
    }

    /// The titles `person` holds.
    pub fn titles_of<'a>(&'a self, person: &'a Person) -> impl Iterator<Item = &'a Title> + 'a {
        person.titles.iter().map(move |&i| &self.titles[i])
    }
}
