//! Runs the `annotate` example binary on made-up inputs: good and bad lines, plain
//! text, several files, thread counts, stdin, a closed stdout.
//!
//! `cargo test` builds the examples before the integration tests; the binary is found
//! next to this test's own executable (`<target>/debug/deps/..` -> `examples/annotate`).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

fn annotate_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test binary lives in <target>/<profile>/deps");
    let bin = profile_dir
        .join("examples")
        .join(format!("annotate{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "{} not found: build the examples first (`cargo test` does)",
        bin.display()
    );
    bin
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!(
            "whoswho-annotate-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("write temp file");
        path.to_str().expect("UTF-8 temp path").to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Every stdout line, parsed.
    fn docs(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
            .collect()
    }

    /// The ids of the written documents, in output order.
    fn ids(&self) -> Vec<Value> {
        self.docs().into_iter().map(|d| d["id"].clone()).collect()
    }

    fn assert_stderr_has(&self, needle: &str) {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
    }
}

fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(annotate_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn annotate");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait for annotate");
    feeder.join().expect("stdin feeder");
    let run = Run {
        code: status.code().expect("exit code (not killed by a signal)"),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "annotate panicked:\n{}",
        run.stderr
    );
    run
}

fn line(id: impl Into<Value>, text: &str) -> String {
    let mut s = serde_json::json!({ "id": id.into(), "text": text }).to_string();
    s.push('\n');
    s
}

/// Checks every span in an output document against the text it came from.
fn assert_offsets(text: &str, doc: &Value) {
    for entity in doc["entities"].as_array().expect("entities array") {
        let start = entity["start"].as_u64().expect("entity start") as usize;
        let end = entity["end"].as_u64().expect("entity end") as usize;
        let got = text.get(start..end).unwrap_or_else(|| {
            panic!(
                "entity {entity} is not a char range of a {}-byte text",
                text.len()
            )
        });
        assert_eq!(
            got,
            entity["text"].as_str().expect("entity text"),
            "entity {entity}"
        );
    }
}

/// Made-up news sentences: invented people, long titles, acronyms, non-ASCII names.
const TEXTS: &[&str] = &[
    "HANOI, March 3 -- Tran Minh Khoa, Member of the Political Bureau and Secretary of the Party Committee of Quang Ninh Province, received Souvanh Phommachak.",
    "Prime Minister Nguyễn Thị Lan Hương met Bambang Wicaksono in Jakarta on Monday.",
    "The Front for National Solidarity (FNS) will hold its congress in Vientiane. FNS leaders said so.",
    "Zhao Wenjun, head of the International Liaison Department of the Guangxi Zhuang Autonomous Region Committee, met Ram Bahadur Karki. Zhao said ties were good.",
    "",
    "No names here, only weather: rain in the north, sun in the south.",
    "Vice Minister of Foreign Affairs Lê Văn Phúc — “a friend of Laos” — arrived in Hà Nội.",
    "KATHMANDU, Dec. 24 -- Sita Kumari Thapa, General Secretary of the Workers and Peasants Progressive Party (WPPP), said the WPPP backs the plan.",
];

fn text(i: usize) -> String {
    // Varied lengths, so that workers finish out of order.
    TEXTS[i % TEXTS.len()].repeat(1 + (i * 7) % 13)
}

#[test]
fn valid_jsonl_in_order_with_offsets() {
    let dir = TempDir::new();
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&line(i, &text(i)));
    }
    let path = dir.file("docs.jsonl", input.as_bytes());
    let out = run(&[&path, "--threads", "2"], b"");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let docs = out.docs();
    assert_eq!(docs.len(), 40);
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc["id"], i);
        for field in ["entities", "people", "titles", "acronyms"] {
            assert!(doc[field].is_array(), "{field} missing in {doc}");
        }
        assert_offsets(&text(i), doc);
    }
    out.assert_stderr_has("annotate: 40 documents read, 40 written, 0 failed");
}

#[test]
fn sample_text_offsets() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample.txt");
    let out = run(&[sample], b"");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let docs = out.docs();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], sample);
    let text = std::fs::read_to_string(sample).expect("read sample");
    assert_offsets(&text, &docs[0]);
}

/// Writes `lines` (joined as given) to a .jsonl file and runs on it.
fn run_lines(lines: &[&[u8]]) -> (Run, String) {
    let dir = TempDir::new();
    let path = dir.file("in.jsonl", &lines.concat());
    let out = run(&[&path, "--threads", "2"], b"");
    (out, path)
}

/// Runs on `lines` and asserts the exit code 1, the ids of the documents still
/// written (in order), and an `annotate: FILE:LINE: message` for each bad line.
fn assert_bad_lines(lines: &[&[u8]], kept: Value, bad: &[(usize, &str)]) -> Run {
    let (out, path) = run_lines(lines);
    assert_eq!(out.code, 1);
    assert_eq!(Value::Array(out.ids()), kept);
    for (line, message) in bad {
        out.assert_stderr_has(&format!("annotate: {path}:{line}: {message}"));
    }
    out
}

#[test]
fn invalid_utf8_line_is_reported_and_skipped() {
    let bad: &[u8] = b"{\"id\": 2, \"text\": \"bad \xff\xfe byte\"}\n";
    let first = line(1, "Tran Minh Khoa met Zhao Wenjun.");
    let third = line(3, "Souvanh said so.");
    let out = assert_bad_lines(
        &[first.as_bytes(), bad, third.as_bytes()],
        json!([1, 3]),
        &[(2, "invalid UTF-8")],
    );
    out.assert_stderr_has("2 documents read, 2 written, 1 failed");
}

#[test]
fn malformed_json_is_reported_and_skipped() {
    let (a, d) = (line("a", "One."), line("d", "Four."));
    let lines: [&[u8]; 4] = [
        a.as_bytes(),
        b"{\"id\": \"b\", \"text\": }\n",
        b"{\"id\": \"c\" \"text\": \"x\"}\n",
        d.as_bytes(),
    ];
    assert_bad_lines(
        &lines,
        json!(["a", "d"]),
        &[(2, "malformed JSON"), (3, "malformed JSON")],
    );
}

#[test]
fn truncated_last_line_is_reported() {
    let (one, two) = (line(1, "One."), line(2, "Two."));
    let lines: [&[u8]; 3] = [
        one.as_bytes(),
        two.as_bytes(),
        b"{\"id\": 3, \"text\": \"Thr",
    ];
    assert_bad_lines(&lines, json!([1, 2]), &[(3, "truncated JSON")]);
}

#[test]
fn missing_text_or_id_is_reported() {
    let (one, three) = (line(1, "One."), line(3, "Three."));
    let lines: [&[u8]; 3] = [
        one.as_bytes(),
        b"{\"id\": 2, \"body\": \"Two.\"}\n",
        three.as_bytes(),
    ];
    assert_bad_lines(&lines, json!([1, 3]), &[(2, "missing \"text\"")]);
    let lines: [&[u8]; 3] = [one.as_bytes(), b"{\"text\": \"Two.\"}\n", three.as_bytes()];
    assert_bad_lines(&lines, json!([1, 3]), &[(2, "missing \"id\"")]);
}

#[test]
fn non_string_text_and_non_object_are_reported() {
    let (one, six) = (line(1, "One."), line(6, "Six."));
    let lines: [&[u8]; 6] = [
        one.as_bytes(),
        b"{\"id\": 2, \"text\": 42}\n",
        b"{\"id\": 3, \"text\": null}\n",
        b"[4, \"Four.\"]\n",
        b"\"five\"\n",
        six.as_bytes(),
    ];
    let bad = [
        (2, "\"text\" is not a string"),
        (3, "\"text\" is not a string"),
        (4, "not a JSON object"),
        (5, "not a JSON object"),
    ];
    let out = assert_bad_lines(&lines, json!([1, 6]), &bad);
    out.assert_stderr_has("2 documents read, 2 written, 4 failed");
}

#[test]
fn ids_are_echoed_as_given_and_other_fields_ignored() {
    let (out, _) = run_lines(&[
        b"{\"id\": \"doc-7\", \"text\": \"One.\", \"source\": \"wire\"}\n",
        b"{\"meta\": {\"a\": 1}, \"text\": \"Two.\", \"id\": 12}\n",
    ]);
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), [Value::from("doc-7"), Value::from(12)]);
    assert!(
        out.stdout.starts_with("{\"id\":\"doc-7\","),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("source") && !out.stdout.contains("meta"));
}

#[test]
fn empty_file_gives_no_documents() {
    let (out, _) = run_lines(&[]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "");
    out.assert_stderr_has("annotate: 0 documents read, 0 written, 0 failed");
}

#[test]
fn blank_lines_are_skipped_silently() {
    let (out, _) = run_lines(&[
        b"\n",
        line(1, "One.").as_bytes(),
        b"  \n\n",
        line(2, "Two.").as_bytes(),
    ]);
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), [1, 2]);
    out.assert_stderr_has("2 documents read, 2 written, 0 failed");
}

#[test]
fn crlf_line_endings_are_accepted() {
    let (out, _) = run_lines(&[
        b"{\"id\": 1, \"text\": \"Tran Minh Khoa met Zhao Wenjun.\"}\r\n",
        b"\r\n",
        b"{\"id\": 2, \"text\": \"Zhao said so.\"}\r\n",
    ]);
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), [1, 2]);
    assert!(!out.stdout.contains('\r'));
}

#[test]
fn last_line_without_newline_is_read() {
    let (out, _) = run_lines(&[
        line(1, "One.").as_bytes(),
        b"{\"id\": 2, \"text\": \"Two, with no newline after it.\"}",
    ]);
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), [1, 2]);
}

#[test]
fn plain_text_file_is_one_document() {
    let dir = TempDir::new();
    let text =
        "BEIJING, May 9 -- Zhao Wenjun met Ram Bahadur Karki.\r\n\r\nZhao said ties were good.\n";
    let path = dir.file("article.txt", text.as_bytes());
    let out = run(&[&path], b"");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let docs = out.docs();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], path.as_str());
    assert_offsets(text, &docs[0]);
}

#[test]
fn invalid_utf8_plain_text_file_is_skipped_with_its_line() {
    let dir = TempDir::new();
    let good = dir.file("good.txt", b"Tran said so.\n");
    let bad = dir.file(
        "bad.txt",
        b"First line.\nSecond line.\nThird \xc3\x28 line.\n",
    );
    let out = run(&[&good, &bad, &good], b"");
    assert_eq!(out.code, 1);
    assert_eq!(out.ids(), [good.as_str(), good.as_str()]);
    out.assert_stderr_has(&format!("annotate: {bad}:3: invalid UTF-8"));
}

#[test]
fn missing_file_is_reported_and_others_go_on() {
    let dir = TempDir::new();
    let good = dir.file("good.jsonl", line(1, "One.").as_bytes());
    let missing = dir.0.join("nowhere.jsonl");
    let missing = missing.to_str().expect("UTF-8 path");
    let out = run(&[missing, &good], b"");
    assert_eq!(out.code, 1);
    assert_eq!(out.ids(), [1]);
    out.assert_stderr_has(&format!("annotate: {missing}: cannot open"));
}

#[test]
fn several_files_keep_their_order() {
    let dir = TempDir::new();
    let a = dir.file(
        "a.jsonl",
        format!("{}{}", line("a1", "One."), line("a2", "Two.")).as_bytes(),
    );
    let b = dir.file("b.txt", b"Souvanh Phommachak arrived in Vientiane.");
    let c = dir.file("c.jsonl", line("c1", "Three.").as_bytes());
    let out = run(&[&a, &b, &c, &a], b"");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), ["a1", "a2", b.as_str(), "c1", "a1", "a2"]);
}

#[test]
fn stdin_is_jsonl_by_default_and_text_with_flag() {
    let input = format!("{}{}", line(1, "One."), line(2, "Two."));
    let out = run(&[], input.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), [1, 2]);

    let out = run(&["-"], input.as_bytes());
    assert_eq!(out.ids(), [1, 2]);

    let out = run(&["--text"], b"Prime Minister Nguyen Thi Lan Huong spoke.\n");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(out.ids(), ["stdin"]);

    let out = run(&[], b"{\"id\": 1, \"text\": \"x\"}\nnot json\n");
    assert_eq!(out.code, 1);
    assert_eq!(out.ids(), [1]);
    out.assert_stderr_has("annotate: <stdin>:2: malformed JSON");
}

#[test]
fn thread_counts_give_identical_output_in_order() {
    let dir = TempDir::new();
    let mut input = String::new();
    for i in 0..200 {
        input.push_str(&line(format!("doc-{i:03}"), &text(i)));
    }
    let path = dir.file("many.jsonl", input.as_bytes());
    let one = run(&[&path, "--threads", "1"], b"");
    let three = run(&[&path, "--threads", "3"], b"");
    let default = run(&[&path], b"");
    assert_eq!(one.code, 0, "stderr:\n{}", one.stderr);
    assert_eq!(three.code, 0, "stderr:\n{}", three.stderr);
    assert_eq!(one.stdout, three.stdout, "--threads 1 and 3 differ");
    assert_eq!(one.stdout, default.stdout, "--threads 1 and default differ");
    let ids: Vec<Value> = (0..200)
        .map(|i| Value::from(format!("doc-{i:03}")))
        .collect();
    assert_eq!(three.ids(), ids);
    for (i, doc) in three.docs().iter().enumerate() {
        assert_offsets(&text(i), doc);
    }
    three.assert_stderr_has("200 documents read, 200 written, 0 failed");
}

#[test]
fn bad_thread_count_is_a_usage_error() {
    let out = run(&["--threads", "0"], b"");
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
}

#[test]
fn closed_stdout_exits_quietly() {
    let mut child = Command::new(annotate_bin())
        .args(["--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn annotate");
    let mut input = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        for i in 0..20_000 {
            if input
                .write_all(line(i, "Tran Minh Khoa met Zhao Wenjun.").as_bytes())
                .is_err()
            {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("first line");
    assert!(first.starts_with("{\"id\":0,"), "{first}");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    feeder.join().expect("feeder");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn stdin_is_annotated_as_it_arrives() {
    let mut child = Command::new(annotate_bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn annotate");
    let mut input = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for _ in 0..2 {
            let mut got = String::new();
            stdout.read_line(&mut got).expect("read a line");
            tx.send(got).expect("send");
        }
    });
    let timeout = std::time::Duration::from_secs(60);
    for i in 0..2 {
        // stdin stays open: the document must come out before end of input.
        input
            .write_all(line(i, "Zhao Wenjun met Sita Thapa.").as_bytes())
            .expect("write");
        input.flush().expect("flush");
        let got = rx
            .recv_timeout(timeout)
            .expect("a document was held back until end of input");
        assert!(got.starts_with(&format!("{{\"id\":{i},")), "{got}");
    }
    drop(input);
    reader.join().expect("reader");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
}

/// A 50 MB document in one JSON line and as a plain-text file. Slow in debug builds:
/// `cargo test --release --test annotate -- --ignored`.
#[test]
#[ignore]
fn large_single_document() {
    let dir = TempDir::new();
    let mut big = String::with_capacity(50_000_000 + 200);
    let mut i = 0;
    while big.len() < 50_000_000 {
        big.push_str(TEXTS[i % TEXTS.len()]);
        big.push_str("\n\n");
        i += 1;
    }
    let txt = dir.file("big.txt", big.as_bytes());
    let jsonl = dir.file("big.jsonl", line("big", &big).as_bytes());
    let out = run(&[&txt, &jsonl], b"");
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let docs = out.docs();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["id"], "big");
    assert_offsets(&big, &docs[0]);
    assert_offsets(&big, &docs[1]);
}

/// A text whose spans come after multi-byte characters, so bytes and chars differ.
const ACCENTED: &str =
    "Nguyễn Văn Thắng, Vice Minister of Foreign Affairs of Vietnam, met Song Tao in Hà Nội.";

#[test]
fn jsonl_has_char_offsets_beside_byte_offsets() {
    let out = run(&["--text"], ACCENTED.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let line = out.stdout.lines().next().expect("one line");
    // Right beside the byte offsets, in that order.
    assert!(
        line.contains(r#""text":"Hà Nội","start":84,"end":93,"char_start":79,"char_end":85,"#),
        "{line}"
    );
    let doc = &out.docs()[0];
    let chars: Vec<char> = ACCENTED.chars().collect();
    let mut checked = 0;
    let mut check = |v: &Value| {
        let (s, e) = (
            v["char_start"].as_u64().unwrap(),
            v["char_end"].as_u64().unwrap(),
        );
        let quoted: String = chars[s as usize..e as usize].iter().collect();
        let (bs, be) = (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap());
        assert_eq!(quoted, ACCENTED[bs as usize..be as usize]);
        checked += 1;
    };
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .for_each(&mut check);
    for person in doc["people"].as_array().unwrap() {
        person["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(&mut check);
    }
    for title in doc["titles"].as_array().unwrap() {
        check(title);
        check(&title["role"]);
        title["modifiers"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(&mut check);
        title["chain"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(&mut check);
    }
    assert!(checked >= 10, "only {checked} spans");
}

#[test]
fn displacy_conll_and_html_formats() {
    let out = run(&["--text", "--format", "displacy"], ACCENTED.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    let doc = &out.docs()[0];
    assert_eq!(doc["id"], "stdin");
    assert_eq!(doc["text"], ACCENTED);
    assert_eq!(doc["ents"][0]["label"], "PERSON");
    assert_eq!(
        (&doc["ents"][0]["start"], &doc["ents"][0]["end"]),
        (&Value::from(0), &Value::from(16))
    );

    let out = run(&["--text", "--format", "conll"], ACCENTED.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert!(
        out.stdout
            .starts_with("# id = stdin\nNguyễn\tB-PERSON\nVăn\tI-PERSON\n"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("\nHà\tB-LOC\nNội\tI-LOC\n.\tO\n"));

    let input = format!(
        "{}{}",
        line("a", ACCENTED),
        line(2, "Ana Silva met <b>Tan Wei</b>.")
    );
    let out = run(&["--format", "html"], input.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(
        out.stdout.matches("<!DOCTYPE html>").count(),
        1,
        "one page per batch"
    );
    assert!(
        out.stdout
            .contains("<section class=\"doc\" id=\"doc2\" data-id=\"2\">")
    );
    assert!(out.stdout.contains("&lt;b&gt;"));
}

#[test]
fn brat_needs_an_out_dir_and_writes_pairs() {
    let out = run(&["--text", "--format", "brat"], ACCENTED.as_bytes());
    assert_eq!(out.code, 2);
    out.assert_stderr_has("--out-dir");

    let dir = TempDir::new();
    let out_dir = dir.0.join("ann");
    let input = format!(
        "{}{}",
        line("a/b", ACCENTED),
        line("a/b", "Ana Silva spoke.")
    );
    let out = run(
        &["--format", "brat", "--out-dir", out_dir.to_str().unwrap()],
        input.as_bytes(),
    );
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("a_b.txt")).unwrap(),
        ACCENTED
    );
    let ann = std::fs::read_to_string(out_dir.join("a_b.ann")).unwrap();
    assert!(
        ann.starts_with("T1\tPERSON 0 16\tNguyễn Văn Thắng\n"),
        "{ann}"
    );
    assert!(ann.contains("\tHolds Arg1:T"));
    assert!(
        out_dir.join("a_b-2.ann").exists(),
        "a second document with the same id"
    );
}

#[test]
fn explain_prints_rules_on_stderr() {
    let out = run(&["--text", "--explain"], ACCENTED.as_bytes());
    assert_eq!(out.code, 0, "stderr:\n{}", out.stderr);
    out.assert_stderr_has("explain \"stdin\":\n");
    out.assert_stderr_has("  LOC \"Hà Nội\" 79..85 ← gazetteer \"Hanoi\" [iso:VN-HN]\n");
    out.assert_stderr_has(
        "  TITLE \"Vice Minister of Foreign Affairs of Vietnam\" 18..61 (Nguyễn Văn Thắng) ← title.after-name; role Minister; modifiers Vice; chain Foreign Affairs → Vietnam [iso:VN]\n",
    );
    assert_eq!(out.docs().len(), 1, "stdout unchanged");
}

#[test]
fn a_custom_gazetteer_is_loaded_with_its_flag() {
    let gazetteer = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/gazetteer.tsv");
    let out = run(
        &["--gazetteer", gazetteer],
        line(1, "The KFD met the Kestrel Fisheries Directorate.").as_bytes(),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = &out.docs()[0];
    let ids: Vec<&str> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert_eq!(ids, ["org:kfd", "org:kfd"]);
}

#[test]
fn a_bad_custom_gazetteer_stops_the_run_naming_file_and_line() {
    let dir = TempDir::new();
    let path = dir.0.join("bad.tsv");
    std::fs::write(&path, "org:a\tORG\tAlpha\t\t\t\norg:b\tORG\n").unwrap();
    let out = run(
        &["--gazetteer", path.to_str().unwrap()],
        line(1, "One.").as_bytes(),
    );
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    out.assert_stderr_has("bad.tsv:2: bad gazetteer entry: expected 6 tab-separated columns");
}
