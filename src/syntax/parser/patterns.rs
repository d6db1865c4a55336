//! The `match` statement's patterns (PEP 634), rule for rule as CPython 3.11's grammar has
//! them: literal, capture, wildcard, value, group, sequence, mapping, class, OR and AS
//! patterns, and the open sequence a `case` may start with (`case a, *rest:`).

use chumsky::prelude::*;

use super::super::ast::{BinOp, Expr, ExprKind, Pattern, PatternKind, UnaryOp};
use super::super::error::SyntaxError;
use super::super::layout::Tok;
use super::super::literals::{parse_float, parse_int};
use super::super::token::{Keyword, Raw};
use super::expr::{kw, op, Exprs, P};
use super::{rule, span, CSpan, Ctx};

fn pat(kind: PatternKind, s: CSpan) -> Pattern {
    Pattern {
        kind,
        span: span(s),
    }
}

/// One item between the parentheses of a class pattern.
#[derive(Clone)]
enum ClassArg {
    Pos(Pattern),
    Kw(String, Pattern),
}

/// One item between the braces of a mapping pattern.
#[derive(Clone)]
enum MapItem {
    Pair(Expr, Pattern),
    Rest(String, CSpan),
}

/// `patterns` of a `case`: an open sequence (`a, b`) or one pattern.
pub fn patterns<'t, 's: 't>(ctx: &'t Ctx<'s>, e: &Exprs<'t, 's>) -> P<'t, 's, Pattern> {
    let mut pattern = Recursive::declare();
    let pattern_b: P<Pattern> = pattern.clone().boxed();

    let name_tok = select! { Tok::Name(n) = ex => (n, ex.span()) };
    // `a.b.c` as an expression (a Name, or Attributes on one).
    let dotted = name_tok
        .then(
            op(Raw::Dot)
                .ignore_then(name_tok)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|((first, s), rest): ((&str, CSpan), Vec<(&str, CSpan)>)| {
            let mut ex = Expr::new(ExprKind::Name(first.to_string()), span(s));
            for (n, ns) in rest {
                let whole = super::super::ast::Span::new(s.start, ns.end);
                ex = Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(ex),
                        attr: n.to_string(),
                    },
                    whole,
                );
            }
            ex
        })
        .boxed();

    let number = select! {
        Tok::Int(t) = ex => Expr::new(ExprKind::Int(parse_int(t)), span(ex.span())),
        Tok::Float(t) = ex => Expr::new(ExprKind::Float(parse_float(t)), span(ex.span())),
    };
    let imaginary = select! {
        Tok::Imaginary(t) = ex => Expr::new(
            ExprKind::Imaginary(parse_float(&t[..t.len() - 1])),
            span(ex.span()),
        ),
    };
    let signed_number =
        op(Raw::Minus)
            .or_not()
            .then(number.or(imaginary))
            .map_with(|(minus, n), ex| match minus {
                Some(()) => Expr::new(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Neg,
                        operand: Box::new(n),
                    },
                    span(ex.span()),
                ),
                None => n,
            });
    // A complex literal: a real part, then `+` or `-` and an imaginary part.
    let signed = signed_number
        .then(
            choice((op(Raw::Plus).to(BinOp::Add), op(Raw::Minus).to(BinOp::Sub)))
                .then(imaginary)
                .or_not(),
        )
        .map_with(|(left, im), ex| match im {
            Some((op, right)) => Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                span(ex.span()),
            ),
            None => left,
        });
    let strings = e.strings.clone().try_map(move |s: Expr, sp: CSpan| {
        if matches!(s.kind, ExprKind::FString(_)) {
            return Err(ctx.fail(SyntaxError::at(
                "patterns may only match literals and attribute lookups",
                sp.start,
                sp.end,
            )));
        }
        Ok(s)
    });
    let singleton = select! {
        Tok::Kw(Keyword::True) = ex => Expr::new(ExprKind::True, span(ex.span())),
        Tok::Kw(Keyword::False) = ex => Expr::new(ExprKind::False, span(ex.span())),
        Tok::Kw(Keyword::None) = ex => Expr::new(ExprKind::None, span(ex.span())),
    };
    // A literal as a mapping key or a value pattern.
    let literal_expr = choice((signed.clone(), strings.clone(), singleton)).boxed();
    let literal = choice((
        signed.map_with(|x, ex| pat(PatternKind::Value(x), ex.span())),
        strings.map_with(|x, ex| pat(PatternKind::Value(x), ex.span())),
        singleton.map_with(|x, ex| pat(PatternKind::Singleton(x), ex.span())),
    ));

    let capture_target = name_tok.try_map(move |(n, s): (&str, CSpan), _| {
        if n == "_" {
            return Err(ctx.fail(SyntaxError::at(
                "cannot use '_' as a target",
                s.start,
                s.end,
            )));
        }
        Ok(n.to_string())
    });

    let star = op(Raw::Star)
        .ignore_then(name_tok)
        .map_with(|(n, _): (&str, CSpan), ex| {
            let name = (n != "_").then(|| n.to_string());
            pat(PatternKind::Star(name), ex.span())
        });
    let maybe_star = rule("maybe_star_pattern", star.or(pattern_b.clone())).boxed();
    let items = maybe_star
        .clone()
        .separated_by(op(Raw::Comma))
        .allow_trailing()
        .collect::<Vec<_>>();

    let list = op(Raw::LSqb)
        .ignore_then(items.clone())
        .then_ignore(op(Raw::RSqb))
        .map_with(|items, ex| pat(PatternKind::Sequence(items), ex.span()));
    // `(p)` is a group; `()`, `(p,)` and `(p, q)` are sequences.
    let paren = op(Raw::LParen)
        .ignore_then(
            maybe_star
                .clone()
                .then(op(Raw::Comma).ignore_then(items.clone()).or_not())
                .or_not(),
        )
        .then_ignore(op(Raw::RParen))
        .try_map_with(move |inner, ex| {
            let s: CSpan = ex.span();
            Ok(match inner {
                None => pat(PatternKind::Sequence(Vec::new()), s),
                // `(*x)` is no pattern: a star needs a comma to make a sequence.
                Some((first, None)) if matches!(first.kind, PatternKind::Star(_)) => {
                    return Err(ctx.fail(SyntaxError::at("invalid syntax", s.end - 1, s.end)));
                }
                Some((first, None)) => first,
                Some((first, rest)) => {
                    let mut all = vec![first];
                    all.extend(rest.unwrap_or_default());
                    pat(PatternKind::Sequence(all), s)
                }
            })
        });

    let map_item = rule(
        "mapping_item",
        choice((
            op(Raw::DoubleStar)
                .ignore_then(capture_target)
                .map_with(|n, ex| MapItem::Rest(n, ex.span())),
            literal_expr
                .or(dotted
                    .clone()
                    .filter(|x: &Expr| matches!(x.kind, ExprKind::Attribute { .. })))
                .then_ignore(op(Raw::Colon))
                .then(pattern_b.clone())
                .map(|(k, p)| MapItem::Pair(k, p)),
        )),
    );
    let mapping = op(Raw::LBrace)
        .ignore_then(
            map_item
                .separated_by(op(Raw::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then_ignore(op(Raw::RBrace))
        .try_map_with(move |items, ex| {
            let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
            let n = items.len();
            for (i, it) in items.into_iter().enumerate() {
                match it {
                    MapItem::Pair(k, p) => {
                        keys.push(k);
                        patterns.push(p);
                    }
                    MapItem::Rest(name, _) if i + 1 == n => rest = Some(name),
                    MapItem::Rest(_, s) => {
                        return Err(ctx.fail(SyntaxError::at("invalid syntax", s.end, s.end)))
                    }
                }
            }
            Ok(pat(
                PatternKind::Mapping {
                    keys,
                    patterns,
                    rest,
                },
                ex.span(),
            ))
        });

    let class_arg = rule(
        "class_arg",
        choice((
            name_tok
                .then_ignore(op(Raw::Equal))
                .then(pattern_b.clone())
                .map(|((n, _), p): ((&str, CSpan), Pattern)| ClassArg::Kw(n.to_string(), p)),
            pattern_b.clone().map(ClassArg::Pos),
        )),
    );
    let class_args = op(Raw::LParen)
        .ignore_then(
            class_arg
                .separated_by(op(Raw::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then_ignore(op(Raw::RParen));
    // A name, dotted or not, then maybe a class pattern's arguments.
    let named = dotted.then(class_args.or_not()).try_map_with(
        move |(x, args): (Expr, Option<Vec<ClassArg>>), ex| {
            let s: CSpan = ex.span();
            // `_` is the wildcard only: `_.x` and `_()` are no patterns.
            let root_is_wild = {
                let mut r = &x;
                while let ExprKind::Attribute { value, .. } = &r.kind {
                    r = value;
                }
                matches!(&r.kind, ExprKind::Name(n) if n == "_")
                    && r.span.end as usize == s.start + 1
            };
            if root_is_wild && (args.is_some() || matches!(x.kind, ExprKind::Attribute { .. })) {
                let at = s.start + 1;
                return Err(ctx.fail(SyntaxError::at("invalid syntax", at, at + 1)));
            }
            let Some(args) = args else {
                return Ok(match &x.kind {
                    ExprKind::Name(n) if n == "_" => pat(
                        PatternKind::As {
                            pattern: None,
                            name: None,
                        },
                        s,
                    ),
                    ExprKind::Name(n) => pat(
                        PatternKind::As {
                            pattern: None,
                            name: Some(n.clone()),
                        },
                        s,
                    ),
                    _ => pat(PatternKind::Value(x), s),
                });
            };
            let (mut patterns, mut kwd_attrs, mut kwd_patterns) =
                (Vec::new(), Vec::new(), Vec::new());
            for a in args {
                match a {
                    ClassArg::Pos(p) if !kwd_attrs.is_empty() => {
                        return Err(ctx.fail(SyntaxError::at(
                            "positional patterns follow keyword patterns",
                            p.span.start as usize,
                            p.span.end as usize,
                        )));
                    }
                    ClassArg::Pos(p) => patterns.push(p),
                    ClassArg::Kw(n, p) => {
                        kwd_attrs.push(n);
                        kwd_patterns.push(p);
                    }
                }
            }
            Ok(pat(
                PatternKind::Class {
                    cls: x,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                },
                s,
            ))
        },
    );

    let closed = rule(
        "closed_pattern",
        choice((literal, named, paren, list, mapping)),
    )
    .boxed();
    let or_pattern = closed
        .separated_by(op(Raw::Pipe))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|mut alts, ex| {
            if alts.len() == 1 {
                alts.pop().expect("one")
            } else {
                pat(PatternKind::Or(alts), ex.span())
            }
        });
    pattern.define(rule(
        "pattern",
        or_pattern
            .then(kw(Keyword::As).ignore_then(capture_target).or_not())
            .map_with(|(p, name), ex| match name {
                None => p,
                Some(n) => pat(
                    PatternKind::As {
                        pattern: Some(Box::new(p)),
                        name: Some(n),
                    },
                    ex.span(),
                ),
            }),
    ));

    // `case a, *b:` — an open sequence.
    rule(
        "patterns",
        maybe_star
            .clone()
            .then(op(Raw::Comma).ignore_then(items).or_not())
            .try_map_with(move |(first, rest), ex| match rest {
                None if matches!(first.kind, PatternKind::Star(_)) => {
                    let s: CSpan = ex.span();
                    Err(ctx.fail(SyntaxError::at("invalid syntax", s.start, s.end)))
                }
                None => Ok(first),
                Some(rest) => {
                    let mut all = vec![first];
                    all.extend(rest);
                    Ok(pat(PatternKind::Sequence(all), ex.span()))
                }
            }),
    )
    .boxed()
}
