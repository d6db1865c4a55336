//! Scope analysis, as CPython's symtable decides: for every function, lambda, comprehension and
//! class body, which names are locals (slots), cells (locals captured by inner scopes), free
//! variables, explicit or implicit globals, or (in class and module bodies) namespace names.
//! The front end has already rejected invalid `global`/`nonlocal` uses.

use std::collections::HashMap;

use crate::syntax::ast::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Module and class bodies: looked up in the namespace dict.
    Name,
}

#[derive(Debug, Default, Clone)]
struct Sym {
    bound: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names in first-seen order (parameters first), with how they were used.
    order: Vec<String>,
    syms: HashMap<String, Sym>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Methods using `super` or `__class__` need the class cell.
    pub needs_class_cell: bool,
    /// Parameters in CPython's slot order: positional, keyword-only, `*args`, `**kwargs`.
    param_order: Vec<String>,
    /// How many of `param_order` are positional (what zero-argument `super()` needs).
    pub positional_params: usize,
    pub resolved: HashMap<String, Resolved>,
    pub locals: Vec<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    /// Class bodies: names an inner scope captures from an enclosing function. The class passes
    /// them on in its own closure (CPython's DEF_FREE_CLASS) while its own uses of the name keep
    /// their resolution (a class-local binding stays a namespace name).
    passed_through: Vec<String>,
    /// The innermost enclosing class's name, for private name mangling.
    pub private: Option<String>,
}

impl Scope {
    /// The first positional parameter (`self` / `cls` for zero-argument `super()`).
    pub fn first_positional(&self) -> Option<&str> {
        (self.positional_params > 0)
            .then(|| self.param_order.first().map(String::as_str))
            .flatten()
    }

    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            order: Vec::new(),
            syms: HashMap::new(),
            children: Vec::new(),
            parent,
            needs_class_cell: false,
            param_order: Vec::new(),
            positional_params: 0,
            resolved: HashMap::new(),
            locals: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            passed_through: Vec::new(),
            private: None,
        }
    }

    /// The symbol for `name`, registered (in first-seen order) if new: calling it alone records
    /// that the scope mentions the name.
    fn sym(&mut self, name: &str) -> &mut Sym {
        let mangled = super::mangle::mangle(self.private.as_deref(), name);
        let name: &str = &mangled;
        if !self.syms.contains_key(name) {
            self.order.push(name.to_string());
            self.syms.insert(name.to_string(), Sym::default());
        }
        self.syms.get_mut(name).expect("just inserted")
    }

    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            ScopeKind::Function => Resolved::GlobalImplicit,
            _ => Resolved::Name,
        }
    }
}

/// All scopes of a module; scopes are found by the address of the AST node that opens them.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

pub fn build(m: &Module) -> SymbolTable {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: HashMap::new(),
        current: 0,
    };
    b.stmts(&m.body);
    b.analyze(0, &[]);
    SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
}

impl Builder {
    fn enter<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, Some(self.current));
        scope.private = self.scopes[self.current].private.clone();
        self.scopes.push(scope);
        self.scopes[self.current].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn bind(&mut self, name: &str) {
        self.scopes[self.current].sym(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.scopes[self.current].sym(name);
        if name == "super" || name == "__class__" {
            self.scopes[self.current].needs_class_cell = true;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &*s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
                ..
            } => {
                // Module and class bodies evaluate annotations; function bodies do not.
                if self.scopes[self.current].kind != ScopeKind::Function {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation makes the name local without binding it.
                    self.bind(n);
                } else {
                    self.target(target);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => self.opt(v.as_ref()),
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref());
                self.opt(cause.as_ref());
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::Global(names) => {
                for n in names {
                    self.scopes[self.current].sym(n).global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.scopes[self.current].sym(n).nonlocal = true;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_ref());
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                // `import *` binds names known only when it runs (module level only).
                for a in names.iter().filter(|a| a.name != "*") {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name));
                }
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
                    c.pattern.for_each_name(&mut |n| self.bind(n));
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
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
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.param_defaults(&f.params);
                // Annotations are evaluated where the function is defined.
                f.params
                    .all()
                    .filter_map(|p| p.annotation.as_ref())
                    .chain(&f.returns)
                    .for_each(|a| self.expr(a));
                self.bind(&f.name);
                let saved = self.enter(&**f, ScopeKind::Function);
                self.params(&f.params);
                self.stmts(&f.body);
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(&c.name);
                let saved = self.enter(&**c, ScopeKind::Class);
                self.scopes[self.current].private = Some(c.name.clone());
                self.stmts(&c.body);
                self.current = saved;
            }
        }
    }

    fn param_defaults(&mut self, p: &Params) {
        p.defaults.iter().for_each(|d| self.expr(d));
        p.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
    }

    fn params(&mut self, p: &Params) {
        self.scopes[self.current].positional_params = p.posonly.len() + p.args.len();
        let ordered = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg);
        for param in ordered {
            let scope = &mut self.scopes[self.current];
            let name = super::mangle::mangle(scope.private.as_deref(), &param.name).into_owned();
            scope.param_order.push(name.clone());
            let s = scope.sym(&name);
            s.bound = true;
            s.param = true;
        }
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, node: &Expr, gens: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter);
        let saved = self.enter(node, ScopeKind::Function);
        self.scopes[self.current].param_order.push(".0".into());
        self.scopes[self.current].sym(".0").bound = true;
        self.scopes[self.current].sym(".0").param = true;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.current = saved;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Imaginary(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // Binds in the nearest enclosing non-comprehension scope.
                    let mut s = self.current;
                    while self.is_comprehension(s) {
                        s = self.scopes[s].parent.unwrap_or(0);
                    }
                    self.scopes[s].sym(n).bound = true;
                    if s != self.current {
                        // The comprehension refers to it as a free variable.
                        self.scopes[self.current].sym(n);
                        self.scopes[self.current].sym(n).nonlocal =
                            self.scopes[s].kind == ScopeKind::Function;
                        self.scopes[self.current].sym(n).global =
                            self.scopes[s].kind == ScopeKind::Module;
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params);
                let saved = self.enter(e, ScopeKind::Function);
                self.params(params);
                self.expr(body);
                self.current = saved;
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
                self.comprehension(e, generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value]),
            ExprKind::Yield(v) => self.opt(v.as_deref()),
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => self.expr(v),
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
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                self.expr(value);
                if let Some(spec) = spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn is_comprehension(&self, s: usize) -> bool {
        // Comprehension scopes are function scopes whose first name is the hidden `.0`.
        self.scopes[s].kind == ScopeKind::Function
            && self.scopes[s].order.first().map(String::as_str) == Some(".0")
    }

    /// Resolves every name of scope `id`; `enclosing` lists the function scopes' names visible
    /// from here (innermost last) for free-variable resolution.
    fn analyze(&mut self, id: usize, enclosing: &[usize]) {
        let kind = self.scopes[id].kind;
        let order = self.scopes[id].order.clone();
        for name in &order {
            let sym = self.scopes[id].syms[name].clone();
            let r = if sym.global {
                Resolved::GlobalExplicit
            } else if sym.nonlocal {
                Resolved::Free
            } else if sym.bound {
                match kind {
                    ScopeKind::Function => Resolved::Local,
                    _ => Resolved::Name,
                }
            } else if self.bound_in_enclosing(name, enclosing) {
                Resolved::Free
            } else {
                match kind {
                    ScopeKind::Function => Resolved::GlobalImplicit,
                    _ => Resolved::Name,
                }
            };
            self.scopes[id].resolved.insert(name.clone(), r);
        }
        if self.scopes[id].needs_class_cell
            && kind == ScopeKind::Function
            && enclosing
                .iter()
                .any(|s| self.scopes[*s].kind == ScopeKind::Class)
        {
            self.scopes[id].sym("__class__");
            self.scopes[id]
                .resolved
                .insert("__class__".into(), Resolved::Free);
        }
        let mut inner = enclosing.to_vec();
        inner.push(id);
        let children = self.scopes[id].children.clone();
        for c in children {
            self.analyze(c, &inner);
        }
        // Free names of children (and of their children) bound here become cells.
        let mut captured: Vec<String> = Vec::new();
        self.collect_frees(id, &mut captured);
        for name in captured {
            match self.scopes[id].resolved.get(&name).copied() {
                Some(Resolved::Local) => {
                    self.scopes[id]
                        .resolved
                        .insert(name.clone(), Resolved::Cell);
                }
                Some(Resolved::Free) | Some(Resolved::Cell) => {}
                _ if kind == ScopeKind::Function
                    && self.bound_in_enclosing(&name, enclosing)
                    && !self.scopes[id].syms.get(&name).is_some_and(|s| s.global) =>
                {
                    // Passing through: a free variable of this scope too.
                    self.scopes[id].sym(&name);
                    self.scopes[id]
                        .resolved
                        .insert(name.clone(), Resolved::Free);
                }
                _ if kind == ScopeKind::Class && name == "__class__" => {
                    self.scopes[id]
                        .resolved
                        .insert(name.clone(), Resolved::Cell);
                    self.scopes[id].sym(&name);
                }
                _ if kind == ScopeKind::Class && self.bound_in_enclosing(&name, enclosing) => {
                    self.scopes[id].passed_through.push(name);
                }
                _ => {}
            }
        }
        self.layout(id);
    }

    /// Names that children of `id` resolve as free (they must come from `id` or above).
    fn collect_frees(&self, id: usize, out: &mut Vec<String>) {
        for &c in &self.scopes[id].children {
            // A child's closure (laid out already): its own free names and those it passes on.
            for name in &self.scopes[c].frees {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        }
    }

    fn bound_in_enclosing(&self, name: &str, enclosing: &[usize]) -> bool {
        for &s in enclosing.iter().rev() {
            let scope = &self.scopes[s];
            match scope.kind {
                ScopeKind::Class => {
                    if name == "__class__" {
                        return true;
                    }
                    continue;
                }
                ScopeKind::Module => return false,
                ScopeKind::Function => {
                    if let Some(sym) = scope.syms.get(name) {
                        if sym.global {
                            return false;
                        }
                        if sym.bound || sym.nonlocal {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }

    /// Assigns slots: locals in first-seen order (parameters first), then cells, then frees.
    fn layout(&mut self, id: usize) {
        let scope = &mut self.scopes[id];
        let mut params: Vec<String> = scope.param_order.clone();
        let mut locals: Vec<String> = Vec::new();
        let mut cells: Vec<String> = Vec::new();
        let mut frees: Vec<String> = Vec::new();
        for name in &scope.order {
            let sym = &scope.syms[name];
            match scope.resolved.get(name) {
                Some(Resolved::Local) if sym.param => {}
                Some(Resolved::Local) => locals.push(name.clone()),
                // A captured parameter keeps its argument slot; the cell is separate.
                Some(Resolved::Cell) => cells.push(name.clone()),
                Some(Resolved::Free) => frees.push(name.clone()),
                _ => {}
            }
        }
        if scope.resolved.get("__class__") == Some(&Resolved::Free)
            && !frees.iter().any(|n| n == "__class__")
        {
            frees.push("__class__".into());
        }
        for name in &scope.passed_through {
            if !frees.contains(name) {
                frees.push(name.clone());
            }
        }
        if scope.resolved.get("__class__") == Some(&Resolved::Cell)
            && !cells.iter().any(|n| n == "__class__")
        {
            cells.push("__class__".into());
        }
        params.extend(locals);
        scope.locals = params;
        scope.cells = cells;
        scope.frees = frees;
    }
}
