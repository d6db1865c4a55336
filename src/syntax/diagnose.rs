//! Turning "the parser stopped at this token" into CPython's message: the generic
//! `invalid syntax`, plus the specific reports of CPython's invalid_* rules and error pass
//! (`expected ':'`, `'(' was never closed`, `expected an indented block after ...`, …).

use super::ast::Span;
use super::error::SyntaxError;
use super::layout::{OpenBracket, Tok, Token, Tokens};
use super::parser::{probe, CSpan, Probe};
use super::token::{Keyword, Raw};

/// CPython re-scans the whole source after a parser error: a tokenizer error it raises at
/// once replaces the parser's error, and a bracket left open on an earlier line than the error
/// becomes "'(' was never closed". Neither applies to "unexpected indent", which stops there.
pub fn after_parser_error(
    source: &str,
    error: SyntaxError,
    tokens: &Tokens,
    furthest: usize,
) -> SyntaxError {
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
        // CPython compares with the line of the furthest token the parser read.
        let (err_line, _) = lines.line_col(source, furthest.max(error.start));
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
    Diagnoser::new(source, tokens, at, false).run(unclosed)
}

/// The same for the tokens of an f-string field, which CPython parses inside parentheses.
pub fn diagnose_field(source: &str, tokens: &[Token], at: CSpan) -> SyntaxError {
    Diagnoser::new(source, tokens, at, true).run(&[])
}

fn exact_index(tokens: &[Token], at: CSpan) -> Option<usize> {
    tokens
        .iter()
        .position(|t| t.span.start == at.start && t.span.end == at.end)
}

struct Diagnoser<'a, 's> {
    source: &'s str,
    tokens: &'a [Token<'s>],
    i: usize,
    /// Diagnosing an f-string field (CPython parses it inside parentheses).
    in_fstring: bool,
}

impl<'a, 's> Diagnoser<'a, 's> {
    /// Start at the token the parser failed on (or the first one at or after that place).
    fn new(source: &'s str, tokens: &'a [Token<'s>], at: CSpan, in_fstring: bool) -> Self {
        let i = exact_index(tokens, at)
            .or_else(|| tokens.iter().position(|t| t.span.start >= at.start))
            .unwrap_or(tokens.len().saturating_sub(1));
        Diagnoser {
            source,
            tokens,
            i,
            in_fstring,
        }
    }

    fn tok(&self, i: usize) -> Tok<'_> {
        self.tokens.get(i).map_or(Tok::EndMarker, |t| t.tok)
    }
    fn span(&self, i: usize) -> Span {
        self.tokens
            .get(i)
            .map_or(Span::new(self.source.len(), self.source.len()), |t| {
                Span::new(t.span.start, t.span.end)
            })
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
        // CPython's invalid_* rules that can apply here, most specific first.
        let rules: [fn(&Self) -> Option<SyntaxError>; 7] = [
            Self::expected_block,
            Self::try_without_handlers,
            Self::expected_colon,
            Self::stray_equal,
            Self::misc_hints,
            Self::legacy_print,
            Self::missing_comma,
        ];
        if let Some(e) = rules.iter().find_map(|rule| rule(self)) {
            return e;
        }
        let s = self.span(i);
        SyntaxError::new("invalid syntax", s)
    }

    /// Where the prefix starting at token `from` parses as `what` ends: the index of the first
    /// token after it.
    fn probe(&self, from: usize, what: Probe) -> Option<usize> {
        if from >= self.tokens.len() {
            return None;
        }
        let pairs = &self.tokens[from..];
        let end = probe(self.source, pairs, what)?;
        let k = (from..self.tokens.len())
            .find(|&k| self.tokens[k].span.start >= end)
            .unwrap_or(self.tokens.len() - 1);
        Some(k)
    }

    /// The first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !matches!(self.tok(j - 1), Tok::Newline | Tok::Indent | Tok::Dedent) {
            j -= 1;
        }
        j
    }

    fn error_at(&self, msg: &str, k: usize) -> SyntaxError {
        let s = self.span(k);
        SyntaxError::at(msg, s.start as usize, s.end as usize)
    }

    /// A compound statement header that parsed up to where its ':' should be.
    fn expected_colon(&self) -> Option<SyntaxError> {
        let i = self.i;
        let j = self.line_start(i);
        let colon = Tok::Op(Raw::Colon);
        let newline_then = |what: Probe| -> Option<SyntaxError> {
            let k = self.probe(j + 1, what)?;
            (k == i && self.tok(k) == Tok::Newline).then(|| self.error_at("expected ':'", k))
        };
        // A forced ':' (CPython's `&&':'`): reported where the header ends, even if the parser
        // went on a little further.
        let forced = |k: usize| -> Option<SyntaxError> {
            (i >= k && self.tok(k) != colon).then(|| self.error_at("expected ':'", k))
        };
        match self.tok(j) {
            Tok::Kw(Keyword::If | Keyword::Elif | Keyword::While) => {
                newline_then(Probe::NamedExpression)
            }
            Tok::Kw(Keyword::With) => newline_then(Probe::WithItems),
            Tok::Kw(Keyword::Except) => {
                if self.tok(j + 1) == Tok::Newline && i == j + 1 {
                    return Some(self.error_at("expected ':'", j + 1));
                }
                newline_then(Probe::ExceptHead)
            }
            // 3.11's `for` and `class` headers say "expected ':'" only before a NEWLINE
            // (invalid_for_stmt, invalid_class_def_raw); anything else is invalid syntax.
            Tok::Kw(Keyword::For) => newline_then(Probe::ForHeader),
            Tok::Kw(Keyword::Class) => newline_then(Probe::ClassSignature),
            Tok::Kw(Keyword::Try | Keyword::Finally | Keyword::Else) => forced(j + 1),
            Tok::Kw(Keyword::Def) => {
                if matches!(self.tok(j + 1), Tok::Name(_))
                    && self.tok(j + 2) != Tok::Op(Raw::LParen)
                    && i == j + 2
                {
                    return Some(self.error_at("expected '('", j + 2));
                }
                forced(self.probe(j + 1, Probe::DefSignature)?)
            }
            _ => None,
        }
    }

    /// The innermost bracket open at token `i`: its token index.
    fn open_bracket_at(&self, i: usize) -> Option<usize> {
        let mut stack = Vec::new();
        for k in 0..i {
            match self.tok(k) {
                Tok::Op(Raw::LParen | Raw::LSqb | Raw::LBrace) => stack.push(k),
                Tok::Op(Raw::RParen | Raw::RSqb | Raw::RBrace) => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.last().copied()
    }

    /// The earliest start `a` (after `from`) of a `what` that ends exactly at token `end`.
    fn ending_at(&self, from: usize, end: usize, what: Probe) -> Option<usize> {
        (from..end).find(|&a| self.probe(a, what) == Some(end))
    }

    fn range(&self, msg: &str, a: usize, b_last: usize) -> SyntaxError {
        SyntaxError::at(
            msg,
            self.span(a).start as usize,
            self.span(b_last).end as usize,
        )
    }

    /// A `try:` block followed by neither `except` nor `finally`.
    fn try_without_handlers(&self) -> Option<SyntaxError> {
        let i = self.i;
        // The DEDENT closing the try block is the failing token or the one before it (at the
        // end of the file, DEDENTs and ENDMARKER share a position).
        let m = if self.tok(i) == Tok::Dedent {
            i
        } else if i > 0 && self.tok(i - 1) == Tok::Dedent {
            i - 1
        } else {
            return None;
        };
        let next = (m..self.tokens.len())
            .find(|&k| self.tok(k) != Tok::Dedent)
            .unwrap_or(m);
        if matches!(self.tok(next), Tok::Kw(Keyword::Except | Keyword::Finally)) {
            return None;
        }
        let i = next;
        // Walk back to the INDENT that opened the block the DEDENT closes.
        let mut depth = 0;
        let mut k = m;
        loop {
            match self.tok(k) {
                Tok::Dedent => depth += 1,
                Tok::Indent => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            if k == 0 {
                return None;
            }
            k -= 1;
        }
        if k < 2 {
            return None;
        }
        let header = self.line_start(k - 1);
        if self.tok(header) != Tok::Kw(Keyword::Try) {
            return None;
        }
        Some(self.at_eof_if_needed(self.error_at("expected 'except' or 'finally' block", i), i))
    }

    /// `if x = 1:` and `f(a.b=1)`: an `=` where an expression goes on.
    fn stray_equal(&self) -> Option<SyntaxError> {
        let i = self.i;
        if self.tok(i) != Tok::Op(Raw::Equal) || i == 0 {
            return None;
        }
        let start = match self.open_bracket_at(i) {
            Some(o) => o + 1,
            None => self.line_start(i),
        };
        // A call's or subscript's bracket follows an expression; a group's does not.
        let in_call = self.open_bracket_at(i).is_some_and(|o| {
            matches!(self.tok(o), Tok::Op(Raw::LParen | Raw::LSqb))
                && o > 0
                && matches!(
                    self.tok(o - 1),
                    Tok::Name(_) | Tok::Str(_) | Tok::Op(Raw::RParen | Raw::RSqb | Raw::RBrace)
                )
        });
        let in_group = !in_call
            && self
                .open_bracket_at(i)
                .is_some_and(|o| self.tok(o) == Tok::Op(Raw::LParen));
        let group_target = if in_group {
            self.open_bracket_at(i)
                .and_then(|o| self.ending_at(o + 1, i, Probe::Disjunction))
        } else {
            None
        };
        if let Some(a) =
            group_target.filter(|&a| !(a + 1 == i && matches!(self.tok(a), Tok::Name(_))))
        {
            // `(1 + y = 2)`: CPython's "cannot assign to ... here" for a bitwise_or target.
            let e = super::parser::expr_of(self.source, &self.tokens[a..i])?;
            let what = super::parser::expr_name(&e);
            return Some(SyntaxError::new(
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
                e.span,
            ));
        }
        if in_call {
            // The argument before `=`, from the last comma or the bracket.
            let mut a = i - 1;
            while a > start && self.tok(a - 1) != Tok::Op(Raw::Comma) {
                a -= 1;
            }
            if let t @ Tok::Kw(Keyword::True | Keyword::False | Keyword::None) = self.tok(a) {
                if a == i - 1 {
                    let name = match t {
                        Tok::Kw(k) => k.as_str(),
                        _ => "",
                    };
                    return Some(self.range(&format!("cannot assign to {name}"), a, i));
                }
            }
            if self.probe(a, Probe::Expression) == Some(i)
                && !(a == i - 1 && matches!(self.tok(a), Tok::Name(_)))
            {
                // The range starts at the expression itself, inside any parentheses.
                let start = super::parser::expr_of(self.source, &self.tokens[a..i])
                    .map_or(self.span(a).start as usize, |e| e.span.start as usize);
                return Some(SyntaxError::at(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    start,
                    self.span(i).end as usize,
                ));
            }
        }
        // NAME '=' bitwise_or, not followed by another '=' or ':='.
        if let Tok::Name(_) = self.tok(i - 1) {
            let cond = matches!(
                self.tok(self.line_start(i)),
                Tok::Kw(Keyword::If | Keyword::Elif | Keyword::While)
            ) || self.open_bracket_at(i).is_some();
            if cond {
                let k = self.probe(i + 1, Probe::Disjunction)?;
                if !matches!(self.tok(k), Tok::Op(Raw::Equal | Raw::ColonEqual)) {
                    return Some(self.range(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        i - 1,
                        k - 1,
                    ));
                }
            }
        }
        None
    }

    /// Smaller invalid_* rules keyed on the failing token.
    fn misc_hints(&self) -> Option<SyntaxError> {
        let i = self.i;
        let j = self.line_start(i);
        // `from m import a,` at the end of the line.
        if self.tok(j) == Tok::Kw(Keyword::From)
            && self.tok(i) == Tok::Newline
            && i > 0
            && self.tok(i - 1) == Tok::Op(Raw::Comma)
        {
            return Some(self.error_at(
                "trailing comma not allowed without surrounding parentheses",
                i,
            ));
        }
        // `except A, B:`
        if self.tok(j) == Tok::Kw(Keyword::Except) && self.tok(i) == Tok::Op(Raw::Comma) {
            let mut k = self.probe(j + 1, Probe::StarExpressions)?;
            if self.tok(k) == Tok::Kw(Keyword::As) && matches!(self.tok(k + 1), Tok::Name(_)) {
                k += 2;
            }
            return Some(self.range(
                "multiple exception types must be parenthesized",
                j + 1,
                k - 1,
            ));
        }
        // `a.b := 1`
        if self.tok(i) == Tok::Op(Raw::ColonEqual) {
            let start = self.open_bracket_at(i).map_or(j, |o| o + 1);
            let a = self.ending_at(start, i, Probe::Expression)?;
            let what = super::parser::expr_name_of(self.source, &self.tokens[a..i])?;
            if what == "name" {
                return None;
            }
            return Some(self.range(
                &format!("cannot use assignment expressions with {what}"),
                a,
                i - 1,
            ));
        }
        // `x = 1 if True` without `else`.
        if !matches!(self.tok(i), Tok::Kw(Keyword::Else) | Tok::Op(Raw::Colon)) {
            let start = self.open_bracket_at(i).map_or(j, |o| o + 1);
            if let Some(m) = (start..i)
                .rev()
                .find(|&m| self.tok(m) == Tok::Kw(Keyword::If))
            {
                if self.probe(m + 1, Probe::Disjunction) == Some(i) {
                    if let Some(a) = self.ending_at(start, m, Probe::Disjunction) {
                        return Some(self.range("expected 'else' after 'if' expression", a, i - 1));
                    }
                }
            }
        }
        // `{**a for a in b}`
        if self.tok(i) == Tok::Kw(Keyword::For) {
            if let Some(o) = self.open_bracket_at(i) {
                if self.tok(o) == Tok::Op(Raw::LBrace)
                    && self.tok(o + 1) == Tok::Op(Raw::DoubleStar)
                {
                    return Some(
                        self.error_at("dict unpacking cannot be used in dict comprehension", o + 1),
                    );
                }
            }
        }
        // `[a, b for a, b in c]`
        if self.tok(i) == Tok::Kw(Keyword::For) {
            if let Some(o) = self.open_bracket_at(i) {
                if (o + 1..i).any(|k| self.tok(k) == Tok::Op(Raw::Comma)) && o + 1 < i {
                    let mut last = i - 1;
                    if self.tok(last) == Tok::Op(Raw::Comma) && last > o + 1 {
                        last -= 1;
                    }
                    return Some(self.range(
                        "did you forget parentheses around the comprehension target?",
                        o + 1,
                        last,
                    ));
                }
            }
        }
        // Inside a parameter list of `def` or `lambda`.
        let in_def_params = self.open_bracket_at(i).is_some_and(|o| {
            o >= 2
                && self.tok(o) == Tok::Op(Raw::LParen)
                && matches!(self.tok(o - 1), Tok::Name(_))
                && self.tok(o - 2) == Tok::Kw(Keyword::Def)
        });
        if in_def_params
            && i > 0
            && self.tok(i - 1) == Tok::Op(Raw::Equal)
            && matches!(self.tok(i), Tok::Op(Raw::RParen | Raw::Comma))
        {
            return Some(self.error_at("expected default value expression", i - 1));
        }
        if in_def_params
            && i > 0
            && self.tok(i - 1) == Tok::Op(Raw::Slash)
            && self.tok(i) == Tok::Op(Raw::Star)
        {
            return Some(self.error_at("expected comma between / and *", i));
        }
        if self.tok(i) == Tok::Op(Raw::LParen) {
            let is_def = in_def_params || (i >= 2 && self.tok(i - 2) == Tok::Kw(Keyword::Def));
            let is_lambda = i >= 1 && self.tok(i - 1) == Tok::Kw(Keyword::Lambda);
            if is_def || is_lambda {
                // The parenthesized group: up to its matching ')'.
                let mut depth = 0;
                let close = (i..self.tokens.len()).find(|&k| {
                    match self.tok(k) {
                        Tok::Op(Raw::LParen) => depth += 1,
                        Tok::Op(Raw::RParen) => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })?;
                let msg = if is_lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                return Some(self.range(msg, i, close));
            }
        }
        // Dicts: `{1: 2, 3}` and `{'a': }`.
        if let Some(o) = self.open_bracket_at(i) {
            if self.tok(o) == Tok::Op(Raw::LBrace) {
                if i > 0
                    && self.tok(i - 1) == Tok::Op(Raw::Colon)
                    && self.tok(i) == Tok::Op(Raw::RBrace)
                {
                    return Some(
                        self.error_at("expression expected after dictionary key and ':'", i - 1),
                    );
                }
                let has_pair = (o + 1..i).any(|k| self.tok(k) == Tok::Op(Raw::Colon));
                if has_pair && matches!(self.tok(i), Tok::Op(Raw::RBrace | Raw::Comma)) {
                    let mut a = i - 1;
                    while a > o + 1 && self.tok(a - 1) != Tok::Op(Raw::Comma) {
                        a -= 1;
                    }
                    if self.tok(a.saturating_sub(1)) == Tok::Op(Raw::Comma)
                        && self.probe(a, Probe::Expression) == Some(i)
                    {
                        return Some(self.range("':' expected after dictionary key", a, i - 1));
                    }
                }
            }
        }
        None
    }

    /// `print "x"`: CPython's hint for Python 2 statements.
    fn legacy_print(&self) -> Option<SyntaxError> {
        let i = self.i;
        if i == 0 {
            return None;
        }
        let a = i - 1;
        let Tok::Name(n @ ("print" | "exec")) = self.tok(a) else {
            return None;
        };
        let k = self.probe(i, Probe::StarExpressions)?;
        let start = self.span(a).start as usize;
        let end = self.span(k - 1).end as usize;
        Some(SyntaxError::at(
            format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
            start,
            end,
        ))
    }

    /// Two expressions side by side inside brackets: "Perhaps you forgot a comma?"
    fn missing_comma(&self) -> Option<SyntaxError> {
        let i = self.i;
        // An f-string field is parsed as if in parentheses.
        let open_at = match self.open_bracket_at(i) {
            Some(o) => o,
            None if self.in_fstring => usize::MAX,
            None => return None,
        };
        let first = open_at.wrapping_add(1);
        // The longest disjunction that ends right before token i.
        let a = (first..i).find(|&j| self.probe(j, Probe::Disjunction) == Some(i))?;
        if matches!(self.tok(a), Tok::Name(_)) && matches!(self.tok(a + 1), Tok::Str(_)) {
            return None;
        }
        if matches!(self.tok(a), Tok::Name("match" | "case" | "_")) {
            return None;
        }
        let b_end = self.probe(i, Probe::Expression)?;
        let start = self.span(a).start as usize;
        let end = self.span(b_end - 1).end as usize;
        Some(SyntaxError::at(
            "invalid syntax. Perhaps you forgot a comma?",
            start,
            end,
        ))
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
            Tok::Name(soft @ ("match" | "case")) => format!("'{soft}' statement"),
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
