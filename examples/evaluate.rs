//! Scores whoswho against gold JSONL, with the same figures as `score.py`.
//!
//! ```text
//! cargo run --release --example evaluate -- eval/gold.jsonl               # run the extractor
//! cargo run --release --example evaluate -- GOLD --system out.jsonl       # score a given output
//! cargo run --release --example evaluate -- GOLD --floors eval/floors.tsv # fail below the floors
//! ```
//!
//! Without `--system`, the extractor runs in process on each gold document's `text`,
//! so a change to the pipeline is scored without writing files. Exit status: 0 on
//! success, 1 if a floor is not met, 2 on an error.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use serde_json::Value;
use whoswho::score::{self, Report};

/// Score whoswho output against gold JSONL (figures identical to score.py).
#[derive(Parser, Debug)]
#[command(name = "evaluate")]
struct Args {
    /// Gold JSONL files, or directories whose *.jsonl files are read in sorted order.
    #[arg(required = true, value_name = "GOLD")]
    gold: Vec<PathBuf>,

    /// Score this system output (JSONL file or directory) instead of running the
    /// extractor on the gold texts.
    #[arg(long, value_name = "FILE")]
    system: Option<PathBuf>,

    /// Print false negatives and positives per document before the table.
    #[arg(long)]
    errors: bool,

    /// Check per-layer F1 floors (`LAYER<TAB>min_f1` a line); exit 1 if one is not met.
    #[arg(long, value_name = "FILE")]
    floors: Option<PathBuf>,

    /// Write the extractor's output, one JSON document a line, for inspection or for
    /// score.py.
    #[arg(long, value_name = "OUT", conflicts_with = "system")]
    json: Option<PathBuf>,

    /// Print documents, bytes and extraction speed to stderr.
    #[arg(long, conflicts_with = "system")]
    time: bool,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("evaluate: {message}");
            ExitCode::from(2)
        }
    }
}

/// Returns whether every floor holds.
fn run(args: Args) -> Result<bool, String> {
    // Floors first: a typo in the floors file should not cost a whole extraction run.
    let floors = match &args.floors {
        Some(path) => score::read_floors(path).map_err(|e| e.to_string())?,
        None => Vec::new(),
    };
    let gold = score::read_jsonl_all(&args.gold, "gold").map_err(|e| e.to_string())?;
    let system = match &args.system {
        Some(path) => score::read_jsonl(path, "system").map_err(|e| e.to_string())?,
        None => extract_all(&gold, args.time)?,
    };
    if let Some(out) = &args.json {
        write_jsonl(out, &system).map_err(|e| format!("{}: {e}", out.display()))?;
    }

    let report = score::score(&gold, &system);
    if args.errors {
        println!("{}", report.errors());
        println!();
    }
    println!("{}", report.table());
    Ok(check_floors(&report, &floors))
}

/// Runs the default extractor on each gold text; the output documents carry the gold id.
fn extract_all(gold: &[(String, Value)], time: bool) -> Result<Vec<(String, Value)>, String> {
    let extractor = whoswho::Extractor::default();
    let mut out = Vec::with_capacity(gold.len());
    let mut bytes = 0;
    let mut elapsed = 0.0;
    for (id, doc) in gold {
        let text = doc
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("gold document {id:?} has no `text` string to extract from"))?;
        let start = Instant::now();
        let found = extractor.extract(text);
        elapsed += start.elapsed().as_secs_f64();
        bytes += text.len();
        // The same JSON as `annotate` writes, character offsets included.
        let line = whoswho::format::jsonl(&Value::String(id.clone()), text, &found);
        let value = serde_json::from_str(&line)
            .map_err(|e| format!("gold document {id:?}: cannot read back the output: {e}"))?;
        out.push((id.clone(), value));
    }
    if time {
        let speed = if elapsed > 0.0 {
            bytes as f64 / 1e6 / elapsed
        } else {
            f64::INFINITY
        };
        eprintln!(
            "time: {} documents, {bytes} bytes, {elapsed:.3} s extraction, {speed:.2} MB/s",
            gold.len()
        );
    }
    Ok(out)
}

fn write_jsonl(path: &Path, docs: &[(String, Value)]) -> std::io::Result<()> {
    let mut w = BufWriter::new(File::create(path)?);
    for (_, doc) in docs {
        serde_json::to_writer(&mut w, doc)?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

/// Prints one line per floor and returns whether all hold.
fn check_floors(report: &Report, floors: &[score::Floor]) -> bool {
    if floors.is_empty() {
        return true;
    }
    println!();
    let mut all = true;
    for floor in floors {
        let f1 = report.layer(floor.layer).f1();
        let holds = floor.holds(report);
        all &= holds;
        let shown = f1.map_or_else(|| "-".to_string(), |f| format!("{f:.3}"));
        let verdict = if holds { "ok" } else { "BELOW" };
        println!(
            "floor {} {:.3}: {verdict} ({shown})",
            floor.layer.key(),
            floor.min_f1
        );
    }
    all
}
