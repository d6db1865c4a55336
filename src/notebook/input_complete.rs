//! What Enter does at the prompt, as IPython's `TransformerManager.check_complete` decides it:
//! a complete input runs; an open bracket, an unterminated triple-quoted string, a trailing
//! backslash, a line ending in `:` or an indented last line of a block asks for another line
//! (with the indentation to offer); input that cannot parse runs at once, so its SyntaxError
//! shows.

use super::transform::transform_cell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    /// Another line is needed, indented by this many spaces.
    Incomplete(usize),
    Invalid,
}

/// The indentation of the last line (tabs count 4), IPython's `find_last_indent`.
fn last_indent(text: &str) -> usize {
    let last = text.split('\n').next_back().unwrap_or("");
    last.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

pub fn check_complete(cell: &str) -> Completeness {
    let text = cell.trim_end_matches([' ', '\t']);
    let body = text.trim_end_matches('\n');
    if body.trim().is_empty() {
        return Completeness::Complete;
    }
    let last_line = body.split('\n').next_back().unwrap_or("");
    if last_line.ends_with('\\') {
        return Completeness::Incomplete(last_indent(body));
    }
    if body.starts_with("%%") {
        return if cell.ends_with("\n\n") || last_line.trim().is_empty() {
            Completeness::Complete
        } else {
            Completeness::Incomplete(last_indent(body))
        };
    }
    let code = transform_cell(body);
    let mut scan = Scanner::default();
    scan.feed(&code);
    if scan.sunken {
        return Completeness::Invalid;
    }
    if scan.is_open() {
        return Completeness::Incomplete(last_indent(cell.trim_end_matches('\n')));
    }
    let last_code = code
        .trim_end_matches('\n')
        .split('\n')
        .rev()
        .map(strip_comment)
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if last_code.trim_end().ends_with(':') {
        let indent = last_code.len() - last_code.trim_start().len();
        return Completeness::Incomplete(indent + 4);
    }
    if crate::syntax::parse_module(&code).is_err() {
        return Completeness::Invalid;
    }
    // A block needs its blank line: an indented last line asks for more.
    let lines: Vec<&str> = body.split('\n').collect();
    if lines.len() > 1 && last_indent(body) > 0 && !cell.ends_with("\n\n") && !blank_tail(cell) {
        return Completeness::Incomplete(last_indent(body));
    }
    Completeness::Complete
}

/// Whether the cell ends with a blank (whitespace-only) line after its last newline.
fn blank_tail(cell: &str) -> bool {
    match cell.rsplit_once('\n') {
        Some((before, tail)) => tail.trim().is_empty() && !tail.is_empty() && !before.is_empty(),
        None => false,
    }
}

/// A line without its `#` comment (quotes respected).
pub fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &line[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    line
}

/// Brackets and strings of Python text fed piece by piece (a cell at once, or line by line),
/// comments skipped: whether the text so far leaves a bracket or a triple-quoted string open.
#[derive(Default)]
pub struct Scanner {
    depth: usize,
    /// The quote of an open triple-quoted string.
    triple: Option<u8>,
    /// A closing bracket without its opening one.
    pub sunken: bool,
}

impl Scanner {
    pub fn is_open(&self) -> bool {
        self.depth > 0 || self.triple.is_some()
    }

    pub fn feed(&mut self, text: &str) {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if let Some(q) = self.triple {
                if b[i] == b'\\' {
                    i += 2;
                } else if b[i..].starts_with(&[q, q, q]) {
                    self.triple = None;
                    i += 3;
                } else {
                    i += 1;
                }
                continue;
            }
            match b[i] {
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => self.depth += 1,
                b')' | b']' | b'}' => match self.depth.checked_sub(1) {
                    Some(d) => self.depth = d,
                    None => self.sunken = true,
                },
                q @ (b'\'' | b'"') => {
                    if b[i..].starts_with(&[q, q, q]) {
                        self.triple = Some(q);
                        i += 3;
                        continue;
                    }
                    i += 1;
                    while i < b.len() && b[i] != q && b[i] != b'\n' {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Completeness::*;
    use super::*;

    #[test]
    fn ipython_enter_rule() {
        let cases = [
            ("x = 1", Complete),
            ("def f(a):", Incomplete(4)),
            ("def f(a):\n    return 1/a", Incomplete(4)),
            ("def f(a):\n    return 1/a\n", Incomplete(4)),
            ("def f(a):\n    return 1/a\n\n", Complete),
            ("for i in range(3):\n    if i:", Incomplete(8)),
            ("x = (1,", Incomplete(0)),
            ("x = [1,\n    2,", Incomplete(4)),
            ("s = '''", Incomplete(0)),
            ("1 +", Invalid),
            ("x = 1 \\", Incomplete(0)),
            (")", Invalid),
            ("%who", Complete),
            ("if x: y", Complete),
        ];
        for (cell, want) in cases {
            assert_eq!(check_complete(cell), want, "{cell:?}");
        }
    }
}
