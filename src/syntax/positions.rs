//! Every expression's position, in CPython's terms (its `ast` node type, 1-based line and UTF-8
//! byte column of its start and end). Tracebacks mark the failing expression by these spans
//! (PEP 657), so they must be CPython's: tests/syntax_positions.rs compares this list with
//! python3's `ast` for the whole valid-syntax corpus.

use super::ast::*;

/// The positions of every expression in `m` as `Type line:col-line:col`, sorted (so the
/// comparison does not depend on the order of a walk). f-string internals are left out: 3.11
/// gives them positions of its own making.
pub fn expression_positions(source: &str, m: &Module) -> Vec<String> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let at = |offset: u32| {
        let line = starts.partition_point(|&s| s <= offset as usize);
        (line, offset as usize - starts[line - 1])
    };
    let mut out = Vec::new();
    let mut walk = Walk(&mut |e: &Expr| {
        let ((l1, c1), (l2, c2)) = (at(e.span.start), at(e.span.end));
        out.push(format!("{} {l1}:{c1}-{l2}:{c2}", type_name(&e.kind)));
    });
    walk.stmts(&m.body);
    out.sort();
    out
}

/// CPython's `ast` class for an expression kind.
fn type_name(k: &ExprKind) -> &'static str {
    match k {
        ExprKind::Name(_) => "Name",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Imaginary(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => "Constant",
        ExprKind::FString(_) => "JoinedStr",
        ExprKind::BoolOp { .. } => "BoolOp",
        ExprKind::NamedExpr { .. } => "NamedExpr",
        ExprKind::BinOp { .. } => "BinOp",
        ExprKind::UnaryOp { .. } => "UnaryOp",
        ExprKind::Lambda { .. } => "Lambda",
        ExprKind::IfExp { .. } => "IfExp",
        ExprKind::Dict(_) => "Dict",
        ExprKind::Set(_) => "Set",
        ExprKind::List(_) => "List",
        ExprKind::Tuple(_) => "Tuple",
        ExprKind::ListComp { .. } => "ListComp",
        ExprKind::SetComp { .. } => "SetComp",
        ExprKind::DictComp { .. } => "DictComp",
        ExprKind::GeneratorExp { .. } => "GeneratorExp",
        ExprKind::Yield(_) => "Yield",
        ExprKind::YieldFrom(_) => "YieldFrom",
        ExprKind::Await(_) => "Await",
        ExprKind::Compare { .. } => "Compare",
        ExprKind::Call { .. } => "Call",
        ExprKind::Attribute { .. } => "Attribute",
        ExprKind::Subscript { .. } => "Subscript",
        ExprKind::Starred(_) => "Starred",
        ExprKind::Slice { .. } => "Slice",
    }
}

/// A pre-order walk calling `.0` on every expression.
struct Walk<'f>(&'f mut dyn FnMut(&Expr));

impl Walk<'_> {
    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &*s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.expr(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.expr(annotation);
                self.opt(value.as_ref());
            }
            StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => {}
            StmtKind::Return(v) => self.opt(v.as_ref()),
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref());
                self.opt(cause.as_ref());
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.expr(t)),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_ref());
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    c.pattern.for_each_expr(&mut |x| self.expr(x));
                    self.opt(c.guard.as_ref());
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context);
                    self.opt(it.target.as_ref());
                }
                self.stmts(body);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                for h in handlers {
                    self.opt(h.typ.as_ref());
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.params(&f.params);
                self.opt(f.returns.as_ref());
                self.stmts(&f.body);
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.stmts(&c.body);
            }
        }
    }

    fn params(&mut self, p: &Params) {
        let all = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        for param in all {
            self.opt(param.annotation.as_ref());
        }
        p.defaults.iter().for_each(|d| self.expr(d));
        p.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
    }

    fn generators(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.expr(&g.target);
            self.expr(&g.iter);
            g.ifs.iter().for_each(|i| self.expr(i));
        }
    }

    fn expr(&mut self, e: &Expr) {
        (self.0)(e);
        match &e.kind {
            ExprKind::Name(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Imaginary(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::FString(_) => {}
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.params(params);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Unpack(v) => self.expr(v),
                    }
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.generators(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.generators(generators);
            }
            ExprKind::Yield(v) => self.opt(v.as_deref()),
            ExprKind::YieldFrom(v) | ExprKind::Await(v) | ExprKind::Starred(v) => self.expr(v),
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                ops.iter().for_each(|(_, r)| self.expr(r));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
            }
        }
    }
}
