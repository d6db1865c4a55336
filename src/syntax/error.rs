//! `SyntaxError` as CPython reports it: kind, message, and a location (line, 1-based character
//! offsets) computed from byte spans, rendered exactly as `python3` prints it. (The prompt's
//! colored report will build on `location()`.)

use super::ast::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython reports some over-deep programs as RecursionError/MemoryError during compilation.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error located in the source. `start`/`end` are byte offsets; `end` may be on a later
/// line (CPython then underlines to the end of the first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    /// Overrides for locations that cannot be expressed as a byte range (a caret past the end
    /// of the line, or no caret at all).
    pub caret: Caret,
    /// Text CPython shows instead of the source line (an f-string field's `(expr)`).
    pub shown: Option<Box<SyntaxTextOverride>>,
}

/// The line, text and 1-based offsets CPython reports when they are not the source's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxTextOverride {
    pub line: usize,
    pub text: String,
    pub offset: usize,
    pub end_offset: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caret {
    /// Underline `start..end` (at least one caret).
    Range,
    /// CPython prints the line but no caret (e.g. offset 0).
    None,
    /// No source line at all (errors reported at line 0 or beyond the file).
    NoText,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start: span.start as usize,
            end: span.end as usize,
            caret: Caret::Range,
            shown: None,
        }
    }
    pub fn at(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError::new(msg, Span::new(start, end))
    }
    pub fn indentation(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            ..SyntaxError::at(msg, start, end)
        }
    }
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }
    pub fn without_caret(mut self) -> SyntaxError {
        self.caret = Caret::None;
        self
    }

    /// The location as CPython's SyntaxError attributes: (lineno, offset, end_lineno,
    /// end_offset), offsets 1-based in characters.
    pub fn location(&self, source: &str) -> Location {
        if let Some(s) = &self.shown {
            return Location {
                line: s.line,
                offset: s.offset,
                end_line: s.line,
                end_offset: s.end_offset,
            };
        }
        let lines = LineIndex::new(source);
        let (line, col) = lines.line_col(source, self.start);
        let (end_line, end_col) = lines.line_col(source, self.end.max(self.start));
        Location {
            line,
            offset: col + 1,
            end_line,
            end_offset: end_col + 1,
        }
    }

    /// Exactly what `python3 FILE` prints to stderr for this error (CPython's C printer,
    /// `print_error_text`: leading blanks stripped, a range of carets only for an exact
    /// SyntaxError, a range over several lines underlined to the end of the first).
    pub fn render_cpython(&self, source: &str, filename: &str) -> String {
        let loc = self.location(source);
        let msg = self.msg.replace("{file}", filename);
        if self.kind == SyntaxErrorKind::RecursionError {
            // Not a SyntaxError: CPython prints the bare exception.
            return format!("{}: {}\n", self.kind.name(), msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, loc.line);
        if self.caret == Caret::NoText {
            out.push_str(&format!("{}: {}\n", self.kind.name(), msg));
            return out;
        }
        let text = match &self.shown {
            Some(s) => s.text.as_str(),
            None => LineIndex::new(source).line_text(source, loc.line),
        };
        let line: String = text.trim_end_matches(['\n', '\r']).to_string();
        let chars: Vec<char> = line.chars().collect();
        let stripped = chars
            .iter()
            .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
            .count();
        let shown: String = chars[stripped..].iter().collect();
        out.push_str(&format!("    {}\n", shown));
        let len = chars.len() - stripped;
        let offset = loc.offset as isize - 1 - stripped as isize;
        if self.caret == Caret::Range && offset >= 0 {
            let offset = (offset as usize).min(len);
            let repeat = if self.kind != SyntaxErrorKind::SyntaxError {
                1
            } else {
                let end_offset = if loc.end_line != loc.line {
                    chars.len() + 1
                } else {
                    loc.end_offset
                };
                let end = end_offset as isize - 1 - stripped as isize;
                (end - offset as isize).max(1) as usize
            };
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(offset),
                "^".repeat(repeat)
            ));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), msg));
        out
    }

    /// The last line alone: `SyntaxError: invalid syntax`.
    pub fn last_line(&self) -> String {
        format!("{}: {}", self.kind.name(), self.msg)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub offset: usize,
    pub end_line: usize,
    pub end_offset: usize,
}

/// Maps byte offsets to lines. Lines end at `\n`, `\r\n` or a lone `\r`, as Python's tokenizer
/// counts them.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(source.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col)
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[(line.max(1) - 1).min(self.starts.len() - 1)]
    }

    /// The text of a 1-based line including its line break.
    pub fn line_text<'a>(&self, source: &'a str, line: usize) -> &'a str {
        let i = line.max(1) - 1;
        if i >= self.starts.len() {
            return "";
        }
        let start = self.starts[i];
        let end = self.starts.get(i + 1).copied().unwrap_or(source.len());
        &source[start..end]
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
