//! String atoms: adjacent literals decoded and concatenated; f-strings split into literal text
//! and replacement fields by CPython 3.11's rules (the whole f-string is one token; each field's
//! expression is tokenized and parsed on its own, with errors prefixed `f-string: `).

use super::super::ast::{Expr, ExprKind, FStringPart, Span};
use super::super::error::{SyntaxError, SyntaxTextOverride};
use super::super::literals::{decode_bytes, decode_escapes, raw_body, split_string_token};
use super::{parse_expression_tokens, CSpan, Ctx};

pub fn build_string(ctx: &Ctx, parts: &[(&str, CSpan)], whole: Span) -> Result<Expr, SyntaxError> {
    let bytes = parts
        .iter()
        .filter(|(t, _)| split_string_token(t).bytes)
        .count();
    if bytes > 0 {
        if bytes < parts.len() {
            return Err(SyntaxError::at(
                "cannot mix bytes and nonbytes literals",
                whole.end as usize,
                whole.end as usize,
            ));
        }
        return build_bytes(parts, whole);
    }
    let mut out: Vec<FStringPart> = Vec::new();
    let mut any_fstring = false;
    for &(text, s) in parts {
        let tok = split_string_token(text);
        let body_start = s.start + tok.body_offset;
        if tok.fstring {
            any_fstring = true;
            let mut parser = FStringParser {
                ctx,
                src: ctx.source.get(),
                raw: tok.raw,
                pos: body_start,
                end: body_start + tok.body.len(),
                token: s,
            };
            let parts = parser.parse(0)?;
            super::coverage::hit("fstring");
            for p in parts {
                push_part(&mut out, p);
            }
        } else {
            let value = if tok.raw {
                raw_body(tok.body)
            } else {
                decode_escapes(tok.body).map_err(|m| SyntaxError::at(m, s.start, s.end))?
            };
            push_part(&mut out, FStringPart::Literal(value));
        }
    }
    if !any_fstring {
        let mut text = String::new();
        for p in out {
            if let FStringPart::Literal(s) = p {
                text.push_str(&s);
            }
        }
        return Ok(Expr::new(ExprKind::Str(text), whole));
    }
    Ok(Expr::new(ExprKind::FString(out), whole))
}

/// Adjacent bytes literals, decoded and joined.
fn build_bytes(parts: &[(&str, CSpan)], whole: Span) -> Result<Expr, SyntaxError> {
    let mut value = Vec::new();
    for &(text, s) in parts {
        let tok = split_string_token(text);
        let decoded = decode_bytes(tok.body, tok.raw).map_err(|m| {
            if m.starts_with("(value") {
                SyntaxError::at(m, s.end, s.end)
            } else {
                SyntaxError::at(m, s.start, s.end)
            }
        })?;
        value.extend(decoded);
    }
    Ok(Expr::new(ExprKind::Bytes(value), whole))
}

fn push_part(out: &mut Vec<FStringPart>, part: FStringPart) {
    if let FStringPart::Literal(s) = &part {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = out.last_mut() {
            prev.push_str(s);
            return;
        }
    }
    out.push(part);
}

struct FStringParser<'c, 's> {
    ctx: &'c Ctx<'s>,
    src: &'s str,
    raw: bool,
    pos: usize,
    end: usize,
    token: CSpan,
}

impl FStringParser<'_, '_> {
    // CPython 3.11 reports f-string errors just after the string token.
    fn err(&self, msg: &str) -> SyntaxError {
        SyntaxError::at(format!("f-string: {msg}"), self.token.end, self.token.end)
    }
    fn err_plain(&self, msg: &str) -> SyntaxError {
        SyntaxError::at(msg, self.token.end, self.token.end)
    }
    fn peek(&self) -> Option<u8> {
        if self.pos < self.end {
            Some(self.src.as_bytes()[self.pos])
        } else {
            None
        }
    }
    fn peek2(&self) -> Option<u8> {
        if self.pos + 1 < self.end {
            Some(self.src.as_bytes()[self.pos + 1])
        } else {
            None
        }
    }

    /// Parse literal text and fields up to the end (level 0) or the `}` closing a format spec.
    fn parse(&mut self, level: usize) -> Result<Vec<FStringPart>, SyntaxError> {
        let mut parts = Vec::new();
        loop {
            let lit_start = self.pos;
            let mut literal = String::new();
            // Literal text.
            while let Some(c) = self.peek() {
                if c == b'{' {
                    if level == 0 && self.peek2() == Some(b'{') {
                        self.flush_literal(&mut literal, lit_start, self.pos + 1)?;
                        self.pos += 2;
                        return self.continue_after_literal(parts, literal, level);
                    }
                    break;
                }
                if c == b'}' {
                    if level > 0 {
                        break;
                    }
                    if self.peek2() == Some(b'}') {
                        self.flush_literal(&mut literal, lit_start, self.pos + 1)?;
                        self.pos += 2;
                        return self.continue_after_literal(parts, literal, level);
                    }
                    return Err(self.err("single '}' is not allowed"));
                }
                if c == b'\\' && !self.raw && self.peek2() == Some(b'N') {
                    // `\N{NAME}`: the braces belong to the escape.
                    if let Some(close) = self.src[self.pos..self.end].find('}') {
                        self.pos += close + 1;
                        continue;
                    }
                }
                if c == b'\\' {
                    self.pos += 2;
                    continue;
                }
                self.pos += 1;
            }
            self.pos = self.pos.min(self.end);
            self.flush_literal(&mut literal, lit_start, self.pos)?;
            if !literal.is_empty() {
                parts.push(FStringPart::Literal(literal));
            }
            match self.peek() {
                None => {
                    if level > 0 {
                        return Err(self.err("expecting '}'"));
                    }
                    return Ok(parts);
                }
                Some(b'}') => return Ok(parts),
                Some(_) => {
                    // '{': a replacement field.
                    if level >= 2 {
                        return Err(self.err("expressions nested too deeply"));
                    }
                    self.pos += 1;
                    let field = self.field(level)?;
                    parts.extend(field);
                }
            }
        }
    }

    fn continue_after_literal(
        &mut self,
        mut parts: Vec<FStringPart>,
        literal: String,
        level: usize,
    ) -> Result<Vec<FStringPart>, SyntaxError> {
        if !literal.is_empty() {
            parts.push(FStringPart::Literal(literal));
        }
        let rest = self.parse(level)?;
        parts.extend(rest);
        Ok(parts)
    }

    fn flush_literal(&self, out: &mut String, start: usize, end: usize) -> Result<(), SyntaxError> {
        let text = &self.src[start..end.min(self.end)];
        let decoded = if self.raw {
            raw_body(text)
        } else {
            decode_escapes(text).map_err(|m| self.err_plain(&m))?
        };
        out.push_str(&decoded);
        Ok(())
    }

    /// After `{`: expression, optional `=`, `!conv`, `:spec`, then `}`.
    fn field(&mut self, level: usize) -> Result<Vec<FStringPart>, SyntaxError> {
        let expr_start = self.pos;
        let bytes = self.src.as_bytes();
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.pos < self.end {
            let c = bytes[self.pos];
            if c == b'\\' {
                return Err(self.err_plain("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.pos + 2 < self.end
                        && bytes[self.pos + 1] == q
                        && bytes[self.pos + 2] == q
                    {
                        self.pos += 2;
                        quote = None;
                    }
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.pos + 2 < self.end
                        && bytes[self.pos + 1] == c
                        && bytes[self.pos + 2] == c;
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.err("too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                b'#' => return Err(self.err_plain("f-string expression part cannot include '#'")),
                b']' | b')' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.err(&format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                    self.pos += 1;
                    continue;
                }
                b']' | b')' => return Err(self.err(&format!("unmatched '{}'", c as char))),
                _ => {}
            }
            if stack.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                let next = if self.pos + 1 < self.end {
                    bytes[self.pos + 1]
                } else {
                    0
                };
                if next == b'=' && matches!(c, b'!' | b'=' | b'<' | b'>') {
                    self.pos += 2;
                    continue;
                }
                if c == b'<' || c == b'>' {
                    self.pos += 1;
                    continue;
                }
                break;
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.err("unterminated string"));
        }
        if self.pos >= self.end {
            if !stack.is_empty() {
                return Err(self.err("unmatched '('"));
            }
            return Err(self.err("expecting '}'"));
        }
        let expr_end = self.pos;
        let expr_text = &self.src[expr_start..expr_end];
        if expr_text.trim().is_empty() {
            return Err(match self.peek() {
                Some(b'!') => self.err("expression required before '!'"),
                Some(b':') => self.err("expression required before ':'"),
                _ => self.err("empty expression not allowed"),
            });
        }
        let value = self.compile_expr(expr_start, expr_end)?;

        let mut parts = Vec::new();
        let mut debug = false;
        if self.peek() == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                self.pos += 1;
            }
            debug = true;
            parts.push(FStringPart::Literal(
                self.src[expr_start..self.pos].to_string(),
            ));
        }
        super::coverage::hit("fstring_replacement_field");
        let mut conversion = None;
        if self.peek() == Some(b'!') {
            super::coverage::hit("fstring_conversion");
            self.pos += 1;
            match self.peek() {
                None => return Err(self.err("expecting '}'")),
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = Some(c as char);
                    self.pos += 1;
                }
                Some(_) => {
                    return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'"));
                }
            }
        }
        let mut spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            spec = Some(self.parse(level + 1)?);
            super::coverage::hit("fstring_format_spec");
        }
        if self.peek() != Some(b'}') {
            return Err(self.err("expecting '}'"));
        }
        self.pos += 1;
        if debug && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        parts.push(FStringPart::Field {
            value: Box::new(value),
            conversion,
            spec,
        });
        Ok(parts)
    }

    fn compile_expr(&self, start: usize, end: usize) -> Result<Expr, SyntaxError> {
        let tokens = super::super::layout::tokenize_range(self.src, start, end).map_err(|e| {
            SyntaxError {
                msg: format!("f-string: {}", e.msg),
                ..e
            }
        })?;
        let pairs = &tokens[..];
        let err = match parse_expression_tokens(self.ctx, pairs) {
            // CPython parses the field as `(expr)`: a lone starred expression is a group.
            Ok(e) if matches!(e.kind, super::super::ast::ExprKind::Starred(_)) => {
                SyntaxError::new("f-string: cannot use starred expression here", e.span)
            }
            Ok(e) => return Ok(e),
            Err(failure) => match failure.fatal {
                Some(e) => return Err(e),
                None => {
                    let e = super::super::diagnose::diagnose_field(self.src, &tokens, failure.at);
                    SyntaxError {
                        msg: format!("f-string: {}", e.msg),
                        ..e
                    }
                }
            },
        };
        Err(self.in_field_text(err, start, end))
    }

    /// CPython 3.11 shows an error inside a field on the text it parsed, `(expr)`, with the
    /// line number of the f-string and columns counted in that text.
    fn in_field_text(&self, err: SyntaxError, start: usize, end: usize) -> SyntaxError {
        let expr = &self.src[start..end];
        let col = |at: usize| self.src[start..at.clamp(start, end)].chars().count() + 2;
        let lines = super::super::error::LineIndex::new(self.src);
        let (line, _) = lines.line_col(self.src, self.token.start);
        let shown = SyntaxTextOverride {
            line,
            text: format!("({expr})"),
            offset: col(err.start),
            end_offset: col(err.end.max(err.start)),
        };
        SyntaxError {
            shown: Some(Box::new(shown)),
            ..err
        }
    }
}
