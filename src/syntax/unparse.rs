//! AST → source text, with the fewest parentheses that keep the same tree. Used by the
//! round-trip tests (parse, print, reparse, same AST) and handy for debugging.

use super::ast::*;

pub fn unparse_module(m: &Module) -> String {
    let mut out = String::new();
    for s in &m.body {
        stmt(&mut out, s, 0);
    }
    out
}

// Precedence levels, as CPython's ast.unparse numbers them.
const TUPLE: u8 = 2;
const YIELD: u8 = 3;
const TEST: u8 = 4;
const OR: u8 = 5;
const AND: u8 = 6;
const NOT: u8 = 7;
const CMP: u8 = 8;
const BOR: u8 = 9;
const BXOR: u8 = 10;
const BAND: u8 = 11;
const SHIFT: u8 = 12;
const ARITH: u8 = 13;
const TERM: u8 = 14;
const FACTOR: u8 = 15;
const POWER: u8 = 16;
const AWAIT: u8 = 17;
const ATOM: u8 = 18;

fn line(out: &mut String, indent: usize, text: &str) {
    out.push_str(&"    ".repeat(indent));
    out.push_str(text);
    out.push('\n');
}

fn block(out: &mut String, body: &[Stmt], indent: usize) {
    if body.is_empty() {
        line(out, indent + 1, "pass");
    }
    for s in body {
        stmt(out, s, indent + 1);
    }
}

fn stmt(out: &mut String, s: &Stmt, ind: usize) {
    match &*s.kind {
        StmtKind::Expr(e) => line(out, ind, &expr(e, YIELD)),
        StmtKind::Assign { targets, value } => {
            let mut t: Vec<String> = targets.iter().map(|t| expr(t, TUPLE)).collect();
            t.push(expr(value, YIELD));
            line(out, ind, &t.join(" = "));
        }
        StmtKind::AugAssign { target, op, value } => line(
            out,
            ind,
            &format!(
                "{} {}= {}",
                expr(target, TUPLE),
                op.symbol(),
                expr(value, YIELD)
            ),
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            let t = if *simple {
                expr(target, ATOM)
            } else {
                format!("({})", expr(target, TUPLE))
            };
            let mut text = format!("{}: {}", t, expr(annotation, TEST));
            if let Some(v) = value {
                text.push_str(&format!(" = {}", expr(v, YIELD)));
            }
            line(out, ind, &text);
        }
        StmtKind::Pass => line(out, ind, "pass"),
        StmtKind::Break => line(out, ind, "break"),
        StmtKind::Continue => line(out, ind, "continue"),
        StmtKind::Return(v) => match v {
            Some(v) => line(out, ind, &format!("return {}", expr(v, TUPLE))),
            None => line(out, ind, "return"),
        },
        StmtKind::Raise { exc, cause } => {
            let mut text = "raise".to_string();
            if let Some(e) = exc {
                text.push_str(&format!(" {}", expr(e, TEST)));
            }
            if let Some(c) = cause {
                text.push_str(&format!(" from {}", expr(c, TEST)));
            }
            line(out, ind, &text);
        }
        StmtKind::Delete(targets) => {
            let t: Vec<String> = targets.iter().map(|t| expr(t, TEST)).collect();
            line(out, ind, &format!("del {}", t.join(", ")));
        }
        StmtKind::Global(n) => line(out, ind, &format!("global {}", n.join(", "))),
        StmtKind::Nonlocal(n) => line(out, ind, &format!("nonlocal {}", n.join(", "))),
        StmtKind::Assert { test, msg } => {
            let mut text = format!("assert {}", expr(test, TEST));
            if let Some(m) = msg {
                text.push_str(&format!(", {}", expr(m, TEST)));
            }
            line(out, ind, &text);
        }
        StmtKind::Import(names) => line(out, ind, &format!("import {}", aliases(names))),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => line(
            out,
            ind,
            &format!(
                "from {}{} import {}",
                ".".repeat(*level as usize),
                module,
                aliases(names)
            ),
        ),
        StmtKind::If { test, body, orelse } => {
            line(out, ind, &format!("if {}:", expr(test, TEST)));
            block(out, body, ind);
            if !orelse.is_empty() {
                line(out, ind, "else:");
                block(out, orelse, ind);
            }
        }
        StmtKind::Match { subject, cases } => {
            line(out, ind, &format!("match {}:", expr(subject, TEST)));
            for c in cases {
                let guard = c
                    .guard
                    .as_ref()
                    .map(|g| format!(" if {}", expr(g, TEST)))
                    .unwrap_or_default();
                line(
                    out,
                    ind + 1,
                    &format!("case {}{guard}:", pattern(&c.pattern)),
                );
                block(out, &c.body, ind + 1);
            }
        }
        StmtKind::While { test, body, orelse } => {
            line(out, ind, &format!("while {}:", expr(test, TEST)));
            block(out, body, ind);
            if !orelse.is_empty() {
                line(out, ind, "else:");
                block(out, orelse, ind);
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            line(
                out,
                ind,
                &format!("for {} in {}:", expr(target, TUPLE), expr(iter, TUPLE)),
            );
            block(out, body, ind);
            if !orelse.is_empty() {
                line(out, ind, "else:");
                block(out, orelse, ind);
            }
        }
        StmtKind::With { items, body } => {
            let parts: Vec<String> = items
                .iter()
                .map(|it| match &it.target {
                    Some(t) => format!("{} as {}", expr(&it.context, TEST), expr(t, TUPLE)),
                    None => expr(&it.context, TEST),
                })
                .collect();
            line(out, ind, &format!("with {}:", parts.join(", ")));
            block(out, body, ind);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            star,
        } => {
            line(out, ind, "try:");
            block(out, body, ind);
            for h in handlers {
                let mut text = if *star { "except*" } else { "except" }.to_string();
                if let Some(t) = &h.typ {
                    text.push_str(&format!(" {}", expr(t, TEST)));
                }
                if let Some(n) = &h.name {
                    text.push_str(&format!(" as {n}"));
                }
                text.push(':');
                line(out, ind, &text);
                block(out, &h.body, ind);
            }
            if !orelse.is_empty() {
                line(out, ind, "else:");
                block(out, orelse, ind);
            }
            if !finalbody.is_empty() {
                line(out, ind, "finally:");
                block(out, finalbody, ind);
            }
        }
        StmtKind::FunctionDef(f) => {
            for d in &f.decorators {
                line(out, ind, &format!("@{}", expr(d, TEST)));
            }
            let mut text = format!("def {}({})", f.name, params(&f.params));
            if let Some(r) = &f.returns {
                text.push_str(&format!(" -> {}", expr(r, TEST)));
            }
            text.push(':');
            line(out, ind, &text);
            block(out, &f.body, ind);
        }
        StmtKind::ClassDef(c) => {
            for d in &c.decorators {
                line(out, ind, &format!("@{}", expr(d, TEST)));
            }
            let mut args: Vec<String> = c.bases.iter().map(|b| expr(b, TEST)).collect();
            args.extend(c.keywords.iter().map(keyword));
            line(out, ind, &format!("class {}({}):", c.name, args.join(", ")));
            block(out, &c.body, ind);
        }
    }
}

fn aliases(names: &[Alias]) -> String {
    names
        .iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}", a.name, n),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn param(p: &Param) -> String {
    match &p.annotation {
        Some(a) => format!("{}: {}", p.name, expr(a, TEST)),
        None => p.name.clone(),
    }
}

fn params(p: &Params) -> String {
    let mut parts = Vec::new();
    let positional: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
    let first_default = positional.len() - p.defaults.len();
    for (i, a) in positional.iter().enumerate() {
        let mut text = param(a);
        if i >= first_default {
            text.push_str(&format!("={}", expr(&p.defaults[i - first_default], TEST)));
        }
        parts.push(text);
        if i + 1 == p.posonly.len() {
            parts.push("/".into());
        }
    }
    if let Some(v) = &p.vararg {
        parts.push(format!("*{}", param(v)));
    } else if !p.kwonly.is_empty() {
        parts.push("*".into());
    }
    for (a, d) in p.kwonly.iter().zip(&p.kw_defaults) {
        let mut text = param(a);
        if let Some(d) = d {
            text.push_str(&format!("={}", expr(d, TEST)));
        }
        parts.push(text);
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", param(k)));
    }
    parts.join(", ")
}

fn keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(a) => format!("{}={}", a, expr(&k.value, TEST)),
        None => format!("**{}", expr(&k.value, TEST)),
    }
}

fn paren(s: String, own: u8, required: u8) -> String {
    if own < required {
        format!("({s})")
    } else {
        s
    }
}

fn comps(gens: &[Comprehension]) -> String {
    let mut s = String::new();
    let c_unparser = REPR_STRINGS.with(|r| r.get());
    for g in gens {
        // CPython's C unparser (annotations) writes a tuple target bare: `for k, v in items`.
        let target = match &g.target.kind {
            ExprKind::Tuple(ts) if c_unparser && !ts.is_empty() => items(ts),
            _ => expr(&g.target, TUPLE),
        };
        s.push_str(&format!(" for {} in {}", target, expr(&g.iter, OR)));
        for c in &g.ifs {
            s.push_str(&format!(" if {}", expr(c, OR)));
        }
    }
    s
}

fn binop_prec(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => BOR,
        BinOp::BitXor => BXOR,
        BinOp::BitAnd => BAND,
        BinOp::LShift | BinOp::RShift => SHIFT,
        BinOp::Add | BinOp::Sub => ARITH,
        BinOp::Mult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMult => TERM,
        BinOp::Pow => POWER,
    }
}

fn items(es: &[Expr]) -> String {
    es.iter()
        .map(|e| expr(e, TEST))
        .collect::<Vec<_>>()
        .join(", ")
}

thread_local! {
    /// Strings print as their repr (CPython's C unparser, which PEP 563 annotations use).
    static REPR_STRINGS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// An annotation's text under `from __future__ import annotations`.
pub fn annotation(e: &Expr) -> String {
    REPR_STRINGS.with(|r| r.set(true));
    let s = expr(e, TEST);
    REPR_STRINGS.with(|r| r.set(false));
    s
}

pub fn expr(e: &Expr, required: u8) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => float_repr(*f),
        ExprKind::Str(s) => quote(s),
        ExprKind::Bytes(b) => crate::numeric::parse::py_bytes_repr(b),
        ExprKind::Imaginary(f) => {
            crate::numeric::complex::repr(crate::numeric::complex::C::new(0.0, *f))
        }
        ExprKind::FString(parts) => fstring(parts),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::BoolOp { op, values } => {
            let (word, prec) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            let s = values
                .iter()
                .map(|v| expr(v, prec + 1))
                .collect::<Vec<_>>()
                .join(word);
            paren(s, prec, required)
        }
        ExprKind::NamedExpr { target, value } => {
            format!("({} := {})", expr(target, ATOM), expr(value, TEST))
        }
        ExprKind::BinOp { left, op, right } => {
            let prec = binop_prec(*op);
            let (l, r) = if *op == BinOp::Pow {
                (prec + 1, prec)
            } else {
                (prec, prec + 1)
            };
            let s = format!("{} {} {}", expr(left, l), op.symbol(), expr(right, r));
            paren(s, prec, required)
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, prec) = match op {
                UnaryOp::Not => (format!("not {}", expr(operand, NOT)), NOT),
                UnaryOp::Neg => (format!("-{}", expr(operand, FACTOR)), FACTOR),
                UnaryOp::Pos => (format!("+{}", expr(operand, FACTOR)), FACTOR),
                UnaryOp::Invert => (format!("~{}", expr(operand, FACTOR)), FACTOR),
            };
            paren(s, prec, required)
        }
        ExprKind::Lambda { params: p, body } => {
            let ps = params(p);
            let s = if ps.is_empty() {
                format!("lambda: {}", expr(body, TEST))
            } else {
                format!("lambda {}: {}", ps, expr(body, TEST))
            };
            paren(s, TEST, required)
        }
        ExprKind::IfExp { test, body, orelse } => {
            let s = format!(
                "{} if {} else {}",
                expr(body, TEST + 1),
                expr(test, TEST + 1),
                expr(orelse, TEST)
            );
            paren(s, TEST, required)
        }
        ExprKind::Dict(entries) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|d| match d {
                    DictItem::Pair(k, v) => format!("{}: {}", expr(k, TEST), expr(v, TEST)),
                    DictItem::Unpack(m) => format!("**{}", expr(m, BOR)),
                })
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        ExprKind::Set(es) => format!("{{{}}}", items(es)),
        ExprKind::List(es) => format!("[{}]", items(es)),
        ExprKind::Tuple(es) => {
            let inner = if es.len() == 1 {
                format!("{},", expr(&es[0], TEST))
            } else {
                items(es)
            };
            format!("({inner})")
        }
        ExprKind::ListComp { elt, generators } => {
            format!("[{}{}]", expr(elt, TEST), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("{{{}{}}}", expr(elt, TEST), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("({}{})", expr(elt, TEST), comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "{{{}: {}{}}}",
                expr(key, TEST),
                expr(value, TEST),
                comps(generators)
            )
        }
        ExprKind::Yield(v) => {
            let s = match v {
                Some(v) => format!("yield {}", expr(v, TUPLE)),
                None => "yield".into(),
            };
            format!("({s})")
        }
        ExprKind::YieldFrom(v) => format!("(yield from {})", expr(v, TEST)),
        ExprKind::Await(v) => paren(format!("await {}", expr(v, ATOM)), AWAIT, required),
        ExprKind::Compare { left, ops } => {
            let mut s = expr(left, CMP + 1);
            for (op, x) in ops {
                s.push_str(&format!(" {} {}", op.symbol(), expr(x, CMP + 1)));
            }
            paren(s, CMP, required)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(|a| expr(a, TEST)).collect();
            parts.extend(keywords.iter().map(keyword));
            format!("{}({})", expr(func, ATOM), parts.join(", "))
        }
        ExprKind::Attribute { value, attr } => {
            let v = expr(value, ATOM);
            // `1 .real`: an int literal needs a space before the dot.
            if matches!(value.kind, ExprKind::Int(_)) {
                format!("{v} .{attr}")
            } else {
                format!("{v}.{attr}")
            }
        }
        ExprKind::Subscript { value, index } => {
            let i = match &index.kind {
                ExprKind::Tuple(es) if !es.is_empty() => {
                    let mut s = es
                        .iter()
                        .map(|e| expr(e, TEST))
                        .collect::<Vec<_>>()
                        .join(", ");
                    if es.len() == 1 {
                        s.push(',');
                    }
                    s
                }
                _ => expr(index, TEST),
            };
            format!("{}[{}]", expr(value, ATOM), i)
        }
        ExprKind::Starred(v) => format!("*{}", expr(v, BOR)),
        ExprKind::Slice { lower, upper, step } => {
            let mut s = String::new();
            if let Some(l) = lower {
                s.push_str(&expr(l, TEST));
            }
            s.push(':');
            if let Some(u) = upper {
                s.push_str(&expr(u, TEST));
            }
            if let Some(st) = step {
                s.push(':');
                s.push_str(&expr(st, TEST));
            }
            s
        }
    }
}

fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        return "1e309".into();
    }
    let s = format!("{f:?}");
    s
}

thread_local! {
    /// Quote kinds a string may still use: inside an f-string field (3.11) a string can
    /// neither reuse an enclosing f-string's quote character nor contain a backslash.
    static AVAILABLE: std::cell::RefCell<Option<Vec<&'static str>>> = const { std::cell::RefCell::new(None) };
}

const QUOTES: [&str; 4] = ["\"", "'", "\"\"\"", "\'\'\'"];

/// A string literal. Outside f-strings: double quotes with escapes. Inside an f-string field:
/// the first quote kind still available that needs no escape.
pub fn quote(s: &str) -> String {
    if REPR_STRINGS.with(|r| r.get()) && AVAILABLE.with(|a| a.borrow().is_none()) {
        return crate::numeric::parse::py_str_repr(s);
    }
    let available = AVAILABLE.with(|a| a.borrow().clone());
    if let Some(kinds) = available {
        for k in kinds {
            let q = &k[..1];
            let triple = k.len() == 3;
            let fits = !s.contains(q)
                && !s.contains('\\')
                && (triple || !s.contains('\n'))
                && !s.chars().any(|c| (c as u32) < 0x20 && c != '\n');
            if fits {
                return format!("{k}{s}{k}");
            }
        }
    }
    escaped(s, "\"")
}

fn escaped(s: &str, q: &str) -> String {
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if q.len() == 1 && q.starts_with(c) => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push_str(q);
    out
}

/// An f-string: try each outer quote kind until every field's strings fit in what is left.
fn fstring(parts: &[FStringPart]) -> String {
    if REPR_STRINGS.with(|r| r.get()) && AVAILABLE.with(|a| a.borrow().is_none()) {
        // The C unparser writes the body, then quotes it as repr() would.
        return format!(
            "f{}",
            crate::numeric::parse::py_str_repr(&fstring_body(parts))
        );
    }
    let outer_choices: Vec<&'static str> = AVAILABLE
        .with(|a| a.borrow().clone())
        .unwrap_or_else(|| QUOTES.to_vec());
    let saved = AVAILABLE.with(|a| a.borrow().clone());
    let mut fallback = None;
    for outer in &outer_choices {
        // A triple-quoted f-string only forbids its own triple quote inside; a single-quoted
        // one forbids its quote character altogether.
        let inner: Vec<&'static str> = outer_choices
            .iter()
            .copied()
            .filter(|k| {
                if outer.len() == 3 {
                    k != outer
                } else {
                    !k.starts_with(&outer[..1])
                }
            })
            .collect();
        AVAILABLE.with(|a| *a.borrow_mut() = Some(inner));
        let body = fstring_body(parts);
        AVAILABLE.with(|a| *a.borrow_mut() = saved.clone());
        let text = if saved.is_some() {
            // Nested: no escapes allowed at all.
            if body.contains(*outer)
                || (outer.len() == 1 && body.contains(&outer[..1]))
                || body.contains('\\')
            {
                continue;
            }
            format!("f{outer}{body}{outer}")
        } else {
            format!("f{}", escaped(&body, outer))
        };
        if (!text.contains("\\\\") || saved.is_none()) && fields_fit(&text) {
            return text;
        }
        fallback.get_or_insert(text);
    }
    fallback.unwrap_or_default()
}

/// Whether the text reparses (cheap check used to pick among quote kinds).
fn fields_fit(text: &str) -> bool {
    super::parse_module(text).is_ok()
}

/// The inside of an f-string (unescaped; the caller quotes it).
fn fstring_body(parts: &[FStringPart]) -> String {
    let mut s = String::new();
    for p in parts {
        match p {
            FStringPart::Literal(t) => s.push_str(&t.replace('{', "{{").replace('}', "}}")),
            FStringPart::Field {
                value,
                conversion,
                spec,
            } => {
                let inner = expr(value, TEST);
                s.push('{');
                if inner.starts_with('{') {
                    s.push(' ');
                }
                s.push_str(&inner);
                if let Some(c) = conversion {
                    s.push('!');
                    s.push(*c);
                }
                if let Some(spec) = spec {
                    s.push(':');
                    s.push_str(&fstring_body(spec));
                }
                s.push('}');
            }
        }
    }
    s
}

/// A pattern as `ast.unparse` writes it.
fn pattern(p: &Pattern) -> String {
    let list = |ps: &[Pattern], sep: &str| ps.iter().map(pattern).collect::<Vec<_>>().join(sep);
    match &p.kind {
        PatternKind::Value(x) | PatternKind::Singleton(x) => expr(x, TEST),
        PatternKind::Sequence(ps) => format!("[{}]", list(ps, ", ")),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, v)| format!("{}: {}", expr(k, TEST), pattern(v)))
                .collect();
            if let Some(r) = rest {
                items.push(format!("**{r}"));
            }
            format!("{{{}}}", items.join(", "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut items: Vec<String> = patterns.iter().map(pattern).collect();
            for (a, v) in kwd_attrs.iter().zip(kwd_patterns) {
                items.push(format!("{a}={}", pattern(v)));
            }
            format!("{}({})", expr(cls, TEST), items.join(", "))
        }
        PatternKind::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        PatternKind::As {
            pattern: None,
            name,
        } => name.clone().unwrap_or_else(|| "_".into()),
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => format!("{} as {}", pattern(inner), name.as_deref().unwrap_or("_")),
        PatternKind::Or(ps) => list(ps, " | "),
    }
}
