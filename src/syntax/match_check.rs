//! The SyntaxErrors CPython's compiler raises for `match` patterns: an irrefutable pattern
//! (a capture or `_`) before other cases or alternatives, a name bound twice, alternatives
//! binding different names, repeated mapping keys or class-pattern attributes, two starred
//! names in one sequence.

use super::ast::{Expr, ExprKind, MatchCase, Pattern, PatternKind, UnaryOp};
use super::error::SyntaxError;

pub fn check_cases(cases: &[MatchCase]) -> Result<(), SyntaxError> {
    for (i, case) in cases.iter().enumerate() {
        let allow = case.guard.is_some() || i + 1 == cases.len();
        check(&case.pattern, allow, &mut Vec::new())?;
    }
    Ok(())
}

fn err(msg: String, p: &Pattern) -> SyntaxError {
    SyntaxError::at(msg, p.span.start as usize, p.span.end as usize)
}

fn store<'a>(
    name: Option<&'a str>,
    p: &Pattern,
    stores: &mut Vec<&'a str>,
) -> Result<(), SyntaxError> {
    let Some(name) = name else { return Ok(()) };
    if name == "__debug__" {
        return Err(err("cannot assign to __debug__".into(), p));
    }
    if stores.contains(&name) {
        return Err(err(
            format!("multiple assignments to name '{name}' in pattern"),
            p,
        ));
    }
    stores.push(name);
    Ok(())
}

/// `allow`: whether an irrefutable pattern may stand here (CPython's allow_irrefutable).
fn check<'a>(p: &'a Pattern, allow: bool, stores: &mut Vec<&'a str>) -> Result<(), SyntaxError> {
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => Ok(()),
        PatternKind::As {
            pattern: None,
            name,
        } => {
            if !allow {
                return Err(err(
                    match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".into(),
                    },
                    p,
                ));
            }
            store(name.as_deref(), p, stores)
        }
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => {
            check(inner, allow, stores)?;
            store(name.as_deref(), p, stores)
        }
        PatternKind::Star(name) => store(name.as_deref(), p, stores),
        PatternKind::Sequence(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                .count();
            if stars > 1 {
                return Err(err("multiple starred names in sequence pattern".into(), p));
            }
            items.iter().try_for_each(|i| check(i, true, stores))
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut seen: Vec<LiteralKey> = Vec::new();
            for k in keys {
                if let (Some(r), Some(key)) = (literal_repr(k), literal_key(k)) {
                    if seen.iter().any(|s| s.equals(&key)) {
                        return Err(SyntaxError::at(
                            format!("mapping pattern checks duplicate key ({r})"),
                            k.span.start as usize,
                            k.span.end as usize,
                        ));
                    }
                    seen.push(key);
                }
            }
            patterns.iter().try_for_each(|i| check(i, true, stores))?;
            store(rest.as_deref(), p, stores)
        }
        PatternKind::Class {
            patterns,
            kwd_attrs,
            kwd_patterns,
            ..
        } => {
            for (i, a) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].contains(a) {
                    return Err(err(
                        format!("attribute name repeated in class pattern: {a}"),
                        &kwd_patterns[i],
                    ));
                }
            }
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|i| check(i, true, stores))
        }
        PatternKind::Or(alts) => {
            let mut control: Option<Vec<&str>> = None;
            for (i, alt) in alts.iter().enumerate() {
                let mut mine = Vec::new();
                check(alt, allow && i + 1 == alts.len(), &mut mine)?;
                match &control {
                    None => control = Some(mine),
                    Some(c) if c.len() != mine.len() || c.iter().any(|n| !mine.contains(n)) => {
                        return Err(err("alternative patterns bind different names".into(), p));
                    }
                    Some(_) => {}
                }
            }
            for name in control.unwrap_or_default() {
                store(Some(name), p, stores)?;
            }
            Ok(())
        }
    }
}

/// The repr of a constant mapping key, as CPython's message shows it.
/// A literal key's value, compared as CPython compares the keys (`1`, `1.0` and `True` are
/// one key).
enum LiteralKey {
    Int(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

impl LiteralKey {
    fn equals(&self, other: &LiteralKey) -> bool {
        use LiteralKey as K;
        let int_float = |i: &str, f: f64| f.fract() == 0.0 && format!("{f:.0}") == i;
        match (self, other) {
            (K::Int(a), K::Int(b)) => a == b,
            (K::Float(a), K::Float(b)) => a == b,
            (K::Int(i), K::Float(f)) | (K::Float(f), K::Int(i)) => int_float(i, *f),
            (K::Str(a), K::Str(b)) => a == b,
            (K::Bytes(a), K::Bytes(b)) => a == b,
            (K::None, K::None) => true,
            _ => false,
        }
    }
}

fn literal_key(k: &Expr) -> Option<LiteralKey> {
    Some(match &k.kind {
        ExprKind::Int(i) => LiteralKey::Int(i.to_string()),
        ExprKind::Float(f) => LiteralKey::Float(*f),
        ExprKind::Str(s) => LiteralKey::Str(s.to_string()),
        ExprKind::Bytes(b) => LiteralKey::Bytes(b.to_vec()),
        ExprKind::None => LiteralKey::None,
        ExprKind::True => LiteralKey::Int("1".into()),
        ExprKind::False => LiteralKey::Int("0".into()),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match literal_key(operand)? {
            LiteralKey::Int(i) if i == "0" => LiteralKey::Int(i),
            LiteralKey::Int(i) => LiteralKey::Int(format!("-{i}")),
            LiteralKey::Float(f) => LiteralKey::Float(-f),
            _ => return None,
        },
        _ => return None,
    })
}

fn literal_repr(k: &Expr) -> Option<String> {
    Some(match &k.kind {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => crate::numeric::float_repr::repr_f64(*f),
        ExprKind::Str(s) => crate::numeric::parse::py_str_repr(s),
        ExprKind::Bytes(b) => crate::numeric::parse::py_bytes_repr(b),
        ExprKind::None => "None".into(),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match literal_repr(operand)? {
            // CPython folds `-0` to the constant 0.
            z if z == "0" => z,
            r => format!("-{r}"),
        },
        _ => return None,
    })
}
