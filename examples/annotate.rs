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
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

use clap::Parser;
use serde::Serialize;
use serde_json::Value;
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
    /// The JSON lines, each ending in a newline.
    lines: Vec<u8>,
    written: u64,
    failed: u64,
}

/// What one output line looks like.
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    #[serde(flatten)]
    doc: &'a Document,
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

/// Extracts and serializes batches until the job channel closes.
fn work(extractor: &Extractor, jobs: &Mutex<Receiver<Batch>>, done: &SyncSender<Done>) {
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
            written: 0,
            failed: 0,
        };
        for doc in batch.docs {
            let mark = out.lines.len();
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                let document = extractor.extract(&doc.text);
                serde_json::to_writer(
                    &mut out.lines,
                    &Output {
                        id: &doc.id,
                        doc: &document,
                    },
                )
                .expect("a Document always serializes");
                out.lines.push(b'\n');
            }));
            match result {
                Ok(()) => out.written += 1,
                Err(payload) => {
                    out.lines.truncate(mark);
                    out.failed += 1;
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_string());
                    report(format_args!(
                        "{}:{}: extraction panicked: {message}; document skipped",
                        doc.file, doc.line
                    ));
                }
            }
        }
        if done.send(out).is_err() {
            return;
        }
    }
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

    let extractor = Extractor::default();

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
                .spawn(move || work(&extractor, &jobs, &done))
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
            written += done.written;
            failed_extraction += done.failed;
            next += 1;
            // Never blocks: at most `window` tokens are ever out.
            let _ = token_tx.send(());
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
    let failed = stats.failed + failed_extraction;
    let seconds = started.elapsed().as_secs_f64();
    let mb = stats.bytes as f64 / 1e6;
    report(format_args!(
        "{} documents read, {written} written, {failed} failed, {mb:.1} MB in {seconds:.2} s ({:.1} MB/s)",
        stats.documents,
        mb / seconds.max(1e-9),
    ));
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
