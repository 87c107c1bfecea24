//! Scoring extraction output against gold JSONL, figure for figure as the reference
//! scorer `score.py` (see `GOLD.md` beside it).
//!
//! The reference is Python; this module exists so that the Rust side (tests, the
//! `evaluate` example, CI floors) can score without Python while giving *the same
//! numbers*. Every rule below is a port of one in `score.py`, and the doc comments say
//! which Python behaviour is being reproduced and why it matters for equality:
//!
//! * documents are read from JSON Lines, blank lines skipped, duplicate ids allowed only
//!   when identical apart from `text` and `source`;
//! * strings are compared after folding curly quotes and runs of white space;
//! * each layer is a set of distinct items per document, micro-averaged over documents;
//! * title pairs are matched one-to-one with whole-word person affixes;
//! * acronyms are looked up in the union of a system's `acronyms` and `acronyms_known`.
//!
//! ```
//! use serde_json::json;
//! use whoswho::score::{score, Layer};
//!
//! let gold = vec![("d1".to_string(), json!({"id": "d1",
//!     "entities": [{"type": "PERSON", "text": "Song Tao"}, {"type": "LOC", "text": "Nanning"}]}))];
//! let system = vec![("d1".to_string(), json!({"id": "d1",
//!     "entities": [{"type": "PERSON", "text": "Song\u{a0}Tao"}]}))];
//! let report = score(&gold, &system);
//! assert_eq!(report.layer(Layer::Person).f1(), Some(1.0));
//! assert_eq!(report.layer(Layer::Loc).recall(), Some(0.0));
//! println!("{}", report.table());
//! ```

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::Value;

// ------------------------------------------------------------------ layers

/// One line of the score table: an entity type, an aggregate, or a title or acronym layer.
///
/// The order of [`Layer::ALL`] is the order of `score.py`'s table, so iterating it
/// reproduces that table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// Distinct PERSON texts.
    Person,
    /// Distinct ORG texts.
    Org,
    /// Distinct LOC texts.
    Loc,
    /// The three types together: a mention with the wrong type is one FP and one FN.
    Ent,
    /// Distinct entity texts ignoring type: a diagnostic that separates boundary errors
    /// from typing errors.
    EntUntyped,
    /// Person-title pairs, matched one-to-one with person affix tolerance.
    TitlePair,
    /// Distinct title strings, whoever holds them.
    TitleStr,
    /// Acronyms defined in the text (gold `acronyms`), long forms compared exactly.
    AcrDefined,
    /// Acronyms used but not defined (gold `acronyms_known`), long forms compared
    /// case-insensitively.
    AcrKnown,
}

impl Layer {
    /// Every layer, in table order.
    pub const ALL: [Layer; 9] = [
        Layer::Person,
        Layer::Org,
        Layer::Loc,
        Layer::Ent,
        Layer::EntUntyped,
        Layer::TitlePair,
        Layer::TitleStr,
        Layer::AcrDefined,
        Layer::AcrKnown,
    ];

    /// The row label of the table, as `score.py` prints it.
    pub fn label(self) -> &'static str {
        match self {
            Layer::Person => "PERSON",
            Layer::Org => "ORG",
            Layer::Loc => "LOC",
            Layer::Ent => "ENT all (typed)",
            Layer::EntUntyped => "ENT untyped (diag.)",
            Layer::TitlePair => "TITLE pairs",
            Layer::TitleStr => "TITLE strings",
            Layer::AcrDefined => "ACR defined",
            Layer::AcrKnown => "ACR known",
        }
    }

    /// The stable identifier (`score.py`'s JSON key), used in floors files.
    pub fn key(self) -> &'static str {
        match self {
            Layer::Person => "PERSON",
            Layer::Org => "ORG",
            Layer::Loc => "LOC",
            Layer::Ent => "ENT",
            Layer::EntUntyped => "ENT_UNTYPED",
            Layer::TitlePair => "TITLE_PAIR",
            Layer::TitleStr => "TITLE_STR",
            Layer::AcrDefined => "ACR_DEFINED",
            Layer::AcrKnown => "ACR_KNOWN",
        }
    }

    /// The layer with this [`key`](Layer::key), if any.
    pub fn from_key(key: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.key() == key)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

// ------------------------------------------------------------------ errors

/// Why gold or system data (or a floors file) could not be read.
///
/// Messages name the file and line, so a bad line in a large JSONL file can be found.
#[derive(Debug)]
pub enum ScoreError {
    /// A file or directory could not be read.
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A directory was given but holds no `*.jsonl` file; an empty score would hide that.
    NoJsonl {
        /// The directory.
        dir: PathBuf,
    },
    /// A bad line in a JSONL file.
    Line {
        /// `gold` or `system`: which side the file belongs to.
        what: String,
        /// The file.
        path: PathBuf,
        /// The line number, from 1, counted as Python counts text lines.
        line: usize,
        /// What is wrong with it.
        kind: LineError,
    },
    /// A bad line in a floors file.
    Floors {
        /// The file.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// What is wrong with one JSONL line.
#[derive(Debug)]
pub enum LineError {
    /// The bytes are not UTF-8.
    Utf8(std::str::Utf8Error),
    /// The line is not valid JSON.
    Json(serde_json::Error),
    /// Valid JSON, but not an object with an `id`.
    NotDocument,
    /// The id was seen before with different content (`text` and `source` aside), so
    /// it is unclear which version to score.
    DuplicateId(String),
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoreError::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            ScoreError::NoJsonl { dir } => {
                write!(f, "no *.jsonl files in directory {}", dir.display())
            }
            ScoreError::Line {
                what,
                path,
                line,
                kind,
            } => {
                write!(f, "{what} {}:{line}: ", path.display())?;
                match kind {
                    LineError::Utf8(e) => write!(f, "invalid UTF-8: {e}"),
                    LineError::Json(e) => write!(f, "bad JSON: {e}"),
                    LineError::NotDocument => f.write_str("not an object with an `id`"),
                    LineError::DuplicateId(id) => {
                        write!(f, "duplicate id {} with different content", py_repr_str(id))
                    }
                }
            }
            ScoreError::Floors {
                path,
                line,
                message,
            } => {
                write!(f, "floors {}:{line}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for ScoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ScoreError::Io { source, .. } => Some(source),
            ScoreError::Line {
                kind: LineError::Utf8(e),
                ..
            } => Some(e),
            ScoreError::Line {
                kind: LineError::Json(e),
                ..
            } => Some(e),
            _ => None,
        }
    }
}

// ------------------------------------------------------------------ reading

/// Reads documents from a JSONL file, or from every `*.jsonl` file of a directory in
/// sorted name order, as `score.py` does.
///
/// Returns `(id, document)` pairs in reading order; the id is the document's `id`
/// field as Python's `str()` renders it (so a numeric id `7` matches `"7"`). Blank lines
/// are skipped. A repeated id is dropped if the document is identical apart from `text`
/// and `source` (the same document listed in two files), and an error otherwise. `what`
/// (`gold`, `system`) only labels error messages. JSON is parsed strictly, so Python's
/// extensions (`NaN`, `Infinity`, lone surrogate escapes) are errors here.
///
/// # Errors
///
/// [`ScoreError`] for an unreadable path, an empty directory, or the first bad line.
pub fn read_jsonl(path: &Path, what: &str) -> Result<Vec<(String, Value)>, ScoreError> {
    read_jsonl_all(&[path], what)
}

/// Reads several files or directories as one collection, with the duplicate-id rule of
/// [`read_jsonl`] applied across all of them.
///
/// # Errors
///
/// As [`read_jsonl`].
pub fn read_jsonl_all<P: AsRef<Path>>(
    paths: &[P],
    what: &str,
) -> Result<Vec<(String, Value)>, ScoreError> {
    let mut docs: Vec<(String, Value)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for path in paths {
        for file in jsonl_files(path.as_ref())? {
            read_file(&file, what, &mut docs, &mut index)?;
        }
    }
    Ok(docs)
}

fn jsonl_files(path: &Path) -> Result<Vec<PathBuf>, ScoreError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let io_err = |source| ScoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in fs::read_dir(path).map_err(io_err)? {
        let name = entry.map_err(io_err)?.file_name();
        if name.to_string_lossy().ends_with(".jsonl") {
            files.push(path.join(name));
        }
    }
    if files.is_empty() {
        return Err(ScoreError::NoJsonl {
            dir: path.to_path_buf(),
        });
    }
    // Python sorts the joined path strings: code-point order, which is byte order.
    files.sort_by(|a, b| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    Ok(files)
}

fn read_file(
    path: &Path,
    what: &str,
    docs: &mut Vec<(String, Value)>,
    index: &mut HashMap<String, usize>,
) -> Result<(), ScoreError> {
    let bytes = fs::read(path).map_err(|source| ScoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let line_err = |line, kind| ScoreError::Line {
        what: what.to_string(),
        path: path.to_path_buf(),
        line,
        kind,
    };
    for (n, raw) in text_lines(&bytes).enumerate() {
        let line = n + 1;
        let text = std::str::from_utf8(raw).map_err(|e| line_err(line, LineError::Utf8(e)))?;
        if text.chars().all(is_py_space) {
            continue;
        }
        let doc: Value =
            serde_json::from_str(text).map_err(|e| line_err(line, LineError::Json(e)))?;
        let Some(id) = doc.as_object().and_then(|o| o.get("id")) else {
            return Err(line_err(line, LineError::NotDocument));
        };
        let id = py_str(id);
        if let Some(&first) = index.get(&id) {
            if !py_eq_except_text(&docs[first].1, &doc) {
                return Err(line_err(line, LineError::DuplicateId(id)));
            }
            continue;
        }
        index.insert(id.clone(), docs.len());
        docs.push((id, doc));
    }
    Ok(())
}

/// Splits as Python's text mode does (universal newlines): at `\n`, `\r\n` and a lone
/// `\r`, so line numbers agree with `score.py`'s.
fn text_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        let line = &rest[..end];
        let skip = match rest.get(end..end + 2) {
            Some(b"\r\n") => 2,
            _ if end < rest.len() => 1,
            _ => 0,
        };
        rest = &rest[end + skip..];
        Some(line)
    })
}

/// Python's `a != b` on the two documents without `text` and `source`: deep equality
/// where `1 == 1.0 == true`.
fn py_eq_except_text(a: &Value, b: &Value) -> bool {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return py_eq(a, b);
    };
    let keep = |k: &&String| k.as_str() != "text" && k.as_str() != "source";
    let ka: Vec<&String> = a.keys().filter(keep).collect();
    let kb: Vec<&String> = b.keys().filter(keep).collect();
    ka == kb && ka.iter().all(|k| py_eq(&a[k.as_str()], &b[k.as_str()]))
}

fn py_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        (Value::Number(_) | Value::Bool(_), Value::Number(_) | Value::Bool(_)) => {
            match (py_number(a), py_number(b)) {
                (Some(PyNum::Int(x)), Some(PyNum::Int(y))) => x == y,
                (Some(PyNum::Float(x)), Some(PyNum::Float(y))) => x == y,
                // Python compares an int and a float exactly, not after rounding the int.
                (Some(PyNum::Int(i)), Some(PyNum::Float(f)))
                | (Some(PyNum::Float(f)), Some(PyNum::Int(i))) => {
                    f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == i
                }
                _ => false,
            }
        }
        _ => a == b,
    }
}

enum PyNum {
    Int(i128),
    Float(f64),
}

fn py_number(v: &Value) -> Option<PyNum> {
    match v {
        Value::Bool(b) => Some(PyNum::Int(i128::from(*b))),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(PyNum::Int(i128::from(i)))
            } else if let Some(u) = n.as_u64() {
                Some(PyNum::Int(i128::from(u)))
            } else {
                n.as_f64().map(PyNum::Float)
            }
        }
        _ => None,
    }
}

// ------------------------------------------------------------------ strings

/// Python's `str.isspace()`, which is also what `\s` matches in a `str` regex: Unicode
/// `White_Space` plus the four ASCII separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `score.py`'s quote folding table: curly and prime quotes to straight ones.
fn fold_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
        c => c,
    }
}

/// Normalises a string for comparison as `score.py`'s `norm`: curly quotes folded to
/// straight ones, every run of white space (NBSP and other Unicode spaces included)
/// folded to one space, and surrounding white space removed.
///
/// Annotators and systems disagree on typography, not on content; folding it keeps the
/// score about content.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(fold_quote));
    }
    out
}

/// `norm(x)` of a JSON field: absent or null is empty, anything else is `str(x)`.
fn norm_field(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => normalize(s),
        Some(v) => normalize(&py_str(v)),
    }
}

/// Python's `str(x)` of a JSON value, since `score.py` applies `str()` to ids, types
/// and texts whatever their JSON type. Exact for strings, integers, floats, booleans
/// and null, except that JSON `-0` reads as a float here (`-0.0`, Python: `0`); lists and
/// objects follow Python's `repr` for the usual content (object keys come in sorted order
/// here, in file order in Python).
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => match py_number(v) {
            Some(PyNum::Int(i)) => i.to_string(),
            Some(PyNum::Float(f)) => py_float(f),
            None => n.to_string(),
        },
        Value::String(s) => py_repr_str(s),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(py_repr).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// Python's `repr(float)`: the shortest round-trip digits, positional from 1e-4 up to
/// below 1e16, scientific with a signed two-digit exponent beyond.
fn py_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sci = format!("{x:e}"); // shortest digits: "-1.25e-7"
    let (mant, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(|&c| c != '.').collect();
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                format!("{digits}{}.0", "0".repeat(int_len - digits.len()))
            } else {
                format!("{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        format!(
            "{mant}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        )
    };
    format!("{sign}{body}")
}

/// Python's `repr(str)`: single quotes unless the text has a `'` and no `"`; control
/// characters and non-space white space escaped.
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{a0}').contains(&c) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c != ' ' && is_py_space(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

// ------------------------------------------------------------------ items of a document

/// An insertion-ordered map short form -> distinct long forms, as `score.py`'s
/// `OrderedDict`: the order decides the order of acronym error items.
#[derive(Default)]
struct AcrMap {
    entries: Vec<(String, Vec<String>)>,
    index: HashMap<String, usize>,
}

impl AcrMap {
    fn entry(&mut self, short: &str) -> &mut Vec<String> {
        let i = match self.index.get(short) {
            Some(&i) => i,
            None => {
                self.index.insert(short.to_string(), self.entries.len());
                self.entries.push((short.to_string(), Vec::new()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[i].1
    }

    fn get(&self, short: &str) -> Option<&[String]> {
        self.index.get(short).map(|&i| self.entries[i].1.as_slice())
    }

    fn add_long(&mut self, short: &str, long: String) {
        let longs = self.entry(short);
        if !longs.contains(&long) {
            longs.push(long);
        }
    }
}

/// The normalised item sets of one document, gold or system (`score.py`'s `extract`).
struct Items {
    ents: BTreeSet<(String, String)>,
    other_types: usize,
    titles: BTreeSet<(String, String)>,
    acr: AcrMap,
    acr_known: AcrMap,
}

const ENT_TYPES: [&str; 3] = ["PERSON", "ORG", "LOC"];

/// The objects of a list field. Python's `doc.get(k) or []` makes null and absent
/// empty; other shapes (which crash `score.py`) are treated as empty, and non-object
/// items skipped, so that no input makes scoring fail.
fn objects<'a>(
    doc: &'a Value,
    key: &str,
) -> impl Iterator<Item = &'a serde_json::Map<String, Value>> {
    doc.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

impl Items {
    fn of(doc: &Value) -> Items {
        let mut ents = BTreeSet::new();
        let mut other_types = 0;
        for e in objects(doc, "entities") {
            let ty = e.get("type").map(py_str).unwrap_or_default().to_uppercase();
            let text = norm_field(e.get("text"));
            if text.is_empty() {
                continue;
            }
            if ENT_TYPES.contains(&ty.as_str()) {
                ents.insert((ty, text));
            } else {
                other_types += 1;
            }
        }
        let mut titles = BTreeSet::new();
        for p in objects(doc, "titles") {
            let person = norm_field(p.get("person"));
            let title = norm_field(p.get("title"));
            if !person.is_empty() && !title.is_empty() {
                titles.insert((person, title));
            }
        }
        Items {
            ents,
            other_types,
            titles,
            acr: Items::acronyms(doc, "acronyms"),
            acr_known: Items::acronyms(doc, "acronyms_known"),
        }
    }

    fn acronyms(doc: &Value, key: &str) -> AcrMap {
        let mut map = AcrMap::default();
        for a in objects(doc, key) {
            let short = norm_field(a.get("short"));
            if short.is_empty() {
                continue;
            }
            map.entry(&short);
            for long in longs(a.get("long")) {
                let long = normalize(long);
                if !long.is_empty() {
                    map.add_long(&short, long);
                }
            }
        }
        map
    }
}

/// `score.py`'s `_longs`: a string is one long form, a list gives its strings (other
/// items ignored); an object gives its keys as Python's iteration does.
fn longs(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        Some(Value::Object(map)) => map.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}

// ------------------------------------------------------------------ matching

/// True if the words of `a` equal those of `b` or are a whole-word prefix or suffix.
fn words_affix(a: &str, b: &str) -> bool {
    let wa: Vec<&str> = a.split(' ').collect();
    let wb: Vec<&str> = b.split(' ').collect();
    let n = wa.len();
    n <= wb.len() && (wb[..n] == wa[..] || wb[wb.len() - n..] == wa[..])
}

/// Whether a system person string can stand for a gold one: "Xi" for "Xi Jinping".
fn person_compatible(sys: &str, gold: &str) -> bool {
    sys == gold || words_affix(sys, gold) || words_affix(gold, sys)
}

/// Maximum bipartite matching from `left` (system pairs) to `right` (gold pairs),
/// returning for each left index its right index.
///
/// A port of `score.py`'s `max_matching` step for step (exact edges first, a greedy
/// pass on exact pairs, then Kuhn's augmenting paths in index order), because *which*
/// pairs are matched decides the error items, not only how many. The depth-first search
/// is iterative so that no input can overflow the stack.
fn max_matching<T: PartialEq>(
    left: &[T],
    right: &[T],
    ok: impl Fn(&T, &T) -> bool,
) -> Vec<Option<usize>> {
    let adj: Vec<Vec<usize>> = left
        .iter()
        .map(|a| {
            let exact = (0..right.len()).filter(|&j| *a == right[j]);
            let other = (0..right.len()).filter(|&j| *a != right[j] && ok(a, &right[j]));
            exact.chain(other).collect()
        })
        .collect();
    let mut match_r: Vec<Option<usize>> = vec![None; right.len()];
    let mut greedy = vec![false; left.len()];
    for (i, edges) in adj.iter().enumerate() {
        if let Some(&j) = edges
            .iter()
            .find(|&&j| left[i] == right[j] && match_r[j].is_none())
        {
            match_r[j] = Some(i);
            greedy[i] = true;
        }
    }
    let mut seen = vec![false; right.len()];
    for (i, &matched) in greedy.iter().enumerate() {
        if !matched {
            seen.iter_mut().for_each(|s| *s = false);
            try_assign(i, &adj, &mut match_r, &mut seen);
        }
    }
    let mut match_l = vec![None; left.len()];
    for (j, i) in match_r.iter().enumerate() {
        if let Some(i) = *i {
            match_l[i] = Some(j);
        }
    }
    match_l
}

/// `score.py`'s recursive `try_assign` with an explicit stack. A frame is a left node,
/// the next edge to try, and the right node whose current owner is being re-routed.
fn try_assign(
    root: usize,
    adj: &[Vec<usize>],
    match_r: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    struct Frame {
        left: usize,
        next: usize,
        via: usize,
    }
    let mut stack = vec![Frame {
        left: root,
        next: 0,
        via: usize::MAX,
    }];
    // The outcome of the frame just popped, delivered to the frame below it.
    let mut returned: Option<bool> = None;
    while let Some(top) = stack.last_mut() {
        if returned.take() == Some(true) {
            match_r[top.via] = Some(top.left);
            stack.pop();
            returned = Some(true);
            continue;
        }
        let mut descend = None;
        let mut assigned = false;
        while let Some(&j) = adj[top.left].get(top.next) {
            top.next += 1;
            if seen[j] {
                continue;
            }
            seen[j] = true;
            match match_r[j] {
                None => {
                    match_r[j] = Some(top.left);
                    assigned = true;
                }
                Some(owner) => {
                    top.via = j;
                    descend = Some(owner);
                }
            }
            break;
        }
        if let Some(owner) = descend {
            stack.push(Frame {
                left: owner,
                next: 0,
                via: usize::MAX,
            });
        } else {
            stack.pop();
            returned = Some(assigned);
        }
    }
    returned == Some(true)
}

// ------------------------------------------------------------------ scoring

/// Counts of one layer, summed over documents, with the ratios derived from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LayerScore {
    /// True positives: gold items the system found.
    pub tp: usize,
    /// False positives: system items not in the gold.
    pub fp: usize,
    /// False negatives: gold items the system missed (`fn` is a keyword, hence the `_`).
    pub fn_: usize,
}

impl LayerScore {
    /// Gold items: `tp + fn`.
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// System items counted in this layer: `tp + fp`.
    pub fn system(&self) -> usize {
        self.tp + self.fp
    }

    /// `tp / (tp + fp)`; `None` when the system output nothing for this layer.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`; `None` when there was nothing to find.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall; 0 when nothing was found but there
    /// was something to find or something was output, `None` when the layer is empty on
    /// both sides.
    pub fn f1(&self) -> Option<f64> {
        if self.tp == 0 {
            return (self.fp > 0 || self.fn_ > 0).then_some(0.0);
        }
        let (p, r) = (self.precision()?, self.recall()?);
        Some(2.0 * p * r / (p + r))
    }

    fn add(&mut self, d: &DocLayer) {
        self.tp += d.tp;
        self.fp += d.fp_items.len();
        self.fn_ += d.fn_items.len();
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// One layer of one document: the count of matches and the items in error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocLayer {
    /// Matched items.
    pub tp: usize,
    /// System items not matched, formatted as in `score.py`'s error report
    /// (`TYPE:text` for ENT, `person | title` for title pairs, `short = long` for
    /// acronyms), sorted by code point except for acronyms, which keep system order.
    pub fp_items: Vec<String>,
    /// Gold items not matched, formatted and ordered likewise (acronyms in gold order).
    pub fn_items: Vec<String>,
}

impl DocLayer {
    fn sorted(tp: usize, mut fp_items: Vec<String>, mut fn_items: Vec<String>) -> DocLayer {
        fp_items.sort();
        fn_items.sort();
        DocLayer {
            tp,
            fp_items,
            fn_items,
        }
    }

    fn sets<T: Ord>(
        gold: &BTreeSet<T>,
        sys: &BTreeSet<T>,
        show: impl Fn(&T) -> String,
    ) -> DocLayer {
        DocLayer::sorted(
            gold.intersection(sys).count(),
            sys.difference(gold).map(&show).collect(),
            gold.difference(sys).map(&show).collect(),
        )
    }
}

/// The per-layer result of one gold document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocScore {
    /// The document id.
    pub id: String,
    layers: [DocLayer; 9],
}

impl DocScore {
    /// The result of one layer.
    pub fn layer(&self, layer: Layer) -> &DocLayer {
        &self.layers[layer.index()]
    }
}

/// The result of scoring a system against gold: totals per layer, per-document errors,
/// and notes on documents that did not pair up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    totals: [LayerScore; 9],
    docs: Vec<DocScore>,
    missing: Vec<String>,
    extra: usize,
    other_types: usize,
}

/// Scores system documents against gold documents, both as `(id, document)` pairs (as
/// [`read_jsonl`] returns them).
///
/// Documents are paired by id. A gold document without a system document is scored as
/// an empty output (and listed in the notes); system documents without gold are counted
/// and otherwise ignored. If an id occurs twice on one side, the first occurrence is
/// used. Fields of unexpected JSON types never fail: they are read as `score.py` reads
/// them where Python can, and as absent where Python would stop with an exception.
pub fn score(gold: &[(String, Value)], system: &[(String, Value)]) -> Report {
    let mut sys_by_id: HashMap<&str, &Value> = HashMap::new();
    for (id, doc) in system {
        sys_by_id.entry(id.as_str()).or_insert(doc);
    }
    let mut gold_ids: HashSet<&str> = HashSet::new();
    let mut totals = [LayerScore::default(); 9];
    let mut docs = Vec::new();
    let mut missing = Vec::new();
    let mut other_types = 0;
    let empty = Value::Object(serde_json::Map::new());
    for (id, gold_doc) in gold {
        if !gold_ids.insert(id.as_str()) {
            continue;
        }
        let sys_doc = sys_by_id.get(id.as_str()).copied().unwrap_or_else(|| {
            missing.push(id.clone());
            &empty
        });
        let g = Items::of(gold_doc);
        let s = Items::of(sys_doc);
        other_types += s.other_types;
        let layers = score_doc(&g, &s);
        for (total, layer) in totals.iter_mut().zip(&layers) {
            total.add(layer);
        }
        docs.push(DocScore {
            id: id.clone(),
            layers,
        });
    }
    let extra = sys_by_id
        .keys()
        .filter(|id| !gold_ids.contains(*id))
        .count();
    Report {
        totals,
        docs,
        missing,
        extra,
        other_types,
    }
}

fn score_doc(g: &Items, s: &Items) -> [DocLayer; 9] {
    let of_type = |items: &Items, ty: &str| -> BTreeSet<String> {
        items
            .ents
            .iter()
            .filter(|(t, _)| t == ty)
            .map(|(_, x)| x.clone())
            .collect()
    };
    let per_type = |ty: &str| DocLayer::sets(&of_type(g, ty), &of_type(s, ty), String::clone);
    let untyped =
        |items: &Items| -> BTreeSet<String> { items.ents.iter().map(|(_, x)| x.clone()).collect() };
    let title_strings = |items: &Items| -> BTreeSet<String> {
        items.titles.iter().map(|(_, t)| t.clone()).collect()
    };
    let (acr_defined, acr_known) = score_acronyms(g, s);
    [
        per_type("PERSON"),
        per_type("ORG"),
        per_type("LOC"),
        DocLayer::sets(&g.ents, &s.ents, |(t, x)| format!("{t}:{x}")),
        DocLayer::sets(&untyped(g), &untyped(s), String::clone),
        score_title_pairs(g, s),
        DocLayer::sets(&title_strings(g), &title_strings(s), String::clone),
        acr_defined,
        acr_known,
    ]
}

fn score_title_pairs(g: &Items, s: &Items) -> DocLayer {
    // Sorted, as Python's sorted() of the tuple sets: the matching depends on order.
    let gl: Vec<&(String, String)> = g.titles.iter().collect();
    let sl: Vec<&(String, String)> = s.titles.iter().collect();
    let m = max_matching(&sl, &gl, |sp, gp| {
        sp.1 == gp.1 && person_compatible(&sp.0, &gp.0)
    });
    let mut gold_matched = vec![false; gl.len()];
    let mut fp = Vec::new();
    for (pair, j) in sl.iter().zip(&m) {
        match j {
            Some(j) => gold_matched[*j] = true,
            None => fp.push(format!("{} | {}", pair.0, pair.1)),
        }
    }
    let fn_items = gl
        .iter()
        .zip(&gold_matched)
        .filter(|(_, matched)| !**matched)
        .map(|(pair, _)| format!("{} | {}", pair.0, pair.1))
        .collect();
    DocLayer::sorted(m.iter().flatten().count(), fp, fn_items)
}

fn score_acronyms(g: &Items, s: &Items) -> (DocLayer, DocLayer) {
    let mut sys_pairs = AcrMap::default();
    for (short, longs) in s.acr.entries.iter().chain(&s.acr_known.entries) {
        sys_pairs.entry(short);
        for long in longs {
            sys_pairs.add_long(short, long.clone());
        }
    }
    let exact = |x: &str| x.to_string();
    let folded = |x: &str| x.to_lowercase();
    (
        score_acronym_layer(&g.acr, &sys_pairs, &exact),
        score_acronym_layer(&g.acr_known, &sys_pairs, &folded),
    )
}

fn score_acronym_layer(gold: &AcrMap, sys: &AcrMap, key: &dyn Fn(&str) -> String) -> DocLayer {
    let mut tp = 0;
    let mut fn_items = Vec::new();
    for (short, alts) in &gold.entries {
        let alt_keys: HashSet<String> = alts.iter().map(|a| key(a)).collect();
        let found = sys
            .get(short)
            .unwrap_or_default()
            .iter()
            .any(|l| alt_keys.contains(&key(l)));
        if found {
            tp += 1;
        } else {
            let alts = if alts.is_empty() {
                "?".to_string()
            } else {
                alts.join(" | ")
            };
            fn_items.push(format!("{short} = {alts}"));
        }
    }
    // Precision counts only system pairs for acronyms this layer's gold lists.
    let mut fp_items = Vec::new();
    for (short, longs) in &sys.entries {
        let Some(alts) = gold.get(short) else {
            continue;
        };
        let alt_keys: HashSet<String> = alts.iter().map(|a| key(a)).collect();
        let mut seen = HashSet::new();
        for long in longs {
            let k = key(long);
            if seen.insert(k.clone()) && !alt_keys.contains(&k) {
                fp_items.push(format!("{short} = {long}"));
            }
        }
    }
    DocLayer {
        tp,
        fp_items,
        fn_items,
    }
}

impl Report {
    /// The totals of one layer, summed over documents.
    pub fn layer(&self, layer: Layer) -> &LayerScore {
        &self.totals[layer.index()]
    }

    /// Per-document results, in gold order.
    pub fn documents(&self) -> &[DocScore] {
        &self.docs
    }

    /// Number of gold documents scored.
    pub fn gold_documents(&self) -> usize {
        self.docs.len()
    }

    /// Number of gold documents that had a system document.
    pub fn matched_documents(&self) -> usize {
        self.docs.len() - self.missing.len()
    }

    /// Ids of gold documents with no system document (scored as empty output), in gold
    /// order.
    pub fn missing_documents(&self) -> &[String] {
        &self.missing
    }

    /// Number of system documents whose id is not in the gold (ignored).
    pub fn extra_documents(&self) -> usize {
        self.extra
    }

    /// Number of system entities (with text) of a type other than PERSON, ORG, LOC,
    /// which are ignored.
    pub fn ignored_entities(&self) -> usize {
        self.other_types
    }

    /// The score table, character for character as `score.py`'s `table()` (no final
    /// newline): one row per layer, then notes on documents and ignored entities.
    pub fn table(&self) -> String {
        let fmt = |x: Option<f64>| x.map_or_else(|| "    -".to_string(), |x| format!("{x:5.3}"));
        let header = format!(
            "{:<22}{:>6}{:>6}{:>6}{:>6}{:>6}   {:>5}  {:>5}  {:>5}",
            "layer", "gold", "sys", "tp", "fp", "fn", "P", "R", "F1"
        );
        let mut lines = vec![header.clone(), "-".repeat(header.chars().count())];
        for layer in Layer::ALL {
            let v = self.layer(layer);
            lines.push(format!(
                "{:<22}{:>6}{:>6}{:>6}{:>6}{:>6}   {}  {}  {}",
                layer.label(),
                v.gold(),
                v.system(),
                v.tp,
                v.fp,
                v.fn_,
                fmt(v.precision()),
                fmt(v.recall()),
                fmt(v.f1()),
            ));
            if matches!(layer, Layer::Loc | Layer::EntUntyped | Layer::TitleStr) {
                lines.push(String::new());
            }
        }
        lines.push(String::new());
        lines.push(format!(
            "documents: {} gold, {} with system output",
            self.gold_documents(),
            self.matched_documents()
        ));
        if !self.missing.is_empty() {
            lines.push(format!(
                "missing system docs (scored as empty): {}",
                self.missing.join(", ")
            ));
        }
        if self.extra > 0 {
            lines.push(format!("system docs not in gold (ignored): {}", self.extra));
        }
        if self.other_types > 0 {
            lines.push(format!(
                "system entities of other types (ignored): {}",
                self.other_types
            ));
        }
        lines.join("\n")
    }

    /// False negatives and false positives per document, character for character as
    /// `score.py`'s `errors_report()` (no final newline). The ENT aggregates are left
    /// out: their items are those of the per-type layers.
    pub fn errors(&self) -> String {
        let mut out = Vec::new();
        for doc in &self.docs {
            out.push(format!("=== {}", doc.id));
            for layer in Layer::ALL {
                if matches!(layer, Layer::Ent | Layer::EntUntyped) {
                    continue;
                }
                let v = doc.layer(layer);
                if v.fp_items.is_empty() && v.fn_items.is_empty() {
                    continue;
                }
                out.push(format!(
                    "  [{}] tp={} fp={} fn={}",
                    layer.label(),
                    v.tp,
                    v.fp_items.len(),
                    v.fn_items.len()
                ));
                out.extend(v.fn_items.iter().map(|x| format!("    FN  {x}")));
                out.extend(v.fp_items.iter().map(|x| format!("    FP  {x}")));
            }
        }
        out.join("\n")
    }
}

// ------------------------------------------------------------------ floors

/// A minimum F1 for one layer: the quality bar a release must keep.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Floor {
    /// The layer.
    pub layer: Layer,
    /// The lowest acceptable F1.
    pub min_f1: f64,
}

impl Floor {
    /// Whether `report` meets this floor. An undefined F1 fails: a layer with nothing to
    /// score cannot show it has kept its quality.
    pub fn holds(&self, report: &Report) -> bool {
        report
            .layer(self.layer)
            .f1()
            .is_some_and(|f| f >= self.min_f1)
    }
}

/// Parses a floors file: one `LAYER_KEY<TAB>min_f1` a line (any white space separates),
/// blank lines and `#` comments ignored. `path` only labels errors.
///
/// # Errors
///
/// [`ScoreError::Floors`] for an unknown layer key, a bad number, or a malformed line.
pub fn parse_floors(text: &str, path: &Path) -> Result<Vec<Floor>, ScoreError> {
    let mut floors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let err = |message: String| ScoreError::Floors {
            path: path.to_path_buf(),
            line: n + 1,
            message,
        };
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [key, value] = fields[..] else {
            let shown: String = line.chars().take(60).collect();
            return Err(err(format!("expected `LAYER<TAB>min_f1`, found {shown:?}")));
        };
        let layer = Layer::from_key(key).ok_or_else(|| {
            let keys: Vec<&str> = Layer::ALL.iter().map(|l| l.key()).collect();
            err(format!(
                "unknown layer {key:?} (one of {})",
                keys.join(", ")
            ))
        })?;
        let min_f1: f64 = value
            .parse()
            .ok()
            .filter(|f: &f64| (0.0..=1.0).contains(f))
            .ok_or_else(|| err(format!("min_f1 {value:?} is not a number from 0 to 1")))?;
        floors.push(Floor { layer, min_f1 });
    }
    Ok(floors)
}

/// Reads and parses a floors file (see [`parse_floors`]).
///
/// # Errors
///
/// [`ScoreError::Io`] if it cannot be read, else as [`parse_floors`].
pub fn read_floors(path: &Path) -> Result<Vec<Floor>, ScoreError> {
    let text = fs::read_to_string(path).map_err(|source| ScoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_floors(&text, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_float_repr() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.5, "1.5"),
            (123.0, "123.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (123456789012345678.0, "1.2345678901234568e+17"),
        ];
        for (x, want) in cases {
            assert_eq!(py_float(x), want);
        }
    }

    #[test]
    fn python_str_of_json() {
        let cases = [
            ("7", "7"),
            ("-7", "-7"),
            ("18446744073709551615", "18446744073709551615"),
            ("2.50", "2.5"),
            ("1e16", "1e+16"),
            ("true", "True"),
            ("null", "None"),
            (r#"["a", 1, null, "it's"]"#, r#"['a', 1, None, "it's"]"#),
            (r#"{"k": "v"}"#, "{'k': 'v'}"),
        ];
        for (json, want) in cases {
            let v: Value = serde_json::from_str(json).unwrap();
            assert_eq!(py_str(&v), want, "str() of {json}");
        }
        let num = |s: &str| serde_json::from_str::<Value>(s).unwrap();
        assert!(py_eq(&num("1"), &num("1.0")) && py_eq(&num("1"), &num("true")));
        assert!(!py_eq(&num("9007199254740993"), &num("9007199254740992.0")));
    }

    #[test]
    fn universal_newlines() {
        let lines: Vec<&[u8]> = text_lines(b"a\r\nb\rc\n\nd").collect();
        assert_eq!(lines, [&b"a"[..], b"b", b"c", b"", b"d"]);
    }

    #[test]
    fn matching_reroutes() {
        // left 0 can take right 0 or 1; left 1 only right 0: both must be matched.
        let left = ["a", "b"];
        let right = ["x", "y"];
        let m = max_matching(&left, &right, |l, r| *l == "a" || (*l == "b" && *r == "x"));
        assert_eq!(m, [Some(1), Some(0)]);
    }
}
