//! Turning "the parser stopped at this token" into CPython's message: the generic
//! `invalid syntax`, plus the specific reports of CPython's invalid_* rules and error pass
//! (`expected ':'`, `'(' was never closed`, `expected an indented block after ...`, …).

use super::ast::Span;
use super::error::SyntaxError;
use super::layout::{OpenBracket, Tok, Token, Tokens};
use super::parser::CSpan;
use super::token::{Keyword, Raw};

/// CPython re-scans the whole source after a parser error: a tokenizer error it raises at
/// once replaces the parser's error, and a bracket left open on an earlier line than the error
/// becomes "'(' was never closed". Neither applies to "unexpected indent", which stops there.
pub fn after_parser_error(source: &str, error: SyntaxError, tokens: &Tokens) -> SyntaxError {
    if error.msg == "unexpected indent" || error.msg.ends_with("was never closed") {
        return error;
    }
    if let Some(lex) = &tokens.error {
        if lex.direct {
            return lex.error.clone();
        }
    }
    if let Some(open) = tokens.unclosed.last() {
        let lines = super::error::LineIndex::new(source);
        let (open_line, _) = lines.line_col(source, open.offset);
        let (err_line, _) = lines.line_col(source, error.start);
        if err_line > open_line {
            return SyntaxError::at(
                format!("'{}' was never closed", open.ch),
                open.offset,
                open.offset + 1,
            );
        }
    }
    error
}

pub fn diagnose(
    source: &str,
    tokens: &[Token],
    at: CSpan,
    unclosed: &[OpenBracket],
) -> SyntaxError {
    let i = tokens
        .iter()
        .position(|t| {
            t.span.start as usize >= at.start && !matches!(t.tok, Tok::Newline)
                || t.span.start as usize > at.start
        })
        .unwrap_or(tokens.len().saturating_sub(1));
    let i = exact_index(tokens, at).unwrap_or(i);
    let d = Diagnoser { source, tokens, i };
    d.run(unclosed)
}

fn exact_index(tokens: &[Token], at: CSpan) -> Option<usize> {
    tokens
        .iter()
        .position(|t| t.span.start as usize == at.start && t.span.end as usize == at.end)
}

struct Diagnoser<'a, 's> {
    source: &'s str,
    tokens: &'a [Token<'s>],
    i: usize,
}

impl Diagnoser<'_, '_> {
    fn tok(&self, i: usize) -> Tok<'_> {
        self.tokens.get(i).map_or(Tok::EndMarker, |t| t.tok)
    }
    fn span(&self, i: usize) -> Span {
        self.tokens
            .get(i)
            .map_or(Span::new(self.source.len(), self.source.len()), |t| t.span)
    }
    fn line_of(&self, offset: usize) -> usize {
        super::error::LineIndex::new(self.source)
            .line_col(self.source, offset)
            .0
    }

    fn run(&self, unclosed: &[OpenBracket]) -> SyntaxError {
        let i = self.i;
        let here = self.tok(i);
        if matches!(here, Tok::EndMarker) {
            if let Some(open) = unclosed.last() {
                return SyntaxError::at(
                    format!("'{}' was never closed", open.ch),
                    open.offset,
                    open.offset + 1,
                );
            }
        }
        if here == Tok::Indent {
            let s = self.span(i + 1);
            return SyntaxError::indentation("unexpected indent", s.start as usize, s.end as usize)
                .without_caret();
        }
        if let Some(e) = self.expected_block() {
            return e;
        }
        let s = self.span(i);
        SyntaxError::new("invalid syntax", s)
    }

    /// An error on the ENDMARKER of a file that ends with a newline: CPython reports it on the
    /// last line, without a caret.
    fn at_eof_if_needed(&self, err: SyntaxError, i: usize) -> SyntaxError {
        if !matches!(self.tok(i), Tok::EndMarker | Tok::Dedent)
            || (self.span(i).start as usize) < self.source.len()
        {
            return err;
        }
        let body = self.source.trim_end_matches(['\n', '\r']);
        let last_line_start = body.rfind(['\n', '\r']).map_or(0, |k| k + 1);
        SyntaxError {
            start: last_line_start,
            end: last_line_start,
            ..err
        }
        .without_caret()
    }

    /// `if x:` NEWLINE followed by anything but INDENT.
    fn expected_block(&self) -> Option<SyntaxError> {
        let i = self.i;
        if i < 2
            || self.tok(i - 1) != Tok::Newline
            || self.tok(i - 2) != Tok::Op(Raw::Colon)
            || self.tok(i) == Tok::Indent
        {
            return None;
        }
        // The keyword that opened the header: the first token of the logical line.
        let mut j = i - 2;
        while j > 0 && !matches!(self.tok(j - 1), Tok::Newline | Tok::Indent | Tok::Dedent) {
            j -= 1;
        }
        while self.tok(j) == Tok::Op(Raw::At) {
            // Skip decorator lines.
            while !matches!(self.tok(j), Tok::Newline) {
                j += 1;
            }
            j += 1;
        }
        let what = match self.tok(j) {
            Tok::Kw(Keyword::Def) => "function definition".to_string(),
            Tok::Kw(Keyword::Class) => "class definition".to_string(),
            Tok::Kw(
                k @ (Keyword::If
                | Keyword::Elif
                | Keyword::Else
                | Keyword::While
                | Keyword::For
                | Keyword::With
                | Keyword::Try
                | Keyword::Except
                | Keyword::Finally),
            ) => format!("'{}' statement", k.as_str()),
            _ => return None,
        };
        let line = self.line_of(self.span(j).start as usize);
        let s = self.span(i);
        // CPython points at the token after the NEWLINE.
        let err = SyntaxError::indentation(
            format!("expected an indented block after {what} on line {line}"),
            s.start as usize,
            s.end as usize,
        );
        Some(self.at_eof_if_needed(err, i))
    }
}
