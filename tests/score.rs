//! The Rust scorer against the reference `score.py`: its self-test ported, and
//! identical tables and error reports on handmade gold and system files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};
use whoswho::score::{self, Layer, Report};

// ------------------------------------------------------------------ helpers

fn docs(values: &[Value]) -> Vec<(String, Value)> {
    values
        .iter()
        .map(|d| (d["id"].as_str().unwrap().to_string(), d.clone()))
        .collect()
}

fn close(name: &str, got: Option<f64>, want: f64) {
    match got {
        Some(g) if (g - want).abs() <= 1e-9 => {}
        _ => panic!("{name}: got {got:?}, want {want}"),
    }
}

/// A directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("whoswho-score-{tag}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, content: &str) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn score_py() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py");
    if !path.is_file() {
        eprintln!(
            "note: {} not found; skipping the comparison with score.py",
            path.display()
        );
        return None;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; skipping the comparison with score.py");
        return None;
    }
    Some(path)
}

// ------------------------------------------------------------------ score.py --selftest, ported

fn selftest_gold() -> Vec<(String, Value)> {
    docs(&[
        json!({"id": "d1", "text": "...",
            "entities": [{"type": "PERSON", "text": "Xi Jinping"}, {"type": "PERSON", "text": "Song Tao"},
                         {"type": "ORG", "text": "CPC"}, {"type": "ORG", "text": "Lao People\u{2019}s  Party"},
                         {"type": "LOC", "text": "China"}],
            "titles": [{"person": "Xi Jinping", "title": "General Secretary"},
                       {"person": "Song Tao", "title": "Minister of the IDCPC"}],
            "acronyms": [{"short": "LFNC", "long": ["Lao Front for National Construction"]}],
            "acronyms_known": [{"short": "CPC", "long": ["Communist Party of China", "Chinese Communist Party"]}]}),
        json!({"id": "d2", "entities": [{"type": "LOC", "text": "Nepal"}], "titles": [],
               "acronyms": [], "acronyms_known": []}),
    ])
}

fn perfect() -> Vec<(String, Value)> {
    selftest_gold()
        .into_iter()
        .map(|(id, mut d)| {
            d.as_object_mut().unwrap().remove("text");
            (id, d)
        })
        .collect()
}

fn d1(system: &mut [(String, Value)]) -> &mut Value {
    &mut system[0].1
}

#[test]
fn selftest_perfect_output_scores_one() {
    let r = score::score(&selftest_gold(), &perfect());
    for layer in Layer::ALL {
        let l = r.layer(layer);
        close(&format!("perfect {layer} P"), l.precision(), 1.0);
        close(&format!("perfect {layer} R"), l.recall(), 1.0);
        close(&format!("perfect {layer} F"), l.f1(), 1.0);
    }
}

#[test]
fn selftest_missed_person() {
    let mut s = perfect();
    let ents = d1(&mut s)["entities"].as_array_mut().unwrap();
    ents.retain(|e| e["text"] != "Song Tao");
    let r = score::score(&selftest_gold(), &s);
    close("miss PERSON P", r.layer(Layer::Person).precision(), 1.0);
    close("miss PERSON R", r.layer(Layer::Person).recall(), 0.5);
    close(
        "miss PERSON F",
        r.layer(Layer::Person).f1(),
        2.0 * 0.5 / 1.5,
    );
    close("miss ENT R", r.layer(Layer::Ent).recall(), 5.0 / 6.0);
    close("miss ENT P", r.layer(Layer::Ent).precision(), 1.0);
    close("miss ORG F", r.layer(Layer::Org).f1(), 1.0);
}

#[test]
fn selftest_missing_system_document() {
    let s = perfect()[..1].to_vec();
    let r = score::score(&selftest_gold(), &s);
    close("missing doc LOC R", r.layer(Layer::Loc).recall(), 0.5);
    close("missing doc LOC P", r.layer(Layer::Loc).precision(), 1.0);
    assert_eq!(r.missing_documents(), ["d2"], "missing doc not reported");
}

#[test]
fn selftest_normalisation_and_wrong_type() {
    let mut s = perfect();
    d1(&mut s)["entities"] = json!([
        {"type": "PERSON", "text": " Xi  Jinping"}, {"type": "PERSON", "text": "Song Tao"},
        {"type": "ORG", "text": "CPC"}, {"type": "ORG", "text": "Lao People's Party"},
        {"type": "ORG", "text": "China"}, {"type": "ORG", "text": "Beijing"},
        {"type": "DATE", "text": "today"}]);
    let r = score::score(&selftest_gold(), &s);
    close("norm PERSON F", r.layer(Layer::Person).f1(), 1.0);
    close("wrong type LOC R", r.layer(Layer::Loc).recall(), 0.5);
    close(
        "wrong type ORG P",
        r.layer(Layer::Org).precision(),
        2.0 / 4.0,
    );
    close(
        "untyped P",
        r.layer(Layer::EntUntyped).precision(),
        6.0 / 7.0,
    );
    assert_eq!(r.ignored_entities(), 1, "other entity types not counted");
}

#[test]
fn selftest_title_affix_one_to_one() {
    let mut s = perfect();
    d1(&mut s)["titles"] = json!([
        {"person": "Xi", "title": "General Secretary"},
        {"person": "Xi Jinping", "title": "General Secretary"},
        {"person": "Tao", "title": "minister of the IDCPC"}]);
    let r = score::score(&selftest_gold(), &s);
    assert_eq!(r.layer(Layer::TitlePair).tp, 1, "title pair TP");
    close(
        "title pair P",
        r.layer(Layer::TitlePair).precision(),
        1.0 / 3.0,
    );
    close(
        "title pair R",
        r.layer(Layer::TitlePair).recall(),
        1.0 / 2.0,
    );
    close(
        "title str P",
        r.layer(Layer::TitleStr).precision(),
        1.0 / 2.0,
    );
    close("title str R", r.layer(Layer::TitleStr).recall(), 1.0 / 2.0);
    d1(&mut s)["titles"] = json!([{"person": "Jin", "title": "General Secretary"}]);
    let r = score::score(&selftest_gold(), &s);
    assert_eq!(r.layer(Layer::TitlePair).tp, 0, "title partial word");
}

#[test]
fn selftest_acronyms() {
    let mut s = perfect();
    d1(&mut s)["acronyms_known"] = json!([]);
    d1(&mut s)["acronyms"] = json!([
        {"short": "LFNC", "long": "Lao Front for National Construction"},
        {"short": "CPC", "long": ["chinese communist party"]},
        {"short": "COVID", "long": ["coronavirus disease"]}]);
    let r = score::score(&selftest_gold(), &s);
    close("acr defined F", r.layer(Layer::AcrDefined).f1(), 1.0);
    close("acr known F", r.layer(Layer::AcrKnown).f1(), 1.0);
    d1(&mut s)["acronyms"] = json!([
        {"short": "LFNC", "long": "lao front for national construction"},
        {"short": "CPC", "long": ["Communist Party of Cuba"]}]);
    let r = score::score(&selftest_gold(), &s);
    close(
        "acr defined case R",
        r.layer(Layer::AcrDefined).recall(),
        0.0,
    );
    close(
        "acr defined case P",
        r.layer(Layer::AcrDefined).precision(),
        0.0,
    );
    close(
        "acr known wrong P",
        r.layer(Layer::AcrKnown).precision(),
        0.0,
    );
    close("acr known wrong R", r.layer(Layer::AcrKnown).recall(), 0.0);
}

#[test]
fn selftest_empty_system() {
    let r = score::score(&selftest_gold(), &[]);
    close("empty R", r.layer(Layer::Ent).recall(), 0.0);
    close("empty F", r.layer(Layer::Ent).f1(), 0.0);
    assert_eq!(
        r.layer(Layer::Ent).precision(),
        None,
        "empty precision should be undefined"
    );
}

// ------------------------------------------------------------------ handmade files vs score.py

/// Gold in two files (a directory), with CRLF endings, blank and NBSP-only lines, a
/// numeric id, and a document repeated identically apart from its text.
fn write_gold(dir: &TempDir) -> PathBuf {
    let a = [
        json!({"id": "hanoi-2024-03-01", "source": "wire",
            "text": "HANOI \u{2014} Le Van Thanh, Chairman of the People\u{2019}s Committee of Hanoi, met Maria Lopez, Minister of Foreign Affairs of Chile, and Jose Lopez, Minister of Mining of Chile ...",
            "entities": [{"type": "PERSON", "text": "Le Van Thanh"}, {"type": "PERSON", "text": "Thanh"},
                         {"type": "PERSON", "text": "Maria Lopez"}, {"type": "PERSON", "text": "Jose Lopez"},
                         {"type": "ORG", "text": "People\u{2019}s Committee of Hanoi"},
                         {"type": "ORG", "text": "Vietnam Fatherland Front"}, {"type": "ORG", "text": "VFF"},
                         {"type": "ORG", "text": "CPV"},
                         {"type": "LOC", "text": "HANOI"}, {"type": "LOC", "text": "Chile"},
                         {"type": "LOC", "text": "Z\u{fc}rich"}, {"type": "LOC", "text": "\u{c4}ngelholm"},
                         {"type": "LOC", "text": "apple valley"}],
            "titles": [{"person": "Le Van Thanh", "title": "Chairman of the People\u{2019}s Committee of Hanoi"},
                       {"person": "Maria Lopez", "title": "Minister"},
                       {"person": "Jose Lopez", "title": "Minister"},
                       {"person": "Maria  Lopez", "title": "Minister of Foreign Affairs of Chile"}],
            "acronyms": [{"short": "VFF", "long": ["Vietnam Fatherland Front", "Viet Nam Fatherland Front"]},
                         {"short": "ZZA", "long": []}],
            "acronyms_known": [{"short": "CPV", "long": ["Communist Party of Vietnam", "Communist Party of Viet Nam"]},
                               {"short": "ODOS", "long": ["\u{39f}\u{394}\u{39f}\u{3a3} Authority"]},
                               {"short": "UN", "long": ["United Nations"]},
                               {"short": "ASEAN", "long": []}]}),
        json!({"id": 42, "text": "Numbers as ids happen.",
            "entities": [{"type": "ORG", "text": "ASEAN"}, {"type": "LOC", "text": "Jakarta"}],
            "titles": [{"person": "Kao Kim Hourn", "title": "Secretary-General of ASEAN"}],
            "acronyms": [], "acronyms_known": [{"short": "ASEAN", "long": "Association of Southeast Asian Nations"}]}),
    ];
    let b = [
        // Repeated from a.jsonl with another text and source: skipped, not an error.
        json!({"id": 42, "text": "Another copy of the same document.", "source": "mirror",
            "entities": [{"type": "ORG", "text": "ASEAN"}, {"type": "LOC", "text": "Jakarta"}],
            "titles": [{"person": "Kao Kim Hourn", "title": "Secretary-General of ASEAN"}],
            "acronyms": [], "acronyms_known": [{"short": "ASEAN", "long": "Association of Southeast Asian Nations"}]}),
        json!({"id": "kathmandu-2023-10-10", "text": "...",
            "entities": [{"type": "LOC", "text": "Nepal"}, {"type": "ORG", "text": "National Assembly of Nepal"},
                         {"type": "PERSON", "text": "Ram Sahaya Yadav"}],
            "titles": [{"person": "Ram Sahaya Yadav", "title": "Vice President"},
                       {"person": "Tan Wei", "title": "Mayor"}, {"person": "Li Wei", "title": "Mayor"},
                       {"person": "Ana Costa", "title": "Judge"}, {"person": "Ana Maria", "title": "Judge"}],
            "acronyms": [{"short": "NA", "long": ["National Assembly"]}], "acronyms_known": []}),
        json!({"id": "missing-1", "text": "The system never saw this one.",
            "entities": [{"type": "PERSON", "text": "Tan Wei"}], "titles": [],
            "acronyms": [{"short": "SCO", "long": ["Shanghai Cooperation Organisation"]}]}),
        json!({"id": "empty-doc", "text": "Nothing here."}),
    ];
    let lines = |docs: &[Value]| -> Vec<String> { docs.iter().map(|d| d.to_string()).collect() };
    let a = lines(&a).join("\r\n") + "\r\n\r\n";
    let b = format!(
        "\n{}\n \u{a0} \n{}\n{}\n{}",
        lines(&b)[0],
        lines(&b)[1],
        lines(&b)[2],
        lines(&b)[3]
    );
    dir.write("gold/a.jsonl", &a);
    dir.write("gold/b.jsonl", &b);
    dir.write("gold/notes.txt", "not read: not *.jsonl");
    dir.0.join("gold")
}

/// System output in a directory of two files: typography differences, wrong and odd
/// types, non-string fields, affix persons, one-to-one title matching, acronyms as
/// strings and lists across both lists, case differences, a missing document and extra
/// ones, and an identical duplicate.
fn write_system(dir: &TempDir) -> PathBuf {
    let s1 = [
        json!({"id": "hanoi-2024-03-01", "text": "ignored",
            "entities": [{"type": "person", "text": "Le\u{a0}Van  Thanh"}, {"type": "PERSON", "text": "Thanh "},
                         {"type": "PERSON", "text": "Lopez"}, {"type": "PERSON", "text": "Maria Lopez"},
                         {"type": "ORG", "text": "People's Committee of Hanoi"},
                         {"type": "ORG", "text": "\u{201c}Vietnam Fatherland Front\u{201d}"},
                         {"type": "ORG", "text": "Hanoi"}, {"type": "LOC", "text": "VFF"},
                         {"type": "LOC", "text": "HANOI"}, {"type": "LOC", "text": "chile"},
                         {"type": "LOC", "text": "Zurich"}, {"type": "LOC", "text": "apple valley"},
                         {"type": "LOC", "text": "\u{c4}ngelholm"}, {"type": "LOC", "text": 1989},
                         {"type": "DATE", "text": "March 1"}, {"text": "no type"},
                         {"type": null, "text": "null type"}, {"type": "MONEY", "text": " \u{a0} "},
                         {"type": "LOC", "text": null}, {"type": "ORG", "text": 2.5},
                         {"type": "ORG", "text": true}, {"type": "ORG", "text": 1e16}],
            "titles": [{"person": "Thanh", "title": "Chairman of the People's Committee of Hanoi"},
                       {"person": "Van Thanh", "title": "Chairman of the People's Committee of Hanoi"},
                       {"person": "Lopez", "title": "Minister"},
                       {"person": "Maria Lopez", "title": "Minister"},
                       {"person": "Maria", "title": "Minister of Foreign Affairs of Chile"},
                       {"person": "Lopez", "title": "Minister of Foreign Affairs of Chile"},
                       {"person": "Ria Lopez", "title": "minister of foreign affairs of Chile"},
                       {"person": "", "title": "Ambassador"}, {"person": "Tan", "title": null}],
            "acronyms": [{"short": "VFF", "long": "Viet Nam  Fatherland Front", "origin": "defined"},
                         {"short": "VFF", "long": ["vietnam fatherland front", 7, null]},
                         {"short": "CPV", "long": "communist party of vietnam"},
                         {"short": "WHO", "long": "World Health Organization"},
                         {"short": "ZZA", "long": "Zeta Zeta Alpha"},
                         {"short": " ", "long": "blank short"}],
            "acronyms_known": [{"short": "CPV", "long": ["Communist Party of Vietnam", "COMMUNIST PARTY OF VIETNAM", "Communist Party of Cuba"]},
                               {"short": "ODOS", "long": "\u{3bf}\u{3b4}\u{3bf}\u{3c2} authority"},
                               {"short": "UN", "long": ["United  Nations Organization", "UN"]},
                               {"short": "ASEAN"}]}),
        json!({"id": "42", "entities": [{"type": "ORG", "text": "ASEAN"}, {"type": "LOC", "text": "Jakarta"}],
            "titles": [{"person": "Kao Kim", "title": "Secretary-General of ASEAN"},
                       {"person": "Kim Hourn", "title": "Secretary-General of ASEAN"},
                       {"person": "Kao", "title": "Secretary-General of ASEAN"}],
            "acronyms": [{"short": "ASEAN", "long": "association of southeast asian nations"}]}),
    ];
    let s2 = [
        json!({"id": "kathmandu-2023-10-10", "entities": null, "acronyms": [{"short": "NA", "long": ["National  Assembly", "national assembly"]}],
               "titles": [{"person": "Yadav", "title": "Vice President"}, {"person": "Ram Sahaya Yadav", "title": "Vice President"},
                          {"person": "Ram", "title": "Vice President"}, {"person": "Wei", "title": "Mayor"},
                          {"person": "Ana", "title": "Judge"}, {"person": "Costa", "title": "Judge"}]}),
        json!({"id": "kathmandu-2023-10-10", "source": "rerun", "entities": null, "acronyms": [{"short": "NA", "long": ["National  Assembly", "national assembly"]}],
               "titles": [{"person": "Yadav", "title": "Vice President"}, {"person": "Ram Sahaya Yadav", "title": "Vice President"},
                          {"person": "Ram", "title": "Vice President"}, {"person": "Wei", "title": "Mayor"},
                          {"person": "Ana", "title": "Judge"}, {"person": "Costa", "title": "Judge"}]}),
        json!({"id": "extra-1", "entities": [{"type": "PERSON", "text": "Nobody"}]}),
        json!({"id": "extra-2"}),
        json!({"id": "empty-doc", "entities": [], "titles": [], "acronyms": [], "acronyms_known": []}),
    ];
    let lines = |docs: &[Value]| -> String { docs.iter().map(|d| d.to_string() + "\n").collect() };
    dir.write("system/1.jsonl", &lines(&s1));
    dir.write("system/2.jsonl", &lines(&s2));
    dir.0.join("system")
}

/// Runs score.py; returns its stdout and its `--json` results.
fn run_score_py(
    script: &Path,
    gold: &Path,
    system: &Path,
    dir: &TempDir,
    errors: bool,
) -> (String, Value) {
    let out_json = dir.0.join("score-py.json");
    let mut cmd = Command::new("python3");
    cmd.arg(script)
        .arg(gold)
        .arg(system)
        .arg("--json")
        .arg(&out_json);
    if errors {
        cmd.arg("--show-errors");
    }
    let out = cmd.output().expect("run python3");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = serde_json::from_str(&fs::read_to_string(&out_json).unwrap()).unwrap();
    (String::from_utf8(out.stdout).unwrap(), results)
}

/// Counts and ratios of every layer equal those in score.py's JSON results.
fn assert_same_figures(report: &Report, py: &Value) {
    for layer in Layer::ALL {
        let v = &py["layers"][layer.key()];
        let l = report.layer(layer);
        assert_eq!(v["tp"], l.tp, "{layer} tp");
        assert_eq!(v["fp"], l.fp, "{layer} fp");
        assert_eq!(v["fn"], l.fn_, "{layer} fn");
        assert_eq!(v["gold"], l.gold(), "{layer} gold");
        assert_eq!(v["sys"], l.system(), "{layer} sys");
        for (name, ours) in [
            ("precision", l.precision()),
            ("recall", l.recall()),
            ("f1", l.f1()),
        ] {
            match (v[name].as_f64(), ours) {
                (None, None) => {}
                (Some(a), Some(b)) => {
                    assert!((a - b).abs() < 1e-12, "{layer} {name}: py {a}, rust {b}")
                }
                (a, b) => panic!("{layer} {name}: py {a:?}, rust {b:?}"),
            }
        }
    }
    assert_eq!(
        py["missing_system_docs"].as_array().unwrap().len(),
        report.missing_documents().len()
    );
    assert_eq!(py["extra_system_docs"], report.extra_documents());
}

#[test]
fn same_output_as_score_py_on_handmade_files() {
    let Some(script) = score_py() else { return };
    let dir = TempDir::new("cmp");
    let gold_path = write_gold(&dir);
    let sys_path = write_system(&dir);
    let gold = score::read_jsonl(&gold_path, "gold").unwrap();
    let system = score::read_jsonl(&sys_path, "system").unwrap();
    assert_eq!(gold.len(), 5, "the repeated gold document is read once");
    assert_eq!(system.len(), 6, "the repeated system document is read once");
    let report = score::score(&gold, &system);

    // Sanity on the tricky parts, independent of Python.
    assert_eq!(report.missing_documents(), ["missing-1"]);
    assert_eq!(report.extra_documents(), 2);
    assert_eq!(report.layer(Layer::Person).tp, 3);
    // "Wei" is credited to one Mayor only; "Ana" is re-routed so that "Costa" fits too.
    let kathmandu = report
        .documents()
        .iter()
        .find(|d| d.id == "kathmandu-2023-10-10")
        .unwrap();
    assert_eq!(kathmandu.layer(Layer::TitlePair).tp, 4);
    assert_eq!(
        kathmandu.layer(Layer::TitlePair).fn_items,
        ["Tan Wei | Mayor"]
    );

    let (table_only, py) = run_score_py(&script, &gold_path, &sys_path, &dir, false);
    assert_eq!(table_only, format!("{}\n", report.table()));
    let (with_errors, _) = run_score_py(&script, &gold_path, &sys_path, &dir, true);
    let (py_errors, py_table) = with_errors
        .split_once("\n\nlayer ")
        .expect("errors, blank line, table");
    assert_eq!(report.errors(), py_errors);
    assert_eq!(format!("layer {py_table}"), format!("{}\n", report.table()));
    assert_same_figures(&report, &py);
}

#[test]
fn same_output_as_score_py_in_edge_cases() {
    let Some(script) = score_py() else { return };
    let dir = TempDir::new("edge");
    // A single gold file; the system file has only blank lines, so every layer is
    // undefined or zero; then a system that finds nothing to score at all.
    let gold = dir.write(
        "gold.jsonl",
        &[
            json!({"id": "a", "entities": [{"type": "LOC", "text": "Laos"}]}).to_string(),
            json!({"id": "b", "titles": [{"person": "Tan Wei", "title": "Mayor"}]}).to_string(),
        ]
        .join("\n"),
    );
    let empty = dir.write("empty.jsonl", "\n\n  \n");
    let nothing = dir.write("nothing.jsonl", "{\"id\": \"zzz\"}\n");
    for system in [&empty, &nothing] {
        let report = score::score(
            &score::read_jsonl(&gold, "gold").unwrap(),
            &score::read_jsonl(system, "system").unwrap(),
        );
        let (out, py) = run_score_py(&script, &gold, system, &dir, true);
        assert_eq!(out, format!("{}\n\n{}\n", report.errors(), report.table()));
        assert_same_figures(&report, &py);
    }
}

#[test]
fn read_errors_name_file_and_line() {
    let dir = TempDir::new("err");
    let cases = [
        (
            "bad.jsonl",
            "{\"id\": \"a\"}\r\n\r{\"id\": oops}\n",
            "gold {}:3: bad JSON: ",
        ),
        (
            "list.jsonl",
            "\n[1, 2]\n",
            "gold {}:2: not an object with an `id`",
        ),
        (
            "noid.jsonl",
            "{\"ID\": 1}\n",
            "gold {}:1: not an object with an `id`",
        ),
        (
            "dup.jsonl",
            "{\"id\": \"x'y\", \"entities\": []}\n{\"id\": \"x'y\", \"entities\": null}\n",
            "gold {}:2: duplicate id \"x'y\" with different content",
        ),
    ];
    for (name, content, want) in cases {
        let path = dir.write(name, content);
        let err = score::read_jsonl(&path, "gold").unwrap_err().to_string();
        let want = want.replace("{}", &path.display().to_string());
        assert!(
            err.starts_with(&want),
            "{err:?} does not start with {want:?}"
        );
    }
    let path = dir.0.join("utf8.jsonl");
    fs::write(&path, b"{\"id\": \"a\"}\n{\"id\": \"\xff\"}\n").unwrap();
    let err = score::read_jsonl(&path, "system").unwrap_err().to_string();
    assert!(
        err.starts_with(&format!("system {}:2: invalid UTF-8", path.display())),
        "{err}"
    );
    let err = score::read_jsonl(&dir.0.join("absent.jsonl"), "gold")
        .unwrap_err()
        .to_string();
    assert!(err.contains("absent.jsonl"), "{err}");
    fs::create_dir_all(dir.0.join("void")).unwrap();
    let err = score::read_jsonl(&dir.0.join("void"), "gold")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("no *.jsonl files in directory"), "{err}");

    // Identical apart from text and source, with 1 == 1.0 == true as in Python: fine.
    let path = dir.write(
        "same.jsonl",
        "{\"id\": 1, \"n\": [1], \"text\": \"a\"}\n{\"id\": 1, \"n\": [1.0]}\n{\"id\": 1, \"n\": [true], \"source\": \"b\"}\n{\"id\": 1.0}\n",
    );
    let read = score::read_jsonl(&path, "gold").unwrap();
    let ids: Vec<&str> = read.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        ["1", "1.0"],
        "ids are compared as Python's str() renders them"
    );
}

#[test]
fn floors_parse_and_check() {
    let text = "# comment\n\nPERSON\t0.5\nACR_KNOWN 0.9  # trailing\n";
    let floors = score::parse_floors(text, Path::new("f.tsv")).unwrap();
    assert_eq!(floors.len(), 2);
    assert_eq!(floors[0].layer, Layer::Person);
    let r = score::score(&selftest_gold(), &perfect());
    assert!(floors[0].holds(&r));
    let mut s = perfect();
    d1(&mut s)["acronyms_known"] = json!([]);
    let r = score::score(&selftest_gold(), &s);
    assert!(!floors[1].holds(&r), "F1 0 is below 0.9");
    let r = score::score(&selftest_gold()[1..], &perfect());
    assert!(!floors[1].holds(&r), "an undefined F1 does not hold");
    let err = score::parse_floors("PERSON\t0.5\nPERSONS\t0.9\n", Path::new("f.tsv")).unwrap_err();
    assert!(
        err.to_string().starts_with("floors f.tsv:2: unknown layer"),
        "{err}"
    );
    assert!(score::parse_floors("ORG\t1.5\n", Path::new("f.tsv")).is_err());
    // The shipped floors file parses.
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/floors.tsv");
    let floors = score::read_floors(&shipped).unwrap();
    for layer in [
        Layer::Person,
        Layer::Org,
        Layer::Loc,
        Layer::TitlePair,
        Layer::AcrDefined,
    ] {
        assert!(
            floors.iter().any(|f| f.layer == layer),
            "the shipped floors set {layer:?}"
        );
    }
}
