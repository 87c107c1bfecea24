//! Renders the HTML view of two documents and checks what a browser makes of it.
//!
//! With `/usr/bin/chromium` present, headless Chromium loads the page from a file,
//! dumps its DOM and takes a screenshot: the DOM must hold exactly the entity marks
//! and table rows the Documents hold, and the screenshot must be a non-empty PNG. Without
//! Chromium the same checks run on the HTML string itself, so the test always asserts
//! the page's content; only the browser's parse and the screenshot are skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;
use whoswho::{Document, Extractor};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Our own text: accented names before the spans, markup-like characters, a quote.
const SECOND: &str = "Nguyễn Văn Thắng, Vice Minister of Foreign Affairs of Vietnam, met Song Tao, Minister of the International Department of the CPC Central Committee (IDCPC), in Hà Nội. Song said the \"A & B\" talks went <well> and it's 'fine'.";

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("whoswho-html-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Undoes HTML escaping, as a browser serializes text and attributes.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The text content of a piece of markup.
fn text_of(markup: &str) -> String {
    let tags = Regex::new(r"<[^>]*>").unwrap();
    unescape(&tags.replace_all(markup, ""))
}

/// Runs headless Chromium with `extra` arguments on `page`, in a fresh profile.
fn chromium(tmp: &Path, profile: &str, extra: &[&str], page: &Path) -> std::process::Output {
    let user_data = tmp.join(profile);
    Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", user_data.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium")
}

/// Checks one document's section of the page against the Document.
fn check_section(k: usize, section: &str, text: &str, doc: &Document) {
    let marks = Regex::new(
        r#"(?s)<mark class="entity (\w+)" data-type="(\w+)" data-start="(\d+)" data-end="(\d+)"[^>]*>(.*?)</mark>"#,
    )
    .unwrap();
    let got: Vec<(String, usize, usize, String)> = marks
        .captures_iter(section)
        .map(|c| {
            assert_eq!(c[1], c[2].to_lowercase(), "class and data-type agree");
            (
                c[2].to_string(),
                c[3].parse().unwrap(),
                c[4].parse().unwrap(),
                text_of(&c[5]),
            )
        })
        .collect();
    let want: Vec<(String, usize, usize, String)> = doc
        .entities()
        .iter()
        .map(|e| {
            let (s, t) = (e.span.start, e.span.end);
            (e.kind.label().to_string(), s, t, text[s..t].to_string())
        })
        .collect();
    assert!(!want.is_empty(), "the sample has entities");
    assert_eq!(got, want, "document {k}: highlighted spans");

    let rows = Regex::new(
        r#"(?s)<tr id="doc(\d+)-person-(\d+)" data-person="person-(\d+)"><td class="name">(.*?)</td>(.*?)</tr>"#,
    )
    .unwrap();
    let items =
        Regex::new(r#"(?s)<li data-title="(\d+)"><span class="t-text">(.*?)</span>"#).unwrap();
    let rows: Vec<_> = rows.captures_iter(section).collect();
    assert_eq!(
        rows.len(),
        doc.people().len(),
        "document {k}: one row per person"
    );
    assert!(!rows.is_empty(), "the sample has people");
    for (i, (row, person)) in rows.iter().zip(doc.people()).enumerate() {
        assert_eq!(row[1].parse::<usize>().unwrap(), k);
        assert_eq!(row[2].parse::<usize>().unwrap(), i);
        assert_eq!(row[3].parse::<usize>().unwrap(), i);
        assert_eq!(text_of(&row[4]), person.name);
        let titles: Vec<(usize, String)> = items
            .captures_iter(&row[5])
            .map(|c| (c[1].parse().unwrap(), text_of(&c[2])))
            .collect();
        let want: Vec<(usize, String)> = person
            .titles
            .iter()
            .map(|&t| (t, doc.titles()[t].title.to_string()))
            .collect();
        assert_eq!(titles, want, "document {k}: titles of {}", person.name);
        for title in doc.titles_of(person) {
            assert!(text_of(&row[5]).contains(&*title.role.text));
        }
    }

    // Each drawn title links to its holder's row.
    let titles = Regex::new(
        r##"<span class="title" data-title="(\d+)" data-holder="person-(\d+)"[^>]*><a href="#doc(\d+)-person-(\d+)""##,
    )
    .unwrap();
    let mut drawn = 0;
    for c in titles.captures_iter(section) {
        let title = &doc.titles()[c[1].parse::<usize>().unwrap()];
        assert_eq!(c[2].parse::<usize>().unwrap(), title.holder);
        assert_eq!(c[3].parse::<usize>().unwrap(), k);
        assert_eq!(c[4].parse::<usize>().unwrap(), title.holder);
        drawn += 1;
    }
    assert_eq!(drawn, doc.titles().len(), "document {k}: every title drawn");
}

/// Splits a page into its document sections, in order.
fn sections(page: &str) -> Vec<&str> {
    page.split("<section class=\"doc\"").skip(1).collect()
}

#[test]
fn html_view_in_a_browser() {
    let sample =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample.txt"))
            .expect("read examples/sample.txt");
    let extractor = Extractor::default();
    let docs = [
        (
            "sample".to_string(),
            sample.clone(),
            extractor.extract(&sample),
        ),
        (
            "<second> & 'last'".to_string(),
            SECOND.to_string(),
            extractor.extract(SECOND),
        ),
    ];
    let input: Vec<(&str, &str, &Document)> = docs
        .iter()
        .map(|(id, text, doc)| (id.as_str(), text.as_str(), doc))
        .collect();
    let page = whoswho::format::html(&input);
    assert!(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"));

    let tmp = TempDir::new();
    let file = tmp.0.join("page.html");
    std::fs::write(&file, &page).expect("write the page");

    let dom = if Path::new(CHROMIUM).exists() {
        let out = chromium(&tmp.0, "profile-dom", &["--dump-dom"], &file);
        assert!(
            out.status.success(),
            "chromium --dump-dom failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let dom = out.stdout;
        let png = tmp.0.join("page.png");
        let shot = format!("--screenshot={}", png.display());
        let out = chromium(
            &tmp.0,
            "profile-shot",
            &[&shot, "--window-size=1200,2000"],
            &file,
        );
        assert!(
            out.status.success(),
            "chromium --screenshot failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&png).expect("the screenshot exists");
        assert!(bytes.len() > 1000, "the screenshot is not empty");
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "the screenshot is a PNG"
        );
        if let Ok(keep) = std::env::var("WHOSWHO_KEEP_SCREENSHOT") {
            let _ = std::fs::copy(&png, keep);
        }
        String::from_utf8(dom).expect("the DOM is UTF-8")
    } else {
        eprintln!("note: {CHROMIUM} not found; checking the HTML string without a browser");
        page.clone()
    };

    let found = sections(&dom);
    assert_eq!(found.len(), docs.len(), "one section per document");
    for (k, (section, (_, text, doc))) in found.iter().zip(&docs).enumerate() {
        check_section(k + 1, section, text, doc);
    }
    // The browser kept the escaped text as text.
    assert!(text_of(found[1]).contains("the \"A & B\" talks went <well> and it's 'fine'."));
    assert!(text_of(found[1]).contains("<second> & 'last'"));
}
