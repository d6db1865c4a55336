//! Frame and traceback objects, as CPython 3.11 makes them: a running frame gets a heap
//! object only when something asks (a traceback, `sys._getframe`, `f_back`); when a frame
//! ends with its object still referenced, the object takes over the frame's locals and links
//! the caller's object as `f_back` (take_ownership); an exception unwinding through a frame
//! prepends a traceback object for it. So `exc.__traceback__` and `sys.last_traceback` keep
//! the locals of every failing frame alive exactly as in CPython.

use std::rc::Rc;

use super::eval::FrameRef;
use super::{PyResult, Vm};
use crate::heap::object::{FrameObj, GenState, Kind, TracebackEntry, TracebackObj};
use crate::heap::{ObjKey, Value};
use crate::objects::code::{Code, CodeKind, Op};

impl Vm {
    /// Starts a running frame's registration (see `frames`), without a frame object.
    pub(super) fn push_frame(&mut self, code: Rc<Code>, base: usize, globals: Value, func: Value) {
        self.frames.push(FrameRef {
            code,
            base,
            globals,
            locals: Value::Undef,
            func,
            ip: 0,
            obj: None,
            caller_chain: self.heap.sites.chain,
        });
        if self.heap.sites.stacks {
            self.enter_stack_chain();
        }
    }

    /// With `%mem stacks on`: the callee's allocations sit below the instruction that called it.
    #[cold]
    fn enter_stack_chain(&mut self) {
        let site = self.heap.current_site();
        if site != crate::heap::sites::NO_SITE {
            self.heap.sites.chain = self.heap.sites.node(self.heap.sites.chain, site);
        }
    }

    /// Ends the innermost frame's registration, `ip` past its last instruction. A frame
    /// object still referenced elsewhere takes over the frame's slot values (which must still
    /// be on the stack); a `finished` frame also links its caller's object as `f_back`. A
    /// suspended generator's object gets a copy of the slots and no `f_back`, as CPython's
    /// suspended generator frames have none.
    pub(super) fn pop_frame(&mut self, ip: usize, finished: bool) {
        let Some(fr) = self.frames.pop() else { return };
        self.heap.sites.chain = fr.caller_chain;
        let Some(k) = fr.obj else { return };
        if self.heap.refcount(Value::Obj(k)).unwrap_or(0) > 1 {
            let end = (fr.base + fr.code.nslots()).min(self.stack.len());
            let locals: Vec<Value> = self.stack[fr.base.min(end)..end].to_vec();
            for v in &locals {
                self.heap.incref(*v);
            }
            let back = match self.frames.len() {
                n if finished && n > 0 => self.frame_object(n - 1),
                _ => Value::Undef,
            };
            let line = fr.code.line_at(ip.saturating_sub(1));
            if let Kind::Frame(f) = self.heap.kind_mut(k) {
                f.locals = locals;
                f.line = line;
                f.running = None;
                let old = std::mem::replace(&mut f.back, back);
                self.heap.decref(old);
            }
        } else if let Kind::Frame(f) = self.heap.kind_mut(k) {
            f.running = None;
        }
        self.heap.decref(Value::Obj(k));
    }

    /// Remembers where the innermost frame is, for `f_lineno` of a running frame (kept at
    /// calls, where another frame can look at this one).
    #[inline(always)]
    pub(super) fn note_ip(&mut self, ip: usize) {
        if let Some(fr) = self.frames.last_mut() {
            fr.ip = ip;
        }
    }

    /// The frame object of the running frame at `index` in `frames` (owned), made on first
    /// request; the frame's registration holds a reference of its own until the frame ends.
    pub fn frame_object(&mut self, index: usize) -> Value {
        if let Some(k) = self.frames[index].obj {
            return self.incref(Value::Obj(k));
        }
        let fr = &self.frames[index];
        let (code, globals, func) = (fr.code.clone(), fr.globals, fr.func);
        let namespace = match fr.locals {
            v @ Value::Obj(_) => v,
            _ => Value::Undef,
        };
        let code_obj = self.code_object_of(func, &code);
        self.heap.incref(globals);
        self.heap.incref(namespace);
        let v = self.heap.alloc(Kind::Frame(Box::new(FrameObj {
            code,
            code_obj,
            globals,
            namespace,
            back: Value::Undef,
            locals: Vec::new(),
            locals_dict: Value::Undef,
            line: 0,
            running: Some(index as u32),
        })));
        self.frames[index].obj = v.as_obj();
        self.incref(v)
    }

    /// Makes frame object `k` (a resumed generator's, borrowed) the innermost running frame's:
    /// its registration takes a reference, and the snapshot of slots it kept while suspended
    /// gives way to the live stack.
    pub(super) fn attach_frame_object(&mut self, k: ObjKey) {
        let index = self.frames.len() - 1;
        self.heap.incref(Value::Obj(k));
        self.frames[index].obj = Some(k);
        if let Kind::Frame(f) = self.heap.kind_mut(k) {
            f.running = Some(index as u32);
            let old = std::mem::take(&mut f.locals);
            self.heap.decref_all(old);
        }
    }

    /// `generator.gi_frame` (owned): None once it finished; else its one frame object, made
    /// on first request from the suspended state (or the running frame).
    pub(super) fn generator_frame(&mut self, gk: ObjKey) -> Value {
        let Kind::Generator(g) = self.heap.kind(gk) else {
            return Value::None;
        };
        if g.state == GenState::Finished {
            return Value::None;
        }
        if let v @ Value::Obj(_) = g.frame {
            return self.incref(v);
        }
        let frame = if g.state == GenState::Running {
            let code = g.code.clone();
            let Some(i) = self.frames.iter().rposition(|f| Rc::ptr_eq(&f.code, &code)) else {
                return Value::None;
            };
            self.frame_object(i)
        } else {
            let (code, func, globals) = (g.code.clone(), g.func, g.globals);
            let line = match g.state {
                GenState::Created => code.firstlineno,
                _ => code.line_at((g.ip as usize).saturating_sub(1)),
            };
            let locals: Vec<Value> = g.saved.iter().take(code.nslots()).copied().collect();
            for v in &locals {
                self.heap.incref(*v);
            }
            let code_obj = self.code_object_of(func, &code);
            self.heap.incref(globals);
            self.heap.alloc(Kind::Frame(Box::new(FrameObj {
                code,
                code_obj,
                globals,
                namespace: Value::Undef,
                back: Value::Undef,
                locals,
                locals_dict: Value::Undef,
                line,
                running: None,
            })))
        };
        if let Kind::Generator(g) = self.heap.kind_mut(gk) {
            g.frame = frame;
        }
        self.incref(frame)
    }

    /// The function's code object (owned), or a new one for a module or class body.
    pub(super) fn code_object_of(&mut self, func: Value, code: &Rc<Code>) -> Value {
        let candidate = match func {
            Value::Obj(fk) => match self.heap.kind(fk) {
                Kind::Function(f) => f.code_obj,
                Kind::Code(_) => func,
                _ => Value::None,
            },
            _ => Value::None,
        };
        if let Value::Obj(ck) = candidate {
            if matches!(self.heap.kind(ck), Kind::Code(c) if Rc::ptr_eq(c, code)) {
                return self.incref(candidate);
            }
        }
        // A second code object over the same code owns its constants too.
        for &c in &code.consts {
            self.heap.incref(c);
        }
        self.heap.alloc(Kind::Code(code.clone()))
    }

    /// Records that `exc` passed through the innermost running frame at instruction `at`:
    /// a traceback object for that frame goes in front of the exception's chain.
    pub fn add_traceback(
        &mut self,
        exc: Value,
        at: usize,
        line: u32,
        position: Option<(u32, u32)>,
    ) {
        let Value::Obj(ek) = exc else { return };
        if !matches!(self.heap.kind(ek), Kind::Exception(_)) || self.frames.is_empty() {
            return;
        }
        let frame = self.frame_object(self.frames.len() - 1);
        let next = match self.heap.kind_mut(ek) {
            Kind::Exception(e) => std::mem::replace(&mut e.traceback, Value::None),
            _ => Value::None,
        };
        // No next traceback is NULL in CPython (not a reference to None).
        let next = if next.is(Value::None) {
            Value::Undef
        } else {
            next
        };
        let tb = self.heap.alloc(Kind::Traceback(Box::new(TracebackObj {
            frame,
            next,
            line,
            lasti: at as u32,
            position,
        })));
        if let Kind::Exception(e) = self.heap.kind_mut(ek) {
            e.traceback = tb;
        }
    }

    /// The exception's traceback object (owned), or None.
    pub fn traceback_of(&mut self, exc: Value) -> Value {
        let tb = match exc {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Exception(e) => e.traceback,
                _ => Value::None,
            },
            _ => Value::None,
        };
        self.incref(tb)
    }

    /// The lines of a traceback chain, outermost frame first.
    pub fn traceback_chain(&self, tb: Value) -> Vec<TracebackEntry> {
        let mut out = Vec::new();
        let mut at = tb;
        while let Value::Obj(k) = at {
            let Kind::Traceback(t) = self.heap.kind(k) else {
                break;
            };
            if let Value::Obj(fk) = t.frame {
                if let Kind::Frame(f) = self.heap.kind(fk) {
                    out.push(TracebackEntry {
                        code: f.code.clone(),
                        line: t.line,
                        position: t.position,
                    });
                }
            }
            at = t.next;
        }
        out
    }

    /// The exception's traceback lines, outermost frame first.
    pub fn traceback_entries(&self, exc: Value) -> Vec<TracebackEntry> {
        match exc {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Exception(e) => self.traceback_chain(e.traceback),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The attributes of frame, traceback and code objects (owned), None for other names.
    pub(super) fn frame_attr(&mut self, k: ObjKey, name: &str) -> PyResult<Option<Value>> {
        let v = match (self.heap.kind(k), name) {
            (Kind::Traceback(t), "tb_frame") => t.frame,
            (Kind::Traceback(t), "tb_next") if t.next.is_undef() => Value::None,
            (Kind::Traceback(t), "tb_next") => t.next,
            (Kind::Traceback(t), "tb_lineno") => Value::Int(t.line as i64),
            (Kind::Traceback(t), "tb_lasti") => Value::Int(t.lasti as i64 * 2),
            (Kind::Frame(f), "f_code") => f.code_obj,
            (Kind::Frame(f), "f_globals") => f.globals,
            (Kind::Frame(_), "f_builtins") => self.builtins,
            (Kind::Frame(_), "f_trace") => Value::None,
            (Kind::Frame(f), "f_lineno") => Value::Int(self.frame_line(f) as i64),
            (Kind::Frame(f), "f_lasti") => {
                let ip = f.running.map_or(0, |i| self.frames[i as usize].ip);
                Value::Int(ip.saturating_sub(1) as i64 * 2)
            }
            (Kind::Frame(_), "f_back") => return Ok(Some(self.frame_back(k))),
            (Kind::Frame(_), "f_locals") => return self.frame_locals(k).map(Some),
            (Kind::Code(c), _) => return Ok(self.code_attr(&c.clone(), name)),
            _ => return Ok(None),
        };
        Ok(Some(self.incref(v)))
    }

    /// `f_back` of frame object `k` (owned): the caller's frame object (made now for a
    /// running frame), or None.
    fn frame_back(&mut self, k: ObjKey) -> Value {
        let (running, back) = match self.heap.kind(k) {
            Kind::Frame(f) => (f.running, f.back),
            _ => return Value::None,
        };
        match running {
            Some(0) => Value::None,
            Some(i) => self.frame_object(i as usize - 1),
            None if back.is_undef() => Value::None,
            None => self.incref(back),
        }
    }

    /// A frame and its callers as traceback lines, innermost first, at most `max` of them
    /// (`traceback.extract_stack`).
    pub fn frame_chain(&mut self, frame: Value, max: Option<usize>) -> Vec<TracebackEntry> {
        let mut out = Vec::new();
        let mut at = self.incref(frame);
        while let Value::Obj(k) = at {
            if max.is_some_and(|m| out.len() >= m) {
                break;
            }
            let Kind::Frame(f) = self.heap.kind(k) else {
                break;
            };
            out.push(TracebackEntry {
                code: f.code.clone(),
                line: self.frame_line(f),
                position: None,
            });
            let back = self.frame_back(k);
            self.heap.decref(at);
            at = back;
        }
        self.heap.decref(at);
        out
    }

    /// `f_lineno`: where a running frame is (as of its last call), or where it ended.
    fn frame_line(&self, f: &FrameObj) -> u32 {
        match f.running {
            Some(i) => {
                let fr = &self.frames[i as usize];
                fr.code.line_at(fr.ip.saturating_sub(1))
            }
            None => f.line,
        }
    }

    fn code_attr(&mut self, c: &Code, name: &str) -> Option<Value> {
        Some(match name {
            "co_name" => self.new_str(c.name.clone()),
            "co_qualname" => self.new_str(c.qualname.clone()),
            "co_filename" => self.new_str(c.source.name.clone()),
            "co_firstlineno" => Value::Int(c.firstlineno as i64),
            "co_argcount" => Value::Int(c.argcount as i64),
            "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
            "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
            "co_nlocals" => Value::Int(c.nlocals as i64),
            "co_flags" => Value::Int(code_flags(c)),
            "co_varnames" => {
                let names: Vec<Value> = c.varnames[..c.nlocals as usize]
                    .iter()
                    .map(|n| self.new_str(n.clone()))
                    .collect();
                self.new_tuple(names)
            }
            "co_names" => {
                let mut seen: Vec<Value> = Vec::new();
                for op in &c.ops {
                    if let Op::ImportModule(i) = *op {
                        // The const spells a relative import with its dots; co_names does not.
                        let name = c.consts.get(i as usize).and_then(|&v| self.str_of(v));
                        if let Some(n) = name.map(|n| n.trim_start_matches('.').to_string()) {
                            if !n.is_empty() && !seen.iter().any(|s| self.str_of(*s) == Some(&n)) {
                                let v = self.new_str(n);
                                seen.push(v);
                            }
                        }
                        continue;
                    }
                    let i = match *op {
                        Op::LoadGlobal(i)
                        | Op::StoreGlobal(i)
                        | Op::DeleteGlobal(i)
                        | Op::LoadName(i)
                        | Op::StoreName(i)
                        | Op::DeleteName(i)
                        | Op::LoadAttr(i)
                        | Op::StoreAttr(i)
                        | Op::DeleteAttr(i)
                        | Op::LoadMethod(i)
                        | Op::SetupAnnotations(i)
                        | Op::ImportName(i)
                        | Op::ImportFrom(i) => i,
                        _ => continue,
                    };
                    if let Some(&v) = c.consts.get(i as usize) {
                        if !seen.iter().any(|s| self.str_of(*s) == self.str_of(v)) {
                            self.heap.incref(v);
                            seen.push(v);
                        }
                    }
                }
                self.new_tuple(seen)
            }
            _ => return None,
        })
    }

    /// `frame.f_locals` (owned): the module's globals or a class body's namespace as they
    /// are; for a function, its dict of bound locals (cells read through), kept in the frame
    /// and refreshed on each access, as CPython's PyFrame_FastToLocals.
    fn frame_locals(&mut self, k: ObjKey) -> PyResult<Value> {
        let Kind::Frame(f) = self.heap.kind(k) else {
            return Ok(Value::None);
        };
        if f.code.kind == CodeKind::Module {
            let g = f.globals;
            return Ok(self.incref(g));
        }
        if let ns @ Value::Obj(_) = f.namespace {
            return Ok(self.incref(ns));
        }
        let code = f.code.clone();
        let values: Vec<Value> = match f.running {
            Some(i) => {
                let base = self.frames[i as usize].base;
                let end = (base + code.nslots()).min(self.stack.len());
                self.stack[base.min(end)..end].to_vec()
            }
            None => f.locals.clone(),
        };
        let dict = match f.locals_dict {
            d @ Value::Obj(_) => d,
            _ => {
                let d = self.new_dict();
                if let Kind::Frame(f) = self.heap.kind_mut(k) {
                    f.locals_dict = d;
                }
                d
            }
        };
        let dk = dict.as_obj().expect("f_locals dict");
        for (i, name) in code.varnames.iter().enumerate() {
            let mut v = values.get(i).copied().unwrap_or(Value::Undef);
            if i >= code.nlocals as usize {
                if let Value::Obj(ck) = v {
                    if let Kind::Cell(inner) = self.heap.kind(ck) {
                        v = *inner;
                    }
                }
            }
            let key = self.intern(name);
            if v.is_undef() {
                if let Some(old) = self.dict_remove(dk, key)? {
                    self.heap.decref(old);
                }
            } else {
                self.heap.incref(v);
                self.dict_set(dk, key, v)?;
            }
        }
        Ok(self.incref(dict))
    }

    /// `sys._getframe(depth)` (owned).
    pub fn getframe(&mut self, depth: usize) -> PyResult<Value> {
        match self.frames.len().checked_sub(depth + 1) {
            Some(i) => Ok(self.frame_object(i)),
            None => Err(self.exception_with_msg(
                self.types.value_error,
                "call stack is not deep enough".into(),
            )),
        }
    }
}

/// What an assignment to an exception's or a traceback's own field does.
enum FieldWrite {
    /// Not one of the fields: the generic attribute path handles it.
    NotAField,
    Done(PyResult<()>),
}

impl Vm {
    fn is_traceback(&self, v: Value) -> bool {
        matches!(v, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Traceback(_)))
    }

    fn is_exception(&self, v: Value) -> bool {
        matches!(v, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Exception(_)))
    }

    /// Sets (`Some(value)`, consumed) or deletes (`None`) an exception's `__traceback__`,
    /// `__cause__`, `__context__` or `__suppress_context__`, with BaseException's checks
    /// and messages; setting `__cause__` also sets `__suppress_context__`.
    fn write_exception_field(&mut self, k: ObjKey, name: &str, value: Option<Value>) -> FieldWrite {
        let check = match name {
            "__traceback__" => value.map(|v| v.is(Value::None) || self.is_traceback(v)),
            "__cause__" | "__context__" => value.map(|v| v.is(Value::None) || self.is_exception(v)),
            "__suppress_context__" => value.map(|v| matches!(v, Value::Bool(_))),
            _ => return FieldWrite::NotAField,
        };
        let msg = match (name, check) {
            ("__suppress_context__", None) => Some("can't delete numeric/char attribute".into()),
            (_, None) => Some(format!("{name} may not be deleted")),
            (_, Some(true)) => None,
            ("__traceback__", _) => Some("__traceback__ must be a traceback or None".into()),
            ("__cause__", _) => {
                Some("exception cause must be None or derive from BaseException".into())
            }
            ("__context__", _) => {
                Some("exception context must be None or derive from BaseException".into())
            }
            _ => Some("attribute value type must be bool".into()),
        };
        if let Some(msg) = msg {
            if let Some(v) = value {
                self.heap.decref(v);
            }
            return FieldWrite::Done(Err(self.type_error(msg)));
        }
        let value = value.unwrap_or(Value::None);
        let exc = Value::Obj(k);
        match name {
            // Setting a cause also sets __suppress_context__, as set_cause does.
            "__cause__" => self.set_cause(exc, value, true),
            "__context__" => self.set_cause(exc, value, false),
            _ => {
                if let Kind::Exception(e) = self.heap.kind_mut(k) {
                    let old = match name {
                        "__traceback__" => std::mem::replace(&mut e.traceback, value),
                        _ => {
                            e.suppress_context = value.is(Value::Bool(true));
                            Value::None
                        }
                    };
                    self.heap.decref(old);
                }
            }
        }
        FieldWrite::Done(Ok(()))
    }

    /// `tb.tb_next = v` (None or a traceback that does not lead back to `tb`); the other
    /// fields are read-only.
    fn write_traceback_field(&mut self, k: ObjKey, name: &str, value: Option<Value>) -> FieldWrite {
        let fail = |vm: &mut Vm, value: Option<Value>, e: super::PyErr| {
            if let Some(v) = value {
                vm.heap.decref(v);
            }
            FieldWrite::Done(Err(e))
        };
        match (name, value) {
            ("tb_next", None) => {
                let e = self.type_error("can't delete tb_next attribute".into());
                fail(self, value, e)
            }
            ("tb_next", Some(v)) => {
                if !v.is(Value::None) && !self.is_traceback(v) {
                    let t = self.type_name(v);
                    let e = self.type_error(format!("expected traceback object, got '{t}'"));
                    return fail(self, value, e);
                }
                let mut at = v;
                while let Value::Obj(c) = at {
                    if c == k {
                        let e = self.value_error("traceback loop detected".into());
                        return fail(self, value, e);
                    }
                    at = match self.heap.kind(c) {
                        Kind::Traceback(t) => t.next,
                        _ => Value::Undef,
                    };
                }
                let v = if v.is(Value::None) { Value::Undef } else { v };
                if let Kind::Traceback(t) = self.heap.kind_mut(k) {
                    let old = std::mem::replace(&mut t.next, v);
                    self.heap.decref(old);
                }
                FieldWrite::Done(Ok(()))
            }
            ("tb_frame" | "tb_lineno" | "tb_lasti", _) => {
                let e = self
                    .exception_with_msg(self.types.attribute_error, "readonly attribute".into());
                fail(self, value, e)
            }
            _ => FieldWrite::NotAField,
        }
    }

    /// An assignment (`Some`, consumed) or deletion (`None`) of an exception's or a
    /// traceback's own field: `Some(result)` when `name` is one, else None (value untouched).
    pub fn write_special_field(
        &mut self,
        k: ObjKey,
        name: &str,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let w = match self.heap.kind(k) {
            Kind::Exception(_) => self.write_exception_field(k, name, value),
            Kind::Traceback(_) => self.write_traceback_field(k, name, value),
            _ => FieldWrite::NotAField,
        };
        match w {
            FieldWrite::Done(r) => Some(r),
            FieldWrite::NotAField => None,
        }
    }

    /// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)` (owned).
    pub fn new_traceback(&mut self, a: &[Value]) -> PyResult<Value> {
        let [next, frame, lasti, lineno] = a else {
            return Err(self.type_error(format!("traceback expected 4 arguments, got {}", a.len())));
        };
        if !next.is(Value::None) && !self.is_traceback(*next) {
            let t = self.type_name(*next);
            return Err(self.type_error(format!("expected traceback object or None, got '{t}'")));
        }
        if !matches!(frame, Value::Obj(k) if matches!(self.heap.kind(*k), Kind::Frame(_))) {
            let t = self.type_name(*frame);
            return Err(self.type_error(format!(
                "TracebackType() argument 'tb_frame' must be frame, not {t}"
            )));
        }
        let lasti = self.c_int_arg(*lasti)?;
        let line = self.c_int_arg(*lineno)?;
        let next = if next.is(Value::None) {
            Value::Undef
        } else {
            self.incref(*next)
        };
        let frame = self.incref(*frame);
        Ok(self.heap.alloc(Kind::Traceback(Box::new(TracebackObj {
            frame,
            next,
            line: line as u32,
            lasti: (lasti / 2).max(0) as u32,
            position: None,
        }))))
    }

    /// `frame.clear()`: drops a finished frame's locals (RuntimeError while it runs).
    pub fn clear_frame(&mut self, k: ObjKey) -> PyResult<()> {
        let Kind::Frame(f) = self.heap.kind_mut(k) else {
            return Ok(());
        };
        if f.running.is_some() {
            return Err(self.runtime_error("cannot clear an executing frame".into()));
        }
        let locals = std::mem::take(&mut f.locals);
        let dict = std::mem::replace(&mut f.locals_dict, Value::Undef);
        self.heap.decref_all(locals);
        self.heap.decref(dict);
        Ok(())
    }
}

/// `co_flags` as CPython 3.11 sets them: OPTIMIZED and NEWLOCALS for a function's own scope,
/// VARARGS, VARKEYWORDS, NESTED (defined inside a function), GENERATOR, and the
/// `from __future__ import annotations` bit.
fn code_flags(c: &Code) -> i64 {
    const FUTURE_ANNOTATIONS: i64 = 0x100_0000;
    let mut flags = match c.kind {
        CodeKind::Module | CodeKind::Class => 0,
        CodeKind::Function | CodeKind::Lambda | CodeKind::Comprehension => {
            0x1 | 0x2
                | if c.varargs { 0x4 } else { 0 }
                | if c.varkw { 0x8 } else { 0 }
                | if c.qualname.contains("<locals>") {
                    0x10
                } else {
                    0
                }
                | if c.generator { 0x20 } else { 0 }
        }
    };
    if c.future_annotations {
        flags |= FUTURE_ANNOTATIONS;
    }
    flags
}
