//! Statement rules: simple statements (assignments, `del`, `import`, …), compound statements
//! with their blocks, decorators, and the file.

use chumsky::prelude::*;

use super::super::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, MatchCase, Module, Params,
    Span, Stmt, StmtKind, WithItem,
};
use super::super::error::SyntaxError;
use super::super::layout::Tok;
use super::super::token::{Keyword, Raw};
use super::expr::{exprs, kw, name, op, unsupported, P};
use super::targets::{check_assignment, check_aug_target, check_store_target, TargetContext};
use super::{params, rule, span, CSpan, Ctx, Extra, PInput};

fn stmt(kind: StmtKind, s: CSpan) -> Stmt {
    Stmt {
        kind: Box::new(kind),
        span: span(s),
    }
}

pub fn file<'t, 's: 't>(ctx: &'t Ctx<'s>) -> impl Parser<'t, PInput<'t, 's>, Module, Extra> {
    let statements = statements(ctx);
    rule(
        "file",
        statements
            .or_not()
            .then_ignore(just(Tok::EndMarker))
            .then_ignore(end())
            .map(|body| Module {
                body: body.unwrap_or_default(),
            }),
    )
}

fn statements<'t, 's: 't>(ctx: &'t Ctx<'s>) -> P<'t, 's, Vec<Stmt>> {
    let e = exprs(ctx);
    let mut statements: Recursive<
        chumsky::recursive::Indirect<'t, 't, PInput<'t, 's>, Vec<Stmt>, Extra>,
    > = Recursive::declare();
    let statements_b: P<Vec<Stmt>> = statements.clone().boxed();

    let simple_stmts = simple_stmts(ctx, &e);
    let block: P<Vec<Stmt>> = rule(
        "block",
        just(Tok::Newline)
            .ignore_then(just(Tok::Indent))
            .ignore_then(statements_b.clone())
            .then_ignore(just(Tok::Dedent))
            .or(simple_stmts.clone()),
    )
    .boxed();
    let colon_block = op(Raw::Colon).ignore_then(block.clone()).boxed();
    let else_block = rule(
        "else_block",
        kw(Keyword::Else).ignore_then(colon_block.clone()),
    )
    .boxed();

    // if / elif / else
    let mut elif_chain = Recursive::declare();
    let elif_stmt = rule(
        "elif_stmt",
        kw(Keyword::Elif)
            .ignore_then(e.named_expression.clone())
            .then(colon_block.clone())
            .then(elif_chain.clone().or(else_block.clone()).or_not())
            .map_with(|((test, body), orelse), ex| {
                vec![stmt(
                    StmtKind::If {
                        test,
                        body,
                        orelse: orelse.unwrap_or_default(),
                    },
                    ex.span(),
                )]
            }),
    );
    elif_chain.define(elif_stmt);
    let if_stmt = rule(
        "if_stmt",
        kw(Keyword::If)
            .ignore_then(e.named_expression.clone())
            .then(colon_block.clone())
            .then(elif_chain.or(else_block.clone()).or_not())
            .map_with(|((test, body), orelse), ex| {
                stmt(
                    StmtKind::If {
                        test,
                        body,
                        orelse: orelse.unwrap_or_default(),
                    },
                    ex.span(),
                )
            }),
    );

    let while_stmt = rule(
        "while_stmt",
        kw(Keyword::While)
            .ignore_then(e.named_expression.clone())
            .then(colon_block.clone())
            .then(else_block.clone().or_not())
            .map_with(|((test, body), orelse), ex| {
                stmt(
                    StmtKind::While {
                        test,
                        body,
                        orelse: orelse.unwrap_or_default(),
                    },
                    ex.span(),
                )
            }),
    );

    // for: the target is a target list; anything else before `in` is reported as CPython does.
    // Only an invalid target is final here; otherwise the parser's own failure point stands.
    let bad_for_target = e.star_expressions.clone().try_map(move |t, s: CSpan| {
        Err(match check_store_target(&t, TargetContext::For) {
            Err(err) => ctx.fail(err),
            Ok(()) => super::PErr {
                span: s,
                custom: None,
            },
        })
    });
    let for_target = e
        .star_targets
        .clone()
        .then_ignore(kw(Keyword::In))
        .try_map(move |t, _| {
            check_store_target(&t, TargetContext::For)
                .map(|_| t)
                .map_err(|err| ctx.fail(err))
        })
        .or(bad_for_target);
    let for_stmt = rule(
        "for_stmt",
        kw(Keyword::For)
            .ignore_then(for_target)
            .then(e.star_expressions.clone())
            .then(colon_block.clone())
            .then(else_block.clone().or_not())
            .map_with(|(((target, iter), body), orelse), ex| {
                stmt(
                    StmtKind::For {
                        target,
                        iter,
                        body,
                        orelse: orelse.unwrap_or_default(),
                    },
                    ex.span(),
                )
            }),
    );

    // with
    let with_item = rule(
        "with_item",
        e.expression
            .clone()
            .then(kw(Keyword::As).ignore_then(e.star_target.clone()).or_not())
            .try_map(move |(context, target), _| {
                if let Some(t) = &target {
                    check_store_target(t, TargetContext::Store).map_err(|err| ctx.fail(err))?;
                }
                Ok(WithItem { context, target })
            }),
    );
    let with_items_paren = with_item
        .clone()
        .separated_by(op(Raw::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(op(Raw::LParen), op(Raw::RParen))
        .then_ignore(op(Raw::Colon).rewind());
    let with_items_plain = with_item
        .separated_by(op(Raw::Comma))
        .at_least(1)
        .collect::<Vec<_>>();
    let with_stmt = rule(
        "with_stmt",
        kw(Keyword::With)
            .ignore_then(with_items_paren.or(with_items_plain))
            .then(colon_block.clone())
            .map_with(|(items, body), ex| stmt(StmtKind::With { items, body }, ex.span())),
    );

    // try
    // `except` or `except*` (recognised so that mixing them gets CPython's message; a try
    // with only `except*` is then rejected as unsupported). The star's span ends the keyword.
    let except_block = rule(
        "except_block",
        just(Tok::Kw(Keyword::Except))
            .ignore_then(
                just(Tok::Op(Raw::Star))
                    .map_with(|_, ex| ex.span())
                    .or_not(),
            )
            .then(
                e.expression
                    .clone()
                    .then(kw(Keyword::As).ignore_then(name()).or_not())
                    .or_not(),
            )
            .then(colon_block.clone())
            .map_with(|((star, head), body), ex| {
                let (typ, name) = match head {
                    Some((t, n)) => (Some(t), n),
                    None => (None, None),
                };
                let handler = ExceptHandler {
                    typ,
                    name,
                    body,
                    span: span(ex.span()),
                };
                (handler, star.map(|s: CSpan| s.end))
            }),
    );
    let finally_block = rule(
        "finally_block",
        kw(Keyword::Finally).ignore_then(colon_block.clone()),
    );
    let try_stmt = rule(
        "try_stmt",
        kw(Keyword::Try)
            .ignore_then(colon_block.clone())
            .then(
                finally_block
                    .clone()
                    .map(|f| (vec![], vec![], f))
                    .or(except_block
                        .repeated()
                        .at_least(1)
                        .collect::<Vec<_>>()
                        .then(else_block.clone().or_not())
                        .then(finally_block.or_not())
                        .map(|((h, o), f)| (h, o.unwrap_or_default(), f.unwrap_or_default()))),
            )
            .try_map_with(move |(body, (handlers, orelse, finalbody)), ex| {
                let handlers: Vec<(ExceptHandler, Option<usize>)> = handlers;
                if let Some((_, first_star)) = handlers.first() {
                    let keyword = |h: &ExceptHandler, star: Option<usize>| {
                        let start = h.span.start as usize;
                        SyntaxError::at("", start, star.unwrap_or(start + "except".len()))
                    };
                    if let Some((other, star)) = handlers
                        .iter()
                        .find(|(_, s)| s.is_some() != first_star.is_some())
                    {
                        let at = keyword(other, *star);
                        return Err(ctx.fail(SyntaxError {
                            msg: "cannot have both 'except' and 'except*' on the same 'try'".into(),
                            ..at
                        }));
                    }
                }
                let star = handlers.first().is_some_and(|(_, s)| s.is_some());
                if let Some((h, s)) = handlers.iter().find(|(h, _)| star && h.typ.is_none()) {
                    let at = s.unwrap_or(h.span.start as usize + "except".len());
                    return Err(ctx.fail(SyntaxError::at(
                        "expected one or more exception types",
                        at,
                        at + 1,
                    )));
                }
                let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|(h, _)| h).collect();
                // A bare `except:` must be the last handler.
                if let Some(h) = handlers.iter().rev().skip(1).find(|h| h.typ.is_none()) {
                    return Err(
                        ctx.fail(SyntaxError::new("default 'except:' must be last", h.span))
                    );
                }
                Ok(stmt(
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                        star,
                    },
                    ex.span(),
                ))
            }),
    );

    // def / class, with decorators
    let decorators = rule(
        "decorators",
        op(Raw::At)
            .ignore_then(e.named_expression.clone())
            .then_ignore(just(Tok::Newline))
            .repeated()
            .collect::<Vec<_>>(),
    );
    let params = params::parameters(ctx, e.expression.clone());
    let def_header = kw(Keyword::Def)
        .ignore_then(name())
        .then(
            params
                .or_not()
                .delimited_by(op(Raw::LParen), op(Raw::RParen)),
        )
        .then(op(Raw::RArrow).ignore_then(e.expression.clone()).or_not())
        .map_with(|((n, p), r), ex| (n, p, r, ex.span()));
    let function_def = rule(
        "function_def",
        def_header
            .then(colon_block.clone())
            .map(|((name, params, returns, header), body)| FunctionDef {
                name,
                params: params.unwrap_or_else(Params::default),
                body,
                decorators: vec![],
                returns,
                header: span(header),
            }),
    );
    let class_header = kw(Keyword::Class)
        .ignore_then(name())
        .then(
            e.arguments
                .clone()
                .delimited_by(op(Raw::LParen), op(Raw::RParen))
                .or_not(),
        )
        .map_with(|(n, a), ex| (n, a, ex.span()));
    let class_def = rule(
        "class_def",
        class_header
            .then(colon_block.clone())
            .try_map(move |((name, args, header), body), _| {
                let (bases, keywords) = args.unwrap_or_default();
                // `class C(x for x in y)`: a bare generator expression is not a base list.
                for b in &bases {
                    if matches!(b.kind, ExprKind::GeneratorExp { .. })
                        && !is_parenthesized(ctx.source.get(), b)
                    {
                        if let ExprKind::GeneratorExp { elt, .. } = &b.kind {
                            let at =
                                super::next_token_start(ctx.source.get(), elt.span.end as usize);
                            return Err(ctx.fail(SyntaxError::at("invalid syntax", at, at + 3)));
                        }
                    }
                }
                Ok(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorators: vec![],
                    header: span(header),
                })
            }),
    );
    enum Def {
        F(Box<FunctionDef>),
        C(Box<ClassDef>),
    }
    let async_stmt = just(Tok::Kw(Keyword::Async))
        .ignore_then(select! {
            Tok::Kw(Keyword::Def) => "async def",
            Tok::Kw(Keyword::For) => "async for",
            Tok::Kw(Keyword::With) => "async with",
        })
        .map_with(|what, ex| (what, ex.span()))
        .try_map(move |(what, s): (&str, CSpan), _| Err(ctx.fail(unsupported(what, s))));
    let decorated = decorators
        .then(
            function_def
                .map(|f| Def::F(Box::new(f)))
                .or(class_def.map(|c| Def::C(Box::new(c)))),
        )
        .map_with(|(decos, def), ex| match def {
            Def::F(mut f) => {
                f.decorators = decos;
                stmt(StmtKind::FunctionDef(f), ex.span())
            }
            Def::C(mut c) => {
                c.decorators = decos;
                stmt(StmtKind::ClassDef(c), ex.span())
            }
        });

    // `match SUBJECT:` and its indented `case` blocks (`match` and `case` are soft keywords:
    // anything else starting with them is an ordinary statement).
    let case_block = rule(
        "case_block",
        just(Tok::Name("case"))
            .ignore_then(super::patterns::patterns(ctx, &e))
            .then(
                kw(Keyword::If)
                    .ignore_then(e.named_expression.clone())
                    .or_not(),
            )
            .then(colon_block.clone())
            .map(|((pattern, guard), body)| MatchCase {
                pattern,
                guard,
                body,
            }),
    );
    let subject = e
        .star_named_expression
        .clone()
        .then(
            op(Raw::Comma)
                .ignore_then(
                    e.star_named_expression
                        .clone()
                        .separated_by(op(Raw::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), ex| match rest {
            None => first,
            Some(rest) => {
                let mut items = vec![first];
                items.extend(rest);
                Expr::new(ExprKind::Tuple(items), span(ex.span()))
            }
        });
    let match_stmt = rule(
        "match_stmt",
        just(Tok::Name("match"))
            .ignore_then(subject)
            .then_ignore(op(Raw::Colon))
            .then_ignore(just(Tok::Newline))
            .then_ignore(just(Tok::Indent))
            .then(case_block.repeated().at_least(1).collect::<Vec<_>>())
            .then_ignore(just(Tok::Dedent))
            .map_with(|(subject, cases), ex| stmt(StmtKind::Match { subject, cases }, ex.span())),
    );

    // Only tokens that can start a compound statement try the eight alternatives; every other
    // statement skips them after one look at its first token.
    let compound_start = any()
        .filter(|t: &Tok| {
            matches!(
                t,
                Tok::Kw(
                    Keyword::Def
                        | Keyword::Class
                        | Keyword::If
                        | Keyword::For
                        | Keyword::While
                        | Keyword::Try
                        | Keyword::With
                        | Keyword::Async
                ) | Tok::Op(Raw::At)
                    | Tok::Name("match")
            )
        })
        .rewind();
    let compound_stmt = rule(
        "compound_stmt",
        compound_start.ignore_then(choice((
            decorated, if_stmt, for_stmt, while_stmt, try_stmt, with_stmt, async_stmt, match_stmt,
        ))),
    )
    .map(|s| vec![s]);

    let statement = rule("statement", compound_stmt.or(simple_stmts));
    statements.define(rule(
        "statements",
        // Appended in place: no intermediate vector of vectors.
        statement
            .repeated()
            .at_least(1)
            .fold(Vec::new(), |mut all: Vec<Stmt>, some| {
                all.extend(some);
                all
            }),
    ));
    statements_b
}

fn simple_stmts<'t, 's: 't>(
    ctx: &'t Ctx<'s>,
    e: &super::expr::Exprs<'t, 's>,
) -> P<'t, 's, Vec<Stmt>> {
    let simple = simple_stmt(ctx, e);
    rule(
        "simple_stmts",
        simple
            .separated_by(op(Raw::Semi))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .then_ignore(just(Tok::Newline)),
    )
    .boxed()
}

fn simple_stmt<'t, 's: 't>(ctx: &'t Ctx<'s>, e: &super::expr::Exprs<'t, 's>) -> P<'t, 's, Stmt> {
    let keyword_stmt =
        |k: Keyword, kind: fn() -> StmtKind| kw(k).map_with(move |_, ex| stmt(kind(), ex.span()));
    let pass = keyword_stmt(Keyword::Pass, || StmtKind::Pass);
    let brk = keyword_stmt(Keyword::Break, || StmtKind::Break);
    let cont = keyword_stmt(Keyword::Continue, || StmtKind::Continue);

    let return_stmt = rule(
        "return_stmt",
        kw(Keyword::Return)
            .ignore_then(e.star_expressions.clone().or_not())
            .map_with(|v, ex| stmt(StmtKind::Return(v), ex.span())),
    );
    let raise_stmt = rule(
        "raise_stmt",
        kw(Keyword::Raise)
            .ignore_then(
                e.expression
                    .clone()
                    .then(kw(Keyword::From).ignore_then(e.expression.clone()).or_not())
                    .or_not(),
            )
            .map_with(|v, ex| {
                let (exc, cause) = match v {
                    Some((x, c)) => (Some(x), c),
                    None => (None, None),
                };
                stmt(StmtKind::Raise { exc, cause }, ex.span())
            }),
    );
    let names = name()
        .separated_by(op(Raw::Comma))
        .at_least(1)
        .collect::<Vec<_>>();
    let global_stmt = rule(
        "global_stmt",
        kw(Keyword::Global)
            .ignore_then(names.clone())
            .map_with(|n, ex| stmt(StmtKind::Global(n), ex.span())),
    );
    let nonlocal_stmt = rule(
        "nonlocal_stmt",
        kw(Keyword::Nonlocal)
            .ignore_then(names)
            .map_with(|n, ex| stmt(StmtKind::Nonlocal(n), ex.span())),
    );
    let del_stmt = rule(
        "del_stmt",
        kw(Keyword::Del)
            .ignore_then(e.star_expressions.clone())
            .try_map_with(move |t, ex| {
                check_store_target(&t, TargetContext::Del).map_err(|err| ctx.fail(err))?;
                let targets = match t.kind {
                    ExprKind::Tuple(items) if !is_parenthesized(ctx.source.get(), &t) => items,
                    _ => vec![t],
                };
                Ok(stmt(StmtKind::Delete(targets), ex.span()))
            }),
    );
    let assert_stmt = rule(
        "assert_stmt",
        kw(Keyword::Assert)
            .ignore_then(e.expression.clone())
            .then(op(Raw::Comma).ignore_then(e.expression.clone()).or_not())
            .map_with(|(test, msg), ex| stmt(StmtKind::Assert { test, msg }, ex.span())),
    );

    // import
    let dotted_name = rule(
        "dotted_name",
        name()
            .separated_by(op(Raw::Dot))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(|parts| parts.join(".")),
    );
    let as_name = kw(Keyword::As).ignore_then(name()).or_not();
    let dotted_as_name = rule(
        "dotted_as_name",
        dotted_name
            .clone()
            .then(as_name.clone())
            .map_with(|(name, asname), ex| Alias {
                name,
                asname,
                span: span(ex.span()),
            }),
    );
    let import_name = rule(
        "import_name",
        kw(Keyword::Import)
            .ignore_then(
                dotted_as_name
                    .separated_by(op(Raw::Comma))
                    .at_least(1)
                    .collect::<Vec<_>>(),
            )
            .map_with(|names, ex| stmt(StmtKind::Import(names), ex.span())),
    );
    let import_as_name = rule(
        "import_from_as_name",
        name().then(as_name).map_with(|(name, asname), ex| Alias {
            name,
            asname,
            span: span(ex.span()),
        }),
    );
    let import_names = import_as_name.separated_by(op(Raw::Comma)).at_least(1);
    // `from m import *`: one alias named `*`, as CPython's AST has it.
    let star_import = op(Raw::Star).map_with(|_, ex| {
        vec![Alias {
            name: "*".to_string(),
            asname: None,
            span: span(ex.span()),
        }]
    });
    // `from ..pkg import x`: the dots give the level (`...` is one token of three).
    let dots = select! { Tok::Op(Raw::Dot) => 1u32, Tok::Op(Raw::Ellipsis) => 3u32 };
    let relative = dots
        .repeated()
        .at_least(1)
        .collect::<Vec<u32>>()
        .then(dotted_name.clone().or_not())
        .map(|(dots, module)| (dots.iter().sum::<u32>(), module.unwrap_or_default()));
    let module = relative.or(dotted_name.map(|d| (0, d)));
    let import_from = rule(
        "import_from",
        kw(Keyword::From)
            .ignore_then(module)
            .then_ignore(kw(Keyword::Import))
            .then(choice((
                import_names
                    .clone()
                    .allow_trailing()
                    .collect::<Vec<_>>()
                    .delimited_by(op(Raw::LParen), op(Raw::RParen)),
                import_names.collect::<Vec<_>>(),
                star_import,
            )))
            .map_with(|((level, module), names), ex| {
                stmt(
                    StmtKind::ImportFrom {
                        module,
                        names,
                        level,
                    },
                    ex.span(),
                )
            }),
    );

    // Assignments and expression statements share their first expression.
    let rhs = e.yield_expr.clone().or(e.star_expressions.clone()).boxed();
    let augassign = rule(
        "augassign",
        select! {
            Tok::Op(Raw::PlusEqual) => Some(BinOp::Add),
            Tok::Op(Raw::MinEqual) => Some(BinOp::Sub),
            Tok::Op(Raw::StarEqual) => Some(BinOp::Mult),
            Tok::Op(Raw::SlashEqual) => Some(BinOp::Div),
            Tok::Op(Raw::DoubleSlashEqual) => Some(BinOp::FloorDiv),
            Tok::Op(Raw::PercentEqual) => Some(BinOp::Mod),
            Tok::Op(Raw::DoubleStarEqual) => Some(BinOp::Pow),
            Tok::Op(Raw::LeftShiftEqual) => Some(BinOp::LShift),
            Tok::Op(Raw::RightShiftEqual) => Some(BinOp::RShift),
            Tok::Op(Raw::AmperEqual) => Some(BinOp::BitAnd),
            Tok::Op(Raw::VbarEqual) => Some(BinOp::BitOr),
            Tok::Op(Raw::CircumflexEqual) => Some(BinOp::BitXor),
            Tok::Op(Raw::AtEqual) => Some(BinOp::MatMult),
        }
        .map_with(|o, ex| (o, ex.span())),
    );
    #[derive(Clone)]
    enum Tail {
        None,
        Aug(Option<BinOp>, CSpan, Expr),
        Ann(Expr, Option<Expr>),
        Assign(Vec<Expr>),
    }
    let tail = choice((
        augassign
            .then(rhs.clone())
            .map(|((o, s), v)| Tail::Aug(o, s, v)),
        op(Raw::Colon)
            .ignore_then(e.expression.clone())
            .then(op(Raw::Equal).ignore_then(rhs.clone()).or_not())
            .map(|(a, v)| Tail::Ann(a, v)),
        op(Raw::Equal)
            .ignore_then(rhs.clone())
            .repeated()
            .at_least(1)
            .collect::<Vec<_>>()
            .map(Tail::Assign),
        empty().to(Tail::None),
    ));
    let assignment = rule(
        "assignment",
        rhs.then(tail).try_map_with(move |(first, tail), ex| {
            let s: CSpan = ex.span();
            let kind = match tail {
                Tail::None => return Ok(stmt(StmtKind::Expr(first), s)),
                Tail::Aug(None, at, _) => return Err(ctx.fail(unsupported("@=", at))),
                Tail::Aug(Some(op), _, value) => {
                    check_aug_target(&first).map_err(|err| ctx.fail(err))?;
                    StmtKind::AugAssign { target: first, op, value }
                }
                Tail::Ann(annotation, value) => {
                    let simple = matches!(first.kind, ExprKind::Name(_)) && first.span.start as usize == s.start;
                    check_ann_target(&first).map_err(|err| ctx.fail(err))?;
                    StmtKind::AnnAssign { target: first, annotation, value, simple }
                }
                Tail::Assign(mut values) => {
                    let value = values.pop().unwrap_or_else(|| first.clone());
                    let mut targets = vec![first];
                    targets.extend(values);
                    let plain = !matches!(value.kind, ExprKind::Tuple(_) if !is_parenthesized(ctx.source.get(), &value))
                        && !matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
                    check_assignment(ctx.source.get(), &targets, &value, plain).map_err(|err| ctx.fail(err))?;
                    StmtKind::Assign { targets, value }
                }
            };
            Ok(stmt(kind, s))
        }),
    );

    rule(
        "simple_stmt",
        // Keyword-led statements are tried only when the first token is one of their keywords.
        any()
            .filter(|t: &Tok| {
                matches!(
                    t,
                    Tok::Kw(
                        Keyword::Pass
                            | Keyword::Break
                            | Keyword::Continue
                            | Keyword::Return
                            | Keyword::Raise
                            | Keyword::Global
                            | Keyword::Nonlocal
                            | Keyword::Del
                            | Keyword::Assert
                            | Keyword::Import
                            | Keyword::From
                    )
                )
            })
            .rewind()
            .ignore_then(choice((
                pass,
                brk,
                cont,
                return_stmt,
                raise_stmt,
                global_stmt,
                nonlocal_stmt,
                del_stmt,
                assert_stmt,
                import_name,
                import_from,
            )))
            .or(assignment),
    )
    .boxed()
}

fn check_ann_target(t: &Expr) -> Result<(), SyntaxError> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(_) => Err(SyntaxError::new(
            "only single target (not tuple) can be annotated",
            Span {
                end: t.span.start,
                ..t.span
            },
        )),
        ExprKind::List(_) => Err(SyntaxError::new(
            "only single target (not list) can be annotated",
            t.span,
        )),
        _ => Err(SyntaxError::new("illegal target for annotation", t.span)),
    }
}

/// Whether the source text of a node starts with `(` (a parenthesized tuple keeps the parens in
/// its span).
/// Whether a tuple was written in parentheses: its text starts with `(` that is not the
/// parenthesis of its first item (`(a), b` is a bare tuple whose first item is `(a)`).
fn is_parenthesized(source: &str, t: &Expr) -> bool {
    let first_item_start = match &t.kind {
        ExprKind::Tuple(items) => items.first().map(|f| f.outer.start),
        _ => None,
    };
    source.as_bytes().get(t.span.start as usize) == Some(&b'(')
        && first_item_start.is_none_or(|s| s > t.span.start)
}
