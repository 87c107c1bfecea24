//! Teams named in the lines of sports results and standings.
//!
//! Sports pages list results and tables one line each: "Kingsbridge 2 Eastfield
//! Rovers 1" (a result: a name and a score, twice) or "Eastfield Rovers 10 6 3 1 14"
//! (a standings row: a name, then numbers only). The name at the head of such a line
//! is a team, an organization, whatever else its words could be: a club named for
//! its town ("Eastfield") is the club there. Countries stay places (national sides
//! are named for them), and so do names with evidence of a person of their own
//! (a golfer's or a runner's row).
//!
//! The test reads each line once, token by token: linear, no allocation.

use crate::EntityKind;
use crate::analysis::Analysis;
use crate::lexicon::class;
use crate::rules::{NameMarks, TokenRange, location};
use crate::tokenize::TokenKind;

/// Most words in a team's name: "Queens Park Rangers", "Brighton and Hove Albion".
const MAX_NAME_TOKENS: usize = 6;

/// Fewest numbers after the name in a standings row: played, won, lost at least.
const MIN_ROW_NUMBERS: usize = 3;

/// The teams named at the heads of result and standings lines, left to right.
pub(crate) fn teams(a: &Analysis, names: &NameMarks) -> Vec<TokenRange> {
    let mut found = Vec::new();
    // Only a line's first token can open a result or a row.
    for i in a.line_starts().iter() {
        let Some(first) = team_name(a, i, names) else {
            continue;
        };
        let after_first = skip_bracket(a, first.end);
        // "KINGSBRIDGE 2024-03-05" is a dateline, no score.
        if !is_number(a, after_first) || location::is_date(a, after_first) {
            continue;
        }
        // A result: a score, then a second team and its score.
        let second = team_name(a, after_first + 1, names)
            .filter(|s| is_number(a, skip_bracket(a, s.end)) && on_line(a, s.first));
        if let Some(second) = second {
            push_unless_country(a, &mut found, first);
            push_unless_country(a, &mut found, second);
        } else if is_standings_row(a, after_first) {
            push_unless_country(a, &mut found, first);
        }
    }
    found
}

/// True if token `i` is on the same line as the token before it.
fn on_line(a: &Analysis, i: usize) -> bool {
    a.token(i).is_some_and(|t| !t.newline_before())
}

fn is_number(a: &Analysis, i: usize) -> bool {
    a.token(i).is_some_and(|t| t.kind() == TokenKind::Number) && on_line(a, i)
}

/// The name starting at `i`: capitalized words, glued by hyphens, full stops,
/// possessives or a lower-case "of"/"and" between capitals ("Queen of the South").
/// Not a function word or a month, not one word that is also a common word ("Net
/// 3 4 5"; "Port Vale" is a name), not a name with evidence of a person.
fn team_name(a: &Analysis, i: usize, names: &NameMarks) -> Option<TokenRange> {
    let opens = a.is_capitalized(i) && !a.is_function_word(i) && !a.is(i, class::ROLE);
    if !opens || names.in_name(i) {
        return None;
    }
    let mut end = i + 1;
    while end - i < MAX_NAME_TOKENS && on_line(a, end) {
        let word = a.is_capitalized(end) && !names.in_name(end);
        let glue = matches!(a.word(end), "-" | ".") && a.joined(end - 1);
        let link = matches!(a.word(end), "of" | "and") && a.is_capitalized(end + 1);
        if word || glue || link {
            end += 1;
        } else if a.is_possessive(end) {
            end += 2;
        } else {
            break;
        }
    }
    // A trailing full stop is punctuation, not part of the name.
    while a.at(end - 1, ".") {
        end -= 1;
    }
    let common_word = a.is(i, class::NOT_NAME) || a.is_plain_word(i);
    (end > i + 1 || !common_word).then_some(TokenRange::new(i, end))
}

/// Past a short bracket after a name, "( Sweden )", "(L)": where it ends, or `i`.
fn skip_bracket(a: &Analysis, i: usize) -> usize {
    if !a.at(i, "(") || !on_line(a, i) {
        return i;
    }
    (i + 2..i + 5)
        .find(|&k| a.at(k, ")") && on_line(a, k))
        .map_or(i, |k| k + 1)
}

/// True if the line from the number at `i` holds only numbers and punctuation, and
/// at least [`MIN_ROW_NUMBERS`] numbers.
fn is_standings_row(a: &Analysis, i: usize) -> bool {
    let mut numbers = 0;
    let mut k = i;
    while k < a.len() && (k == i || on_line(a, k)) {
        match a.token(k).map(|t| t.kind()) {
            Some(TokenKind::Number) => numbers += 1,
            Some(TokenKind::Punct) => {}
            _ => return false,
        }
        k += 1;
    }
    numbers >= MIN_ROW_NUMBERS
}

/// Adds `range` unless it is exactly a country in the gazetteer: national sides
/// are named for their country and stay places.
fn push_unless_country(a: &Analysis, found: &mut Vec<TokenRange>, range: TokenRange) {
    let country = a.hit(range.first).is_some_and(|h| {
        let id = || &a.gazetteer.entry(h.entry).id;
        h.end == range.end
            && h.kind == EntityKind::Loc
            && id().starts_with("iso:")
            && !id().contains('-')
    });
    if !country {
        found.push(range);
    }
}
