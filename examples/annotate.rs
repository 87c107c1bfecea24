//! Batch annotation: one JSON line per document on stdout.
//!
//! ```text
//! cargo run --release --example annotate -- news.jsonl article.txt > out.jsonl
//! cat news.jsonl | cargo run --release --example annotate -- --threads 4
//! cargo run --release --example annotate -- --text < article.txt
//! ```
//!
//! Each FILE ending in `.jsonl` is read as JSON Lines: one object per line with an
//! `"id"` (string or number, echoed as given) and a `"text"` (string); other fields are
//! ignored and blank lines skipped. Any other FILE is one plain-text document whose id
//! is the path as given. With no FILE, or with `-`, standard input is read as JSON
//! Lines; with `--text` it is read as one plain-text document with id `"stdin"`.
//!
//! Output is `{"id": ..., "entities": [...], "people": [...], "titles": [...],
//! "acronyms": [...]}` per document, in input order, whatever the number of threads.
//! Every object with byte offsets `start`/`end` also gets `char_start`/`char_end`
//! right after them: character offsets (Unicode scalar values), as Python counts.
//!
//! `--format` chooses another output (see `whoswho::format`): `displacy` (one JSON
//! line per document, spaCy's manual format with an `"id"`), `conll` (`# id = ...`
//! then `token<TAB>BIO tag` lines), `brat` (`DIR/<id>.txt` and `DIR/<id>.ann` under
//! `--out-dir DIR`) or `html` (one page for the whole batch, so every document is kept
//! in memory until the end). `--explain` prints on stderr, per document, a line per
//! entity and title with the rule and gazetteer entry behind it.
//!
//! A bad line (invalid UTF-8, malformed or truncated JSON, not an object, no id, no
//! text, a text that is not a string) is reported on stderr as
//! `annotate: FILE:LINE: what is wrong` and skipped; every other document is still
//! written. A summary line ends the run on stderr. Exit code: 0 if every document was
//! written (also when stdout is closed early, as by `| head`), 1 if any failed.
//!
//! Documents stream through a bounded pipeline (reader -> workers -> writer with a
//! reorder window), in batches of up to 256 documents or 1 MB of text, so memory stays
//! flat however many documents come in. A batch is also sent whenever the reader has
//! no more input buffered, so a slow stream on stdin is annotated as it arrives.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use serde_json::Value;
use whoswho::format::{self, CharOffsets};
use whoswho::{Document, Extractor};

/// Annotate news text with people, titles, organizations, places and acronyms.
#[derive(Parser, Debug)]
#[command(name = "annotate", version, about, long_about = None)]
struct Args {
    /// Input files: `*.jsonl` is JSON Lines ({"id", "text"} per line), anything else
    /// is one plain-text document whose id is its path; `-` or none reads stdin.
    files: Vec<PathBuf>,

    /// Number of worker threads (default: every available core).
    #[arg(long, short = 'j')]
    threads: Option<NonZeroUsize>,

    /// Read standard input as one plain-text document (id "stdin") instead of JSONL.
    #[arg(long)]
    text: bool,

    /// Output format. jsonl: one JSON line per document (byte and char offsets);
    /// displacy: spaCy displaCy manual JSON per line; conll: token and BIO tag
    /// columns; brat: .txt and .ann files under --out-dir; html: one self-contained
    /// page on stdout for the whole batch (buffers every document until the end).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,

    /// Directory for the brat files (`<id>.txt`, `<id>.ann`); required by --format brat.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// Print on stderr, per document, each entity and title with its rule and entry.
    #[arg(long)]
    explain: bool,

    /// An entity gazetteer to add to the embedded ones (the six-column TSV format of
    /// gazetteers/README.md, e.g. examples/gazetteer.tsv); may be given several times.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
}

/// What to write for each document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON line per document: the Document with character offsets added.
    Jsonl,
    /// One JSON line per document: spaCy displaCy manual format plus "id".
    Displacy,
    /// `# id = ...`, then `token<TAB>tag` lines, blank lines between sentences.
    Conll,
    /// brat standoff: `<id>.txt` and `<id>.ann` under --out-dir.
    Brat,
    /// One HTML page for the whole batch on stdout.
    Html,
}

/// A batch is sent once it holds this many documents...
const BATCH_DOCS: usize = 256;
/// ...or this many bytes of text.
const BATCH_BYTES: usize = 1 << 20;

/// One document on its way to a worker.
struct Doc {
    id: Value,
    text: String,
    /// Where it came from, for error messages: file name and line.
    file: Arc<str>,
    line: usize,
}

/// Consecutive documents, handed to one worker.
struct Batch {
    seq: u64,
    docs: Vec<Doc>,
}

/// A worker's answer for one batch.
struct Done {
    seq: u64,
    /// The output lines (JSON, CoNLL), each ending in a newline.
    lines: Vec<u8>,
    /// `--explain` text for stderr.
    explain: String,
    /// brat files to write: id, text, annotations.
    brat: Vec<(Value, String, String)>,
    /// Documents kept for the HTML page: id, text, annotations.
    html: Vec<(String, String, Document<'static>)>,
    written: u64,
    failed: u64,
    /// Bytes of text in the batch, for the progress line.
    bytes: u64,
}

/// One document's output, before it joins its batch's.
#[derive(Default)]
struct Rendered {
    lines: Vec<u8>,
    explain: String,
    brat: Option<(Value, String, String)>,
    html: Option<(String, String, Document<'static>)>,
}

/// An id as plain text: a string as it is, a number as written.
fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A file name for an id: letters, digits, `.`, `_` and `-` kept, the rest `_`.
fn safe_name(id: &Value) -> String {
    let name: String = id_text(id)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(120)
        .collect();
    let name = name.trim_start_matches('.');
    if name.is_empty() {
        "doc".to_string()
    } else {
        name.to_string()
    }
}

/// The `--explain` lines of one document.
fn explain(id: &Value, text: &str, doc: &Document<'_>, out: &mut String) {
    use std::fmt::Write as _;
    let chars = CharOffsets::new(text);
    let _ = writeln!(out, "explain {id}:");
    for e in doc.entities() {
        let (cs, ce) = chars.span(e.span);
        let _ = write!(
            out,
            "  {} {:?} {cs}..{ce} \u{2190} {}",
            e.kind.label(),
            e.text,
            e.why.rule
        );
        if let Some(entry) = &e.why.entry {
            let _ = write!(out, " {entry:?}");
        }
        if let Some(kb) = &e.id {
            let _ = write!(out, " [{kb}]");
        }
        out.push('\n');
    }
    for t in doc.titles() {
        let (cs, ce) = chars.span(t.span);
        let _ = write!(
            out,
            "  TITLE {:?} {cs}..{ce} ({}) \u{2190} {}; role {}",
            t.title, t.person, t.why.rule, t.role.text
        );
        if !t.modifiers.is_empty() {
            let modifiers: Vec<&str> = t.modifiers.iter().map(|m| m.text.as_ref()).collect();
            let _ = write!(out, "; modifiers {}", modifiers.join(", "));
        }
        if !t.chain.is_empty() {
            let chain: Vec<String> = t
                .chain
                .iter()
                .map(|c| match &c.id {
                    Some(kb) => format!("{} [{kb}]", c.text),
                    None => c.text.to_string(),
                })
                .collect();
            let _ = write!(out, "; chain {}", chain.join(" \u{2192} "));
        }
        out.push('\n');
    }
}

/// Extracts one document and renders it in `format`.
fn render(
    extractor: &Extractor,
    format: Format,
    explain_it: bool,
    id: Value,
    text: String,
) -> Rendered {
    let document = extractor.extract(&text);
    let mut out = Rendered::default();
    if explain_it {
        explain(&id, &text, &document, &mut out.explain);
    }
    match format {
        Format::Jsonl => {
            out.lines = format::jsonl(&id, &text, &document).into_bytes();
            out.lines.push(b'\n');
        }
        Format::Displacy => {
            let mut line = serde_json::to_vec(&serde_json::json!({"id": id}))
                .expect("an id always serializes");
            line.pop(); // the closing brace: the displaCy fields follow the id
            let rest = serde_json::to_vec(&format::displacy(&text, &document))
                .expect("JSON always serializes");
            line.push(b',');
            line.extend_from_slice(&rest[1..]);
            out.lines = line;
            out.lines.push(b'\n');
        }
        Format::Conll => {
            let id = id_text(&id).replace(['\n', '\r'], " ");
            out.lines = format!("# id = {id}\n{}\n", format::conll(&text, &document)).into_bytes();
        }
        Format::Brat => {
            let ann = format::brat(&text, &document);
            out.brat = Some((id, text, ann));
        }
        Format::Html => {
            // Kept past this borrow of `text`, which moves in beside it.
            let document = document.into_owned();
            out.html = Some((id_text(&id), text, document));
        }
    }
    out
}

/// Counts kept by the reader.
#[derive(Default)]
struct ReadStats {
    documents: u64,
    failed: u64,
    bytes: u64,
}

/// Where input comes from.
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// Prints one diagnostic on stderr; never fails (a closed stderr is ignored).
fn report(message: std::fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "annotate: {message}");
}

/// The reader's side of the pipeline: hands batches of documents to the workers, in
/// order, never more than the reorder window ahead of the writer.
struct Feeder {
    jobs: SyncSender<Batch>,
    tokens: Receiver<()>,
    seq: u64,
    batch: Vec<Doc>,
    batch_bytes: usize,
    stats: ReadStats,
}

impl Feeder {
    /// Adds a document to the current batch, sending it when full; false if the rest
    /// of the pipeline is gone.
    fn feed(&mut self, doc: Doc) -> bool {
        self.stats.documents += 1;
        self.batch_bytes += doc.text.len();
        self.batch.push(doc);
        if self.batch.len() >= BATCH_DOCS || self.batch_bytes >= BATCH_BYTES {
            self.flush()
        } else {
            true
        }
    }

    /// Sends the current batch, if any; false if the rest of the pipeline is gone.
    fn flush(&mut self) -> bool {
        if self.batch.is_empty() {
            return true;
        }
        if self.tokens.recv().is_err() {
            return false;
        }
        let batch = Batch {
            seq: self.seq,
            docs: std::mem::take(&mut self.batch),
        };
        self.seq += 1;
        self.batch_bytes = 0;
        self.jobs.send(batch).is_ok()
    }

    fn fail(&mut self, name: &str, line: usize, what: std::fmt::Arguments<'_>) {
        self.stats.failed += 1;
        report(format_args!("{name}:{line}: {what}"));
    }

    /// A whole source failed (cannot be opened or read).
    fn fail_source(&mut self, name: &str, what: std::fmt::Arguments<'_>) {
        self.stats.failed += 1;
        report(format_args!("{name}: {what}"));
    }

    /// Reads JSON Lines; false if the pipeline is gone.
    fn jsonl(&mut self, name: &str, mut input: BufReader<impl Read>) -> bool {
        let file: Arc<str> = Arc::from(name);
        let mut buf = Vec::new();
        let mut line_no = 0usize;
        loop {
            buf.clear();
            let n = match input.read_until(b'\n', &mut buf) {
                Ok(0) => return true,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.fail(name, line_no + 1, format_args!("read error: {e}"));
                    return true;
                }
            };
            line_no += 1;
            self.stats.bytes += n as u64;
            let mut line = buf.as_slice();
            if let Some(rest) = line.strip_suffix(b"\n") {
                line = rest;
            }
            if let Some(rest) = line.strip_suffix(b"\r") {
                line = rest;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match parse_line(line) {
                Ok((id, text)) => {
                    let doc = Doc {
                        id,
                        text,
                        file: Arc::clone(&file),
                        line: line_no,
                    };
                    if !self.feed(doc) {
                        return false;
                    }
                }
                Err(what) => self.fail(name, line_no, format_args!("{what}")),
            }
            // The next read may wait for more input: let the workers have what we have.
            if input.buffer().is_empty() && !self.flush() {
                return false;
            }
        }
    }

    /// Reads one plain-text document; false if the pipeline is gone.
    fn plain(&mut self, name: &str, id: String, mut input: impl Read) -> bool {
        let mut bytes = Vec::new();
        if let Err(e) = input.read_to_end(&mut bytes) {
            self.fail_source(name, format_args!("read error: {e}"));
            return true;
        }
        self.stats.bytes += bytes.len() as u64;
        match String::from_utf8(bytes) {
            Ok(text) => self.feed(Doc {
                id: Value::String(id),
                text,
                file: Arc::from(name),
                line: 1,
            }),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                self.fail(
                    name,
                    line,
                    format_args!("invalid UTF-8 (byte {at}); document skipped"),
                );
                true
            }
        }
    }
}

/// Parses one JSON Lines record into its id and text.
fn parse_line(line: &[u8]) -> Result<(Value, String), String> {
    if let Err(e) = std::str::from_utf8(line) {
        return Err(format!(
            "invalid UTF-8 at byte {} of the line",
            e.valid_up_to() + 1
        ));
    }
    let value: Value = serde_json::from_slice(line).map_err(|e| {
        if e.is_eof() {
            format!("truncated JSON: {e}")
        } else {
            format!("malformed JSON: {e}")
        }
    })?;
    let Value::Object(mut object) = value else {
        return Err(format!("not a JSON object ({})", kind(&value)));
    };
    let id = match object.remove("id") {
        None => return Err("missing \"id\"".to_string()),
        Some(id @ (Value::String(_) | Value::Number(_))) => id,
        Some(other) => {
            return Err(format!(
                "\"id\" must be a string or a number, not {}",
                kind(&other)
            ));
        }
    };
    match object.remove("text") {
        None => Err("missing \"text\"".to_string()),
        Some(Value::String(text)) => Ok((id, text)),
        Some(other) => Err(format!("\"text\" is not a string ({})", kind(&other))),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads every source in order and feeds the pipeline.
fn read_all(sources: Vec<Source>, stdin_text: bool, mut feeder: Feeder) -> ReadStats {
    for source in sources {
        let name = source.name();
        let go_on = match &source {
            Source::Stdin if stdin_text => {
                feeder.plain(&name, "stdin".to_string(), io::stdin().lock())
            }
            Source::Stdin => feeder.jsonl(&name, BufReader::with_capacity(1 << 16, io::stdin())),
            Source::File(path) => match File::open(path) {
                Err(e) => {
                    feeder.fail_source(&name, format_args!("cannot open: {e}"));
                    true
                }
                Ok(file) if path.extension().is_some_and(|ext| ext == "jsonl") => {
                    feeder.jsonl(&name, BufReader::with_capacity(1 << 16, file))
                }
                Ok(file) => feeder.plain(&name, name.clone(), file),
            },
        };
        if !go_on {
            break;
        }
    }
    feeder.flush();
    feeder.stats
}

/// Extracts and renders batches until the job channel closes.
fn work(
    extractor: &Extractor,
    (format, explain_it): (Format, bool),
    jobs: &Mutex<Receiver<Batch>>,
    done: &SyncSender<Done>,
) {
    loop {
        // A poisoned lock only means another worker panicked while waiting; go on.
        let batch = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        let Ok(batch) = batch else { return };
        let mut out = Done {
            seq: batch.seq,
            lines: Vec::new(),
            explain: String::new(),
            brat: Vec::new(),
            html: Vec::new(),
            written: 0,
            failed: 0,
            bytes: batch.docs.iter().map(|d| d.text.len() as u64).sum(),
        };
        for doc in batch.docs {
            let Doc {
                id,
                text,
                file,
                line,
            } = doc;
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                render(extractor, format, explain_it, id, text)
            }));
            match result {
                Ok(rendered) => {
                    out.lines.extend_from_slice(&rendered.lines);
                    out.explain.push_str(&rendered.explain);
                    out.brat.extend(rendered.brat);
                    out.html.extend(rendered.html);
                    out.written += 1;
                }
                Err(payload) => {
                    out.failed += 1;
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_string());
                    report(format_args!(
                        "{file}:{line}: extraction panicked: {message}; document skipped"
                    ));
                }
            }
        }
        if done.send(out).is_err() {
            return;
        }
    }
}

/// Writes one document's brat pair under `dir`, with a name not used before.
fn write_brat(
    dir: &std::path::Path,
    used: &mut std::collections::HashSet<String>,
    (id, text, ann): &(Value, String, String),
) -> io::Result<()> {
    let base = safe_name(id);
    let mut name = base.clone();
    let mut n = 1;
    while !used.insert(name.clone()) {
        n += 1;
        name = format!("{base}-{n}");
    }
    std::fs::write(dir.join(format!("{name}.txt")), text)?;
    std::fs::write(dir.join(format!("{name}.ann")), ann)
}

/// Exits on a write error: quietly with 0 for a closed pipe, with 1 otherwise.
fn write_failed(e: io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    report(format_args!("cannot write output: {e}"));
    std::process::exit(1);
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.format == Format::Brat {
        let Some(dir) = &args.out_dir else {
            report(format_args!("--format brat needs --out-dir DIR"));
            return ExitCode::from(2);
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            report(format_args!("cannot create {}: {e}", dir.display()));
            return ExitCode::from(2);
        }
    }
    let settings = (args.format, args.explain);
    let started = Instant::now();
    let threads = args
        .threads
        .or_else(|| thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let sources: Vec<Source> = if args.files.is_empty() {
        vec![Source::Stdin]
    } else {
        args.files
            .into_iter()
            .map(|path| {
                if path.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(path)
                }
            })
            .collect()
    };

    let extractor = if args.gazetteer.is_empty() {
        Extractor::default()
    } else {
        let mut builder = Extractor::builder();
        for path in &args.gazetteer {
            builder.gazetteer_file(path);
        }
        match builder.build() {
            Ok(extractor) => extractor,
            Err(e) => {
                report(format_args!("{e}"));
                return ExitCode::from(2);
            }
        }
    };
    let mut progress = Progress::new(started);

    // In flight at once, from reader to writer: at most `window` batches.
    let window = 4 * threads;
    let (job_tx, job_rx) = mpsc::sync_channel::<Batch>(2 * threads);
    let (done_tx, done_rx) = mpsc::sync_channel::<Done>(2 * threads);
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        token_tx
            .send(())
            .expect("the token channel holds the window");
    }

    let feeder = Feeder {
        jobs: job_tx,
        tokens: token_rx,
        seq: 0,
        batch: Vec::new(),
        batch_bytes: 0,
        stats: ReadStats::default(),
    };
    let stdin_text = args.text;
    let reader = thread::Builder::new()
        .name("reader".into())
        .spawn(move || read_all(sources, stdin_text, feeder))
        .expect("spawn the reader thread");

    let jobs = Arc::new(Mutex::new(job_rx));
    let workers: Vec<_> = (0..threads)
        .map(|i| {
            let extractor = extractor.clone();
            let jobs = Arc::clone(&jobs);
            let done = done_tx.clone();
            thread::Builder::new()
                .name(format!("worker-{i}"))
                .spawn(move || work(&extractor, settings, &jobs, &done))
                .expect("spawn a worker thread")
        })
        .collect();
    drop(done_tx);

    // The writer: restores input order with a reorder buffer bounded by the window.
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut pending: HashMap<u64, Done> = HashMap::new();
    let mut next = 0u64;
    let mut written = 0u64;
    let mut failed_extraction = 0u64;
    let mut brat_names = std::collections::HashSet::new();
    let mut html_docs: Vec<(String, String, Document<'static>)> = Vec::new();
    loop {
        let done = match done_rx.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                // Nothing ready: let what we have reach the reader of our output.
                if let Err(e) = out.flush() {
                    write_failed(e);
                }
                match done_rx.recv() {
                    Ok(done) => done,
                    Err(_) => break,
                }
            }
        };
        pending.insert(done.seq, done);
        while let Some(done) = pending.remove(&next) {
            if let Err(e) = out.write_all(&done.lines) {
                write_failed(e);
            }
            if !done.explain.is_empty() {
                let _ = io::stderr().lock().write_all(done.explain.as_bytes());
            }
            let mut lost = 0;
            if let Some(dir) = &args.out_dir {
                for file in &done.brat {
                    if let Err(e) = write_brat(dir, &mut brat_names, file) {
                        report(format_args!("cannot write brat files for {}: {e}", file.0));
                        lost += 1;
                    }
                }
            }
            html_docs.extend(done.html);
            progress.documents(done.written + done.failed, done.bytes);
            written += done.written - lost;
            failed_extraction += lost;
            failed_extraction += done.failed;
            next += 1;
            // Never blocks: at most `window` tokens are ever out.
            let _ = token_tx.send(());
        }
    }
    if args.format == Format::Html {
        let docs: Vec<(&str, &str, &Document<'_>)> = html_docs
            .iter()
            .map(|(id, text, doc)| (id.as_str(), text.as_str(), doc))
            .collect();
        if let Err(e) = out.write_all(format::html(&docs).as_bytes()) {
            write_failed(e);
        }
    }
    if let Err(e) = out.flush() {
        write_failed(e);
    }
    drop(out);

    let stats = reader.join().expect("the reader thread does not panic");
    for worker in workers {
        let _ = worker.join();
    }
    progress.clear();
    let failed = stats.failed + failed_extraction;
    let seconds = started.elapsed().as_secs_f64();
    let mb = stats.bytes as f64 / 1e6;
    let peak = peak_rss_mb().map_or(String::new(), |rss| format!(", peak RSS {rss:.0} MB"));
    report(format_args!(
        "{} documents read, {written} written, {failed} failed, {mb:.1} MB in {seconds:.2} s ({:.1} MB/s, {:.0} documents/s{peak})",
        stats.documents,
        mb / seconds.max(1e-9),
        stats.documents as f64 / seconds.max(1e-9),
    ));
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The process's peak resident memory in MB, where the system says (Linux's
/// `VmHWM`): the batch benchmark reports it to show that memory does not grow with
/// the number of documents.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// A progress line on stderr, for batches that take more than a second, and only
/// when stderr is a terminal (a log file gets the closing summary alone).
struct Progress {
    started: Instant,
    enabled: bool,
    last: Option<Instant>,
    documents: u64,
    bytes: u64,
}

impl Progress {
    fn new(started: Instant) -> Progress {
        let enabled = io::stderr().is_terminal();
        Progress {
            started,
            enabled,
            last: None,
            documents: 0,
            bytes: 0,
        }
    }

    fn documents(&mut self, documents: u64, bytes: u64) {
        self.documents += documents;
        self.bytes += bytes;
        let now = Instant::now();
        let due = now.duration_since(self.started).as_secs_f64() > 1.0
            && self
                .last
                .is_none_or(|last| now.duration_since(last).as_millis() >= 250);
        if self.enabled && due {
            self.last = Some(now);
            let seconds = now.duration_since(self.started).as_secs_f64();
            let mb = self.bytes as f64 / 1e6;
            let _ = write!(
                io::stderr().lock(),
                "\rannotate: {} documents, {mb:.1} MB, {:.1} MB/s ",
                self.documents,
                mb / seconds
            );
        }
    }

    fn clear(&self) {
        if self.enabled && self.last.is_some() {
            let _ = write!(io::stderr().lock(), "\r{:60}\r", "");
        }
    }
}
