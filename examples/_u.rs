fn main() {
    let mut texts = Vec::new();
    for f in [
        "../shared/eval/dev/seed.jsonl",
        "../shared/eval/dev/cn-media.jsonl",
        "../shared/eval/dev/world-media.jsonl",
    ] {
        for line in std::fs::read_to_string(f).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let e = whoswho::Extractor::default();
    for round in 0..3 {
        let s = std::time::Instant::now();
        for _ in 0..50 {
            for t in &texts {
                std::hint::black_box(e.extract(t));
            }
        }
        let secs = s.elapsed().as_secs_f64();
        eprintln!(
            "round {round}: {:.1} MB/s",
            (bytes * 50) as f64 / secs / 1e6
        );
    }
}
