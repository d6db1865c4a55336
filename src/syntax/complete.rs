//! Is this cell ready to run? IPython's rules for the prompt: a block stays open until a blank
//! line; open brackets, a trailing backslash or an unterminated triple-quoted string continue;
//! anything else that does not parse is submitted at once (and reported).

use super::error::LineIndex;
use super::layout::{tokenize, Tok};
use super::token::Raw;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    /// More input is needed; the next line should start with `indent` spaces.
    Incomplete {
        indent: usize,
    },
    Invalid,
}

fn indent_of(line: &str) -> usize {
    let mut col = 0;
    for c in line.chars() {
        match c {
            ' ' => col += 1,
            '\t' => col = (col / 8 + 1) * 8,
            _ => break,
        }
    }
    col
}

pub fn is_complete(text: &str) -> Completeness {
    if text.trim().is_empty() {
        return Completeness::Complete;
    }
    let body = text.strip_suffix('\n').unwrap_or(text);
    let lines: Vec<&str> = body.split('\n').collect();
    let last = lines.last().copied().unwrap_or("");
    let last_nonblank = lines
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .copied()
        .unwrap_or("");
    if body.ends_with('\\') {
        return Completeness::Incomplete {
            indent: indent_of(last_nonblank),
        };
    }
    match tokenize(body) {
        Err(e) if e.msg.starts_with("unterminated triple-quoted string") => {
            return Completeness::Incomplete { indent: 0 };
        }
        Err(_) => return Completeness::Invalid,
        Ok(tokens) => {
            if !tokens.unclosed.is_empty() {
                return Completeness::Incomplete {
                    indent: indent_of(last_nonblank),
                };
            }
            let meaningful: Vec<_> = tokens
                .tokens
                .iter()
                .filter(|t| {
                    !matches!(
                        t.tok,
                        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
                    )
                })
                .collect();
            if let Some(t) = meaningful.last() {
                if t.tok == Tok::Op(Raw::Colon) {
                    // The header's own indentation, plus one level.
                    let lines_index = LineIndex::new(body);
                    let (line, _) = lines_index.line_col(body, t.span.start);
                    let header = lines_index.line_text(body, line);
                    return Completeness::Incomplete {
                        indent: indent_of(header) + 4,
                    };
                }
            }
        }
    }
    // An open block: the last line is indented and no blank line has closed it.
    if !last.trim().is_empty() && indent_of(last) > 0 && lines.len() > 1 {
        return Completeness::Incomplete {
            indent: indent_of(last),
        };
    }
    match super::parse_module(body) {
        Ok(_) => Completeness::Complete,
        Err(_) => Completeness::Invalid,
    }
}
