//! Lowering the AST to `Code`: one unit per scope, names resolved to slots / cells / globals by
//! the symbol table, try-regions as runtime blocks, and `break`/`continue`/`return` unwinding
//! the blocks they leave (running `finally` bodies and `__exit__` on the way out).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::symtable::{self, Resolved, ScopeKind, SymbolTable};
use crate::heap::Value;
use crate::objects::code::*;
use crate::syntax::ast::*;

mod patterns;

/// Where constants become values: the interpreter interns strings and allocates big ints,
/// tuples and code objects on its heap. Each call returns an owned reference.
pub trait ConstSink {
    fn str_const(&mut self, s: &str) -> Value;
    fn int_const(&mut self, i: &BigInt) -> Value;
    fn bytes_const(&mut self, b: &[u8]) -> Value;
    fn complex_const(&mut self, re: f64, im: f64) -> Value;
    fn tuple_const(&mut self, items: Vec<Value>) -> Value;
    fn code_const(&mut self, code: Code) -> Value;
}

#[derive(Default)]
pub struct Options {
    /// Emit a `Checkpoint` after every top-level statement (for the heap verifier).
    pub checkpoints: bool,
    /// A notebook cell: when the last statement is an expression, the module code returns its
    /// value (for the display hook) instead of None, as IPython runs a cell's last expression
    /// in 'single' mode.
    pub display_last: bool,
    /// `exec(code, globals, locals)` with locals of their own: the module body's names live
    /// in the frame's namespace (LoadName/StoreName), as CPython compiles every module body.
    pub namespace_locals: bool,
    /// `from __future__ import annotations` in effect from outside the module (exec, eval and
    /// compile inherit their caller's).
    pub future_annotations: bool,
}

pub fn compile_module(
    m: &Module,
    source: Rc<SourceFile>,
    sink: &mut dyn ConstSink,
    opts: &Options,
) -> Code {
    let table = symtable::build(m);
    let lines = LineMap::new(&source.text);
    let mut cg = Codegen {
        table: &table,
        future_annotations: opts.future_annotations || crate::syntax::future::annotations(m),
        namespace_locals: opts.namespace_locals,
        sink,
        source: source.clone(),
        lines,
        units: Vec::new(),
    };
    cg.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    cg.setup_annotations(&m.body);
    let shown = match m.body.split_last() {
        Some((last, _)) if opts.display_last => match &*last.kind {
            StmtKind::Expr(e) => Some((last, e)),
            _ => None,
        },
        _ => None,
    };
    let body = match shown {
        Some(_) if m.body.len() == 1 => &m.body[..0],
        Some(_) => cg.docstring(&m.body[..m.body.len() - 1]),
        None => cg.docstring(&m.body),
    };
    for s in body {
        cg.stmt(s);
        if opts.checkpoints {
            cg.emit(Op::Checkpoint);
        }
    }
    match shown {
        Some((last, e)) => {
            cg.set_loc(last.span);
            cg.expr(e);
        }
        None => cg.load_none(),
    }
    cg.emit(Op::ReturnValue);
    cg.pop_unit()
}

struct LineMap {
    starts: Vec<u32>,
}

impl LineMap {
    fn new(text: &str) -> LineMap {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineMap { starts }
    }
    fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
}

#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        start: u32,
        breaks: Vec<usize>,
        /// A `for` loop keeps its iterator on the stack.
        is_for: bool,
    },
    /// Inside `try:` with handlers: leaving pops the block.
    Try,
    /// Inside `try:` (or its handlers) with a `finally`: leaving runs the final body.
    Finally(&'a [Stmt]),
    /// Inside an `except` body: leaving restores the previous handled exception.
    Handler {
        name: Option<&'a str>,
    },
    /// Inside a `finally` body reached by an exception: `[prev, exc]` are on the stack.
    FinallyEnd,
    With,
}

struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    ops: Vec<Op>,
    lines: Vec<u32>,
    /// Source span (byte offsets) of each instruction, for PEP 657's traceback marks.
    positions: Vec<(u32, u32)>,
    consts: Vec<Value>,
    str_consts: std::collections::HashMap<String, u32>,
    slot_of: std::collections::HashMap<String, u32>,
    varnames: Vec<String>,
    nlocals: u32,
    ncells: u32,
    nfrees: u32,
    line: u32,
    /// The span the next instruction is attributed to (the innermost expression or statement
    /// being compiled, as CPython's compiler tracks it).
    span: Span,
    fblocks: Vec<FBlock<'a>>,
    firstlineno: u32,
    generator: bool,
}

struct Codegen<'a> {
    table: &'a SymbolTable,
    /// PEP 563: annotations are stored as their source text, not evaluated.
    future_annotations: bool,
    namespace_locals: bool,
    sink: &'a mut dyn ConstSink,
    source: Rc<SourceFile>,
    lines: LineMap,
    units: Vec<Unit<'a>>,
}

impl<'a> Codegen<'a> {
    fn push_unit(
        &mut self,
        scope: usize,
        kind: CodeKind,
        name: String,
        qualname: String,
        line: u32,
    ) {
        let s = &self.table.scopes[scope];
        let mut varnames = Vec::new();
        let mut slot_of = std::collections::HashMap::new();
        for n in s.locals.iter().chain(&s.cells).chain(&s.frees) {
            // A captured parameter has both a local slot and a cell: the cell wins for lookups.
            slot_of.insert(n.clone(), varnames.len() as u32);
            varnames.push(n.clone());
        }
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            ops: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            str_consts: Default::default(),
            slot_of,
            varnames,
            nlocals: s.locals.len() as u32,
            ncells: s.cells.len() as u32,
            nfrees: s.frees.len() as u32,
            line,
            span: Span::default(),
            fblocks: Vec::new(),
            firstlineno: line,
            generator: false,
        });
    }

    fn pop_unit(&mut self) -> Code {
        let u = self.units.pop().expect("a unit to finish");
        let global_cache = (0..u.consts.len()).map(|_| Default::default()).collect();
        Code {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname,
            ops: u.ops,
            lines: u.lines,
            positions: u.positions,
            consts: u.consts,
            varnames: u.varnames,
            nlocals: u.nlocals,
            ncells: u.ncells,
            nfrees: u.nfrees,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkw: false,
            generator: u.generator,
            plain_positional: true,
            doc: None,
            firstlineno: u.firstlineno,
            source: self.source.clone(),
            global_cache,
            future_annotations: self.future_annotations,
            site_base: 0,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit")
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        let line = u.line;
        u.lines.push(line);
        u.positions.push((u.span.start, u.span.end));
        u.ops.len() - 1
    }

    /// Emits `op` attributed to `span` (a sub-node whose own position CPython gives it).
    fn emit_at(&mut self, op: Op, span: Span) -> usize {
        let saved = std::mem::replace(&mut self.unit().span, span);
        let at = self.emit(op);
        self.unit().span = saved;
        at
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let op = &mut self.unit().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupCleanup(_) => Op::SetupCleanup(target),
            Op::Send(_) => Op::Send(target),
            other => other,
        };
    }

    fn set_line(&mut self, span: Span) {
        let line = self.lines.line(span.start);
        self.unit().line = line;
    }

    /// The line and the span of what is compiled next.
    fn set_loc(&mut self, span: Span) {
        self.set_line(span);
        self.unit().span = span;
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    /// The constant for an attribute name, mangled as names are.
    fn attr_index(&mut self, attr: &str) -> u32 {
        let m = self.mangled(attr);
        self.str_index(&m)
    }

    fn str_index(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.unit().str_consts.get(s) {
            return i;
        }
        let v = self.sink.str_const(s);
        let i = self.add_const(v);
        self.unit().str_consts.insert(s.to_string(), i);
        i
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn load_none(&mut self) {
        self.load_const(Value::None);
    }

    fn load_str(&mut self, s: &str) {
        let i = self.str_index(s);
        self.emit(Op::LoadConst(i));
    }

    fn scope_kind(&self) -> ScopeKind {
        let u = self.units.last().expect("a unit");
        self.table.scopes[u.scope].kind
    }

    fn resolve(&self, name: &str) -> Resolved {
        let u = self.units.last().expect("a unit");
        self.table.scopes[u.scope].resolve(name)
    }

    fn slot(&mut self, name: &str) -> u32 {
        self.unit().slot_of[name]
    }

    // ---------------------------------------------------------------- names

    /// `name` with private name mangling for the class being compiled (if any).
    fn mangled(&self, name: &str) -> String {
        let u = self.units.last().expect("a unit");
        let private = self.table.scopes[u.scope].private.as_deref();
        super::mangle::mangle(private, name).into_owned()
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, Access::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, Access::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, Access::Delete);
    }

    /// Loads, stores or deletes a name where the symbol table put it: a slot, a cell, the
    /// globals, or (module and class bodies) the namespace.
    fn name_op(&mut self, name: &str, access: Access) {
        let mangled = self.mangled(name);
        let name: &str = &mangled;
        let kind = self.scope_kind();
        let op = match self.resolve(name) {
            Resolved::Local => {
                let s = self.slot(name);
                access.pick(Op::LoadFast(s), Op::StoreFast(s), Op::DeleteFast(s))
            }
            Resolved::Free if kind == ScopeKind::Class && access == Access::Load => {
                Op::LoadClassDeref(self.slot(name))
            }
            Resolved::Cell | Resolved::Free => {
                let s = self.slot(name);
                access.pick(Op::LoadDeref(s), Op::StoreDeref(s), Op::DeleteDeref(s))
            }
            r @ (Resolved::GlobalExplicit | Resolved::GlobalImplicit | Resolved::Name) => {
                let i = self.str_index(name);
                // A module body's namespace is its globals; class bodies have their own.
                if r == Resolved::Name && (kind != ScopeKind::Module || self.namespace_locals) {
                    access.pick(Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i))
                } else {
                    access.pick(Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i))
                }
            }
        };
        self.emit(op);
    }

    // ---------------------------------------------------------------- statements

    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.set_loc(s.span);
        match &*s.kind {
            StmtKind::Expr(e) => {
                self.expr(e);
                self.emit(Op::PopTop);
            }
            StmtKind::Assign { targets, value } => {
                if self.swap_assign(targets, value) {
                    return;
                }
                self.expr(value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::DupTop);
                    }
                    self.store_target(t);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true),
            StmtKind::Continue => self.break_continue(false),
            StmtKind::Return(v) => {
                match v {
                    Some(v) => self.expr(v),
                    None => self.load_none(),
                }
                self.unwind_all(true);
                self.set_line(s.span);
                self.emit(Op::ReturnValue);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e);
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c);
                        n = 2;
                    }
                }
                self.set_line(s.span);
                self.emit(Op::Raise(n));
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.delete_target(t)),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                // CPython's jump on a comparison leaves its position in place: the raise is
                // marked under the comparison; any other test, under the whole statement.
                if matches!(test.kind, ExprKind::Compare { .. }) {
                    self.unit().span = test.span;
                }
                let j = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m);
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.str_index(&a.name);
                    match &a.asname {
                        Some(asname) => {
                            self.emit(Op::ImportModule(i));
                            self.store_name(asname);
                        }
                        None => {
                            self.emit(Op::ImportName(i));
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let spelled = format!("{}{module}", ".".repeat(*level as usize));
                let i = self.str_index(&spelled);
                self.emit(Op::ImportModule(i));
                if names.first().is_some_and(|a| a.name == "*") {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let n = self.str_index(&a.name);
                        self.emit(Op::ImportFrom(n));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.stmts(body);
                if orelse.is_empty() {
                    self.patch(j);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.patch(j);
                    self.stmts(orelse);
                    self.patch(end);
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test);
                let exit = self.emit(Op::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.stmts(body);
                self.emit(Op::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
                    unreachable!("loop block")
                };
                self.patch(exit);
                self.stmts(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.emit(Op::GetIter);
                let start = self.here();
                let exit = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: true,
                });
                self.store_target(target);
                self.stmts(body);
                self.set_line(s.span);
                self.emit(Op::Jump(start));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
                    unreachable!("loop block")
                };
                self.patch(exit);
                self.stmts(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::With { items, body } => self.with(items, body, s.span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => self.try_stmt(body, handlers, orelse, finalbody, *star),
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(c) => self.class_def(c),
        }
    }

    fn break_continue(&mut self, is_break: bool) {
        // Unwind every block inside the innermost loop, then jump.
        let mut i = self.unit().fblocks.len();
        while i > 0 {
            i -= 1;
            if matches!(self.unit().fblocks[i], FBlock::Loop { .. }) {
                break;
            }
            self.unwind_block(i, false);
        }
        let Some(FBlock::Loop { start, is_for, .. }) = self.unit().fblocks.get(i) else {
            return;
        };
        let (start, is_for) = (*start, *is_for);
        if is_break {
            if is_for {
                self.emit(Op::PopTop);
            }
            let j = self.emit(Op::Jump(0));
            if let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.get_mut(i) {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(start));
        }
    }

    fn unwind_all(&mut self, preserve_tos: bool) {
        let mut i = self.unit().fblocks.len();
        while i > 0 {
            i -= 1;
            self.unwind_block(i, preserve_tos);
        }
    }

    /// Emits what leaving fblock `i` early requires. The blocks above `i` are hidden while a
    /// `finally` body is compiled for it, so that a `return` inside runs only outer blocks.
    fn unwind_block(&mut self, i: usize, preserve_tos: bool) {
        // Copied out: emitting below needs the unit mutably (a loop's pending breaks are few).
        match self.unit().fblocks[i].clone() {
            FBlock::Loop { is_for: false, .. } => {}
            FBlock::Loop { is_for: true, .. } => {
                if preserve_tos {
                    self.emit(Op::RotTwo);
                }
                self.emit(Op::PopTop);
            }
            FBlock::Try => {
                self.emit(Op::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Op::PopBlock);
                let saved: Vec<FBlock> = self.unit().fblocks.drain(i..).collect();
                self.stmts(body);
                self.unit().fblocks.extend(saved);
            }
            FBlock::Handler { name } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::RotTwo);
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_none();
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlock::FinallyEnd => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::RotTwo);
                    self.emit(Op::PopTop);
                    self.emit(Op::RotTwo);
                } else {
                    self.emit(Op::PopTop);
                }
                self.emit(Op::PopExcept);
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::RotTwo);
                }
                self.emit(Op::WithExit);
            }
        }
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span) {
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        self.expr(&first.context);
        self.emit(Op::BeforeWith);
        match &first.target {
            Some(t) => self.store_target(t),
            None => {
                self.emit(Op::PopTop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.stmts(body);
        } else {
            self.with(rest, body, span);
        }
        self.unit().fblocks.pop();
        self.set_line(span);
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        let done = self.emit(Op::Jump(0));
        // Exceptional exit: [exit, exc].
        self.patch(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupCleanup(0));
        self.emit(Op::WithExceptStart);
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch(suppress);
        self.emit(Op::PopBlock);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        let done2 = self.emit(Op::Jump(0));
        self.reraise_from_handler(cleanup);
        self.patch(done);
        self.patch(done2);
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) {
        let finally_setup = if finalbody.is_empty() {
            None
        } else {
            let j = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::Finally(finalbody));
            Some(j)
        };
        if handlers.is_empty() {
            self.stmts(body);
        } else if star {
            self.try_star(body, handlers, orelse);
        } else {
            let (setup, end) = self.protected_body(body, orelse);
            let mut ends = vec![end];
            // Handlers: [exc].
            self.patch(setup);
            self.emit(Op::PushExcInfo);
            let cleanup = self.emit(Op::SetupCleanup(0));
            for h in handlers {
                self.set_line(h.span);
                // CheckExcMatch keeps the exception under its verdict.
                let next = h.typ.as_ref().map(|t| {
                    self.expr(t);
                    self.emit(Op::CheckExcMatch);
                    self.emit(Op::PopJumpIfFalse(0))
                });
                match &h.name {
                    Some(n) => self.store_name(n),
                    None => {
                        self.emit(Op::PopTop);
                    }
                }
                self.unit().fblocks.push(FBlock::Handler {
                    name: h.name.as_deref(),
                });
                self.stmts(&h.body);
                self.unit().fblocks.pop();
                self.emit(Op::PopBlock);
                self.emit(Op::PopExcept);
                if let Some(n) = &h.name {
                    self.load_none();
                    self.store_name(n);
                    self.delete_name(n);
                }
                ends.push(self.emit(Op::Jump(0)));
                if let Some(next) = next {
                    self.patch(next);
                }
            }
            self.emit(Op::Reraise);
            self.reraise_from_handler(cleanup);
            for e in ends {
                self.patch(e);
            }
        }
        if handlers.is_empty() && !orelse.is_empty() {
            self.stmts(orelse);
        }
        if let Some(setup) = finally_setup {
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.stmts(finalbody);
            let done = self.emit(Op::Jump(0));
            self.patch(setup);
            self.emit(Op::PushExcInfo);
            let cleanup = self.emit(Op::SetupCleanup(0));
            self.unit().fblocks.push(FBlock::FinallyEnd);
            self.stmts(finalbody);
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::RotTwo);
            self.emit(Op::PopExcept);
            self.emit(Op::Reraise);
            self.reraise_from_handler(cleanup);
            self.patch(done);
        }
    }

    /// `try` with `except*` clauses, as CPython 3.11 compiles it: the original exception and a
    /// list of what the handlers raise stay on the stack; each clause takes its match out of
    /// what is left; after the last, PrepReraiseStar says what (if anything) to raise.
    fn try_star(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) {
        let (setup, end) = self.protected_body(body, orelse);
        let mut ends = vec![end];
        self.patch(setup);
        // [prev, exc]
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupCleanup(0));
        // [prev, orig, [], exc]
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::RotTwo);
        for h in handlers {
            self.set_line(h.span);
            if let Some(t) = &h.typ {
                self.expr(t);
            }
            // [prev, orig, list, rest, match]
            self.emit(Op::CheckEgMatch);
            self.emit(Op::Copy(1));
            self.load_none();
            self.emit(Op::Is(false));
            let no_match = self.emit(Op::PopJumpIfTrue(0));
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop);
                }
            }
            // What the handler raises joins the list: [prev, orig, list, rest, raised].
            let raised = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::Try);
            self.stmts(&h.body);
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.clear_handler_name(h.name.as_deref());
            let next = self.emit(Op::Jump(0));
            self.patch(raised);
            self.clear_handler_name(h.name.as_deref());
            self.emit(Op::ListAppend(2));
            let next2 = self.emit(Op::Jump(0));
            self.patch(no_match);
            self.emit(Op::PopTop);
            self.patch(next);
            self.patch(next2);
        }
        // [prev, orig, list, rest] -> [prev, orig, list] -> [prev, result]
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::Copy(1));
        self.load_none();
        self.emit(Op::Is(false));
        let reraise = self.emit(Op::PopJumpIfFalse(0));
        self.emit(Op::PopTop);
        self.emit(Op::PopBlock);
        self.emit(Op::PopExcept);
        ends.push(self.emit(Op::Jump(0)));
        self.patch(reraise);
        self.emit(Op::PopBlock);
        self.emit(Op::RotTwo);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.reraise_from_handler(cleanup);
        for e in ends {
            self.patch(e);
        }
    }

    /// The `try` body under its handler block, then the `else` body: (the SetupExcept to point
    /// at the handlers, the jump past them).
    fn protected_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> (usize, usize) {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(body);
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse);
        (setup, self.emit(Op::Jump(0)))
    }

    /// The cleanup of a handler that raised: [prev, exc] -> the previous exception handled
    /// again, `exc` raised.
    fn reraise_from_handler(&mut self, cleanup: usize) {
        self.patch(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    /// `except ... as name` ends with `name = None; del name`.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.load_none();
            self.store_name(n);
            self.delete_name(n);
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("a unit");
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults / keyword defaults / closure for a function about to be made, returning
    /// the MakeFunction flags.
    fn function_parts(&mut self, params: &'a Params, scope: usize) -> u8 {
        self.function_parts_with(params, None, scope)
    }

    /// As `function_parts`, with the annotations dict (`__annotations__`) when any parameter
    /// or the return has one: regular parameters first, then positional-only ones, `*args`,
    /// keyword-only ones, `**kwargs` and `return`, in CPython's order.
    fn function_parts_with(
        &mut self,
        params: &'a Params,
        returns: Option<&'a Expr>,
        scope: usize,
    ) -> u8 {
        let mut flags = 0;
        if !params.defaults.is_empty() {
            for d in &params.defaults {
                self.expr(d);
            }
            self.emit(Op::BuildTuple(params.defaults.len() as u32));
            flags |= MF_DEFAULTS;
        }
        if params.kw_defaults.iter().any(Option::is_some) {
            for d in &params.kw_defaults {
                match d {
                    Some(d) => self.expr(d),
                    None => self.load_const(Value::Undef),
                }
            }
            self.emit(Op::BuildTuple(params.kw_defaults.len() as u32));
            flags |= MF_KWDEFAULTS;
        }
        let annotated = params
            .args
            .iter()
            .chain(&params.posonly)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)));
        let mut n = 0;
        for (name, a) in annotated {
            let name = self.mangled(name);
            self.load_str(&name);
            self.annotation(a);
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
            flags |= MF_ANNOTATIONS;
        }
        flags | self.closure_for(scope)
    }

    fn closure_for(&mut self, scope: usize) -> u8 {
        let frees = self.table.scopes[scope].frees.clone();
        if frees.is_empty() {
            return 0;
        }
        for f in &frees {
            let s = self.slot(f);
            self.emit(Op::LoadClosure(s));
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        MF_CLOSURE
    }

    /// The prologue every function body starts with: cells made, free variables copied in.
    fn prologue(&mut self, scope: usize) {
        let s = &self.table.scopes[scope];
        let cells = s.cells.clone();
        let nfrees = s.frees.len();
        let locals = s.locals.clone();
        for c in &cells {
            let slot = self.slot(c);
            self.emit(Op::MakeCell(slot));
            if let Some(p) = locals.iter().position(|l| l == c) {
                self.emit(Op::LoadFast(p as u32));
                self.emit(Op::StoreDeref(slot));
            }
        }
        if nfrees > 0 {
            self.emit(Op::CopyFreeVars(nfrees as u32));
        }
    }

    fn set_signature(code: &mut Code, params: &'a Params) {
        code.argcount = (params.posonly.len() + params.args.len()) as u32;
        code.posonlyargcount = params.posonly.len() as u32;
        code.kwonlyargcount = params.kwonly.len() as u32;
        code.varargs = params.vararg.is_some();
        code.varkw = params.kwarg.is_some();
        code.plain_positional = !code.varargs && !code.varkw && code.kwonlyargcount == 0;
    }

    fn function_def(&mut self, f: &'a FunctionDef) {
        for d in &f.decorators {
            self.expr(d);
        }
        let scope = self.table.scope_of(f);
        let flags = self.function_parts_with(&f.params, f.returns.as_ref(), scope);
        let qualname = self.qualname_for(&f.name);
        let line = self.lines.line(f.header.start);
        self.push_unit(scope, CodeKind::Function, f.name.clone(), qualname, line);
        self.prologue(scope);
        let (body, doc) = match f.body.first().map(|s| &*s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Str(doc),
                ..
            })) => {
                let i = self.str_index(doc);
                let rest = if f.body.len() > 1 {
                    &f.body[1..]
                } else {
                    &f.body[..]
                };
                (rest, Some(i))
            }
            _ => (&f.body[..], None),
        };
        self.stmts(body);
        self.load_none();
        self.emit(Op::ReturnValue);
        let mut code = self.pop_unit();
        code.doc = doc;
        Self::set_signature(&mut code, &f.params);
        let c = self.sink.code_const(code);
        self.load_const(c);
        self.set_line(f.header);
        self.emit(Op::MakeFunction(flags));
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
    }

    /// A module's or class's leading string becomes its `__doc__` (compiled as that store);
    /// returns the statements after it.
    /// A module or class body with annotations starts by making sure `__annotations__`
    /// exists in its namespace (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            let i = self.str_index("__annotations__");
            self.emit(Op::SetupAnnotations(i));
        }
    }

    /// Pushes an annotation's value: the expression's, or its source text under PEP 563.
    fn annotation(&mut self, e: &'a Expr) {
        if self.future_annotations {
            let text = crate::syntax::unparse::annotation(e);
            self.load_str(&text);
        } else {
            self.expr(e);
        }
    }

    /// `target: annotation [= value]`: the value is stored first; in a module or class body
    /// a simple name's annotation goes into `__annotations__`, other targets' are evaluated
    /// and dropped, and the parts of a target without a value are evaluated; a function body
    /// evaluates no annotation.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) {
        if let Some(v) = value {
            self.expr(v);
            self.store_target(target);
        }
        let module_or_class = matches!(self.unit().kind, CodeKind::Module | CodeKind::Class);
        match &target.kind {
            ExprKind::Name(n) if simple && module_or_class => {
                self.annotation(annotation);
                let i = self.str_index("__annotations__");
                self.emit(Op::LoadName(i));
                let n = self.mangled(n);
                self.load_str(&n);
                self.emit(Op::StoreSubscr);
                return;
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj);
                self.emit(Op::PopTop);
            }
            ExprKind::Subscript {
                value: obj, index, ..
            } if value.is_none() => {
                self.expr(obj);
                self.emit(Op::PopTop);
                self.expr(index);
                self.emit(Op::PopTop);
            }
            _ => {}
        }
        if module_or_class && !self.future_annotations {
            self.expr(annotation);
            self.emit(Op::PopTop);
        }
    }

    fn docstring(&mut self, body: &'a [Stmt]) -> &'a [Stmt] {
        match body.first().map(|s| (&*s.kind, s.span)) {
            Some((
                StmtKind::Expr(Expr {
                    kind: ExprKind::Str(doc),
                    ..
                }),
                span,
            )) => {
                self.set_line(span);
                self.load_str(doc);
                self.store_name("__doc__");
                &body[1..]
            }
            _ => body,
        }
    }

    fn class_def(&mut self, c: &'a ClassDef) {
        for d in &c.decorators {
            self.expr(d);
        }
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(&c.name);
        let line = self.lines.line(c.header.start);
        self.push_unit(
            scope,
            CodeKind::Class,
            c.name.clone(),
            qualname.clone(),
            line,
        );
        self.prologue(scope);
        let name_i = self.str_index("__name__");
        self.emit(Op::LoadGlobal(name_i));
        let module_i = self.str_index("__module__");
        self.emit(Op::StoreName(module_i));
        self.load_str(&qualname);
        let q = self.str_index("__qualname__");
        self.emit(Op::StoreName(q));
        self.setup_annotations(&c.body);
        let body = self.docstring(&c.body);
        self.stmts(body);
        if self.table.scopes[scope]
            .cells
            .iter()
            .any(|n| n == "__class__")
        {
            let s = self.slot("__class__");
            self.emit(Op::LoadClosure(s));
            let i = self.str_index("__classcell__");
            self.emit(Op::StoreName(i));
        }
        self.load_none();
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        let flags = self.closure_for(scope);
        let cc = self.sink.code_const(code);
        self.load_const(cc);
        self.set_line(c.header);
        self.emit(Op::MakeFunction(flags));
        self.load_str(&c.name);
        for b in &c.bases {
            self.expr(b);
        }
        let named: Vec<&Keyword> = c.keywords.iter().filter(|k| k.arg.is_some()).collect();
        if named.is_empty() {
            self.emit(Op::BuildClass(c.bases.len() as u32));
        } else {
            for k in &named {
                self.load_str(k.arg.as_deref().unwrap_or_default());
                self.expr(&k.value);
            }
            self.emit(Op::BuildMap(named.len() as u32));
            self.emit(Op::BuildClassKw(c.bases.len() as u32));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
    }

    /// `target op= value`: the target is read and written at its own position (marks under
    /// `d['k']`), the operation at the statement's.
    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) {
        let t = target.span;
        match &target.kind {
            ExprKind::Name(n) => {
                self.expr(target);
                self.expr(value);
                self.set_line(t);
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj);
                self.emit(Op::DupTop);
                let i = self.attr_index(attr);
                self.emit_at(Op::LoadAttr(i), t);
                self.expr(value);
                self.emit(Op::Inplace(op));
                self.emit(Op::RotTwo);
                self.emit_at(Op::StoreAttr(i), t);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj);
                self.expr(index);
                self.emit(Op::DupTop2);
                self.emit_at(Op::BinarySubscr, t);
                self.expr(value);
                self.emit(Op::Inplace(op));
                self.emit(Op::RotThree);
                self.emit_at(Op::StoreSubscr, t);
            }
            _ => {}
        }
    }

    /// `a, b = x, y` (two or three names each side, no starred items): the values stay on the
    /// stack and are stored after a swap, with no tuple built (CPython does the same).
    fn swap_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> bool {
        let [target] = targets else { return false };
        let (ExprKind::Tuple(lhs) | ExprKind::List(lhs)) = &target.kind else {
            return false;
        };
        let ExprKind::Tuple(rhs) = &value.kind else {
            return false;
        };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if lhs.len() != rhs.len()
            || !(2..=3).contains(&lhs.len())
            || lhs.iter().any(starred)
            || rhs.iter().any(starred)
        {
            return false;
        }
        for e in rhs {
            self.expr(e);
        }
        if lhs.len() == 3 {
            self.emit(Op::RotThree);
        }
        self.emit(Op::RotTwo);
        for t in lhs {
            self.store_target(t);
        }
        true
    }

    /// Stores the value on the stack into `t`, marked at the target's position.
    fn store_target(&mut self, t: &'a Expr) {
        let (saved_line, saved_span) = (self.unit().line, self.unit().span);
        self.set_loc(t.span);
        self.store_target_at(t);
        let u = self.unit();
        u.line = saved_line;
        u.span = saved_span;
    }

    fn store_target_at(&mut self, t: &'a Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.attr_index(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    Some(s) => {
                        self.emit(Op::UnpackEx(s as u16, (items.len() - s - 1) as u16));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for i in items {
                    self.store_target(i);
                }
            }
            ExprKind::Starred(inner) => self.store_target(inner),
            _ => {}
        }
    }

    fn delete_target(&mut self, t: &'a Expr) {
        self.set_loc(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.attr_index(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.delete_target(i))
            }
            _ => {}
        }
    }

    // ---------------------------------------------------------------- expressions

    fn expr(&mut self, e: &'a Expr) {
        let (saved_line, saved_span) = (self.unit().line, self.unit().span);
        self.set_loc(e.span);
        self.expr_inner(e);
        let u = self.unit();
        u.line = saved_line;
        u.span = saved_span;
    }

    fn expr_inner(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Int(i) => {
                let v = match i.to_i64() {
                    Some(small) => Value::Int(small),
                    None => self.sink.int_const(i),
                };
                self.load_const(v);
            }
            ExprKind::Float(f) => self.load_const(Value::Float(*f)),
            ExprKind::Str(s) => self.load_str(s),
            ExprKind::Bytes(b) => {
                let v = self.sink.bytes_const(b);
                self.load_const(v);
            }
            ExprKind::Imaginary(f) => {
                let v = self.sink.complex_const(0.0, *f);
                self.load_const(v);
            }
            ExprKind::True => self.load_const(Value::Bool(true)),
            ExprKind::False => self.load_const(Value::Bool(false)),
            ExprKind::None => self.load_none(),
            ExprKind::Ellipsis => self.load_const(Value::Ellipsis),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < values.len() {
                        jumps.push(match op {
                            BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        });
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.emit(Op::DupTop);
                if let ExprKind::Name(n) = &target.kind {
                    self.store_name(n);
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left);
                self.expr(right);
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand);
                self.emit(Op::Unary(match op {
                    UnaryOp::Not => UnOp::Not,
                    UnaryOp::Neg => UnOp::Neg,
                    UnaryOp::Pos => UnOp::Pos,
                    UnaryOp::Invert => UnOp::Invert,
                }));
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.table.scope_of(e);
                let flags = self.function_parts(params, scope);
                let qualname = self.qualname_for("<lambda>");
                let line = self.unit().line;
                self.push_unit(scope, CodeKind::Lambda, "<lambda>".into(), qualname, line);
                self.prologue(scope);
                self.expr(body);
                self.emit(Op::ReturnValue);
                let mut code = self.pop_unit();
                Self::set_signature(&mut code, params);
                let c = self.sink.code_const(code);
                self.load_const(c);
                self.emit(Op::MakeFunction(flags));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body);
                let end = self.emit(Op::Jump(0));
                self.patch(j);
                self.expr(orelse);
                self.patch(end);
            }
            ExprKind::Dict(items) => {
                if items.iter().all(|i| matches!(i, DictItem::Pair(..))) {
                    for it in items {
                        if let DictItem::Pair(k, v) = it {
                            self.expr(k);
                            self.expr(v);
                        }
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for it in items {
                        match it {
                            DictItem::Pair(k, v) => {
                                self.expr(k);
                                self.expr(v);
                                self.emit(Op::MapAdd(1));
                            }
                            DictItem::Unpack(m) => {
                                self.expr(m);
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            ExprKind::List(items) => self.sequence(items, Op::BuildList(items.len() as u32), false),
            ExprKind::Tuple(items) => {
                self.sequence(items, Op::BuildTuple(items.len() as u32), true)
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner);
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(i);
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else {
                    items.iter().for_each(|i| self.expr(i));
                    if items.len() > 2 && items.iter().all(is_folded_constant) {
                        self.emit(Op::BuildConstSet(items.len() as u32));
                    } else {
                        self.emit(Op::BuildSet(items.len() as u32));
                    }
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, Comp::List(elt))
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, Comp::Set(elt))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, Comp::Dict(key, value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, Comp::Gen(elt))
            }
            ExprKind::Yield(v) => {
                self.unit().generator = true;
                match v {
                    Some(v) => self.expr(v),
                    None => self.load_none(),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.unit().generator = true;
                self.expr(v);
                self.emit(Op::GetYieldFromIter);
                self.load_none();
                let start = self.here();
                let send = self.emit(Op::Send(0));
                self.emit(Op::YieldValue);
                self.emit(Op::Jump(start));
                self.patch(send);
            }
            ExprKind::Await(_) => self.load_none(),
            ExprKind::Compare { left, ops } => self.compare(left, ops),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                let i = self.attr_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p),
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s);
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
        }
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_str(s);
                }
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    self.expr(value);
                    if let Some(spec) = spec {
                        self.fstring(spec);
                    }
                    let conv = conversion.map_or(0, |c| c as u8);
                    self.emit(Op::FormatValue(conv, spec.is_some()));
                }
            }
            n += 1;
        }
        if n == 0 {
            self.load_str("");
        } else if n > 1 {
            self.emit(Op::BuildString(n));
        }
    }

    /// Lists and tuples, with `*iterable` items gathered through a list.
    fn sequence(&mut self, items: &'a [Expr], build: Op, tuple: bool) {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            items.iter().for_each(|i| self.expr(i));
            self.emit(build);
            return;
        }
        self.emit(Op::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner);
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(i);
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple);
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [(CmpOp, Expr)]) {
        self.expr(left);
        if ops.len() == 1 {
            self.expr(&ops[0].1);
            self.cmp_op(ops[0].0);
            return;
        }
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().enumerate() {
            self.expr(right);
            if i + 1 < ops.len() {
                self.emit(Op::DupTop);
                self.emit(Op::RotThree);
                self.cmp_op(*op);
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.cmp_op(*op);
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch(c);
        }
        self.emit(Op::RotTwo);
        self.emit(Op::PopTop);
        self.patch(end);
    }

    fn cmp_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::Compare(CmpKind::Eq),
            CmpOp::NotEq => Op::Compare(CmpKind::Ne),
            CmpOp::Lt => Op::Compare(CmpKind::Lt),
            CmpOp::LtE => Op::Compare(CmpKind::Le),
            CmpOp::Gt => Op::Compare(CmpKind::Gt),
            CmpOp::GtE => Op::Compare(CmpKind::Ge),
            CmpOp::Is => Op::Is(false),
            CmpOp::IsNot => Op::Is(true),
            CmpOp::In => Op::In(false),
            CmpOp::NotIn => Op::In(true),
        });
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if starred {
            self.expr(func);
            match args {
                // `f(*x)`: x itself goes to the call, which words its own error (as CPython).
                [Expr {
                    kind: ExprKind::Starred(inner),
                    ..
                }] => self.expr(inner),
                _ => self.sequence(args, Op::BuildTuple(args.len() as u32), true),
            }
            if !keywords.is_empty() {
                self.emit(Op::BuildMap(0));
                let mut merged = false;
                for k in keywords {
                    match &k.arg {
                        // After a `**`, a named keyword is merged too, so a key it already
                        // gave is "got multiple values" (as CPython).
                        Some(name) if merged => {
                            self.load_str(name);
                            self.expr(&k.value);
                            self.emit(Op::BuildMap(1));
                            self.emit(Op::DictMerge(1));
                        }
                        Some(name) => {
                            self.load_str(name);
                            self.expr(&k.value);
                            self.emit(Op::MapAdd(1));
                        }
                        None => {
                            self.expr(&k.value);
                            self.emit(Op::DictMerge(1));
                            merged = true;
                        }
                    }
                }
            }
            self.set_line(func.span);
            self.emit(Op::CallEx(!keywords.is_empty()));
            return;
        }
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, keywords.is_empty()) {
            self.expr(value);
            let i = self.attr_index(attr);
            // The method lookup is marked under `obj.name`, the call under the whole call.
            self.emit_at(Op::LoadMethod(i), func.span);
            args.iter().for_each(|a| self.expr(a));
            self.set_line(func.span);
            self.emit(Op::CallMethod(args.len() as u32));
            return;
        }
        self.expr(func);
        if args.is_empty() && keywords.is_empty() && self.zero_arg_super(func) {
            return;
        }
        args.iter().for_each(|a| self.expr(a));
        if keywords.is_empty() {
            self.set_line(func.span);
            self.emit(Op::Call(args.len() as u32));
            return;
        }
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value);
            let name = k.arg.as_deref().unwrap_or("");
            let v = self.sink.str_const(name);
            names.push(v);
        }
        let t = self.sink.tuple_const(names);
        self.load_const(t);
        self.set_line(func.span);
        self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
    }

    /// `super()` inside a method is compiled as `super(__class__, <first argument>)`, which
    /// is what CPython finds at run time from the frame. `super` is already on the stack.
    fn zero_arg_super(&mut self, func: &'a Expr) -> bool {
        if !matches!(&func.kind, ExprKind::Name(n) if n == "super")
            || !matches!(
                self.resolve("super"),
                Resolved::GlobalImplicit | Resolved::GlobalExplicit
            )
            || self.resolve("__class__") != Resolved::Free
        {
            return false;
        }
        let scope = self.units.last().expect("a unit").scope;
        let Some(first) = self.table.scopes[scope].first_positional() else {
            return false;
        };
        self.load_name("__class__");
        self.load_name(first);
        self.set_line(func.span);
        self.emit(Op::Call(2));
        true
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        name: &str,
        gens: &'a [Comprehension],
        comp: Comp<'a>,
    ) {
        let scope = self.table.scope_of(node);
        let flags = self.closure_for(scope);
        let qualname = self.qualname_for(name);
        let line = self.unit().line;
        self.push_unit(scope, CodeKind::Comprehension, name.into(), qualname, line);
        self.prologue(scope);
        let is_gen = matches!(comp, Comp::Gen(_));
        if is_gen {
            self.unit().generator = true;
        }
        match comp {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_level(gens, 0, &comp);
        if is_gen {
            self.load_none();
        }
        self.emit(Op::ReturnValue);
        let mut code = self.pop_unit();
        code.argcount = 1;
        let c = self.sink.code_const(code);
        self.load_const(c);
        self.emit(Op::MakeFunction(flags));
        self.expr(&gens[0].iter);
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
    }

    fn comp_level(&mut self, gens: &'a [Comprehension], i: usize, comp: &Comp<'a>) {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter);
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.store_target(&g.target);
        for cond in &g.ifs {
            self.expr(cond);
            self.emit(Op::PopJumpIfFalse(start));
        }
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, comp);
        } else {
            // The collection sits below one iterator per level.
            let d = i as u32 + 2;
            match comp {
                Comp::List(elt) => {
                    self.expr(elt);
                    self.emit(Op::ListAppend(d));
                }
                Comp::Set(elt) => {
                    self.expr(elt);
                    self.emit(Op::SetAdd(d));
                }
                Comp::Dict(k, v) => {
                    self.expr(k);
                    self.expr(v);
                    self.emit(Op::MapAdd(d));
                }
                Comp::Gen(elt) => {
                    self.expr(elt);
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        self.emit(Op::Jump(start));
        self.patch(exit);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Load,
    Store,
    Delete,
}

impl Access {
    fn pick(self, load: Op, store: Op, delete: Op) -> Op {
        match self {
            Access::Load => load,
            Access::Store => store,
            Access::Delete => delete,
        }
    }
}

enum Comp<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

/// Whether CPython's AST optimizer turns `e` into a constant (literals, a sign or `~` on a
/// number, tuples of constants), which is when a set display becomes a frozenset constant.
fn is_folded_constant(e: &Expr) -> bool {
    match &e.kind {
        kind if kind.is_literal() => true,
        ExprKind::UnaryOp {
            op: UnaryOp::Neg | UnaryOp::Pos,
            operand,
        } => matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_)),
        ExprKind::UnaryOp {
            op: UnaryOp::Invert,
            operand,
        } => matches!(operand.kind, ExprKind::Int(_)),
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        _ => false,
    }
}

/// Whether a module or class body has an annotated assignment outside nested functions and
/// classes (CPython's find_ann).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &*s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
