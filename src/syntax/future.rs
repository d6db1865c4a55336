//! Future statements (`from __future__ import annotations`): which features a module turns on,
//! and CPython's compile-time errors for misplaced or unknown ones. Only `annotations` changes
//! anything in 3.11; the others are accepted as the no-ops they are.

use super::ast::{ExprKind, Module, Stmt, StmtKind};
use super::error::SyntaxError;

/// The features 3.11 still knows (all but `annotations` are mandatory by now).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn future_import(s: &Stmt) -> Option<&[super::ast::Alias]> {
    match &*s.kind {
        StmtKind::ImportFrom {
            module,
            names,
            level: 0,
        } if module == "__future__" => Some(names),
        _ => None,
    }
}

fn is_docstring(s: &Stmt) -> bool {
    matches!(&*s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Str(_)))
}

/// Checks the module's future statements: each names a known feature, and they all come first
/// (after the docstring).
pub fn check(m: &Module) -> Result<(), SyntaxError> {
    let mut at_start = true;
    for (i, s) in m.body.iter().enumerate() {
        match future_import(s) {
            Some(names) => {
                if !at_start {
                    return Err(SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                for a in names {
                    match a.name.as_str() {
                        "braces" => return Err(SyntaxError::new("not a chance", a.span)),
                        n if !FEATURES.contains(&n) => {
                            return Err(SyntaxError::new(
                                format!("future feature {n} is not defined"),
                                a.span,
                            ))
                        }
                        _ => {}
                    }
                }
            }
            None if i == 0 && is_docstring(s) => {}
            None => at_start = false,
        }
    }
    Ok(())
}

/// Whether the module turns on postponed evaluation of annotations (PEP 563).
pub fn annotations(m: &Module) -> bool {
    m.body
        .iter()
        .enumerate()
        .take_while(|(i, s)| future_import(s).is_some() || (*i == 0 && is_docstring(s)))
        .filter_map(|(_, s)| future_import(s))
        .flatten()
        .any(|a| a.name == "annotations")
}
