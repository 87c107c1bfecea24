//! The output model: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! Serialized with serde, a [`Document`] is a superset of the gold JSONL format of
//! `GOLD.md`: entities carry `type` and `text`, titles carry `person` and `title`,
//! acronyms carry `short` and `long`; spans, ids, structure and provenance come beside them.
//!
//! A document borrows from the text it was found in: every string that is written
//! there (nearly all of them) is a slice of it, so extraction makes no string per
//! mention. The few that are made (a name rejoined from its words, a long form
//! spelled out) are owned. [`Document::into_owned`] copies the rest, for a document
//! that must outlive its text.
//!
//! Gazetteer ids, entry names and long forms are `&'static str`: the strings of the
//! embedded lists are slices of them, and those of a list added at run time are
//! kept for the life of the process, once each however many extractors load it.
//! They are copied into a document, not counted.

use std::borrow::Cow;

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
pub struct Entity<'t> {
    /// PERSON, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The exact text, `&text[span.range()]`.
    pub text: Cow<'t, str>,
    /// Where it stands in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// Canonical id from the gazetteer (`iso:CN`, `org:cpc`), or a document-local id
    /// (`doc:org:3`) for a body the gazetteer does not know.
    ///
    /// Static, as every gazetteer string in a document: those of the embedded lists
    /// are slices of them, and those of a list added at run time are kept for the
    /// life of the process, once each however many extractors load it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'static str>,
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
    pub entry: Option<&'static str>,
}

impl Provenance {
    /// A rule with no gazetteer entry behind it.
    pub fn rule(rule: &'static str) -> Provenance {
        Provenance { rule, entry: None }
    }
}

/// A piece of text with its span: a mention, a role, a modifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Part<'t> {
    /// The exact text.
    pub text: Cow<'t, str>,
    /// Where it stands.
    #[serde(flatten)]
    pub span: Span,
}

/// One person, with every mention in the document and every title they hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person<'t> {
    /// The fullest form of the name found in the document, its words joined by
    /// single spaces: a slice of the text where it is written so there, else made.
    pub name: Cow<'t, str>,
    /// Every mention: full name, bare surname, given name, possessive stem.
    pub mentions: Vec<Part<'t>>,
    /// Indices into [`Document::titles`] of the positions this person holds.
    pub titles: Vec<usize>,
}

/// One link in a title's organization chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChainLink<'t> {
    /// ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The exact text of the body or place.
    pub text: Cow<'t, str>,
    /// Where it stands (inside the title).
    #[serde(flatten)]
    pub span: Span,
    /// Canonical id, where the gazetteer knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'static str>,
}

/// One position held by one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Title<'t> {
    /// The holder's fullest name in the document (the gold format's `person`).
    pub person: Cow<'t, str>,
    /// The exact text of the position (the gold format's `title`).
    pub title: Cow<'t, str>,
    /// Where the title text stands.
    #[serde(flatten)]
    pub span: Span,
    /// Index into [`Document::people`] of the holder.
    pub holder: usize,
    /// The head of the position: "Secretary General", "Minister", "member".
    pub role: Part<'t>,
    /// Words that qualify the role: "Vice", "first deputy", "former".
    pub modifiers: Vec<Part<'t>>,
    /// The bodies and places the position belongs to, innermost first:
    /// Standing Committee -> CPC Committee -> Guangxi Zhuang Autonomous Region.
    pub chain: Vec<ChainLink<'t>>,
    /// A bracketed acronym right after the title, left out of its text but kept
    /// here: "(LFNC)" after "President of the Lao Front for National Construction".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Part<'t>>,
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
pub struct Acronym<'t> {
    /// The short form as written: "LFNC".
    pub short: Cow<'t, str>,
    /// The long form: as written where defined, else the gazetteer's name or a
    /// body's name as written elsewhere in the text; made where its own acronyms
    /// are spelled out.
    pub long: Cow<'t, str>,
    /// Defined in the text or known from the gazetteer.
    pub origin: AcronymOrigin,
    /// The first mention of the short form.
    pub short_span: Span,
    /// The long form's span, for a definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long_span: Option<Span>,
    /// Canonical id of the body it names, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'static str>,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Document<'t> {
    pub(crate) entities: Vec<Entity<'t>>,
    pub(crate) people: Vec<Person<'t>>,
    pub(crate) titles: Vec<Title<'t>>,
    pub(crate) acronyms: Vec<Acronym<'t>>,
}

impl<'t> Document<'t> {
    /// The flat entity layer, sorted by position, maximal and non-overlapping.
    pub fn entities(&self) -> &[Entity<'t>] {
        &self.entities
    }

    /// Each person once, in order of first mention.
    pub fn people(&self) -> &[Person<'t>] {
        &self.people
    }

    /// Every title, in text order.
    pub fn titles(&self) -> &[Title<'t>] {
        &self.titles
    }

    /// Every acronym: defined ones and known ones, in order of first mention.
    pub fn acronyms(&self) -> &[Acronym<'t>] {
        &self.acronyms
    }

    /// The person holding `title`.
    pub fn holder(&self, title: &Title<'_>) -> &Person<'t> {
        &self.people[title.holder]
    }

    /// The titles `person` holds.
    pub fn titles_of<'a>(
        &'a self,
        person: &'a Person<'_>,
    ) -> impl Iterator<Item = &'a Title<'t>> + 'a {
        person.titles.iter().map(move |&i| &self.titles[i])
    }

    /// The document with every string owned, free of the text it was found in: to
    /// keep it in a cache, send it on after the text is dropped, or store it beside
    /// its text. It costs what borrowing saved, an allocation per borrowed string.
    ///
    /// ```
    /// let doc = {
    ///     let text = String::from("Maria Lopez met Tan Wei in Santiago.");
    ///     whoswho::Extractor::default().extract(&text).into_owned()
    /// };
    /// assert_eq!(doc.people()[0].name, "Maria Lopez");
    /// ```
    pub fn into_owned(self) -> Document<'static> {
        Document {
            entities: owned_all(self.entities, Entity::into_owned),
            people: owned_all(self.people, Person::into_owned),
            titles: owned_all(self.titles, Title::into_owned),
            acronyms: owned_all(self.acronyms, Acronym::into_owned),
        }
    }
}

/// `text`, owned.
fn owned(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

/// Every item of `items`, owned by `into_owned`.
fn owned_all<T, U>(items: Vec<T>, into_owned: impl FnMut(T) -> U) -> Vec<U> {
    items.into_iter().map(into_owned).collect()
}

impl Entity<'_> {
    /// The entity with its text owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> Entity<'static> {
        Entity {
            kind: self.kind,
            text: owned(self.text),
            span: self.span,
            id: self.id,
            why: self.why,
        }
    }
}

impl Part<'_> {
    /// The part with its text owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> Part<'static> {
        Part {
            text: owned(self.text),
            span: self.span,
        }
    }
}

impl Person<'_> {
    /// The person with their name and mentions owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> Person<'static> {
        Person {
            name: owned(self.name),
            mentions: owned_all(self.mentions, Part::into_owned),
            titles: self.titles,
        }
    }
}

impl ChainLink<'_> {
    /// The link with its text owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> ChainLink<'static> {
        ChainLink {
            kind: self.kind,
            text: owned(self.text),
            span: self.span,
            id: self.id,
        }
    }
}

impl Title<'_> {
    /// The title with every string in it owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> Title<'static> {
        Title {
            person: owned(self.person),
            title: owned(self.title),
            span: self.span,
            holder: self.holder,
            role: self.role.into_owned(),
            modifiers: owned_all(self.modifiers, Part::into_owned),
            chain: owned_all(self.chain, ChainLink::into_owned),
            acronym: self.acronym.map(Part::into_owned),
            why: self.why,
        }
    }
}

impl Acronym<'_> {
    /// The acronym with both forms owned (see [`Document::into_owned`]).
    pub fn into_owned(self) -> Acronym<'static> {
        Acronym {
            short: owned(self.short),
            long: owned(self.long),
            origin: self.origin,
            short_span: self.short_span,
            long_span: self.long_span,
            id: self.id,
        }
    }
}
