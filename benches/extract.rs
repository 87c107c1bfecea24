//! Throughput of the extraction pipeline, against a bare gazetteer scan of the same text.
//!
//! ```text
//! cargo bench --bench extract                           # full criterion run
//! WHOSWHO_BENCH_QUICK=1 cargo bench --bench extract     # about a minute, for CI
//! ```
//!
//! Groups: `extract/10KB`, `extract/1MB`, `extract/10MB` (`Extractor::extract` on a
//! generated news corpus), `bare_scan/1MB` (an Aho-Corasick automaton of every gazetteer
//! surface form, leftmost-longest, counting matches: the floor no pipeline can beat),
//! and `build/default` (`Extractor::builder().build()`).
//!
//! In quick mode a plain summary ends the run on stdout:
//! `extract 1MB: X MB/s; bare scan: Y MB/s; ratio: Z` (Z = how many times faster the
//! bare scan is), timed with `Instant` over a few repetitions (median). It only reports:
//! nothing here fails on time.

mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use whoswho::Extractor;

const KB: usize = 1_000;
const MB: usize = 1_000_000;

fn quick() -> bool {
    std::env::var("WHOSWHO_BENCH_QUICK").is_ok_and(|v| v == "1")
}

fn size_label(bytes: usize) -> String {
    if bytes >= MB {
        format!("{}MB", bytes / MB)
    } else {
        format!("{}KB", bytes / KB)
    }
}

/// The gazetteer automaton, or `None` while the pattern list is empty.
fn bare_automaton(extractor: &Extractor) -> Option<AhoCorasick> {
    let patterns = extractor.gazetteer_patterns();
    if patterns.is_empty() {
        return None;
    }
    Some(
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("the gazetteer patterns build an automaton"),
    )
}

fn bench_extract(c: &mut Criterion, extractor: &Extractor) {
    let mut group = c.benchmark_group("extract");
    for bytes in [10 * KB, MB, 10 * MB] {
        let text = corpus::corpus(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if bytes >= MB {
            // Long iterations: same count per sample, not 1 + 2 + ... + n.
            group.sampling_mode(SamplingMode::Flat);
        }
        if bytes >= 10 * MB {
            group.sample_size(10);
        }
        group.bench_with_input(
            BenchmarkId::from_parameter(size_label(bytes)),
            &text,
            |b, text| b.iter(|| extractor.extract(black_box(text))),
        );
    }
    group.finish();
}

fn bench_bare_scan(c: &mut Criterion, extractor: &Extractor) {
    let Some(automaton) = bare_automaton(extractor) else {
        eprintln!(
            "bare_scan/1MB: skipped: Extractor::gazetteer_patterns() is empty (no gazetteers yet)"
        );
        return;
    };
    let text = corpus::corpus(MB);
    let mut group = c.benchmark_group("bare_scan");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter("1MB"), &text, |b, text| {
        b.iter(|| automaton.find_iter(black_box(text.as_str())).count())
    });
    group.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.bench_function("default", |b| {
        b.iter(|| {
            Extractor::builder()
                .build()
                .expect("the embedded gazetteers build")
        })
    });
    group.finish();
}

/// Median wall time of `reps` runs of `f`, in seconds.
fn median_secs(reps: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..reps)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The plain one-line summary for CI logs. Reports, never judges.
fn summary(extractor: &Extractor) {
    let text = corpus::corpus(MB);
    let mb = text.len() as f64 / 1e6;
    let extract = mb
        / median_secs(5, || {
            black_box(extractor.extract(black_box(&text)));
        })
        .max(1e-9);
    match bare_automaton(extractor) {
        Some(automaton) => {
            let bare = mb
                / median_secs(5, || {
                    black_box(automaton.find_iter(black_box(text.as_str())).count());
                })
                .max(1e-9);
            println!(
                "extract 1MB: {extract:.1} MB/s; bare scan: {bare:.1} MB/s; ratio: {:.1}",
                bare / extract
            );
        }
        None => println!(
            "extract 1MB: {extract:.1} MB/s; bare scan: n/a (no gazetteer patterns); ratio: n/a"
        ),
    }
}

fn main() {
    let quick = quick();
    let mut criterion = Criterion::default();
    if quick {
        criterion = criterion
            .sample_size(10)
            .measurement_time(Duration::from_secs(2))
            .warm_up_time(Duration::from_millis(500));
    }
    let mut criterion = criterion.configure_from_args();

    let extractor = Extractor::default();
    bench_extract(&mut criterion, &extractor);
    bench_bare_scan(&mut criterion, &extractor);
    bench_build(&mut criterion);
    criterion.final_summary();

    if quick {
        summary(&extractor);
    }
}
