//! Expression rules: from `atom` up through the precedence levels to `star_expressions`, plus
//! comprehension clauses, call arguments, slices and the target lists of `for`.

use chumsky::prelude::*;

use super::super::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, DictItem, Expr, ExprKind, Keyword as KwArg, Span, UnaryOp,
};
use super::super::error::SyntaxError;
use super::super::layout::Tok;
use super::super::literals::{parse_float, parse_int};
use super::super::token::{Keyword, Raw};
use super::{fstring, params, rule, span, CSpan, Ctx, Extra, PErr, PInput};

pub type P<'t, 's, O> = Boxed<'t, 't, PInput<'t, 's>, O, Extra>;

pub fn op<'t, 's: 't>(r: Raw) -> impl Parser<'t, PInput<'t, 's>, (), Extra> + Clone {
    just(Tok::Op(r)).ignored()
}

pub fn kw<'t, 's: 't>(k: Keyword) -> impl Parser<'t, PInput<'t, 's>, (), Extra> + Clone {
    just(Tok::Kw(k)).ignored()
}

pub fn name<'t, 's: 't>() -> impl Parser<'t, PInput<'t, 's>, String, Extra> + Clone {
    select! { Tok::Name(n) => n.to_string() }
}

/// `first` followed by `rest`, for displays whose first item was parsed on its own.
fn prepend<T>(first: T, mut rest: Vec<T>) -> Vec<T> {
    rest.insert(0, first);
    rest
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// The expression parsers other rules build on.
#[derive(Clone)]
pub struct Exprs<'t, 's> {
    pub expression: P<'t, 's, Expr>,
    pub named_expression: P<'t, 's, Expr>,
    pub star_expressions: P<'t, 's, Expr>,
    pub star_named_expression: P<'t, 's, Expr>,
    pub yield_expr: P<'t, 's, Expr>,
    pub disjunction: P<'t, 's, Expr>,
    pub bitwise_or: P<'t, 's, Expr>,
    pub star_targets: P<'t, 's, Expr>,
    pub star_target: P<'t, 's, Expr>,
    pub arguments: P<'t, 's, (Vec<Expr>, Vec<KwArg>)>,
    /// Adjacent string literals (one constant or f-string).
    pub strings: P<'t, 's, Expr>,
}

/// `a, b, c` with an optional trailing comma: a tuple if there was a comma, else the item.
fn tuple_or_single<'t, 's: 't>(
    item: P<'t, 's, Expr>,
) -> impl Parser<'t, PInput<'t, 's>, Expr, Extra> + Clone {
    item.clone()
        .then(
            op(Raw::Comma)
                .ignore_then(item)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(op(Raw::Comma).or_not())
        .map_with(|((first, rest), comma), e| {
            if rest.is_empty() && comma.is_none() {
                first
            } else {
                let items = prepend(first, rest);
                Expr::new(ExprKind::Tuple(items), span(e.span()))
            }
        })
}

pub fn exprs<'t, 's: 't>(ctx: &'t Ctx<'s>) -> Exprs<'t, 's> {
    let mut expression = Recursive::declare();
    let mut named_expression = Recursive::declare();
    let mut star_expressions = Recursive::declare();
    let mut yield_expr = Recursive::declare();
    let mut bitwise_or = Recursive::declare();
    let mut disjunction = Recursive::declare();
    let mut star_targets = Recursive::declare();
    let mut primary = Recursive::declare();

    let expression_b: P<Expr> = expression.clone().boxed();
    let named_b: P<Expr> = named_expression.clone().boxed();
    let bitwise_or_b: P<Expr> = bitwise_or.clone().boxed();

    let starred = |inner: P<'t, 's, Expr>| {
        op(Raw::Star)
            .ignore_then(inner)
            .map_with(|x, e| Expr::new(ExprKind::Starred(bx(x)), span(e.span())))
    };
    let star_named_expression: P<Expr> = rule(
        "star_named_expression",
        starred(bitwise_or_b.clone()).or(named_b.clone()),
    )
    .boxed();

    // for_if_clauses
    let for_if_clause =
        rule(
            "for_if_clause",
            kw(Keyword::For)
                .ignore_then(star_targets.clone().then_ignore(kw(Keyword::In)).try_map(
                    move |t, _| {
                        super::targets::check_store_target(&t, super::targets::TargetContext::For)
                            .map(|_| t)
                            .map_err(|err| ctx.fail(err))
                    },
                ))
                .then(disjunction.clone())
                .then(
                    kw(Keyword::If)
                        .ignore_then(disjunction.clone())
                        .repeated()
                        .collect::<Vec<_>>(),
                )
                .map(|((target, iter), ifs)| Comprehension { target, iter, ifs }),
        );
    let async_for = just(Tok::Kw(Keyword::Async))
        .then(kw(Keyword::For))
        .map_with(|_, e| e.span())
        .try_map(move |_, s| Err(ctx.fail(unsupported("async for", s))));
    let for_if_clauses: P<Vec<Comprehension>> = rule(
        "for_if_clauses",
        for_if_clause
            .or(async_for)
            .repeated()
            .at_least(1)
            .collect::<Vec<_>>(),
    )
    .boxed();

    // Strings: adjacent literals concatenate.
    let strings = rule(
        "strings",
        select! { Tok::Str(s) = e => (s, e.span()) }
            .repeated()
            .at_least(1)
            .collect::<Vec<_>>()
            .try_map_with(move |parts, e| {
                fstring::build_string(ctx, &parts, span(e.span())).map_err(|err| ctx.fail(err))
            }),
    )
    .boxed();

    let number = select! {
        Tok::Int(t) = e => Expr::new(ExprKind::Int(parse_int(t)), span(e.span())),
        Tok::Float(t) = e => Expr::new(ExprKind::Float(parse_float(t)), span(e.span())),
    };
    let imaginary = select! {
        Tok::Imaginary(t) = e => Expr::new(
            ExprKind::Imaginary(parse_float(&t[..t.len() - 1])),
            span(e.span()),
        ),
    };
    let constant = select! {
        Tok::Kw(Keyword::True) = e => Expr::new(ExprKind::True, span(e.span())),
        Tok::Kw(Keyword::False) = e => Expr::new(ExprKind::False, span(e.span())),
        Tok::Kw(Keyword::None) = e => Expr::new(ExprKind::None, span(e.span())),
        Tok::Op(Raw::Ellipsis) = e => Expr::new(ExprKind::Ellipsis, span(e.span())),
        Tok::Name(n) = e => Expr::new(ExprKind::Name(n.to_string()), span(e.span())),
    };

    // Displays parse their first item once, then decide from what follows (a comprehension
    // clause, more items, or a `:` in braces): no alternative re-parses a nested expression,
    // so deeply nested brackets stay linear.
    #[derive(Clone)]
    enum Rest {
        Comp(Vec<Comprehension>),
        Items(Vec<Expr>, bool),
    }
    let rest_items = op(Raw::Comma)
        .ignore_then(
            star_named_expression
                .clone()
                .separated_by(op(Raw::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not()
        .map(|more| match more {
            Some(items) => Rest::Items(items, true),
            None => Rest::Items(vec![], false),
        });
    let after_first = for_if_clauses
        .clone()
        .map(Rest::Comp)
        .or(rest_items)
        .boxed();

    // ( ... ): empty tuple, yield, generator expression, group, tuple.
    enum Paren {
        Yield(Expr),
        First(Expr, Rest),
    }
    let paren = op(Raw::LParen)
        .ignore_then(
            yield_expr
                .clone()
                .map(Paren::Yield)
                .or(star_named_expression
                    .clone()
                    .then(after_first.clone())
                    .map(|(f, r)| Paren::First(f, r)))
                .or_not(),
        )
        .then_ignore(op(Raw::RParen))
        .try_map_with(move |body, e| {
            let s = span(e.span());
            Ok(match body {
                None => rule_hit("tuple", Expr::new(ExprKind::Tuple(vec![]), s)),
                Some(Paren::Yield(y)) => rule_hit("group", y.parenthesized(s)),
                Some(Paren::First(elt, Rest::Comp(generators))) => {
                    check_comprehension_elt(ctx, &elt)?;
                    rule_hit(
                        "genexp",
                        Expr::new(
                            ExprKind::GeneratorExp {
                                elt: bx(elt),
                                generators,
                            },
                            s,
                        ),
                    )
                }
                Some(Paren::First(first, Rest::Items(more, true))) => {
                    let items = prepend(first, more);
                    rule_hit("tuple", Expr::new(ExprKind::Tuple(items), s))
                }
                Some(Paren::First(x, Rest::Items(_, false))) => {
                    if let ExprKind::Starred(_) = x.kind {
                        return Err(ctx.fail(SyntaxError::new(
                            "cannot use starred expression here",
                            x.span,
                        )));
                    }
                    // A parenthesized expression keeps its own node and span, as in CPython;
                    // what is built from it reaches to the parentheses.
                    rule_hit("group", x.parenthesized(s))
                }
            })
        });

    let list = op(Raw::LSqb)
        .ignore_then(
            star_named_expression
                .clone()
                .then(after_first.clone())
                .or_not(),
        )
        .then_ignore(op(Raw::RSqb))
        .try_map_with(move |body, e| {
            let s = span(e.span());
            Ok(match body {
                None => rule_hit("list", Expr::new(ExprKind::List(vec![]), s)),
                Some((elt, Rest::Comp(generators))) => {
                    check_comprehension_elt(ctx, &elt)?;
                    rule_hit(
                        "listcomp",
                        Expr::new(
                            ExprKind::ListComp {
                                elt: bx(elt),
                                generators,
                            },
                            s,
                        ),
                    )
                }
                Some((first, Rest::Items(more, _))) => {
                    let items = prepend(first, more);
                    rule_hit("list", Expr::new(ExprKind::List(items), s))
                }
            })
        });

    // { ... }: dict, set and their comprehensions, decided after the first item.
    let kvpair = expression
        .clone()
        .then_ignore(op(Raw::Colon))
        .then(expression.clone())
        .map(|(k, v)| DictItem::Pair(k, v));
    let dict_item = rule(
        "double_starred_kvpair",
        op(Raw::DoubleStar)
            .ignore_then(bitwise_or.clone())
            .map(DictItem::Unpack)
            .or(kvpair),
    );
    let more_dict_items = op(Raw::Comma)
        .ignore_then(
            dict_item
                .clone()
                .separated_by(op(Raw::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not()
        .map(Option::unwrap_or_default);
    enum DictRest {
        Comp(Expr, Vec<Comprehension>),
        Items(Expr, Vec<DictItem>),
    }
    let dict_rest = op(Raw::Colon)
        .ignore_then(expression.clone())
        .then(
            for_if_clauses
                .clone()
                .map(Ok)
                .or(more_dict_items.clone().map(Err)),
        )
        .map(|(v, r)| match r {
            Ok(g) => DictRest::Comp(v, g),
            Err(items) => DictRest::Items(v, items),
        });
    enum Brace {
        Unpack(Expr, Vec<DictItem>),
        Key(Expr, DictRest),
        First(Expr, Rest),
    }
    let brace_body = choice((
        op(Raw::DoubleStar)
            .ignore_then(bitwise_or.clone())
            .then(more_dict_items)
            .map(|(m, rest)| Brace::Unpack(m, rest)),
        star_named_expression
            .clone()
            .then(dict_rest.map(Ok).or(after_first.clone().map(Err)))
            .map(|(f, r)| match r {
                Ok(d) => Brace::Key(f, d),
                Err(rest) => Brace::First(f, rest),
            }),
    ));
    let brace = op(Raw::LBrace)
        .ignore_then(brace_body.or_not())
        .then_ignore(op(Raw::RBrace))
        .try_map_with(move |body, e| {
            let s = span(e.span());
            Ok(match body {
                None => rule_hit("dict", Expr::new(ExprKind::Dict(vec![]), s)),
                Some(Brace::Unpack(m, rest)) => {
                    super::coverage::hit("double_starred_kvpair");
                    let items = prepend(DictItem::Unpack(m), rest);
                    rule_hit("dict", Expr::new(ExprKind::Dict(items), s))
                }
                Some(Brace::Key(k, rest)) => {
                    if matches!(k.kind, ExprKind::Starred(_) | ExprKind::NamedExpr { .. }) {
                        return Err(ctx.fail(SyntaxError::new("invalid syntax", k.span)));
                    }
                    match rest {
                        DictRest::Comp(v, generators) => rule_hit(
                            "dictcomp",
                            Expr::new(
                                ExprKind::DictComp {
                                    key: bx(k),
                                    value: bx(v),
                                    generators,
                                },
                                s,
                            ),
                        ),
                        DictRest::Items(v, more) => {
                            super::coverage::hit("double_starred_kvpair");
                            let items = prepend(DictItem::Pair(k, v), more);
                            rule_hit("dict", Expr::new(ExprKind::Dict(items), s))
                        }
                    }
                }
                Some(Brace::First(elt, Rest::Comp(generators))) => {
                    check_comprehension_elt(ctx, &elt)?;
                    rule_hit(
                        "setcomp",
                        Expr::new(
                            ExprKind::SetComp {
                                elt: bx(elt),
                                generators,
                            },
                            s,
                        ),
                    )
                }
                Some(Brace::First(first, Rest::Items(more, _))) => {
                    let items = prepend(first, more);
                    rule_hit("set", Expr::new(ExprKind::Set(items), s))
                }
            })
        });

    let atom = rule(
        "atom",
        choice((
            constant,
            number,
            strings.clone(),
            paren,
            list,
            brace,
            imaginary,
        )),
    )
    .boxed();

    // Call arguments, in any order; the order rules are checked afterwards with CPython's words.
    enum Arg {
        Pos(Expr),
        Star(Expr),
        Kw(String, Expr, CSpan),
        DoubleStar(Expr, CSpan),
        Gen(Expr),
    }
    let arg = choice((
        rule(
            "starred_expression",
            op(Raw::Star)
                .ignore_then(expression.clone())
                .map_with(|x, e| Arg::Star(Expr::new(ExprKind::Starred(bx(x)), span(e.span())))),
        ),
        rule(
            "kwarg_or_double_starred",
            op(Raw::DoubleStar)
                .ignore_then(expression.clone())
                .map_with(|x, e| Arg::DoubleStar(x, e.span())),
        ),
        rule(
            "kwarg_or_starred",
            name()
                .then_ignore(op(Raw::Equal))
                .then(expression.clone())
                .map_with(|(n, x), e| Arg::Kw(n, x, e.span())),
        ),
        named_expression
            .clone()
            .then(for_if_clauses.clone().or_not())
            .map_with(|(elt, generators), e| match generators {
                // No parentheses of its own: `outer` stays empty until the call gives it its
                // parentheses (a bare generator argument must be the only one).
                Some(generators) => Arg::Gen(
                    Expr::new(
                        ExprKind::GeneratorExp {
                            elt: bx(elt),
                            generators,
                        },
                        span(e.span()),
                    )
                    .parenthesized(Span::default()),
                ),
                None => Arg::Pos(elt),
            }),
    ));
    let arg = rule("argument", arg);
    let arguments: P<(Vec<Expr>, Vec<KwArg>)> = rule(
        "arguments",
        arg.separated_by(op(Raw::Comma))
            .collect::<Vec<_>>()
            .then(op(Raw::Comma).or_not().map(|c| c.is_some()))
            .try_map(move |(items, trailing_comma), whole: CSpan| {
                // "follows keyword argument" errors point at the token after the arguments.
                let after = super::next_token_start(ctx.source.get(), whole.end);
                // A bare generator expression must be the only argument, without a comma.
                let n = items.len() + usize::from(trailing_comma);
                let mut args = Vec::new();
                let mut keywords: Vec<KwArg> = Vec::new();
                let mut seen_kw = false;
                let mut seen_double = false;
                for item in items {
                    match item {
                        Arg::Gen(x) if n > 1 => {
                            return Err(ctx.fail(SyntaxError::new(
                                "Generator expression must be parenthesized",
                                x.span,
                            )));
                        }
                        Arg::Pos(x) | Arg::Gen(x) => {
                            if seen_double {
                                return Err(ctx.fail(SyntaxError::at(
                                    "positional argument follows keyword argument unpacking",
                                    after,
                                    after,
                                )));
                            }
                            if seen_kw {
                                return Err(ctx.fail(SyntaxError::at(
                                    "positional argument follows keyword argument",
                                    after,
                                    after,
                                )));
                            }
                            args.push(x);
                        }
                        Arg::Star(x) => {
                            if seen_double {
                                return Err(ctx.fail(SyntaxError::at(
                                    "iterable argument unpacking follows keyword argument unpacking",
                                    x.span.start as usize,
                                    x.span.start as usize,
                                )));
                            }
                            args.push(x);
                        }
                        Arg::Kw(n, value, s) => {
                            seen_kw = true;
                            keywords.push(KwArg { arg: Some(n), value, span: span(s) });
                        }
                        Arg::DoubleStar(value, s) => {
                            seen_double = true;
                            keywords.push(KwArg { arg: None, value, span: span(s) });
                        }
                    }
                }
                Ok((args, keywords))
            }),
    )
    .boxed();

    // slices
    let opt_expr = expression.clone().or_not();
    let slice = rule(
        "slice",
        named_expression
            .clone()
            .or_not()
            .then(
                op(Raw::Colon)
                    .ignore_then(opt_expr.clone())
                    .then(op(Raw::Colon).ignore_then(opt_expr).or_not())
                    .or_not(),
            )
            .try_map_with(move |(first, rest), e| match (first, rest) {
                (Some(x), None) => Ok(x),
                (lower, Some((upper, step))) => {
                    if let Some(l) = &lower {
                        if let ExprKind::NamedExpr { .. } = l.kind {
                            return Err(ctx.fail(SyntaxError::new("invalid syntax", l.span)));
                        }
                    }
                    Ok(Expr::new(
                        ExprKind::Slice {
                            lower: lower.map(bx),
                            upper: upper.map(bx),
                            step: step.flatten().map(bx),
                        },
                        span(e.span()),
                    ))
                }
                (None, None) => Err(PErr {
                    span: e.span(),
                    custom: None,
                }),
            }),
    )
    .boxed();
    let slice_item = starred(expression_b.clone()).or(slice);
    // `x[*a]` is a one-item tuple, as `x[*a,]` (PEP 646).
    let slices = rule(
        "slices",
        tuple_or_single(slice_item.boxed()).map(|e| match e.kind {
            ExprKind::Starred(_) => {
                let s = e.span;
                Expr::new(ExprKind::Tuple(vec![e]), s)
            }
            _ => e,
        }),
    );

    enum Trailer {
        Attr(String),
        Call(Vec<Expr>, Vec<KwArg>),
        Index(Expr),
    }
    let trailer = choice((
        op(Raw::Dot).ignore_then(name()).map(Trailer::Attr),
        arguments
            .clone()
            .delimited_by(op(Raw::LParen), op(Raw::RParen))
            .map_with(|(mut a, k), e| {
                // `f(x for x in y)`: a bare generator expression takes the call's parentheses
                // (CPython's `primary genexp`), so its position includes them.
                if let [g] = &mut a[..] {
                    if g.outer == Span::default() {
                        g.span = span(e.span());
                        g.outer = g.span;
                    }
                }
                Trailer::Call(a, k)
            }),
        slices
            .delimited_by(op(Raw::LSqb), op(Raw::RSqb))
            .map(Trailer::Index),
    ));
    primary.define(rule(
        "primary",
        atom.clone().foldl_with(
            trailer.map_with(|t, e| (t, e.span())).repeated(),
            |value, (t, s): (Trailer, CSpan), _| {
                let whole = value.outer.to(span(s));
                let kind = match t {
                    Trailer::Attr(attr) => ExprKind::Attribute {
                        value: bx(value),
                        attr,
                    },
                    Trailer::Call(args, keywords) => ExprKind::Call {
                        func: bx(value),
                        args,
                        keywords,
                    },
                    Trailer::Index(index) => ExprKind::Subscript {
                        value: bx(value),
                        index: bx(index),
                    },
                };
                Expr::new(kind, whole)
            },
        ),
    ));

    // The arithmetic and bitwise levels (bitwise_or down to power): one operator lookup per
    // step instead of a descent through eight levels per operand. Binding powers follow Python:
    // | ^ & shifts + - * / // % unary ** (right-associative, and tighter than a unary operator
    // on its left: -2**2 == -(2**2)). `await primary` binds tighter than `**`.
    let await_primary: P<Expr> = just(Tok::Kw(Keyword::Await))
        .ignore_then(primary.clone())
        .map_with(|x, e| Expr::new(ExprKind::Await(bx(x)), span(e.span())))
        .or(primary.clone())
        .boxed();
    // The arithmetic and bitwise levels: operands (each with its unary prefixes) and operators
    // are parsed as a flat sequence, one token lookup per operator, then grouped by precedence
    // climbing (`Chain`). Parsing stays with chumsky, so failures keep their exact positions.
    let unary = select! {
        Tok::Op(Raw::Minus) = e => (UnaryOp::Neg, e.span()),
        Tok::Op(Raw::Plus) = e => (UnaryOp::Pos, e.span()),
        Tok::Op(Raw::Tilde) = e => (UnaryOp::Invert, e.span()),
    };
    let chain_operand = unary.repeated().collect::<Vec<_>>().then(await_primary);
    let binary = select! {
        Tok::Op(Raw::Pipe) = e => (Some(BinOp::BitOr), 1, 2, e.span()),
        Tok::Op(Raw::Caret) = e => (Some(BinOp::BitXor), 3, 4, e.span()),
        Tok::Op(Raw::Amp) = e => (Some(BinOp::BitAnd), 5, 6, e.span()),
        Tok::Op(Raw::LeftShift) = e => (Some(BinOp::LShift), 7, 8, e.span()),
        Tok::Op(Raw::RightShift) = e => (Some(BinOp::RShift), 7, 8, e.span()),
        Tok::Op(Raw::Plus) = e => (Some(BinOp::Add), 9, 10, e.span()),
        Tok::Op(Raw::Minus) = e => (Some(BinOp::Sub), 9, 10, e.span()),
        Tok::Op(Raw::Star) = e => (Some(BinOp::Mult), 11, 12, e.span()),
        Tok::Op(Raw::Slash) = e => (Some(BinOp::Div), 11, 12, e.span()),
        Tok::Op(Raw::DoubleSlash) = e => (Some(BinOp::FloorDiv), 11, 12, e.span()),
        Tok::Op(Raw::Percent) = e => (Some(BinOp::Mod), 11, 12, e.span()),
        // `@` is outside the subset: recognised so that it is reported as such.
        Tok::Op(Raw::At) = e => (Some(BinOp::MatMult), 11, 12, e.span()),
        // `**` is right-associative and binds tighter than a unary operator on its left.
        Tok::Op(Raw::DoubleStar) = e => (Some(BinOp::Pow), 15, 14, e.span()),
    };
    let arithmetic = chain_operand
        .clone()
        .then(binary.then(chain_operand).repeated().collect::<Vec<_>>())
        .try_map(move |(first, rest), _| {
            let mut chain = Chain {
                operands: vec![first],
                ops: vec![],
                next: 0,
            };
            for (op, operand) in rest {
                chain.ops.push(op);
                chain.operands.push(operand);
            }
            chain.climb(0).map_err(|e| ctx.fail(e))
        });

    bitwise_or.define(arithmetic);

    let comp_op = choice((
        kw(Keyword::Not).then(kw(Keyword::In)).to(CmpOp::NotIn),
        kw(Keyword::Is).then(kw(Keyword::Not)).to(CmpOp::IsNot),
        select! {
            Tok::Op(Raw::EqEqual) => CmpOp::Eq,
            Tok::Op(Raw::NotEqual) => CmpOp::NotEq,
            Tok::Op(Raw::Less) => CmpOp::Lt,
            Tok::Op(Raw::LessEqual) => CmpOp::LtE,
            Tok::Op(Raw::Greater) => CmpOp::Gt,
            Tok::Op(Raw::GreaterEqual) => CmpOp::GtE,
            Tok::Kw(Keyword::In) => CmpOp::In,
            Tok::Kw(Keyword::Is) => CmpOp::Is,
        },
    ));
    let comparison = rule(
        "comparison",
        bitwise_or
            .clone()
            .then(
                rule(
                    "compare_op_bitwise_or_pair",
                    comp_op.then(bitwise_or.clone()),
                )
                .repeated()
                .collect::<Vec<_>>(),
            )
            .map(|(left, ops)| {
                if ops.is_empty() {
                    left
                } else {
                    let s = left.outer.to(ops.last().map_or(left.outer, |o| o.1.outer));
                    Expr::new(
                        ExprKind::Compare {
                            left: bx(left),
                            ops,
                        },
                        s,
                    )
                }
            }),
    );
    let not = just(Tok::Kw(Keyword::Not)).map_with(|_, e| e.span());
    let inversion = rule(
        "inversion",
        not.repeated().foldr(comparison, |s: CSpan, operand: Expr| {
            let whole = span(s).to(operand.outer);
            Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(operand),
                },
                whole,
            )
        }),
    )
    .boxed();
    let bool_level = |name: &'static str, lower: P<'t, 's, Expr>, k: Keyword, op: BoolOp| {
        rule(
            name,
            lower
                .clone()
                .then(kw(k).ignore_then(lower).repeated().collect::<Vec<_>>())
                .map(move |(first, rest)| {
                    if rest.is_empty() {
                        first
                    } else {
                        let s = first.outer.to(rest.last().map_or(first.outer, |x| x.outer));
                        let mut values = vec![first];
                        values.extend(rest);
                        Expr::new(ExprKind::BoolOp { op, values }, s)
                    }
                }),
        )
        .boxed()
    };
    let conjunction = bool_level("conjunction", inversion, Keyword::And, BoolOp::And);
    disjunction.define(bool_level(
        "disjunction",
        conjunction,
        Keyword::Or,
        BoolOp::Or,
    ));

    let lambda_params = params::lambda_params(ctx, expression.clone().boxed());
    let lambdef = rule(
        "lambdef",
        kw(Keyword::Lambda)
            .ignore_then(lambda_params.or_not())
            .then_ignore(op(Raw::Colon))
            .then(expression.clone())
            .map_with(|(params, body), e| {
                Expr::new(
                    ExprKind::Lambda {
                        params: Box::new(params.unwrap_or_default()),
                        body: bx(body),
                    },
                    span(e.span()),
                )
            }),
    );
    let ternary = disjunction
        .clone()
        .then(
            kw(Keyword::If)
                .ignore_then(disjunction.clone())
                .then_ignore(kw(Keyword::Else))
                .then(expression.clone())
                .or_not(),
        )
        .map(|(body, rest)| match rest {
            None => body,
            Some((test, orelse)) => {
                let s = body.outer.to(orelse.outer);
                Expr::new(
                    ExprKind::IfExp {
                        test: bx(test),
                        body: bx(body),
                        orelse: bx(orelse),
                    },
                    s,
                )
            }
        });
    expression.define(rule("expression", lambdef.or(ternary)));

    named_expression.define(rule(
        "named_expression",
        select! { Tok::Name(n) = e => Expr::new(ExprKind::Name(n.to_string()), span(e.span())) }
            .then_ignore(op(Raw::ColonEqual))
            .then(expression.clone())
            .map(|(target, value)| {
                let s = target.outer.to(value.outer);
                rule_hit(
                    "assignment_expression",
                    Expr::new(
                        ExprKind::NamedExpr {
                            target: bx(target),
                            value: bx(value),
                        },
                        s,
                    ),
                )
            })
            .or(expression.clone()),
    ));

    let star_expression = rule(
        "star_expression",
        starred(bitwise_or_b.clone()).or(expression_b.clone()),
    )
    .boxed();
    star_expressions.define(rule("star_expressions", tuple_or_single(star_expression)));

    yield_expr.define(rule(
        "yield_expr",
        kw(Keyword::Yield)
            .ignore_then(
                kw(Keyword::From)
                    .ignore_then(expression.clone())
                    .map(Err)
                    .or(star_expressions.clone().or_not().map(Ok)),
            )
            .map_with(|v, e| {
                let s = span(e.span());
                match v {
                    Err(x) => Expr::new(ExprKind::YieldFrom(bx(x)), s),
                    Ok(x) => Expr::new(ExprKind::Yield(x.map(bx)), s),
                }
            }),
    ));

    // Targets of `for` and comprehensions: primaries (names, attributes, subscripts,
    // parenthesized or bracketed target lists), optionally starred; checked afterwards.
    let star_target: P<Expr> = rule(
        "star_target",
        starred(primary.clone().boxed()).or(primary.clone()),
    )
    .boxed();
    star_targets.define(rule("star_targets", tuple_or_single(star_target.clone())));

    Exprs {
        expression: expression_b,
        named_expression: named_b,
        star_expressions: star_expressions.boxed(),
        star_named_expression,
        yield_expr: yield_expr.boxed(),
        disjunction: disjunction.boxed(),
        bitwise_or: bitwise_or_b,
        star_targets: star_targets.boxed(),
        star_target,
        arguments,
        strings,
    }
}

fn bin(left: Expr, op: BinOp, right: Expr) -> Expr {
    super::coverage::hit(match op {
        BinOp::BitOr => "bitwise_or",
        BinOp::BitXor => "bitwise_xor",
        BinOp::BitAnd => "bitwise_and",
        BinOp::LShift | BinOp::RShift => "shift_expr",
        BinOp::Add | BinOp::Sub => "sum",
        BinOp::Mult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMult => "term",
        BinOp::Pow => "power",
    });
    let s = left.outer.to(right.outer);
    Expr::new(
        ExprKind::BinOp {
            left: bx(left),
            op,
            right: bx(right),
        },
        s,
    )
}

/// The operand of a unary operator: everything binding tighter than `*` (so `**`).
const UNARY_BP: u8 = 13;

type Operand = (Vec<(UnaryOp, CSpan)>, Expr);

/// A flat `operand (op operand)*` sequence, grouped by precedence climbing.
struct Chain {
    operands: Vec<Operand>,
    ops: Vec<(Option<BinOp>, u8, u8, CSpan)>,
    /// Index of the next operand to take (operator `next - 1` precedes it).
    next: usize,
}

impl Chain {
    fn climb(&mut self, min_bp: u8) -> Result<Expr, SyntaxError> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let i = self.next;
            self.next += 1;
            let (prefixes, operand) = std::mem::replace(
                &mut self.operands[i],
                (Vec::new(), Expr::new(ExprKind::None, Span::default())),
            );
            let mut lhs = operand;
            if !prefixes.is_empty() {
                // A unary operator takes the `**` chain after it: -2**2 == -(2**2).
                lhs = self.operators(lhs, UNARY_BP)?;
                for (op, s) in prefixes.into_iter().rev() {
                    super::coverage::hit("factor");
                    let whole = span(s).to(lhs.outer);
                    lhs = Expr::new(
                        ExprKind::UnaryOp {
                            op,
                            operand: bx(lhs),
                        },
                        whole,
                    );
                }
            }
            self.operators(lhs, min_bp)
        })
    }

    fn operators(&mut self, mut lhs: Expr, min_bp: u8) -> Result<Expr, SyntaxError> {
        while let Some(&(op, lbp, rbp, s)) = self.ops.get(self.next - 1) {
            if lbp < min_bp || self.next >= self.operands.len() {
                break;
            }
            let Some(op) = op else {
                return Err(unsupported("@ operator", s));
            };
            let rhs = self.climb(rbp)?;
            lhs = bin(lhs, op, rhs);
        }
        Ok(lhs)
    }
}

fn rule_hit<T>(name: &'static str, x: T) -> T {
    super::coverage::hit(name);
    x
}

/// `[*x for ...]`: CPython's "iterable unpacking cannot be used in comprehension".
fn check_comprehension_elt(ctx: &Ctx, elt: &Expr) -> Result<(), PErr> {
    if let ExprKind::Starred(_) = elt.kind {
        return Err(ctx.fail(SyntaxError::new(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        )));
    }
    Ok(())
}

pub fn unsupported(what: &str, s: CSpan) -> SyntaxError {
    SyntaxError::at(
        format!("'{what}' is not supported by cellar"),
        s.start,
        s.end,
    )
}

/// An f-string replacement field: `star_expressions` or a yield, then the end of the tokens.
pub fn fstring_expression<'t, 's: 't>(
    ctx: &'t Ctx<'s>,
) -> impl Parser<'t, PInput<'t, 's>, Expr, Extra> {
    let e = exprs(ctx);
    e.yield_expr
        .or(e.star_expressions)
        .then_ignore(just(Tok::EndMarker))
        .then_ignore(end())
}
