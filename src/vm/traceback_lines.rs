//! The lines of a printed traceback, as CPython 3.11's tb_printinternal writes them: each
//! frame's `File "...", line N, in NAME`, its source line without indentation, and under it
//! PEP 657's marks for the failing expression (`~~^~~` under a binary operator or a subscript,
//! `^^^` otherwise, none when the expression is the whole line); a frame repeated more than
//! three times in a row is summarised as `[Previous line repeated N more times]`.

use crate::heap::object::TracebackEntry;
use crate::objects::code::{CodeKind, SourceFile};
use crate::syntax::ast::{ExprKind, StmtKind};

/// Frames shown before a run of identical ones is summarised (CPython's TB_RECURSIVE_CUTOFF).
const RECURSIVE_CUTOFF: usize = 3;

/// The frames of a traceback, outermost first.
pub fn format_frames(entries: &[TracebackEntry], out: &mut String) {
    out.push_str(&frame_chunks(entries).concat());
}

/// The frames of a traceback, outermost first, one string per frame shown (and one for each
/// "repeated" line), as the `traceback` module's StackSummary.format returns them.
pub fn frame_chunks(entries: &[TracebackEntry]) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for e in entries {
        let name = frame_name(e);
        let key = (e.code.source.name.as_str(), e.line, name);
        if last != Some(key) {
            repeated(count, &mut chunks);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            let mut out = format!(
                "  File \"{}\", line {}, in {name}\n",
                e.code.source.name, e.line
            );
            source_line(&e.code.source, e.line, e.position, &mut out);
            chunks.push(out);
        }
    }
    repeated(count, &mut chunks);
    chunks
}

/// The marks line under an entry's source line (PEP 657), when it has one.
pub fn entry_marks(e: &TracebackEntry) -> Option<String> {
    let mut out = String::new();
    source_line(&e.code.source, e.line, e.position, &mut out);
    out.lines().nth(1).map(str::to_string)
}

/// The source line `lineno` of `file` without its indentation (None when it cannot be read).
/// Whether a traceback shows the file's lines, as linecache finds them: a program read from
/// standard input, `<string>` (exec, eval, compile) and other pseudo-files have none;
/// notebook cells and Cellar's own modules do.
fn has_lines(file: &SourceFile) -> bool {
    let name = file.name.as_str();
    let pseudo = name.starts_with('<') && name.ends_with('>');
    !pseudo || name.starts_with("<ipython-input-") || name.starts_with("<cellar ")
}

pub fn stripped_line(file: &SourceFile, lineno: u32) -> Option<String> {
    if !has_lines(file) {
        return None;
    }
    file.line(lineno)
        .map(|l| l.trim_matches(is_space).to_string())
}

pub fn frame_name(e: &TracebackEntry) -> &str {
    if e.code.kind == CodeKind::Module {
        "<module>"
    } else {
        &e.code.name
    }
}

fn repeated(count: usize, chunks: &mut Vec<String>) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        chunks.push(format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// Whitespace as CPython's traceback code counts it.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// The source line `lineno` without its indentation, then the marks under `position` (a span
/// of byte offsets into the file), as tb_displayline decides them.
fn source_line(file: &SourceFile, lineno: u32, position: Option<(u32, u32)>, out: &mut String) {
    if !has_lines(file) {
        return;
    }
    let Some(line) = file.line(lineno) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|c| is_space(**c)).count();
    let shown: String = chars[indent..].iter().collect();
    if shown.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(&shown);
    out.push('\n');
    if let Some(marks) = position.and_then(|p| marks(file, lineno, line, indent, p)) {
        out.push_str(&marks);
        out.push('\n');
    }
}

/// The marks line for the span `(start, end)` under `line` (the text of line `lineno`).
fn marks(
    file: &SourceFile,
    lineno: u32,
    line: &str,
    indent: usize,
    (start, end): (u32, u32),
) -> Option<String> {
    let line_start = line_offset(&file.text, lineno)?;
    let (start, end) = (start as usize, end as usize);
    if start < line_start || start > line_start + line.len() {
        return None;
    }
    let start_col = start - line_start;
    let to_chars = |bytes: usize| line.get(..bytes.min(line.len())).map(|s| s.chars().count());
    let start_offset = to_chars(start_col)?;
    let same_line = end <= line_start + line.len();
    let mut end_offset;
    let mut anchors = None;
    if same_line {
        end_offset = to_chars(end - line_start)?;
        let segment = line.get(start_col..end - line_start)?;
        anchors = anchors_in(segment).map(|(l, r)| {
            let seg_chars = |b: usize| segment.get(..b).map_or(0, |s| s.chars().count());
            (seg_chars(l) + start_offset, seg_chars(r) + start_offset)
        });
    } else {
        // A multi-line expression is marked to the last non-blank character of its first line.
        let chars: Vec<char> = line.chars().collect();
        end_offset = chars
            .iter()
            .rposition(|c| !is_space(*c))
            .map_or(0, |i| i + 1);
    }
    let stripped_len = line.chars().count() - indent;
    if end_offset - start_offset == stripped_len && anchors.is_none() {
        return None;
    }
    if end_offset < start_offset {
        end_offset = start_offset;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut s = String::from("    ");
    for offset in indent + 1..=end_offset {
        let c = if offset <= start_offset {
            ' '
        } else if anchors.is_some_and(|(l, r)| l < offset && offset <= r) {
            secondary
        } else {
            primary
        };
        s.push(c);
    }
    Some(s)
}

/// Byte offset where line `lineno` (1-based) starts in `text`.
fn line_offset(text: &str, lineno: u32) -> Option<usize> {
    if lineno == 1 {
        return Some(0);
    }
    text.match_indices('\n')
        .nth(lineno as usize - 2)
        .map(|(i, _)| i + 1)
}

/// CPython's extract_anchors_from_line: when the marked text, parsed alone, is one expression
/// statement that is a binary operation or a subscript, the byte range (in `segment`) of the
/// operator or of the `[...]` part, which gets `^` while the rest gets `~`.
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse_module(segment).ok()?;
    let [stmt] = &module.body[..] else {
        return None;
    };
    let StmtKind::Expr(e) = &*stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let mut found = None;
            let mut i = from;
            while i < to {
                let c = bytes[i];
                if matches!(c, b' ' | b'\t' | b'\x0c') {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < to && !matches!(bytes[i + 1], b' ' | b'\t' | b'\x0c') {
                    r += 1;
                }
                found = Some((i, r));
                // A closing parenthesis of the left operand is not the operator.
                if i + 1 < to && c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        ExprKind::Subscript { value, index } => {
            let len = bytes.len();
            let mut l = value.span.end as usize;
            let mut r = index.span.end as usize + 1;
            while l < len && bytes[l] != b'[' {
                l += 1;
            }
            while r < len && bytes[r] != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}
