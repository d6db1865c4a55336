//! Target checks: assignment, augmented assignment, `del`, `for` and `with` targets are parsed as
//! expressions and validated here, with the messages of CPython's invalid_* rules
//! (`cannot assign to literal`, `cannot delete function call`, …).

use super::super::ast::{Expr, ExprKind, UnaryOp};
use super::super::error::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetContext {
    /// `=` targets and `with ... as` targets.
    Store,
    /// `for` targets: `a in b` was parsed as a comparison, so look left of `in`.
    For,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how a message names an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Imaginary(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub fn invalid_target(e: &Expr, ctx: TargetContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Starred(inner) => {
            if ctx == TargetContext::Del {
                Some(e)
            } else {
                invalid_target(inner, ctx)
            }
        }
        ExprKind::Compare { left, ops } => {
            if ctx == TargetContext::For {
                if ops.first().map(|o| o.0) == Some(super::super::ast::CmpOp::In) {
                    return invalid_target(left, ctx);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

pub fn check_store_target(e: &Expr, ctx: TargetContext) -> Result<(), SyntaxError> {
    if let Some(bad) = invalid_target(e, ctx) {
        let verb = if ctx == TargetContext::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(SyntaxError::new(
            format!("cannot {verb} {}", expr_name(bad)),
            bad.span,
        ));
    }
    Ok(())
}

/// True for expressions at the `bitwise_or` level or tighter (what CPython's
/// invalid_named_expression can see on either side of a stray `=`).
pub fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// Check the targets of `t1 = t2 = ... = value` as CPython's invalid_assignment and
/// invalid_named_expression do. `value_is_plain` says whether the value is a single
/// bitwise_or-level expression (not a bare tuple, not a yield).
pub fn check_assignment(
    source: &str,
    targets: &[Expr],
    value: &Expr,
    value_is_plain: bool,
) -> Result<(), SyntaxError> {
    // `x = a if b else c = d`: CPython's NAME '=' bitwise_or rule fires on `x = a` first.
    if let [first, second, ..] = targets {
        let conditional = matches!(
            second.kind,
            ExprKind::IfExp { .. } | ExprKind::Compare { .. } | ExprKind::BoolOp { .. }
        );
        if matches!(first.kind, ExprKind::Name(_)) && conditional && !parenthesized(source, second)
        {
            let prefix = leftmost_operand(second);
            return Err(SyntaxError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                first.span.to(prefix.span),
            ));
        }
    }
    if let [single] = targets {
        // A parenthesized expression is an atom, whatever is inside.
        let single_level = is_bitwise_or_level(single) || parenthesized(source, single);
        let excluded = matches!(
            single.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::True
                | ExprKind::False
                | ExprKind::None
        );
        if !excluded
            && single_level
            && value_is_plain
            && (is_bitwise_or_level(value) || parenthesized(source, value))
        {
            if let Some(bad) = invalid_target(single, TargetContext::Store) {
                if std::ptr::eq(bad, single) {
                    return Err(SyntaxError::new(
                        format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(bad)
                        ),
                        bad.span,
                    ));
                }
            }
        }
    }
    for t in targets {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && !parenthesized(source, t)
        {
            return Err(SyntaxError::new(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        check_store_target(t, TargetContext::Store)?;
    }
    Ok(())
}

/// `x += 1`: only a name, attribute or subscript.
pub fn check_aug_target(t: &Expr) -> Result<(), SyntaxError> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(SyntaxError::new(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(t)
            ),
            t.span,
        )),
    }
}

/// Whether the expression's text stands inside its own parentheses (`(x := 1)`, `(yield)`).
pub fn parenthesized(source: &str, e: &Expr) -> bool {
    let before = source[..e.span.start as usize].trim_end();
    let after = source[e.span.end as usize..].trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// The leftmost bitwise_or-level operand of an expression (`a` in `a if b else c`, `a < b`).
fn leftmost_operand(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::IfExp { body, .. } => leftmost_operand(body),
        ExprKind::Compare { left, .. } => leftmost_operand(left),
        ExprKind::BoolOp { values, .. } => values.first().map_or(e, leftmost_operand),
        _ => e,
    }
}
