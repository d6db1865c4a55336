//! The parser (chumsky, over the layout tokens): `grammar/cellar.ebnf` rule by rule. Each rule
//! that the grammar names is wrapped in `rule(name, ...)`, which lets the test suite check that
//! every grammar rule is exercised. Targets are parsed as expressions and checked afterwards in
//! `targets.rs`, as CPython's invalid_* rules do, so that errors carry CPython's messages.

pub mod expr;
mod fstring;
mod params;
mod patterns;
mod stmt;
mod targets;

use std::cell::{Cell, RefCell};

use chumsky::input::{Input as _, MappedInput};
use chumsky::prelude::*;

use super::ast::{Expr, Module, Span};
use super::error::SyntaxError;
use super::layout::{Tok, Token};

pub use targets::{check_store_target, expr_name, TargetContext};

pub type CSpan = SimpleSpan<usize>;
pub type TokSpan<'s> = Token<'s>;
pub type PInput<'t, 's> = MappedInput<'t, Tok<'s>, CSpan, &'t [TokSpan<'s>]>;

/// The parser's error: where it failed. Messages are decided afterwards by `diagnose.rs`, except
/// for errors raised inside an action (bad string escapes, invalid targets), which are final.
#[derive(Debug, Clone)]
pub struct PErr {
    pub span: CSpan,
    pub custom: Option<Box<SyntaxError>>,
}

impl<'a, I: chumsky::input::Input<'a, Span = CSpan>> chumsky::error::Error<'a, I> for PErr {
    fn merge(self, other: Self) -> Self {
        if self.custom.is_some() {
            self
        } else {
            other
        }
    }
}

impl<'a, I: chumsky::input::Input<'a, Span = CSpan>, L> chumsky::label::LabelError<'a, I, L>
    for PErr
{
    fn expected_found<E: IntoIterator<Item = L>>(
        _expected: E,
        _found: Option<chumsky::util::MaybeRef<'a, I::Token>>,
        span: CSpan,
    ) -> Self {
        PErr { span, custom: None }
    }
}

impl PErr {
    pub fn custom(err: SyntaxError) -> PErr {
        PErr {
            span: CSpan::from(err.start..err.end),
            custom: Some(Box::new(err)),
        }
    }
}

pub type Extra = extra::Err<PErr>;

/// Shared by every rule of one parse: the source text, and the first error raised inside an
/// action, which wins over whatever chumsky reports.
pub struct Ctx<'s> {
    /// The text being parsed (a Cell: the per-thread file parser is reused across texts).
    pub source: Cell<&'s str>,
    pub fatal: RefCell<Option<SyntaxError>>,
}

impl<'s> Ctx<'s> {
    pub fn new(source: &'s str) -> Ctx<'s> {
        Ctx {
            source: Cell::new(source),
            fatal: RefCell::new(None),
        }
    }
}

impl Ctx<'_> {
    pub fn fail(&self, err: SyntaxError) -> PErr {
        let mut fatal = self.fatal.borrow_mut();
        if fatal.is_none() {
            *fatal = Some(err.clone());
        }
        PErr::custom(err)
    }
}

pub fn span(s: CSpan) -> Span {
    Span::new(s.start, s.end)
}

/// Rule coverage: when enabled (tests only), every successful rule records its name.
pub mod coverage {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    thread_local! {
        static ENABLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        static HITS: RefCell<Option<BTreeSet<&'static str>>> = const { RefCell::new(None) };
    }

    pub fn enable() {
        ENABLED.with(|e| e.set(true));
        HITS.with(|h| *h.borrow_mut() = Some(BTreeSet::new()));
    }

    pub fn take() -> BTreeSet<&'static str> {
        ENABLED.with(|e| e.set(false));
        HITS.with(|h| h.borrow_mut().take().unwrap_or_default())
    }

    #[inline]
    pub fn hit(name: &'static str) {
        if !ENABLED.with(|e| e.get()) {
            return;
        }
        HITS.with(|h| {
            if let Some(set) = h.borrow_mut().as_mut() {
                set.insert(name);
            }
        });
    }
}

/// Name a parser after its grammar rule, for rule coverage.
pub fn rule<'t, 's: 't, O, P>(
    name: &'static str,
    p: P,
) -> impl Parser<'t, PInput<'t, 's>, O, Extra> + Clone
where
    P: Parser<'t, PInput<'t, 's>, O, Extra> + Clone,
{
    p.map(move |x| {
        coverage::hit(name);
        x
    })
}

/// Tokens → chumsky input.
fn input<'t, 's>(tokens: &'t [TokSpan<'s>], eoi: usize) -> PInput<'t, 's> {
    fn split<'t, 's>(t: &'t TokSpan<'s>) -> (&'t Tok<'s>, &'t CSpan) {
        (&t.tok, &t.span)
    }
    tokens.map(
        CSpan::from(eoi..eoi),
        split as fn(&'t TokSpan<'s>) -> (&'t Tok<'s>, &'t CSpan),
    )
}

/// The outcome of a failed parse before diagnosis: the failing position and any final error.
pub struct Failure {
    pub at: CSpan,
    pub fatal: Option<SyntaxError>,
}

/// A parser kept per thread with its context, built once: chumsky's declared recursive
/// parsers hold each other in `Rc` cycles, so a parser built per call would leak its whole
/// graph (about 10 KB) at every parse, which is every notebook cell and f-string field.
type Cached<O> = (
    &'static Ctx<'static>,
    Boxed<'static, 'static, PInput<'static, 'static>, O, Extra>,
);
type Build<O> =
    fn(&'static Ctx<'static>) -> Boxed<'static, 'static, PInput<'static, 'static>, O, Extra>;

thread_local! {
    static FILE_PARSER: RefCell<Option<Cached<Module>>> = const { RefCell::new(None) };
    static FSTRING_PARSER: RefCell<Option<Cached<Expr>>> = const { RefCell::new(None) };
}

/// Runs this thread's cached parser over `tokens` of `source`; None when it is in use (a
/// parse inside a parse of the same kind: the caller builds a parser of its own).
fn parse_cached<'s, O: 'static>(
    cache: &'static std::thread::LocalKey<RefCell<Option<Cached<O>>>>,
    build: Build<O>,
    source: &'s str,
    tokens: &[TokSpan<'s>],
    eoi: usize,
) -> Option<Result<O, Failure>> {
    cache.with(|cell| {
        let mut slot = cell.try_borrow_mut().ok()?;
        let (ctx, parser) = slot.get_or_insert_with(|| {
            let ctx: &'static Ctx<'static> = Box::leak(Box::new(Ctx::new("")));
            (ctx, build(ctx))
        });
        // SAFETY: only lifetimes change. The parser and its context are used by this call
        // alone (the slot stays borrowed), the text and the tokens outlive the call, the
        // context's text is reset before returning, and the result owns its data (`O` is
        // 'static; a Failure owns its error): nothing borrowed from `source` or `tokens`
        // outlives the call.
        #[allow(unsafe_code)]
        let (text, toks) = unsafe {
            (
                std::mem::transmute::<&'s str, &'static str>(source),
                std::mem::transmute::<&[TokSpan<'s>], &'static [TokSpan<'static>]>(tokens),
            )
        };
        ctx.source.set(text);
        *ctx.fatal.borrow_mut() = None;
        let result = parser.parse(input(toks, eoi)).into_result();
        let out = finish(result, ctx);
        ctx.source.set("");
        Some(out)
    })
}

pub fn parse_file<'s>(source: &'s str, tokens: &[TokSpan<'s>]) -> Result<Module, Failure> {
    let build: Build<Module> = |ctx| stmt::file(ctx).boxed();
    if let Some(r) = parse_cached(&FILE_PARSER, build, source, tokens, source.len()) {
        return r;
    }
    let ctx = Ctx::new(source);
    let result = stmt::file(&ctx)
        .parse(input(tokens, source.len()))
        .into_result();
    finish(result, &ctx)
}

/// Parse the tokens of one expression (an f-string field, or `(expr)` text).
pub fn parse_expression_tokens<'s>(ctx: &Ctx<'s>, tokens: &[TokSpan<'s>]) -> Result<Expr, Failure> {
    let end = tokens.last().map_or(0, |t| t.span.end);
    let build: Build<Expr> = |ctx| expr::fstring_expression(ctx).boxed();
    if let Some(r) = parse_cached(&FSTRING_PARSER, build, ctx.source.get(), tokens, end) {
        return r;
    }
    // A field inside a field (`f"{f'{x}'}"`): a parser of its own.
    let sub = Ctx::new(ctx.source.get());
    let parser = expr::fstring_expression(&sub);
    let result = parser.parse(input(tokens, end)).into_result();
    finish(result, &sub)
}

fn finish<T>(result: Result<T, Vec<PErr>>, ctx: &Ctx) -> Result<T, Failure> {
    let fatal = ctx.fatal.borrow_mut().take();
    match result {
        Ok(v) => match fatal {
            None => Ok(v),
            Some(e) => Err(Failure {
                at: CSpan::from(e.start..e.end),
                fatal: Some(e),
            }),
        },
        Err(errs) => {
            let first = errs.into_iter().next();
            let at = first.as_ref().map_or(CSpan::from(0..0), |e| e.span);
            let fatal = fatal.or_else(|| first.and_then(|e| e.custom.map(|b| *b)));
            Err(Failure { at, fatal })
        }
    }
}

/// The constructs `diagnose.rs` re-parses to recognise CPython's invalid_* situations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    NamedExpression,
    Expression,
    Disjunction,
    StarExpressions,
    /// `star_targets 'in' star_expressions`
    ForHeader,
    /// `with_item (',' with_item)*`
    WithItems,
    /// `NAME '(' [parameters] ')'` then optionally `'->' expression`
    DefSignature,
    /// `NAME ['(' arguments ')']`
    ClassSignature,
    /// `expression ['as' NAME]`
    ExceptHead,
}

/// Parse a prefix of `tokens` as `what`; the byte offset where it ends, if it parses.
pub fn probe<'s>(source: &'s str, tokens: &[TokSpan<'s>], what: Probe) -> Option<usize> {
    let ctx = Ctx::new(source);
    probe_with(&ctx, tokens, what)
}

fn probe_with<'t, 's: 't>(
    ctx: &'t Ctx<'s>,
    tokens: &'t [TokSpan<'s>],
    what: Probe,
) -> Option<usize> {
    use super::token::{Keyword, Raw};
    use expr::{kw, name, op};
    fn end_of<'t, 's: 't>(p: expr::P<'t, 's, ()>) -> expr::P<'t, 's, usize> {
        p.map_with(|_, ex| ex.span().end).lazy().boxed()
    }
    let source = ctx.source.get();
    let e = expr::exprs(ctx);
    let parser = match what {
        Probe::NamedExpression => end_of(e.named_expression.clone().ignored().boxed()),
        Probe::Expression => end_of(e.expression.clone().ignored().boxed()),
        Probe::Disjunction => end_of(e.disjunction.clone().ignored().boxed()),
        Probe::StarExpressions => end_of(e.star_expressions.clone().ignored().boxed()),
        Probe::ForHeader => end_of(
            e.star_targets
                .clone()
                .then(kw(Keyword::In))
                .then(e.star_expressions.clone())
                .ignored()
                .boxed(),
        ),
        Probe::WithItems => end_of(
            e.expression
                .clone()
                .then(kw(Keyword::As).then(e.star_target.clone()).or_not())
                .separated_by(op(Raw::Comma))
                .at_least(1)
                .boxed()
                .ignored()
                .boxed(),
        ),
        Probe::DefSignature => end_of(
            name()
                .then(
                    params::parameters(ctx, e.expression.clone())
                        .or_not()
                        .delimited_by(op(Raw::LParen), op(Raw::RParen)),
                )
                .then(op(Raw::RArrow).then(e.expression.clone()).or_not())
                .ignored()
                .boxed(),
        ),
        Probe::ClassSignature => end_of(
            name()
                .then(
                    e.arguments
                        .clone()
                        .delimited_by(op(Raw::LParen), op(Raw::RParen))
                        .or_not(),
                )
                .ignored()
                .boxed(),
        ),
        Probe::ExceptHead => end_of(
            e.expression
                .clone()
                .then(kw(Keyword::As).then(name()).or_not())
                .ignored()
                .boxed(),
        ),
    };
    let end = source.len();
    let r = parser.parse(input(tokens, end)).into_result().ok();
    r
}

/// The expression these tokens make, if they make one.
pub fn expr_of<'s>(source: &'s str, tokens: &[TokSpan<'s>]) -> Option<Expr> {
    let ctx = Ctx::new(source);
    let mut toks = tokens.to_vec();
    let end = toks.last().map_or(0, |t| t.span.end);
    toks.push(Token {
        tok: Tok::EndMarker,
        span: CSpan::from(end..end),
    });
    parse_expression_tokens(&ctx, &toks).ok()
}

/// The name CPython's messages give the expression these tokens make ("attribute", …).
pub fn expr_name_of<'s>(source: &'s str, tokens: &[TokSpan<'s>]) -> Option<&'static str> {
    expr_of(source, tokens).map(|e| targets::expr_name(&e))
}

/// The start of the next token at or after `offset` (skipping blanks, comments, line joins).
pub fn next_token_start(source: &str, mut offset: usize) -> usize {
    let b = source.as_bytes();
    while offset < b.len() {
        match b[offset] {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => offset += 1,
            b'#' => {
                while offset < b.len() && b[offset] != b'\n' {
                    offset += 1;
                }
            }
            _ => break,
        }
    }
    offset
}
