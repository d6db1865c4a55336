//! The checks CPython's compiler and symbol table make after a successful parse, with their
//! messages: `'return' outside function`, `'break' outside loop`, `nonlocal` and `global` rules,
//! duplicate parameters, starred expressions where they cannot stand.

use rustc_hash::FxHashSet as HashSet;

use super::ast::*;
use super::error::SyntaxError;

pub fn validate_module(m: &Module) -> Result<(), SyntaxError> {
    let mut v = Validator {
        scopes: vec![Scope::default()],
        depth: 0,
        in_comprehension_iter: false,
        compiler_error: None,
        future_annotations: super::future::annotations(m),
        in_annotation: false,
        top_level: &m.body,
    };
    // Future statements are read first, then the symbol table sees the whole module before
    // the compiler reports anything, so a symbol-table error wins whatever its line; the
    // compiler's first error comes next.
    super::future::check(m)?;
    v.block(&m.body)?;
    match v.compiler_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Names are borrowed from the AST: validation allocates only per scope, not per name.
#[derive(Default)]
struct Scope<'a> {
    is_function: bool,
    globals: HashSet<&'a str>,
    nonlocals: HashSet<&'a str>,
    params: HashSet<&'a str>,
    /// Names used or bound so far (for "used prior to global declaration").
    seen: HashSet<&'a str>,
    assigned: HashSet<&'a str>,
    annotated: HashSet<&'a str>,
    loop_depth: usize,
    is_class: bool,
    /// Inside a comprehension: its kind ("list comprehension", …) and iteration variables.
    comprehension: Option<&'static str>,
    iteration_vars: Vec<&'a str>,
    /// `nonlocal` names declared here or in nested scopes that still need a binding in an
    /// enclosing function (resolved when that function's scope closes).
    pending_nonlocals: Vec<(&'a str, Span)>,
    block_depth: usize,
    /// `global`/`nonlocal` statements in order (CPython reports conflicts at the first).
    directives: Vec<(&'a str, Span)>,
}

/// CPython's CO_MAXBLOCKS.
const MAX_STATIC_BLOCKS: usize = 20;

struct Validator<'a> {
    scopes: Vec<Scope<'a>>,
    /// Expression nesting, for CPython's "maximum recursion depth exceeded during compilation".
    depth: usize,
    /// Inside a comprehension's iterable (walrus is not allowed there).
    in_comprehension_iter: bool,
    /// `from __future__ import annotations`: annotations become strings, so the symbol table
    /// refuses expressions in them that would need a scope (walrus, yield, await).
    future_annotations: bool,
    in_annotation: bool,
    /// The module's own statements (a future import anywhere else is misplaced).
    top_level: &'a [Stmt],
    /// The first error of CPython's compiler stage, reported if the symbol table finds none.
    compiler_error: Option<SyntaxError>,
}

/// CPython 3.11's compiler recursion limit (1000 frames, scaled by 3).
const MAX_EXPR_DEPTH: usize = 3000;

impl<'a> Validator<'a> {
    /// An error of CPython's compiler stage (reported only once the symbol table is clean).
    fn compiler_error(&mut self, err: SyntaxError) -> Result<(), SyntaxError> {
        if self.compiler_error.is_none() {
            self.compiler_error = Some(err);
        }
        Ok(())
    }

    fn scope(&mut self) -> &mut Scope<'a> {
        let n = self.scopes.len() - 1;
        &mut self.scopes[n]
    }

    fn block(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// CPython's compiler allows 20 nested blocks (loops, `with`, `try`) per function.
    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let is_block = matches!(
            *s.kind,
            StmtKind::While { .. }
                | StmtKind::For { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
        );
        if !is_block {
            return self.stmt_inner(s);
        }
        self.scope().block_depth += 1;
        if self.scope().block_depth > MAX_STATIC_BLOCKS {
            self.compiler_error(SyntaxError::new(
                "too many statically nested blocks",
                s.span,
            ))?;
        }
        let r = self.stmt_inner(s);
        self.scope().block_depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        match &*s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                    let scope = self.scope();
                    for (set, kind) in [(&scope.globals, "global"), (&scope.nonlocals, "nonlocal")]
                    {
                        if set.contains(n.as_str()) {
                            return Err(SyntaxError::new(
                                format!("annotated name '{n}' can't be {kind}"),
                                s.span,
                            ));
                        }
                    }
                    scope.annotated.insert(n);
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.annotation(annotation)?;
                self.target(target)
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Break => {
                if self.scope().loop_depth == 0 {
                    return self.compiler_error(SyntaxError::new("'break' outside loop", s.span));
                }
                Ok(())
            }
            StmtKind::Continue => {
                if self.scope().loop_depth == 0 {
                    return self.compiler_error(SyntaxError::new(
                        "'continue' not properly in loop",
                        s.span,
                    ));
                }
                Ok(())
            }
            StmtKind::Return(v) => {
                if !self.scope().is_function {
                    return self
                        .compiler_error(SyntaxError::new("'return' outside function", s.span));
                }
                self.opt(v.as_ref())
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref())?;
                self.opt(cause.as_ref())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    if let ExprKind::Name(n) = &t.kind {
                        if n == "__debug__" {
                            return self.compiler_error(SyntaxError::new(
                                "cannot delete __debug__",
                                t.span,
                            ));
                        }
                    }
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => self.global(names, s.span, false),
            StmtKind::Nonlocal(names) => self.global(names, s.span, true),
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_ref())
            }
            StmtKind::ImportFrom { names, .. } if names.first().is_some_and(|a| a.name == "*") => {
                let scope = self.scope();
                if scope.is_function || scope.is_class {
                    return Err(SyntaxError::new(
                        "import * only allowed at module level",
                        names[0].span,
                    ));
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module, level: 0, ..
            } if module == "__future__" && !self.top_level.iter().any(|t| std::ptr::eq(t, s)) => {
                self.compiler_error(SyntaxError::new(
                    "from __future__ imports must occur at the beginning of the file",
                    s.span,
                ))
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.bind(bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.block(body)?;
                self.block(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.in_loop(body)?;
                self.block(orelse)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                super::match_check::check_cases(cases)?;
                for c in cases {
                    let mut found = Ok(());
                    c.pattern.for_each_expr(&mut |x| {
                        if found.is_ok() {
                            found = self.expr(x);
                        }
                    });
                    found?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.block(&c.body)?;
                }
                Ok(())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.in_loop(body)?;
                self.block(orelse)
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.block(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                self.block(body)?;
                if *star {
                    for h in handlers {
                        star_exit(&h.body, false)?;
                    }
                }
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span)?;
                    }
                    self.block(&h.body)?;
                }
                self.block(orelse)?;
                self.block(finalbody)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                for p in f.params.all() {
                    if let Some(a) = &p.annotation {
                        self.annotation(a)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                self.bind(&f.name, f.header)?;
                self.function(&f.params, s.span, |v| v.block(&f.body))
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, c.header)?;
                for (i, k) in c.keywords.iter().enumerate() {
                    if let Some(a) = &k.arg {
                        if c.keywords[..i].iter().any(|p| p.arg.as_ref() == Some(a)) {
                            return self.compiler_error(SyntaxError::new(
                                format!("keyword argument repeated: {a}"),
                                k.span,
                            ));
                        }
                    }
                }
                self.scopes.push(Scope {
                    is_class: true,
                    ..Scope::default()
                });
                self.block(&c.body)?;
                self.pop_scope()
            }
        }
    }

    fn in_loop(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        self.scope().loop_depth += 1;
        let r = self.block(body);
        self.scope().loop_depth -= 1;
        r
    }

    fn param_defaults(&mut self, p: &'a Params) -> Result<(), SyntaxError> {
        for d in &p.defaults {
            self.expr(d)?;
        }
        for d in p.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn function(
        &mut self,
        params: &'a Params,
        owner: Span,
        body: impl FnOnce(&mut Validator<'a>) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let mut scope = Scope {
            is_function: true,
            ..Scope::default()
        };
        for p in params.all() {
            if p.name == "__debug__" {
                return self.compiler_error(SyntaxError::new("cannot assign to __debug__", owner));
            }
            if !scope.params.insert(&p.name) {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
            scope.assigned.insert(&p.name);
        }
        self.scopes.push(scope);
        body(self)?;
        self.pop_scope()
    }

    fn global(
        &mut self,
        names: &'a [String],
        span: Span,
        nonlocal: bool,
    ) -> Result<(), SyntaxError> {
        let kind = if nonlocal { "nonlocal" } else { "global" };
        for n in names {
            let scope = self.scope();
            if scope.annotated.contains(n.as_str()) {
                return Err(SyntaxError::new(
                    format!("annotated name '{n}' can't be {kind}"),
                    span,
                ));
            }
            if scope.params.contains(n.as_str()) {
                return Err(SyntaxError::new(
                    format!("name '{n}' is parameter and {kind}"),
                    span,
                ));
            }
            let conflict = if nonlocal {
                &scope.globals
            } else {
                &scope.nonlocals
            };
            if conflict.contains(n.as_str()) {
                let first = scope
                    .directives
                    .iter()
                    .find(|d| d.0 == n)
                    .map_or(span, |d| d.1);
                return Err(SyntaxError::new(
                    format!("name '{n}' is nonlocal and global"),
                    first,
                ));
            }
            if scope.assigned.contains(n.as_str()) {
                return Err(SyntaxError::new(
                    format!("name '{n}' is assigned to before {kind} declaration"),
                    span,
                ));
            }
            if scope.seen.contains(n.as_str()) {
                return Err(SyntaxError::new(
                    format!("name '{n}' is used prior to {kind} declaration"),
                    span,
                ));
            }
            scope.directives.push((n, span));
            if nonlocal {
                scope.nonlocals.insert(n);
                scope.pending_nonlocals.push((n, span));
            } else {
                scope.globals.insert(n);
            }
        }
        if nonlocal && self.scopes.len() == 1 {
            return Err(SyntaxError::new(
                "nonlocal declaration not allowed at module level",
                span,
            ));
        }
        Ok(())
    }

    /// Close the innermost scope. A `nonlocal` name it or its children declared is bound by
    /// this scope if this is a function that assigns it; otherwise the question moves out, and
    /// reaching the module means CPython's "no binding for nonlocal 'x' found".
    fn pop_scope(&mut self) -> Result<(), SyntaxError> {
        let Some(scope) = self.scopes.pop() else {
            return Ok(());
        };
        let own: Vec<&'a str> = scope.nonlocals.iter().copied().collect();
        let mut unresolved = Vec::new();
        for (name, span) in scope.pending_nonlocals {
            let declared_here = own.contains(&name);
            let binds = scope.is_function
                && scope.comprehension.is_none()
                && !declared_here
                && !scope.globals.contains(name)
                && scope.assigned.contains(name);
            if !binds {
                unresolved.push((name, span));
            }
        }
        if self.scopes.len() > 1 {
            if let Some(parent) = self.scopes.last_mut() {
                parent.pending_nonlocals.extend(unresolved);
            }
        } else if let Some((name, span)) = unresolved.first() {
            return Err(SyntaxError::new(
                format!("no binding for nonlocal '{name}' found"),
                *span,
            ));
        }
        Ok(())
    }

    fn bind(&mut self, name: &'a str, _span: Span) -> Result<(), SyntaxError> {
        self.scope().assigned.insert(name);
        Ok(())
    }

    fn target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                if n == "__debug__" {
                    return self
                        .compiler_error(SyntaxError::new("cannot assign to __debug__", t.span));
                }
                self.bind(n, t.span)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars = items
                    .iter()
                    .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return self.compiler_error(SyntaxError::new(
                        "multiple starred expressions in assignment",
                        t.span,
                    ));
                }
                for x in items {
                    match &x.kind {
                        ExprKind::Starred(inner) => self.target(inner)?,
                        _ => self.target(x)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => self.compiler_error(SyntaxError::new(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            ExprKind::Attribute { value, attr } => {
                if attr == "__debug__" {
                    return self
                        .compiler_error(SyntaxError::new("cannot assign to __debug__", t.span));
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            _ => self.expr(t),
        }
    }

    fn opt(&mut self, e: Option<&'a Expr>) -> Result<(), SyntaxError> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn exprs(&mut self, es: &'a [Expr]) -> Result<(), SyntaxError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    /// Items of a display or call, where `*x` is allowed.
    fn items(&mut self, es: &'a [Expr]) -> Result<(), SyntaxError> {
        for e in es {
            match &e.kind {
                ExprKind::Starred(inner) => self.expr(inner)?,
                _ => self.expr(e)?,
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        generators: &'a [Comprehension],
        elts: &[&'a Expr],
        kind: &'static str,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.comprehension_iter(&first.iter)?;
        }
        let mut vars = Vec::new();
        for g in generators {
            collect_names(&g.target, &mut vars);
        }
        let outer_vars = self.scope().iteration_vars.clone();
        vars.extend(outer_vars);
        self.scopes.push(Scope {
            is_function: true,
            comprehension: Some(kind),
            iteration_vars: vars,
            ..Scope::default()
        });
        let r = (|| {
            for (k, g) in generators.iter().enumerate() {
                if k > 0 {
                    self.comprehension_iter(&g.iter)?;
                }
                self.target(&g.target)?;
                self.exprs(&g.ifs)?;
            }
            for e in elts {
                if let ExprKind::Starred(_) = e.kind {
                    return self.compiler_error(SyntaxError::new(
                        "iterable unpacking cannot be used in comprehension",
                        e.span,
                    ));
                }
                self.expr(e)?;
            }
            Ok(())
        })();
        r?;
        self.pop_scope()
    }

    fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(SyntaxError::new(
                "maximum recursion depth exceeded during compilation",
                e.span,
            )
            .with_kind(super::error::SyntaxErrorKind::RecursionError));
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn annotation(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        let outer = std::mem::replace(&mut self.in_annotation, self.future_annotations);
        let r = self.expr(e);
        self.in_annotation = outer;
        r
    }

    /// CPython's symbol table error for `what` inside a postponed annotation.
    fn refuse_in_annotation(&self, what: &str, span: Span) -> Result<(), SyntaxError> {
        if self.in_annotation {
            return Err(SyntaxError::new(
                format!("'{what}' can not be used within an annotation"),
                span,
            ));
        }
        Ok(())
    }

    fn comprehension_iter(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        let outer = std::mem::replace(&mut self.in_comprehension_iter, true);
        let r = self.expr(e);
        self.in_comprehension_iter = outer;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.scope().seen.insert(n);
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Imaginary(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.refuse_in_annotation("named expression", e.span)?;
                if self.in_comprehension_iter {
                    return Err(SyntaxError::new(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if let ExprKind::Name(n) = &target.kind {
                    if self.scope().iteration_vars.iter().any(|v| v == n) {
                        return Err(SyntaxError::new(
                            format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                            target.span,
                        ));
                    }
                    if self.scope().comprehension.is_some() {
                        // The name binds in the first enclosing scope that is not a comprehension.
                        let owner = self.scopes.iter().rev().find(|s| s.comprehension.is_none());
                        if owner.is_some_and(|s| s.is_class) {
                            return Err(SyntaxError::new(
                                "assignment expression within a comprehension cannot be used in a class body",
                                target.span,
                            ));
                        }
                    }
                }
                self.expr(value)?;
                self.target(target)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                self.function(params, e.span, |v| v.expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k)?;
                            self.expr(v)?;
                        }
                        DictItem::Unpack(m) => self.expr(m)?,
                    }
                }
                Ok(())
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.items(items)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let kind = match e.kind {
                    ExprKind::ListComp { .. } => "list comprehension",
                    ExprKind::SetComp { .. } => "set comprehension",
                    _ => "generator expression",
                };
                self.comprehension(generators, &[elt], kind)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(generators, &[key, value], "dict comprehension"),
            ExprKind::Yield(v) => {
                self.refuse_in_annotation("yield expression", e.span)?;
                self.yield_allowed(e.span)?;
                self.opt(v.as_deref())
            }
            ExprKind::Await(v) => {
                self.refuse_in_annotation("await expression", e.span)?;
                let msg = if self.scope().is_function {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                self.compiler_error(SyntaxError::new(msg, e.span))?;
                self.expr(v)
            }
            ExprKind::YieldFrom(v) => {
                self.refuse_in_annotation("yield expression", e.span)?;
                self.yield_allowed(e.span)?;
                self.expr(v)
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                for (_, x) in ops {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.items(args)?;
                for (i, k) in keywords.iter().enumerate() {
                    if k.arg.as_deref() == Some("__debug__") {
                        return self.compiler_error(SyntaxError::new(
                            "cannot assign to __debug__",
                            e.span,
                        ));
                    }
                    if let Some(a) = &k.arg {
                        if keywords[..i].iter().any(|p| p.arg.as_ref() == Some(a)) {
                            return self.compiler_error(SyntaxError::new(
                                format!("keyword argument repeated: {a}"),
                                k.span,
                            ));
                        }
                    }
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                match &index.kind {
                    ExprKind::Tuple(items) => self.items(items),
                    _ => self.expr(index),
                }
            }
            ExprKind::Starred(_) => self.compiler_error(SyntaxError::new(
                "can't use starred expression here",
                e.span,
            )),
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref())?;
                self.opt(upper.as_deref())?;
                self.opt(step.as_deref())
            }
        }
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn yield_allowed(&mut self, span: Span) -> Result<(), SyntaxError> {
        if let Some(kind) = self.scope().comprehension {
            return self.compiler_error(SyntaxError::new(format!("'yield' inside {kind}"), span));
        }
        if !self.scope().is_function {
            return self.compiler_error(SyntaxError::new("'yield' outside function", span));
        }
        Ok(())
    }
}

/// The names a comprehension target binds.
fn collect_names<'a>(t: &'a Expr, out: &mut Vec<&'a str>) {
    match &t.kind {
        ExprKind::Name(n) => out.push(n),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for x in items {
                collect_names(x, out);
            }
        }
        ExprKind::Starred(inner) => collect_names(inner, out),
        _ => {}
    }
}

/// `break`, `continue` or `return` that would leave an `except*` block (PEP 654 forbids
/// them); `in_loop`: inside a loop of the handler's own (which `break` and `continue` leave).
fn star_exit(body: &[Stmt], in_loop: bool) -> Result<(), SyntaxError> {
    for s in body {
        let bad = match &*s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Break | StmtKind::Continue => !in_loop,
            _ => false,
        };
        if bad {
            return Err(SyntaxError::new(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                s.span,
            ));
        }
        match &*s.kind {
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                star_exit(body, true)?;
                star_exit(orelse, in_loop)?;
            }
            StmtKind::If { body, orelse, .. } => {
                star_exit(body, in_loop)?;
                star_exit(orelse, in_loop)?;
            }
            StmtKind::With { body, .. } => star_exit(body, in_loop)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                star_exit(body, in_loop)?;
                for h in handlers {
                    star_exit(&h.body, in_loop)?;
                }
                star_exit(orelse, in_loop)?;
                star_exit(finalbody, in_loop)?;
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    star_exit(&c.body, in_loop)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}
