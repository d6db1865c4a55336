//! Parameter lists of `def` and `lambda`: parsed as a flat list of items, then checked for
//! CPython's ordering rules (and their messages).

use chumsky::prelude::*;

use super::super::ast::{Expr, Param, Params};
use super::super::error::SyntaxError;
use super::super::layout::Tok;
use super::super::token::Raw;
use super::expr::{op, P};
use super::{rule, span, CSpan, Ctx, Extra, PInput};

#[derive(Clone)]
enum Item {
    Slash(CSpan),
    Star(Option<Param>, CSpan),
    DoubleStar(Param, CSpan),
    Plain(Param, Option<Expr>),
    /// `*args=1` / `**kw=1`: always an error.
    StarDefault(bool, CSpan),
}

fn items<'t, 's: 't>(
    expression: P<'t, 's, Expr>,
    annotations: bool,
) -> impl Parser<'t, PInput<'t, 's>, Vec<Item>, Extra> + Clone {
    let annotation = if annotations {
        op(Raw::Colon)
            .ignore_then(expression.clone())
            .or_not()
            .boxed()
    } else {
        empty().to(None).boxed()
    };
    let param = rule(
        "param",
        select! { Tok::Name(n) = e => (n.to_string(), e.span()) }
            .then(annotation)
            .map_with(|((name, _), annotation), e| Param {
                name,
                annotation,
                span: span(e.span()),
            }),
    );
    let default = op(Raw::Equal).ignore_then(expression.clone());
    // For `*args=1`, CPython points at the `=`.
    let star_default = just(Tok::Op(Raw::Equal))
        .map_with(|_, e| e.span())
        .then_ignore(expression.clone());
    let item = choice((
        op(Raw::Slash).map_with(|_, e| Item::Slash(e.span())),
        op(Raw::DoubleStar)
            .ignore_then(param.clone())
            .then(star_default.clone().or_not())
            .map_with(|(p, d), e| match d {
                Some(eq) => Item::StarDefault(false, eq),
                None => Item::DoubleStar(p, e.span()),
            }),
        op(Raw::Star)
            .ignore_then(param.clone().or_not())
            .then(star_default.or_not())
            .map_with(|(p, d), e| match d {
                Some(eq) => Item::StarDefault(true, eq),
                None => Item::Star(p, e.span()),
            }),
        param.then(default.or_not()).map(|(p, d)| Item::Plain(p, d)),
    ));
    let item = rule(
        if annotations {
            "param_item"
        } else {
            "lambda_param_item"
        },
        item,
    );
    item.separated_by(op(Raw::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
}

pub fn parameters<'t, 's: 't>(ctx: &'t Ctx<'s>, expression: P<'t, 's, Expr>) -> P<'t, 's, Params> {
    rule(
        "parameters",
        items(expression, true)
            .try_map(move |items, _| build(items, None).map_err(|e| ctx.fail(e))),
    )
    .boxed()
}

pub fn lambda_params<'t, 's: 't>(
    ctx: &'t Ctx<'s>,
    expression: P<'t, 's, Expr>,
) -> P<'t, 's, Params> {
    rule(
        "lambda_parameters",
        items(expression, false)
            .try_map(move |items, _| build(items, Some(ctx.source.get())).map_err(|e| ctx.fail(e))),
    )
    .boxed()
}

/// `lambda_source` is set for lambdas, where CPython reports a bare `*` at the token after it.
fn build(items: Vec<Item>, lambda_source: Option<&str>) -> Result<Params, SyntaxError> {
    let mut params = Params::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<CSpan> = None;
    // CPython points a single caret at the start of the offending item.
    let err = |msg: &str, s: CSpan| Err(SyntaxError::at(msg, s.start, s.start));
    let bare_star_error = |b: CSpan| {
        let at = match lambda_source {
            Some(src) => {
                let after = super::next_token_start(src, b.end);
                if src[after..].starts_with(',') {
                    super::next_token_start(src, after + 1)
                } else {
                    after
                }
            }
            None => b.start,
        };
        Err(SyntaxError::at(
            "named arguments must follow bare *",
            at,
            at,
        ))
    };
    let count = items.len();
    for (index, item) in items.into_iter().enumerate() {
        if params.kwarg.is_some() {
            let s = match &item {
                Item::Slash(s)
                | Item::Star(_, s)
                | Item::DoubleStar(_, s)
                | Item::StarDefault(_, s) => *s,
                Item::Plain(p, _) => CSpan::from(p.span.start as usize..p.span.end as usize),
            };
            return err("arguments cannot follow var-keyword argument", s);
        }
        match item {
            Item::Slash(s) => {
                if seen_slash {
                    return err("/ may appear only once", s);
                }
                if seen_star {
                    return err("/ must be ahead of *", s);
                }
                if params.args.is_empty() {
                    return err("at least one argument must precede /", s);
                }
                seen_slash = true;
                params.posonly = std::mem::take(&mut params.args);
            }
            Item::Star(p, s) => {
                if seen_star {
                    // CPython's rule needs a name or a comma after the second `*`.
                    if p.is_none() && index + 1 == count {
                        return err("invalid syntax", s);
                    }
                    return err("* argument may appear only once", s);
                }
                seen_star = true;
                match p {
                    Some(p) => params.vararg = Some(p),
                    None => bare_star = Some(s),
                }
            }
            Item::StarDefault(single, s) => {
                return err(
                    if single {
                        "var-positional argument cannot have default value"
                    } else {
                        "var-keyword argument cannot have default value"
                    },
                    s,
                );
            }
            Item::DoubleStar(p, _) => {
                if let Some(b) = bare_star.filter(|_| params.kwonly.is_empty()) {
                    return bare_star_error(b);
                }
                params.kwarg = Some(p);
            }
            Item::Plain(p, default) => {
                if seen_star {
                    params.kwonly.push(p);
                    params.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            params.defaults.push(d);
                        }
                        None if seen_default => {
                            let s = CSpan::from(p.span.start as usize..p.span.end as usize);
                            return err("non-default argument follows default argument", s);
                        }
                        None => {}
                    }
                    params.args.push(p);
                }
            }
        }
    }
    if let Some(b) = bare_star {
        if params.kwonly.is_empty() {
            return bare_star_error(b);
        }
    }
    Ok(params)
}
