#[path = "../benches/corpus/mod.rs"]
mod corpus;
fn main() {
    let t = corpus::corpus(1_000_000);
    let e = whoswho::Extractor::default();
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut best = f64::MAX;
    for _ in 0..n {
        let s = std::time::Instant::now();
        let d = e.extract(&t);
        best = best.min(s.elapsed().as_secs_f64());
        std::hint::black_box(d);
    }
    eprintln!("best {:.1} ms", best * 1e3);
}
