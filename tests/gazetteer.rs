//! Custom gazetteers through the builder: entries that work, and bad entries that
//! give a typed error naming the file (or source) and line.

use std::path::PathBuf;

use whoswho::{BuildErrorKind, EntityKind, Extractor};

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whoswho-gazetteer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn custom_entries_are_found_with_their_ids_and_acronyms() {
    let tsv = "# my bodies\norg:kfd\tORG\tKestrel Fisheries Directorate\tFisheries Directorate of Kestrel\tKFD\t\n";
    let extractor = Extractor::builder()
        .gazetteer_tsv("mine.tsv", tsv)
        .build()
        .unwrap();
    let doc = extractor.extract("The KFD and the Fisheries Directorate of Kestrel met.");
    let kfd = doc
        .entities()
        .iter()
        .find(|e| e.text == "KFD")
        .expect("the acronym is found");
    assert_eq!(kfd.kind, EntityKind::Org);
    assert_eq!(kfd.id, Some("org:kfd"));
    let alias = doc
        .entities()
        .iter()
        .find(|e| e.text == "Fisheries Directorate of Kestrel")
        .unwrap();
    assert_eq!(alias.id, Some("org:kfd"));
    let acronym = doc.acronyms().iter().find(|a| a.short == "KFD").unwrap();
    assert_eq!(acronym.long, "Kestrel Fisheries Directorate");
}

#[test]
fn a_gazetteer_file_is_read_through_the_builder() {
    let path = temp_file("places.tsv", b"geo:isle\tLOC\tIsle of Quarrel\t\t\t\n");
    let extractor = Extractor::builder().gazetteer_file(&path).build().unwrap();
    let doc = extractor.extract("Talks were held on the Isle of Quarrel.");
    assert!(
        doc.entities()
            .iter()
            .any(|e| e.kind == EntityKind::Loc && e.text == "Isle of Quarrel")
    );
}

fn bad_entry(tsv: &str) -> (String, usize, String) {
    let err = Extractor::builder()
        .gazetteer_tsv("bad.tsv", tsv)
        .build()
        .unwrap_err();
    match err.kind() {
        BuildErrorKind::BadEntry {
            source,
            line,
            reason,
        } => (source.clone(), *line, reason.clone()),
        other => panic!("expected a bad entry, got {other:?}"),
    }
}

#[test]
fn a_wrong_column_count_names_the_line() {
    let (source, line, reason) =
        bad_entry("# header\norg:a\tORG\tAlpha Council\t\t\t\norg:b\tORG\tBeta Council\n");
    assert_eq!((source.as_str(), line), ("bad.tsv", 3));
    assert!(reason.contains("6 tab-separated columns"), "{reason}");
}

#[test]
fn an_empty_name_or_id_or_an_unknown_type_is_refused() {
    assert!(bad_entry("org:a\tORG\t\t\t\t\n").2.contains("empty name"));
    assert!(bad_entry("\tORG\tAlpha\t\t\t\n").2.contains("empty id"));
    assert!(
        bad_entry("org:a\tPERSON\tAlpha\t\t\t\n")
            .2
            .contains("ORG or LOC")
    );
}

#[test]
fn an_id_naming_two_things_is_refused() {
    let tsv = "org:a\tORG\tAlpha Council\t\t\t\norg:a\tORG\tAlpha Committee\t\t\t\n";
    let err = Extractor::builder()
        .gazetteer_tsv("dup.tsv", tsv)
        .build()
        .unwrap_err();
    assert!(
        matches!(err.kind(), BuildErrorKind::ConflictingId { line: 2, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "dup.tsv:2: id \"org:a\" already names \"Alpha Council\", cannot also name \"Alpha Committee\""
    );
}

#[test]
fn the_same_id_with_the_same_name_adds_aliases() {
    let tsv = "org:a\tORG\tAlpha Council\t\t\t\norg:a\tORG\tAlpha Council\tCouncil of Alpha\t\t\n";
    let extractor = Extractor::builder()
        .gazetteer_tsv("twice.tsv", tsv)
        .build()
        .unwrap();
    let doc = extractor.extract("The Council of Alpha met.");
    assert!(doc.entities().iter().any(|e| e.id == Some("org:a")));
}

#[test]
fn a_file_that_is_not_utf8_names_the_line() {
    let path = temp_file(
        "latin1.tsv",
        b"org:a\tORG\tAlpha\t\t\t\norg:b\tORG\tCaf\xe9\t\t\t\n",
    );
    let err = Extractor::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert!(
        matches!(err.kind(), BuildErrorKind::InvalidUtf8 { line: 2, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .ends_with("latin1.tsv:2: gazetteer is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let err = Extractor::builder()
        .gazetteer_file("/nonexistent/whoswho.tsv")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::Io { .. }));
    assert!(
        err.to_string().contains("/nonexistent/whoswho.tsv"),
        "{err}"
    );
}

#[test]
fn a_word_list_with_an_unknown_class_is_refused() {
    let err = Extractor::builder()
        .words_tsv("words.tsv", "Envoy\trole\nSheriff\tpolice\n")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "words.tsv:2: bad gazetteer entry: unknown class \"police\""
    );
}

#[test]
fn custom_role_words_make_titles() {
    let extractor = Extractor::builder()
        .words_tsv("roles.tsv", "Harbourmaster\trole\n")
        .build()
        .unwrap();
    let doc = extractor.extract("Harbourmaster Lena Fjord opened the port.");
    assert!(
        doc.titles()
            .iter()
            .any(|t| t.title == "Harbourmaster" && t.person == "Lena Fjord")
    );
}

#[test]
fn without_defaults_only_the_given_lists_are_used() {
    let extractor = Extractor::builder()
        .without_defaults()
        .gazetteer_tsv("one.tsv", "geo:x\tLOC\tXanadu\t\t\t\n")
        .build()
        .unwrap();
    let doc = extractor.extract("Xanadu and China.");
    let places: Vec<&str> = doc
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Loc)
        .map(|e| e.text.as_ref())
        .collect();
    assert_eq!(places, ["Xanadu"]);
}

#[test]
fn no_embedded_name_begins_with_an_article() {
    // A leading article is not part of a name; a form that began with "the" would
    // also make every "the" of a text the start of a gazetteer name.
    let extractor = Extractor::default();
    let with_article: Vec<&str> = extractor
        .gazetteer_patterns()
        .into_iter()
        .filter(|p| p.starts_with("the "))
        .collect();
    assert!(with_article.is_empty(), "{with_article:?}");
}

#[test]
fn the_article_before_a_place_stays_outside_it() {
    let doc = Extractor::default()
        .extract("Ties with the West warmed, and envoys toured the West Bank and the West Indies.");
    let places: Vec<(&str, EntityKind)> = doc
        .entities()
        .iter()
        .map(|e| (e.text.as_ref(), e.kind))
        .collect();
    assert_eq!(
        places,
        [
            ("West", EntityKind::Loc),
            ("West Bank", EntityKind::Loc),
            ("West Indies", EntityKind::Loc)
        ]
    );
}
