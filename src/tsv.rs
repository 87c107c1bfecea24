//! Reading the lists' lines: tab-separated fields, `#` comments, blank lines.
//!
//! Shared by the entity gazetteers and the word lists, which differ only in their
//! columns. Built for start-up time: fields are found by byte search and trimmed
//! only when they need it.

/// The lines of `text` that hold data, with their 1-based numbers: a trailing `\r`
/// dropped, blank lines and lines starting with `#` skipped.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.strip_suffix('\r').unwrap_or(line)))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

/// The trimmed tab-separated fields of a line.
pub(crate) fn fields(line: &str) -> impl Iterator<Item = &str> {
    split_tabs(line).map(trim)
}

/// The tab-separated fields of a line. A byte search: `str::split(char)` goes
/// through the generic char searcher, which showed in the build profile.
fn split_tabs(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let field = rest?;
        match field.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                rest = Some(&field[tab + 1..]);
                Some(&field[..tab])
            }
            None => {
                rest = None;
                Some(field)
            }
        }
    })
}

/// `str::trim`, with a fast answer for the usual field that has nothing to trim.
pub(crate) fn trim(field: &str) -> &str {
    let bytes = field.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => field,
        _ => field.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_lines_skip_comments_and_blanks_and_keep_numbers() {
        let text = "# comment\r\na\tb \r\n\n  \nc\t\t d";
        let lines: Vec<(usize, Vec<&str>)> = data_lines(text)
            .map(|(n, line)| (n, fields(line).collect()))
            .collect();
        assert_eq!(lines, [(2, vec!["a", "b"]), (5, vec!["c", "", "d"])]);
    }
}
