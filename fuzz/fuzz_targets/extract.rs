//! Fuzz target: any UTF-8 input is extracted without a panic, and every span
//! slices the input to the text it reports.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run extract --sanitizer none -- -max_total_time=600`
//! (see fuzz/README.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;
use whoswho::Extractor;

static EXTRACTOR: Lazy<Extractor> = Lazy::new(Extractor::default);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = EXTRACTOR.extract(text);
    let mut previous_end = 0;
    for e in doc.entities() {
        assert_eq!(&text[e.span.range()], e.text);
        assert!(e.span.start >= previous_end);
        previous_end = e.span.end;
    }
    for t in doc.titles() {
        assert_eq!(&text[t.span.range()], t.title);
        assert!(t.holder < doc.people().len());
        for link in &t.chain {
            assert!(t.span.contains(link.span));
        }
    }
    for p in doc.people() {
        for m in &p.mentions {
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
});
