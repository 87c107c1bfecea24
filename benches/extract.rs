//! Throughput of the extraction pipeline, against a bare gazetteer scan of the same text.
//!
//! ```text
//! cargo bench --bench extract                           # full criterion run
//! WHOSWHO_BENCH_QUICK=1 cargo bench --bench extract     # one to two minutes, for CI
//! ```
//!
//! Groups: `extract/10KB`, `extract/1MB`, `extract/10MB` (`Extractor::extract` on a
//! generated news corpus: a megabyte of it as documents of 10 KB, then one document
//! of 1 MB, one of 10 MB), `adversarial/KIND/SIZE` (inputs built to expose
//! superlinear steps: capitalized words, "of the" chains, brackets, one token, no
//! spaces at all; as documents of 10 KB, 1 MB and 10 MB, in the full run only),
//! `bare_scan/1MB` (an Aho-Corasick automaton of every gazetteer surface form,
//! leftmost-longest, counting matches: the floor no pipeline can beat), and
//! `build/default` (`Extractor::builder().build()`).
//!
//! Small documents are timed as many different ones, never as one document again
//! and again: the same text time after time runs from warm caches and from branch
//! predictors that have learnt it, as no real batch does, and the first 10 KB of a
//! text says little of the rest (10 KB slices of the corpus read at 70 to 100 MB/s
//! when each is timed alone that way).
//!
//! In quick mode the adversarial groups are left to the summary, which ends the run
//! on stdout, timed with `Instant`: the things compared (the pipeline and the bare
//! scan; the three sizes of one input) are timed in turns, and medians taken, so
//! that a slow spell of a noisy machine does not fall on one of them only:
//!
//! ```text
//! extract 1MB: X MB/s; 10KB documents: D/s; bare scan: Y MB/s; ratio: Z
//! build/default: B ms
//! MB/s by document size (10KB, 1MB, 10MB: the same 10 MB of text as ...) and slowest/fastest:
//!   news          ...
//!   capitalized   ...
//! real news (...): R MB/s
//! ```
//!
//! The 10 KB documents of the first line are its megabyte cut where paragraphs end
//! (102 documents). Each row of the size comparison reads one 10 MB text three ways:
//! as documents of up to 10 KB (1,014 of them), of up to 1 MB (11) and as one, cut
//! the same way, so that only the size of a document differs between the three.
//!
//! The last line, when the gold sets are beside the repository (`../shared/eval`),
//! times their texts as one document: news as written, whose vocabulary is far
//! wider than the generated corpus's.
//!
//! Z is how many times faster the bare scan is. It only reports: nothing here fails
//! on time.

mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use corpus::Adversarial;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput};
use whoswho::Extractor;

const KB: usize = 1_000;
const MB: usize = 1_000_000;

/// The document sizes compared.
const SIZES: [usize; 3] = [10 * KB, MB, 10 * MB];

/// The text read at every size of the summary's comparison: as documents of up
/// to 10 KB, of up to 1 MB, or one of 10 MB.
const LINEARITY_BYTES: usize = 10 * MB;

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
    for size in SIZES {
        bench_documents(
            &mut group,
            extractor,
            size,
            &corpus::documents(MB.max(size), size),
        );
    }
    group.finish();
}

fn bench_adversarial(c: &mut Criterion, extractor: &Extractor) {
    for kind in Adversarial::ALL {
        let mut group = c.benchmark_group(format!("adversarial/{}", kind.name()));
        group.sample_size(10);
        for size in SIZES {
            bench_documents(
                &mut group,
                extractor,
                size,
                &kind.documents(MB.max(size), size),
            );
        }
        group.finish();
    }
}

/// Times `extractor` on each of `documents` (of `size` bytes each) in turn.
fn bench_documents(
    group: &mut BenchmarkGroup<'_, WallTime>,
    extractor: &Extractor,
    size: usize,
    documents: &[String],
) {
    let bytes: usize = documents.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    // Long iterations: same count per sample, not 1 + 2 + ... + n.
    group.sampling_mode(SamplingMode::Flat);
    if bytes >= 10 * MB {
        group.sample_size(10);
    }
    group.bench_with_input(
        BenchmarkId::from_parameter(size_label(size)),
        documents,
        |b, documents| {
            b.iter(|| {
                for text in documents {
                    black_box(extractor.extract(black_box(text)));
                }
            })
        },
    );
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

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Runs every job once per turn, for `turns` turns, and returns the time each job
/// reports, turn by turn. Turns spread the jobs over the same moments, so a slow
/// spell of a noisy machine weighs on all of them alike and the ratios between
/// them stay fair: measured one after the other, a spell could fall on one job only.
fn in_turns(turns: usize, jobs: &mut [&mut dyn FnMut() -> f64]) -> Vec<Vec<f64>> {
    let mut times = vec![Vec::with_capacity(turns); jobs.len()];
    for _ in 0..turns {
        for (job, times) in jobs.iter_mut().zip(&mut times) {
            times.push(job());
        }
    }
    times
}

/// A job for [`in_turns`]: runs `f` once untimed, so that the caches and the
/// thread's spare memory are as a run of such work leaves them (the job before
/// it in the turn left them for other work), then once timed; returns the timed
/// seconds.
fn warm_job<'a>(mut f: impl FnMut() + 'a) -> impl FnMut() -> f64 + 'a {
    move || {
        f();
        let start = Instant::now();
        f();
        start.elapsed().as_secs_f64().max(1e-9)
    }
}

/// [`warm_job`] extracting each of `documents` once.
fn extract_job<'a>(extractor: &'a Extractor, documents: &'a [String]) -> impl FnMut() -> f64 + 'a {
    warm_job(move || {
        for text in documents {
            black_box(extractor.extract(black_box(text)));
        }
    })
}

/// The plain summary for CI logs. Reports, never judges.
fn summary(extractor: &Extractor) {
    let text = corpus::corpus(MB);
    let small = corpus::documents(MB, 10 * KB);
    let mut extract = extract_job(extractor, std::slice::from_ref(&text));
    let mut extract_small = extract_job(extractor, &small);
    let (extract_secs, docs_per_s, bare) = match bare_automaton(extractor) {
        Some(automaton) => {
            let mut scan = warm_job(|| {
                black_box(automaton.find_iter(black_box(text.as_str())).count());
            });
            let mut t = in_turns(15, &mut [&mut extract, &mut extract_small, &mut scan]);
            // The ratio of each turn, then their median: both sides of a ratio
            // are timed within milliseconds of each other.
            let mut ratios: Vec<f64> = t[0].iter().zip(&t[2]).map(|(e, b)| e / b).collect();
            let ratio = median(&mut ratios);
            let bare = text.len() as f64 / 1e6 / median(&mut t[2]);
            (
                median(&mut t[0]),
                small.len() as f64 / median(&mut t[1]),
                format!("{bare:.1} MB/s; ratio: {ratio:.2}"),
            )
        }
        None => {
            let mut t = in_turns(15, &mut [&mut extract, &mut extract_small]);
            (
                median(&mut t[0]),
                small.len() as f64 / median(&mut t[1]),
                "n/a (no gazetteer patterns); ratio: n/a".to_string(),
            )
        }
    };
    let extract = text.len() as f64 / 1e6 / extract_secs;
    println!(
        "extract 1MB: {extract:.1} MB/s; 10KB documents: {docs_per_s:.0}/s; bare scan: {bare}"
    );
    let mut build = warm_job(|| {
        black_box(
            Extractor::builder()
                .build()
                .expect("the embedded gazetteers build"),
        );
    });
    let mut builds = in_turns(5, &mut [&mut build]);
    println!("build/default: {:.1} ms", median(&mut builds[0]) * 1e3);

    println!(
        "MB/s by document size (10KB, 1MB, 10MB: the same 10 MB of text as documents of up to each size) and slowest/fastest:"
    );
    type Input = (&'static str, Box<dyn Fn(usize) -> Vec<String>>);
    let mut inputs: Vec<Input> = vec![(
        "news",
        Box::new(|size| corpus::documents(LINEARITY_BYTES, size)),
    )];
    for kind in Adversarial::ALL {
        inputs.push((
            kind.name(),
            Box::new(move |size| kind.documents(LINEARITY_BYTES, size)),
        ));
    }
    for (name, documents) in &inputs {
        let sets: Vec<Vec<String>> = SIZES.iter().map(|&size| documents(size)).collect();
        let mut jobs: Vec<_> = sets.iter().map(|set| extract_job(extractor, set)).collect();
        let mut jobs: Vec<&mut dyn FnMut() -> f64> = jobs
            .iter_mut()
            .map(|j| j as &mut dyn FnMut() -> f64)
            .collect();
        let times = in_turns(5, &mut jobs);
        let rates: Vec<f64> = times
            .into_iter()
            .zip(&sets)
            .map(|(mut t, set)| {
                let bytes: usize = set.iter().map(String::len).sum();
                bytes as f64 / 1e6 / median(&mut t)
            })
            .collect();
        let fastest = rates.iter().copied().fold(f64::MIN, f64::max);
        let slowest = rates.iter().copied().fold(f64::MAX, f64::min);
        println!(
            "  {name:12} {:>8.1} {:>8.1} {:>8.1}   {:.2}",
            rates[0],
            rates[1],
            rates[2],
            fastest / slowest
        );
    }

    if let Some(text) = real_news() {
        let one = [text];
        let mut job = extract_job(extractor, &one);
        let mut t = in_turns(15, &mut [&mut job]);
        println!(
            "real news (CoNLL-2003 test A and B and the dev set, {} KB as one document): {:.1} MB/s",
            one[0].len() / KB,
            one[0].len() as f64 / 1e6 / median(&mut t[0])
        );
    }
}

/// The texts of the gold sets beside the repository (`../shared/eval`: CoNLL-2003
/// test A and B, then the dev set's files in name order), joined as one document:
/// real news, with the vocabulary of real news, where the generated corpus repeats
/// a few hundred words. None when they are not there. Read for timing only.
fn real_news() -> Option<String> {
    let eval = Path::new("../shared/eval");
    let mut dev: Vec<PathBuf> = std::fs::read_dir(eval.join("dev"))
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    dev.sort();
    let conll = ["testa", "testb"].map(|set| eval.join(format!("conll2003/{set}.jsonl")));
    let mut texts = Vec::new();
    for file in conll.into_iter().chain(dev) {
        let Ok(lines) = std::fs::read_to_string(&file) else {
            continue;
        };
        for line in lines.lines() {
            if let Ok(doc) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(text) = doc["text"].as_str()
            {
                texts.push(text.to_owned());
            }
        }
    }
    (!texts.is_empty()).then(|| texts.join("\n\n"))
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
    if !quick {
        bench_adversarial(&mut criterion, &extractor);
    }
    bench_bare_scan(&mut criterion, &extractor);
    bench_build(&mut criterion);
    criterion.final_summary();

    if quick {
        summary(&extractor);
    }
}
