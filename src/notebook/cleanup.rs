//! IPython's cleanup of a cell before its special syntax is transformed: leading blank lines
//! dropped, the common indentation removed (a cell pasted from inside a function runs), and
//! pasted prompts stripped (`>>> ` / `... ` of a doctest or the python prompt, `In [3]: ` /
//! `   ...: ` of IPython's). Also the one error IPython raises while transforming: its
//! `tokenize` pass rejects a dedent to a column no enclosing block used (`File <tokenize>:3`).

use super::input_complete::Scanner;
use crate::syntax::SyntaxError;

/// The cell after IPython's cleanup transforms (`leading_empty_lines`, `leading_indent`,
/// `classic_prompt`, `ipython_prompt`), as lines that keep their `\n`.
pub fn cleanup(cell: &str) -> String {
    let mut lines = split_keep_ends(cell);
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    lines.drain(..first);
    let text = dedent(&lines.concat());
    let lines = split_keep_ends(&text);
    let lines = strip_doctest_prompts(lines);
    strip_ipython_prompts(lines).concat()
}

fn split_keep_ends(text: &str) -> Vec<String> {
    text.split_inclusive('\n').map(str::to_string).collect()
}

/// Python's `textwrap.dedent`: whitespace-only lines become empty, and the longest leading
/// whitespace shared (character for character) by the other lines is removed from each.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    fn content(l: &str) -> &str {
        l.trim_end_matches('\n').trim_start_matches([' ', '\t'])
    }
    let mut margin: Option<&str> = None;
    for line in &lines {
        if content(line).is_empty() {
            continue;
        }
        let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
        margin = Some(match margin {
            None => indent,
            Some(m) => {
                let shared = m
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..shared]
            }
        });
    }
    let margin = margin.unwrap_or("");
    lines
        .iter()
        .map(|line| {
            if content(line).is_empty() {
                if line.ends_with('\n') { "\n" } else { "" }.to_string()
            } else {
                line[margin.len()..].to_string()
            }
        })
        .collect()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' | b'\n')
}

/// `^\s*` followed by `mark` and an optional space or tab: the length to strip.
fn prompt_len(line: &str, mark: &str) -> Option<usize> {
    let b = line.as_bytes();
    let lead = b.iter().take_while(|&&c| is_space(c)).count();
    if !line[lead..].starts_with(mark) {
        return None;
    }
    let end = lead + mark.len();
    Some(end + usize::from(matches!(b.get(end), Some(b' ' | b'\t'))))
}

/// Lines IPython's doctest stripper treats as inside a triple-quoted string whose prompts are
/// text: a string opened by a line that is not itself prompted code (its heuristic).
fn triple_quote_mask(lines: &[String]) -> Vec<bool> {
    let mut mask = Vec::with_capacity(lines.len());
    let mut open: Option<&str> = None;
    let mut preserve = false;
    let mut seen_prompt = false;
    for line in lines {
        mask.push(open.is_some() && preserve);
        let mut i = 0;
        while let Some(at) = next_triple(line, i) {
            let q = &line[at..at + 3];
            match open {
                None => {
                    open = Some(if q == "'''" { "'''" } else { "\"\"\"" });
                    let before = &line[..at];
                    let mut stripped = before;
                    if let Some(n) = prompt_len(stripped, ">>>") {
                        stripped = &stripped[n..];
                    }
                    if let Some(n) = prompt_len(stripped, "...") {
                        stripped = &stripped[n..];
                    }
                    let had_prompt = stripped.len() != before.len();
                    let prefix_only = stripped.trim().chars().all(|c| "rubfRUBF".contains(c));
                    preserve = !(had_prompt && seen_prompt) && prefix_only;
                    *mask.last_mut().expect("pushed above") = preserve;
                }
                Some(o) if o == q => {
                    open = None;
                    preserve = false;
                }
                Some(_) => {}
            }
            i = at + 3;
        }
        seen_prompt |= prompt_len(line, ">>>").is_some();
    }
    mask
}

/// The next `'''` or `"""` at or after `from` not preceded by a backslash.
fn next_triple(line: &str, from: usize) -> Option<usize> {
    let b = line.as_bytes();
    (from..b.len().saturating_sub(2)).find(|&i| {
        (b[i..].starts_with(b"'''") || b[i..].starts_with(b"\"\"\""))
            && (i == 0 || b[i - 1] != b'\\')
    })
}

/// IPython's `classic_prompt` (doctest mode): when a line outside a triple-quoted string starts
/// with `>>>`, every such line loses its `>>>`/`...` prompt, and each run of lines that lost
/// one is dedented.
fn strip_doctest_prompts(lines: Vec<String>) -> Vec<String> {
    let mask = triple_quote_mask(&lines);
    let prompted = lines
        .iter()
        .zip(&mask)
        .any(|(l, &in_str)| !in_str && prompt_len(l, ">>>").is_some());
    if !prompted {
        return lines;
    }
    let mut stripped = Vec::with_capacity(lines.len());
    let mut changed = Vec::with_capacity(lines.len());
    for (line, &in_str) in lines.iter().zip(&mask) {
        let n = (!in_str)
            .then(|| prompt_len(line, ">>>").or_else(|| prompt_len(line, "...")))
            .flatten();
        stripped.push(line[n.unwrap_or(0)..].to_string());
        changed.push(n.is_some());
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < stripped.len() {
        let j = (i..stripped.len())
            .find(|&j| mask[j] != mask[i])
            .unwrap_or(stripped.len());
        if !mask[i] && changed[i..j].iter().any(|&c| c) {
            out.extend(split_keep_ends(&dedent(&stripped[i..j].concat())));
        } else {
            out.extend_from_slice(&stripped[i..j]);
        }
        i = j;
    }
    out
}

/// The prompt of IPython's own `In [3]: ` (optionally after a vi mode tag) or `   ...: `.
fn ipython_prompt_len(line: &str) -> Option<usize> {
    let mut rest = line;
    for tag in ["[nav] ", "[ins] "] {
        if let Some(r) = rest.strip_prefix(tag) {
            rest = r;
            break;
        }
    }
    if let Some(r) = rest.strip_prefix("In [") {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && r[digits..].starts_with("]: ") {
            return Some(line.len() - r.len() + digits + 3);
        }
    }
    let lead = line.bytes().take_while(|&c| is_space(c)).count();
    let dots = line[lead..].bytes().take_while(|&c| c == b'.').count();
    if dots >= 3 && line[lead + dots..].starts_with(':') {
        let end = lead + dots + 1;
        return Some(end + usize::from(line[end..].starts_with(' ')));
    }
    None
}

/// IPython's `ipython_prompt`: when the first or second line carries a prompt, every line
/// loses its own.
fn strip_ipython_prompts(lines: Vec<String>) -> Vec<String> {
    let prompted = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| ipython_prompt_len(l).is_some())
    };
    if !(prompted(0) || prompted(1)) {
        return lines;
    }
    lines
        .iter()
        .map(|l| l[ipython_prompt_len(l).unwrap_or(0)..].to_string())
        .collect()
}

/// The IndentationError of Python's pure `tokenize` module, which IPython runs over every
/// cell: a line outside brackets and strings that dedents to a column no enclosing block
/// used. The error's location is CPython's (`<tokenize>`, the line, the column of its text).
pub fn tokenize_indentation_error(cell: &str) -> Option<SyntaxError> {
    let mut indents = vec![0usize];
    let mut open = Scanner::default();
    let mut continued = false;
    let mut offset = 0;
    for line in cell.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if !open.is_open() && !continued {
            let mut column = 0;
            let mut pos = 0;
            for c in line.bytes() {
                match c {
                    b' ' => column += 1,
                    b'\t' => column = (column / 8 + 1) * 8,
                    b'\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            let rest = &line[pos..];
            let blank = rest.is_empty() || rest.starts_with(['#', '\r', '\n']);
            if !blank {
                if column > *indents.last().unwrap_or(&0) {
                    indents.push(column);
                }
                while column < *indents.last().unwrap_or(&0) {
                    if !indents.contains(&column) {
                        return Some(SyntaxError::indentation(
                            "unindent does not match any outer indentation level",
                            start + pos,
                            start + pos,
                        ));
                    }
                    indents.pop();
                }
            }
        }
        open.feed(line);
        continued = !open.is_open()
            && super::input_complete::strip_comment(line.trim_end_matches(['\n', '\r']))
                .ends_with('\\');
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipython_cleanup_examples() {
        let cases = [
            ("\n\n  x = 1\n  y = 2\n", "x = 1\ny = 2\n"),
            ("    if x:\n        y\n", "if x:\n    y\n"),
            (">>> x = 1\n>>> x\n1\n", "x = 1\nx\n1\n"),
            (
                ">>> def f():\n...     return 1\n",
                "def f():\n    return 1\n",
            ),
            ("In [1]: x = 1\n   ...: y\n", "x = 1\ny\n"),
            ("x = '''\n>>> stripped\n'''\n", "x = '''\nstripped\n'''\n"),
            ("'''\n>>> kept\n'''\n", "'''\n>>> kept\n'''\n"),
            ("r'''\n>>> a\n'''\n>>> b\n", "r'''\n>>> a\n'''\nb\n"),
            ("...\n", "...\n"),
        ];
        for (cell, want) in cases {
            assert_eq!(cleanup(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn tokenize_rejects_only_unmatched_dedents() {
        assert!(tokenize_indentation_error("if x:\n        a\n    b\n").is_some());
        assert!(tokenize_indentation_error("if x:\n    a\nb\n").is_none());
        assert!(tokenize_indentation_error("if x:\n        a\n  # c\n        b\n").is_none());
        assert!(tokenize_indentation_error("x = (1,\n  2)\n").is_none());
    }
}
