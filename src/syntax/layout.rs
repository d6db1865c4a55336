//! The layout pass: raw logos tokens → the token stream the parser reads, with NEWLINE, INDENT
//! and DEDENT decided as CPython's tokenizer decides them (indentation stack, implicit joining
//! inside brackets, backslash continuation, blank and comment-only lines ignored) and with its
//! tokenizer errors (unmatched brackets, bad indentation, tabs/spaces, bad literals).

use logos::Logos;

use chumsky::span::SimpleSpan;

use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{Keyword, LexError, NumKind, Raw, Word};

/// A token as the parser sees it. Text-carrying tokens borrow from the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'s> {
    Name(&'s str),
    Int(&'s str),
    Float(&'s str),
    Imaginary(&'s str),
    /// A string literal with its prefix and quotes, undecoded.
    Str(&'s str),
    Kw(Keyword),
    Op(Raw),
    /// A character no token starts with (`$`, `?`, `!`): the parser reports it as invalid syntax.
    Unknown(char),
    /// Where the tokenizer stopped with an error: no rule accepts it.
    ErrorToken,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// A token and its byte range (chumsky's span type, so the parser reads tokens in place).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token<'s> {
    pub tok: Tok<'s>,
    pub span: SimpleSpan<usize>,
}

/// Where an open bracket stands, for "was never closed" reports after a failed parse.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OpenBracket {
    pub ch: char,
    pub offset: usize,
}

/// The result of the layout pass: tokens, ending with ENDMARKER, plus the brackets still open at
/// the end of the text (CPython reports them only if the parse fails there).
#[derive(Debug, Clone)]
pub struct Tokens<'s> {
    pub tokens: Vec<Token<'s>>,
    pub unclosed: Vec<OpenBracket>,
    /// The tokenizer error that stopped the scan, if any; `tokens` then ends with ErrorToken.
    pub error: Option<LexFailure>,
}

/// A tokenizer error, and whether CPython raises it at once ("direct": bad literals and
/// characters, brackets) or only when the parser reaches it (indentation, tabs, continuation).
/// A direct error found after a parser error still wins, as CPython re-scans the whole source.
#[derive(Debug, Clone)]
pub struct LexFailure {
    pub error: SyntaxError,
    pub direct: bool,
}

/// CPython's limits (tokenizer.h): nested brackets and indentation levels.
const MAX_LEVEL: usize = 200;
const MAX_INDENT: usize = 100;

pub fn tokenize(source: &str) -> Result<Tokens<'_>, SyntaxError> {
    let tokens = tokenize_all(source);
    match tokens.error {
        Some(failure) => Err(failure.error),
        None => Ok(tokens),
    }
}

/// Tokenize as far as possible: on an error the tokens stop with ErrorToken and the error is
/// returned alongside, so that the parser can decide which error CPython would report.
pub fn tokenize_all(source: &str) -> Tokens<'_> {
    Layout::new(source, 0, source.len()).run()
}

/// Tokenize `source[start..end]` as the inside of brackets (an f-string field, which CPython
/// parses as `(expr)`): newlines are insignificant and the tokens end with ENDMARKER only.
pub fn tokenize_range(
    source: &str,
    start: usize,
    end: usize,
) -> Result<Vec<Token<'_>>, SyntaxError> {
    let mut layout = Layout::new(source, start, end);
    layout.at_line_start = false;
    layout.brackets.push(OpenBracket {
        ch: '(',
        offset: start,
    });
    let mut tokens = layout.run();
    if let Some(failure) = tokens.error {
        return Err(failure.error);
    }
    tokens
        .tokens
        .retain(|t| !matches!(t.tok, Tok::Newline | Tok::Dedent));
    Ok(tokens.tokens)
}

struct Layout<'s> {
    source: &'s str,
    /// The range being tokenized (the whole source, or an f-string field).
    base: usize,
    end: usize,
    tokens: Vec<Token<'s>>,
    /// (column with tabs to 8, column with tabs to 1): CPython compares both to detect TabError.
    indents: Vec<(usize, usize)>,
    brackets: Vec<OpenBracket>,
    at_line_start: bool,
    line_start: usize,
    /// Start of the raw token being processed (where an ErrorToken goes).
    current: usize,
}

impl<'s> Layout<'s> {
    fn new(source: &'s str, base: usize, end: usize) -> Self {
        Layout {
            source,
            base,
            end,
            // About one token per four bytes of the range being tokenized.
            tokens: Vec::with_capacity((end - base) / 2 + 8),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            line_start: base,
            current: base,
        }
    }

    fn push(&mut self, tok: Tok<'s>, start: usize, end: usize) {
        self.tokens.push(Token {
            tok,
            span: SimpleSpan::from(start..end),
        });
    }

    fn run(mut self) -> Tokens<'s> {
        match self.scan() {
            Ok(()) => Tokens {
                tokens: self.tokens,
                unclosed: self.brackets,
                error: None,
            },
            Err(error) => {
                let at = self.current;
                self.push(Tok::ErrorToken, at, at);
                let deferred = matches!(
                    error.kind,
                    SyntaxErrorKind::TabError | SyntaxErrorKind::IndentationError
                ) || error.msg == "unexpected EOF while parsing"
                    || error.msg == "unexpected character after line continuation character";
                Tokens {
                    tokens: self.tokens,
                    unclosed: self.brackets,
                    error: Some(LexFailure {
                        error,
                        direct: !deferred,
                    }),
                }
            }
        }
    }

    fn scan(&mut self) -> Result<(), SyntaxError> {
        let source = self.source;
        let base = self.base;
        let mut lex = Raw::lexer(&source[base..self.end]);
        while let Some(result) = lex.next() {
            let span = lex.span();
            let span = span.start + base..span.end + base;
            self.current = span.start;
            let raw = match result {
                Ok(raw) => raw,
                Err(err) => {
                    let err = self.lex_error(err, span.start, span.end);
                    match err {
                        Some(e) => return Err(e),
                        None => {
                            // An ASCII character that starts no token: a parser-level error.
                            self.begin_token(span.start)?;
                            let ch = source[span.start..].chars().next().unwrap_or('?');
                            self.push(Tok::Unknown(ch), span.start, span.end);
                            continue;
                        }
                    }
                }
            };
            match raw {
                Raw::Newline => {
                    if !self.at_line_start && self.brackets.is_empty() {
                        self.push(Tok::Newline, span.start, span.end);
                        self.at_line_start = true;
                    }
                    self.line_start = span.end;
                    continue;
                }
                Raw::Continuation => {
                    self.line_start = span.end;
                    if lex.remainder().is_empty() {
                        // CPython: a backslash continuation right before the end of the file.
                        return Err(self.eof_in_continuation());
                    }
                    continue;
                }
                _ => {}
            }
            self.begin_token(span.start)?;
            let text = &source[span.start..span.end];
            let tok = match raw {
                Raw::Word(Word::Name) => Tok::Name(text),
                Raw::Word(Word::Keyword(k)) => Tok::Kw(k),
                Raw::Number(NumKind::Int) => Tok::Int(text),
                Raw::Number(NumKind::Float) => Tok::Float(text),
                Raw::Number(NumKind::Imaginary) => Tok::Imaginary(text),
                Raw::Str(_) => {
                    // A string may span lines: the physical line start moves with it.
                    if let Some(i) = text.rfind(['\n', '\r']) {
                        self.line_start = span.start + i + 1;
                    }
                    Tok::Str(text)
                }
                Raw::Exclamation => Tok::Unknown('!'),
                Raw::LessGreater => Tok::Unknown('<'),
                Raw::LParen | Raw::LSqb | Raw::LBrace => {
                    if self.brackets.len() >= MAX_LEVEL {
                        return Err(SyntaxError::at(
                            "too many nested parentheses",
                            span.start,
                            span.end,
                        ));
                    }
                    let ch = text.chars().next().unwrap_or('(');
                    self.brackets.push(OpenBracket {
                        ch,
                        offset: span.start,
                    });
                    Tok::Op(raw)
                }
                Raw::RParen | Raw::RSqb | Raw::RBrace => {
                    let close = text.chars().next().unwrap_or(')');
                    self.close_bracket(close, span.start)?;
                    Tok::Op(raw)
                }
                other => Tok::Op(other),
            };
            self.push(tok, span.start, span.end);
        }
        let end = self.end;
        if !self.at_line_start && self.brackets.is_empty() {
            self.push(Tok::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, end, end);
        }
        self.push(Tok::EndMarker, end, end);
        Ok(())
    }

    fn close_bracket(&mut self, close: char, at: usize) -> Result<(), SyntaxError> {
        let Some(open) = self.brackets.pop() else {
            return Err(SyntaxError::at(format!("unmatched '{close}'"), at, at + 1));
        };
        let expected = match open.ch {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if close != expected {
            let lines = super::error::LineIndex::new(self.source);
            let (open_line, _) = lines.line_col(self.source, open.offset);
            let (close_line, _) = lines.line_col(self.source, at);
            let msg = if open_line != close_line {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{}' on line {open_line}",
                    open.ch
                )
            } else {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                    open.ch
                )
            };
            return Err(SyntaxError::at(msg, at, at + 1));
        }
        Ok(())
    }

    /// Called before each real token: at the start of a logical line, measure the indentation
    /// and emit INDENT/DEDENT, or report CPython's indentation errors.
    fn begin_token(&mut self, start: usize) -> Result<(), SyntaxError> {
        if !self.at_line_start {
            return Ok(());
        }
        self.at_line_start = false;
        let (mut col, mut altcol) = (0usize, 0usize);
        for ch in self.source[self.line_start..start].chars() {
            match ch {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => {}
            }
        }
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        // CPython shows these without a caret (offset 0), except the unindent mismatch, whose
        // caret stands at the end of the line.
        let line_end = self.source[start..]
            .find(['\n', '\r'])
            .map_or(self.source.len(), |i| start + i);
        let tab_error = || {
            SyntaxError::at(
                "inconsistent use of tabs and spaces in indentation",
                start,
                start,
            )
            .with_kind(SyntaxErrorKind::TabError)
            .without_caret()
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    start,
                    start,
                )
                .without_caret());
            }
            if altcol <= alttop {
                return Err(tab_error());
            }
            self.indents.push((col, altcol));
            self.push(Tok::Indent, start, start);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.push(Tok::Dedent, start, start);
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    line_end,
                    line_end,
                ));
            }
            if altcol != alttop {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// A backslash continuation with nothing after it. CPython reports it on the backslash's
    /// line, just after the backslash (no caret when the line holds nothing else).
    fn eof_in_continuation(&self) -> SyntaxError {
        let text = &self.source[..self.end];
        let trimmed = text.trim_end_matches(['\n', '\r']);
        let at = trimmed.len();
        let line_start = trimmed.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let err = SyntaxError::at("unexpected EOF while parsing", at, at);
        if trimmed[line_start..].trim() == "\\" {
            err.without_caret()
        } else {
            err
        }
    }

    /// Turn a lexer error into CPython's tokenizer error. `None` means "not a tokenizer error":
    /// an ASCII character the parser will reject with a plain `invalid syntax`.
    fn lex_error(&self, err: LexError, start: usize, end: usize) -> Option<SyntaxError> {
        let source = self.source;
        let lines = super::error::LineIndex::new(source);
        Some(match err {
            LexError::BadCharacter => {
                let ch = source[start..].chars().next().unwrap_or('\0');
                if ch.is_ascii() && !ch.is_ascii_control() {
                    return None;
                }
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                SyntaxError::at(msg, start, start + ch.len_utf8())
            }
            LexError::Number(msg, cur) => {
                // CPython's caret stands on the character before the tokenizer's cursor.
                let cur = (start + cur).min(source.len());
                let before = source[..cur]
                    .char_indices()
                    .next_back()
                    .map_or(0, |(i, _)| i);
                SyntaxError::at(msg, before, before)
            }
            LexError::NumberRange(msg, zeros_end) => SyntaxError::at(msg, start, start + zeros_end),
            LexError::UnterminatedString { triple } => {
                // CPython's line counter has not moved past a final newline at EOF.
                let at = if end == source.len() && source[..end].ends_with('\n') {
                    end - 1
                } else {
                    end
                };
                let (detected, _) = lines.line_col(source, at);
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                SyntaxError::at(msg, start, start)
            }
            LexError::BackslashNotAtEnd if end >= self.end => self.eof_in_continuation(),
            // CPython's caret stands on the character after the backslash.
            LexError::BackslashNotAtEnd => SyntaxError::at(
                "unexpected character after line continuation character",
                start + 1,
                start + 1,
            ),
        })
    }
}

/// Python's `str.isprintable` for one character, close enough for error messages: control,
/// format, separator (other than the ASCII space) and unassigned characters are not printable.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let code = c as u32;
    !matches!(code, 0x00AD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF)
}
