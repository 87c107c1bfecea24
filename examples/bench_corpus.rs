//! Writes the benchmark corpus as JSON lines, for timing batch annotation.
//!
//! ```text
//! cargo run --release --example bench_corpus -- 100000000 > batch.jsonl
//! cargo run --release --example annotate -- --threads 2 batch.jsonl > /dev/null
//! ```
//!
//! The articles are those `benches/corpus/mod.rs` generates for `cargo bench` (about
//! 1.7 KB each, news-like, every name made up), one per line as
//! `{"id": "bench-N", "text": ...}`, until the texts add up to the given number of
//! bytes. `scripts/bench-batch.sh` runs the whole batch benchmark.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(bytes) = std::env::args()
        .nth(1)
        .and_then(|a| a.parse::<usize>().ok())
    else {
        eprintln!("usage: bench_corpus BYTES > batch.jsonl");
        return ExitCode::from(2);
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut n = 0usize;
    let mut result = Ok(());
    corpus::for_each_article(bytes, |text| {
        if result.is_ok() {
            n += 1;
            let line = serde_json::json!({ "id": format!("bench-{n}"), "text": text });
            result = writeln!(out, "{line}");
        }
    });
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_corpus: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
