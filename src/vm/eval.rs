//! The interpreter loop: one frame's instructions over the shared value stack. Every value on
//! the stack is an owned reference; an instruction that pops a value either moves it somewhere
//! or drops it. Exceptions unwind to the innermost open block of the frame, or leave the frame
//! with a traceback entry.

use std::rc::Rc;

use smallvec::SmallVec;

use super::call::GenResult;
use super::ops;
use super::{PyErr, PyResult, Vm};
use crate::heap::object::{Block, Kind};
use crate::heap::{signals, ObjKey, Value};
use crate::objects::code::{
    Code, CodeKind, Op, MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS,
};
use crate::syntax::ast::BinOp;

pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// An int or float immediate as f64 (ints round to nearest, as CPython converts them).
#[inline(always)]
fn as_f64(v: Value) -> f64 {
    match v {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        _ => 0.0,
    }
}

/// What introspection needs of a running frame (borrowed values: the frame owns them).
pub struct FrameRef {
    pub code: Rc<Code>,
    pub base: usize,
    pub globals: Value,
    pub locals: Value,
    /// The function being run (borrowed), or Undef for a module or class body.
    pub func: Value,
    /// Where the frame was at its last call (for `f_lineno` while it runs).
    pub ip: usize,
    /// Its frame object, once one was asked for (an owned reference).
    pub obj: Option<crate::heap::ObjKey>,
    /// The allocation stack chain (heap/sites.rs) to restore when it returns.
    pub caller_chain: u32,
}

impl FrameRef {
    /// The dict `locals()` returns as is: a class body's namespace, or the module's globals;
    /// None for a function frame (its locals are slots).
    pub fn namespace(&self) -> Option<Value> {
        if !self.locals.is_undef() && !self.locals.is(Value::None) {
            Some(self.locals)
        } else if self.code.kind == CodeKind::Module {
            Some(self.globals)
        } else {
            None
        }
    }
}

pub struct Frame {
    pub code: Rc<Code>,
    pub base: usize,
    pub globals: Value,
    /// A class body's namespace (for LoadName / StoreName); `Undef` elsewhere.
    pub locals: Value,
    pub func: Value,
    pub blocks: Vec<Block>,
    pub ip: usize,
    /// An exception to raise where the frame resumes (`generator.throw`), owned.
    pub thrown: Option<PyErr>,
}

impl Frame {
    pub fn new(code: Rc<Code>, base: usize, globals: Value, func: Value) -> Frame {
        Frame {
            code,
            base,
            globals,
            locals: Value::Undef,
            func,
            blocks: Vec::new(),
            ip: 0,
            thrown: None,
        }
    }
}

impl Vm {
    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Undef)
    }

    #[inline]
    fn top(&self) -> Value {
        *self.stack.last().unwrap_or(&Value::Undef)
    }

    /// Pops two operands, pushes `f(a, b)`; the operands are dropped either way.
    #[inline(always)]
    fn apply2(&mut self, f: impl FnOnce(&mut Vm, Value, Value) -> PyResult<Value>) -> PyResult<()> {
        let b = self.pop();
        let a = self.pop();
        let r = f(self, a, b);
        self.heap.decref(a);
        self.heap.decref(b);
        self.stack.push(r?);
        Ok(())
    }

    /// Pops one operand, pushes `f(a)`; the operand is dropped either way.
    #[inline(always)]
    fn apply1(&mut self, f: impl FnOnce(&mut Vm, Value) -> PyResult<Value>) -> PyResult<()> {
        let a = self.pop();
        let r = f(self, a);
        self.heap.decref(a);
        self.stack.push(r?);
        Ok(())
    }

    /// Runs a frame, registered in `frames` while it runs (for `dir()`, `vars()`, `locals()`).
    /// `a op b` for two small ints whose result fits, or floats (mixed with ints):
    /// computed on the stack, no calls, no refcounts.
    #[inline(always)]
    fn number_op_in_place(&mut self, op: crate::syntax::ast::BinOp) -> bool {
        use crate::syntax::ast::BinOp;
        let r = match self.stack[..] {
            [.., Value::Int(x), Value::Int(y)] => match ops::small_int_op(op, x, y) {
                Some(r) => r,
                None => return false,
            },
            [.., a @ (Value::Int(_) | Value::Float(_)), b @ (Value::Int(_) | Value::Float(_))] => {
                let (x, y) = (as_f64(a), as_f64(b));
                Value::Float(match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::Mult => x * y,
                    BinOp::Div if y != 0.0 => x / y,
                    _ => return false,
                })
            }
            _ => return false,
        };
        self.replace_top_two(r);
        true
    }

    /// A comparison of two ints or two floats on top of the stack, decided without touching it.
    #[inline(always)]
    fn number_compare(&self, c: crate::objects::code::CmpKind) -> Option<bool> {
        match self.stack[..] {
            [.., Value::Int(x), Value::Int(y)] => Some(ops::cmp_ord(c, x.cmp(&y))),
            [.., Value::Float(x), Value::Float(y)] => Some(ops::cmp_f64(c, x, y)),
            _ => None,
        }
    }

    /// Replaces the two (immediate) operands on top of the stack by the result.
    #[inline(always)]
    fn replace_top_two(&mut self, r: Value) {
        let n = self.stack.len();
        self.stack[n - 2] = r;
        self.stack.truncate(n - 1);
    }

    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<Exit> {
        self.run_frame_as(f, None)
    }

    /// Runs `f` with `obj` (a generator's frame object, borrowed) as its frame object.
    pub fn run_frame_as(&mut self, f: &mut Frame, obj: Option<ObjKey>) -> PyResult<Exit> {
        // What the caller (a native, or the shell) allocates after this frame is its own.
        let site = (self.heap.site_base, self.heap.site_ip);
        self.push_frame(f.code.clone(), f.base, f.globals, f.func);
        if let Some(fr) = self.frames.last_mut() {
            fr.locals = f.locals;
        }
        if let Some(k) = obj {
            self.attach_frame_object(k);
        }
        let r = self.run_frame_body(f);
        self.pop_frame(f.ip, !matches!(r, Ok(Exit::Yield(_))));
        (self.heap.site_base, self.heap.site_ip) = site;
        r
    }

    /// Runs `entry` and, inline in the same loop, every plain Python function it calls
    /// (CPython 3.11's approach): a call pushes the caller onto `callers` instead of recursing
    /// on the Rust stack, a return pops it. Natives that call back into Python still recurse.
    fn run_frame_body(&mut self, entry: &mut Frame) -> PyResult<Exit> {
        let mut f = self.spare_frame(entry);
        std::mem::swap(&mut *f, entry);
        // Suspended callers, each with the stack height its call instruction drops back to.
        let mut callers: Vec<(Box<Frame>, usize)> = Vec::new();
        let mut code = f.code.clone();
        let mut base = f.base;
        let mut globals = f.globals.as_obj().expect("globals dict");
        let mut ip = f.ip;
        self.heap.site_base = code.site_base;
        // Makes `f` (just switched to) the running frame.
        macro_rules! enter_frame {
            () => {
                code = f.code.clone();
                base = f.base;
                globals = f.globals.as_obj().expect("globals dict");
                ip = f.ip;
                self.heap.site_base = code.site_base;
            };
        }
        // Leaves the running inline frame for its caller: drops the callee's slots and the
        // caller's callable and arguments, as a returning call would.
        macro_rules! leave_frame {
            ($caller:expr, $ret_sp:expr) => {
                self.pop_frame(ip, true);
                // The callee's frame is cleared before its caller pops the callable.
                self.drop_slots(base);
                self.drop_slots($ret_sp);
                self.depth -= 1;
                let done = std::mem::replace(&mut f, $caller);
                self.frame_pool.push(done);
                enter_frame!();
            };
        }
        let mut thrown = f.thrown.take();
        // The exception `throw` brought is chained to the generator's own handled exception
        // only (vm/generators.rs), not to the caller's.
        let mut fresh_throw = false;
        loop {
            let mut reraise = false;
            let err: PyErr = 'run: {
                // A generator resumed by `throw` raises at its yield.
                if let Some(e) = thrown.take() {
                    fresh_throw = true;
                    break 'run e;
                }
                loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'run e,
                            }
                        };
                    }
                    if signals::pending() {
                        tri!(self.safe_point());
                    }
                    // Objects allocated by this instruction are stamped with its site.
                    self.heap.site_ip = ip as u32;
                    let op = code.ops[ip];
                    ip += 1;
                    match op {
                        Op::Nop => {}
                        Op::PopTop => {
                            let v = self.pop();
                            self.heap.decref(v);
                        }
                        Op::DupTop => {
                            let v = self.top();
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::DupTop2 => {
                            let n = self.stack.len();
                            let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                            self.heap.incref(a);
                            self.heap.incref(b);
                            self.stack.push(a);
                            self.stack.push(b);
                        }
                        Op::RotTwo => {
                            let n = self.stack.len();
                            self.stack.swap(n - 1, n - 2);
                        }
                        Op::RotThree => {
                            let n = self.stack.len();
                            let v = self.stack[n - 1];
                            self.stack.copy_within(n - 3..n - 1, n - 2);
                            self.stack[n - 3] = v;
                        }
                        Op::Rot(n) => {
                            let v = self.pop();
                            let at = self.stack.len() + 1 - n as usize;
                            self.stack.insert(at, v);
                        }
                        Op::Copy(n) => {
                            let v = self.stack[self.stack.len() - n as usize];
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::MatchSequence => {
                            let r = self.match_sequence(self.top());
                            self.stack.push(Value::Bool(r));
                        }
                        Op::MatchMapping => {
                            let r = self.match_mapping(self.top());
                            self.stack.push(Value::Bool(r));
                        }
                        Op::GetLen => {
                            let n = tri!(crate::builtins::len_of(self, self.top()));
                            self.stack.push(Value::Int(n as i64));
                        }
                        Op::MatchKeys => {
                            let n = self.stack.len();
                            let (subject, keys) = (self.stack[n - 2], self.stack[n - 1]);
                            let r = tri!(self.match_keys(subject, keys));
                            self.stack.push(r);
                        }
                        Op::MatchClass(nargs) => {
                            let names = self.pop();
                            let cls = self.pop();
                            let subject = self.pop();
                            let r = self.match_class(subject, cls, names, nargs as usize);
                            self.heap.decref(names);
                            self.heap.decref(cls);
                            self.heap.decref(subject);
                            let r = tri!(r);
                            self.stack.push(r);
                        }
                        Op::CheckEgMatch => {
                            let typ = self.pop();
                            let exc = self.pop();
                            let r =
                                crate::builtins::exception_group::check_eg_match(self, exc, typ);
                            self.heap.decref(typ);
                            self.heap.decref(exc);
                            let (rest, matched) = tri!(r);
                            if !matched.is(Value::None) {
                                self.heap.incref(matched);
                                let old = std::mem::replace(&mut self.handled, matched);
                                self.heap.decref(old);
                            }
                            self.stack.push(rest);
                            self.stack.push(matched);
                        }
                        Op::PrepReraiseStar => {
                            let excs = self.pop();
                            let orig = self.pop();
                            let r = crate::builtins::exception_group::prep_reraise_star(
                                self, orig, excs,
                            );
                            self.heap.decref(excs);
                            self.heap.decref(orig);
                            let r = tri!(r);
                            self.stack.push(r);
                        }
                        Op::CopyDictWithoutKeys => {
                            let keys = self.pop();
                            let subject = self.top();
                            let r = self.copy_dict_without_keys(subject, keys);
                            self.heap.decref(keys);
                            let r = tri!(r);
                            self.stack.push(r);
                        }
                        Op::RotFour => {
                            let n = self.stack.len();
                            let v = self.stack[n - 1];
                            self.stack.copy_within(n - 4..n - 1, n - 3);
                            self.stack[n - 4] = v;
                        }
                        Op::LoadConst(i) => {
                            let v = code.consts[i as usize];
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::LoadFast(i) => {
                            let v = self.stack[base + i as usize];
                            if v.is_undef() {
                                break 'run self.unbound_local(&code, i as usize);
                            }
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::StoreFast(i) => {
                            let v = self.pop();
                            let old = std::mem::replace(&mut self.stack[base + i as usize], v);
                            self.heap.decref(old);
                        }
                        Op::DeleteFast(i) => {
                            let old =
                                std::mem::replace(&mut self.stack[base + i as usize], Value::Undef);
                            if old.is_undef() {
                                break 'run self.unbound_local(&code, i as usize);
                            }
                            self.heap.decref(old);
                        }
                        Op::MakeCell(i) => {
                            let cell = self.heap.alloc(Kind::Cell(Value::Undef));
                            let old = std::mem::replace(&mut self.stack[base + i as usize], cell);
                            self.heap.decref(old);
                        }
                        Op::CopyFreeVars(n) => {
                            let closure = match f.func {
                                Value::Obj(k) => match self.heap.kind(k) {
                                    Kind::Function(func) => self.seq_items(func.closure),
                                    _ => Vec::new(),
                                },
                                _ => Vec::new(),
                            };
                            let start = code.nslots() - n as usize;
                            for (j, c) in closure.into_iter().enumerate() {
                                self.heap.incref(c);
                                let old = std::mem::replace(&mut self.stack[base + start + j], c);
                                self.heap.decref(old);
                            }
                        }
                        Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                            if let (Op::LoadClassDeref(_), Value::Obj(ns)) = (op, f.locals) {
                                let name = self.intern(&code.varnames[i as usize]);
                                if let Some(v) = self.ns_lookup(ns, name) {
                                    self.heap.incref(v);
                                    self.stack.push(v);
                                    continue;
                                }
                            }
                            let cell = self.stack[base + i as usize];
                            let v = match cell {
                                Value::Obj(k) => match self.heap.kind(k) {
                                    Kind::Cell(v) => *v,
                                    _ => Value::Undef,
                                },
                                _ => Value::Undef,
                            };
                            if v.is_undef() {
                                // The function's own cell variable is one of its locals.
                                if i < code.nlocals + code.ncells {
                                    break 'run self.unbound_local(&code, i as usize);
                                }
                                let name = code.varnames[i as usize].clone();
                                break 'run self.exception_with_msg(
                                self.types.name_error,
                                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                            );
                            }
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::StoreDeref(i) => {
                            let v = self.pop();
                            let cell = self.stack[base + i as usize];
                            if let Value::Obj(k) = cell {
                                if let Kind::Cell(c) = self.heap.kind_mut(k) {
                                    let old = std::mem::replace(c, v);
                                    self.heap.decref(old);
                                }
                            }
                        }
                        Op::DeleteDeref(i) => {
                            let cell = self.stack[base + i as usize];
                            if let Value::Obj(k) = cell {
                                if let Kind::Cell(c) = self.heap.kind_mut(k) {
                                    let old = std::mem::replace(c, Value::Undef);
                                    self.heap.decref(old);
                                }
                            }
                        }
                        Op::LoadClosure(i) => {
                            let cell = self.stack[base + i as usize];
                            self.heap.incref(cell);
                            self.stack.push(cell);
                        }
                        Op::LoadGlobal(i) => {
                            let v = match self.load_global(&code, i as usize, globals) {
                                Some(v) => v,
                                None => match self.lazy_builtin(code.consts[i as usize]) {
                                    Some(v) => v,
                                    None => {
                                        break 'run self.undefined_name(code.consts[i as usize], &f)
                                    }
                                },
                            };
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::StoreGlobal(i) => {
                            let v = self.pop();
                            self.ns_set(globals, code.consts[i as usize], v);
                        }
                        Op::DeleteGlobal(i) => {
                            let name = code.consts[i as usize];
                            if !self.ns_del(globals, name) {
                                break 'run self.undefined_name(name, &f);
                            }
                        }
                        Op::LoadName(i) => {
                            let name = code.consts[i as usize];
                            let ns = f.locals.as_obj().unwrap_or(globals);
                            if self.is_mapping_namespace(ns) {
                                if let Some(v) = tri!(self.mapping_ns_get(ns, name)) {
                                    self.stack.push(v);
                                    continue;
                                }
                            }
                            let v = self
                                .ns_lookup(ns, name)
                                .or_else(|| self.ns_lookup(globals, name))
                                .or_else(|| {
                                    self.ns_lookup(self.builtins.as_obj().expect("builtins"), name)
                                })
                                .or_else(|| self.lazy_builtin(name));
                            match v {
                                Some(v) => {
                                    self.heap.incref(v);
                                    self.stack.push(v);
                                }
                                None => break 'run self.undefined_name(name, &f),
                            }
                        }
                        Op::SetupAnnotations(i) => {
                            let name = code.consts[i as usize];
                            let ns = f.locals.as_obj().unwrap_or(globals);
                            if self.ns_lookup(ns, name).is_none() {
                                let d = self.new_dict();
                                self.ns_set(ns, name, d);
                            }
                        }
                        Op::StoreName(i) => {
                            let v = self.pop();
                            let ns = f.locals.as_obj().unwrap_or(globals);
                            if self.is_mapping_namespace(ns) {
                                tri!(self.setitem(Value::Obj(ns), code.consts[i as usize], v));
                                continue;
                            }
                            self.ns_set(ns, code.consts[i as usize], v);
                        }
                        Op::DeleteName(i) => {
                            let name = code.consts[i as usize];
                            let ns = f.locals.as_obj().unwrap_or(globals);
                            if self.is_mapping_namespace(ns) {
                                tri!(self.delitem(Value::Obj(ns), name));
                                continue;
                            }
                            if !self.ns_del(ns, name) {
                                break 'run self.undefined_name(name, &f);
                            }
                        }
                        Op::LoadAttr(i) => {
                            // A frame can read its own `f_lineno`.
                            self.note_ip(ip);
                            let obj = self.pop();
                            let r = self.getattr(obj, code.consts[i as usize]);
                            self.heap.decref(obj);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::StoreAttr(i) => {
                            let obj = self.pop();
                            let v = self.pop();
                            let r = self.setattr(obj, code.consts[i as usize], v);
                            self.heap.decref(obj);
                            tri!(r);
                        }
                        Op::DeleteAttr(i) => {
                            let obj = self.pop();
                            let r = self.delattr(obj, code.consts[i as usize]);
                            self.heap.decref(obj);
                            tri!(r);
                        }
                        Op::LoadMethod(i) => {
                            let obj = self.pop();
                            let name = code.consts[i as usize];
                            match self.method_fast(obj, name) {
                                Some(m) => {
                                    self.heap.incref(m);
                                    self.stack.push(m);
                                    self.stack.push(obj);
                                }
                                None => {
                                    let r = self.getattr(obj, name);
                                    self.heap.decref(obj);
                                    let v = tri!(r);
                                    self.stack.push(v);
                                    self.stack.push(Value::Undef);
                                }
                            }
                        }
                        Op::CallMethod(n) => {
                            let n = n as usize;
                            let sp = self.stack.len();
                            let recv = self.stack[sp - n - 1];
                            let func = self.stack[sp - n - 2];
                            let (start, argc) = if recv.is_undef() {
                                (sp - n, n)
                            } else {
                                (sp - n - 1, n + 1)
                            };
                            self.note_ip(ip);
                            if let Some(callee) = self.inline_call(func, start, argc) {
                                f.ip = ip;
                                callers.push((std::mem::replace(&mut f, callee), sp - n - 2));
                                enter_frame!();
                                continue;
                            }
                            let r = self.call_from_stack(func, start, argc);
                            // Pops the args, the receiver slot and the callable.
                            self.drop_slots(sp - n - 2);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::Call(n) => {
                            let n = n as usize;
                            let sp = self.stack.len();
                            let func = self.stack[sp - n - 1];
                            self.note_ip(ip);
                            if let Some(callee) = self.inline_call(func, sp - n, n) {
                                f.ip = ip;
                                callers.push((std::mem::replace(&mut f, callee), sp - n - 1));
                                enter_frame!();
                                continue;
                            }
                            let r = self.call_from_stack(func, sp - n, n);
                            self.drop_slots(sp - n - 1);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::CallKw(n) => {
                            let n = n as usize;
                            // The names are a const of the running code, which keeps them
                            // alive: borrowed for the call, as CPython's kwnames.
                            let names = self.pop();
                            self.heap.decref(names);
                            let names_v: Vec<Value> = self.seq_items(names);
                            let sp = self.stack.len();
                            let func = self.stack[sp - n - 1];
                            let nkw = names_v.len();
                            self.note_ip(ip);
                            let args: SmallVec<[Value; 8]> =
                                self.stack[sp - n..sp - nkw].iter().copied().collect();
                            let kwargs: SmallVec<[(Value, Value); 4]> = names_v
                                .iter()
                                .zip(self.stack[sp - nkw..].iter())
                                .map(|(k, v)| (*k, *v))
                                .collect();
                            let r = match self.python_callee(func) {
                                Some((fk, recv)) => {
                                    self.call_function_moving(fk, recv, sp - n, n - nkw, &kwargs)
                                }
                                None => self.call_kw(func, &args, &kwargs),
                            };
                            self.drop_slots(sp - n - 1);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::CallEx(has_kw) => {
                            let kw = if has_kw { self.pop() } else { Value::Undef };
                            let args = self.pop();
                            let func = self.pop();
                            self.note_ip(ip);
                            let r = self.call_ex(func, args, kw);
                            self.heap.decref(kw);
                            self.heap.decref(args);
                            self.heap.decref(func);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::BinarySubscr => tri!(self.apply2(|vm, obj, idx| vm.getitem(obj, idx))),
                        Op::StoreSubscr => {
                            let idx = self.pop();
                            let obj = self.pop();
                            let v = self.pop();
                            let r = self.setitem(obj, idx, v);
                            self.heap.decref(idx);
                            self.heap.decref(obj);
                            tri!(r);
                        }
                        Op::DeleteSubscr => {
                            let idx = self.pop();
                            let obj = self.pop();
                            let r = self.delitem(obj, idx);
                            self.heap.decref(idx);
                            self.heap.decref(obj);
                            tri!(r);
                        }
                        Op::BuildSlice(n) => {
                            let step = if n == 3 { self.pop() } else { Value::None };
                            let stop = self.pop();
                            let start = self.pop();
                            let s = self.heap.alloc(Kind::Slice(Box::new([start, stop, step])));
                            self.stack.push(s);
                        }
                        Op::Binary(bop) | Op::Inplace(bop) => {
                            let done = self.number_op_in_place(bop)
                                || (bop == BinOp::Add
                                    && self.concat_in_place(
                                        code.ops.get(ip),
                                        &code,
                                        base,
                                        globals,
                                        f.locals,
                                    ));
                            if !done {
                                let inplace = matches!(op, Op::Inplace(_));
                                tri!(self.apply2(|vm, a, b| if inplace {
                                    vm.inplace(bop, a, b)
                                } else {
                                    vm.binary(bop, a, b)
                                }))
                            }
                        }
                        Op::Unary(u) => tri!(self.apply1(|vm, a| vm.unary(u, a))),
                        Op::Compare(c) => match self.number_compare(c) {
                            // A numeric test followed by a conditional jump (`while k < n:`)
                            // jumps directly, with no bool pushed and popped.
                            Some(r) => match code.ops.get(ip) {
                                Some(&Op::PopJumpIfFalse(t)) => {
                                    self.stack.truncate(self.stack.len() - 2);
                                    ip = if r { ip + 1 } else { t as usize };
                                }
                                Some(&Op::PopJumpIfTrue(t)) => {
                                    self.stack.truncate(self.stack.len() - 2);
                                    ip = if r { t as usize } else { ip + 1 };
                                }
                                _ => self.replace_top_two(Value::Bool(r)),
                            },
                            None => tri!(self.apply2(|vm, a, b| vm.compare(c, a, b))),
                        },
                        Op::Is(invert) => {
                            tri!(self.apply2(|_, a, b| Ok(Value::Bool(a.is(b) != invert))))
                        }
                        Op::In(invert) => {
                            tri!(self
                                .apply2(|vm, a, b| Ok(Value::Bool(vm.contains(b, a)? != invert))))
                        }
                        Op::Jump(t) => ip = t as usize,
                        Op::PopJumpIfFalse(t) => {
                            let v = self.pop();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => {
                                    let r = self.truthy(v);
                                    self.heap.decref(v);
                                    tri!(r)
                                }
                            };
                            if !b {
                                ip = t as usize;
                            }
                        }
                        Op::PopJumpIfTrue(t) => {
                            let v = self.pop();
                            let b = match v {
                                Value::Bool(b) => b,
                                _ => {
                                    let r = self.truthy(v);
                                    self.heap.decref(v);
                                    tri!(r)
                                }
                            };
                            if b {
                                ip = t as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop(t) => {
                            let v = self.top();
                            if !tri!(self.truthy(v)) {
                                ip = t as usize;
                            } else {
                                self.pop();
                                self.heap.decref(v);
                            }
                        }
                        Op::JumpIfTrueOrPop(t) => {
                            let v = self.top();
                            if tri!(self.truthy(v)) {
                                ip = t as usize;
                            } else {
                                self.pop();
                                self.heap.decref(v);
                            }
                        }
                        Op::GetIter => tri!(self.apply1(|vm, v| vm.get_iter(v))),
                        Op::ForIter(t) => {
                            let it = self.top();
                            match tri!(self.next(it)) {
                                Some(v) => self.stack.push(v),
                                None => {
                                    self.pop();
                                    self.heap.decref(it);
                                    ip = t as usize;
                                }
                            }
                        }
                        Op::BuildList(n) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            let v = self.new_list(items);
                            self.stack.push(v);
                        }
                        Op::BuildTuple(n) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            let v = self.new_tuple(items);
                            self.stack.push(v);
                        }
                        Op::BuildSet(n) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            let s = crate::builtins::set::new_set(self, false);
                            let sk = s.as_obj().expect("set");
                            let mut res = Ok(());
                            for it in &items {
                                if res.is_ok() {
                                    res = self.set_add(sk, *it);
                                }
                            }
                            self.heap.decref_all(items);
                            if let Err(e) = res {
                                self.heap.decref(s);
                                break 'run e;
                            }
                            self.stack.push(s);
                        }
                        Op::BuildConstSet(n) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            let r = crate::builtins::set::const_set_display(self, &items);
                            self.heap.decref_all(items);
                            match r {
                                Ok(s) => self.stack.push(s),
                                Err(e) => break 'run e,
                            }
                        }
                        Op::BuildMap(n) => {
                            let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                            let d = self.new_dict();
                            let dk = d.as_obj().expect("dict");
                            let mut res = Ok(());
                            for pair in items.chunks(2) {
                                if res.is_ok() {
                                    self.heap.incref(pair[1]);
                                    res = self.dict_set(dk, pair[0], pair[1]);
                                }
                            }
                            self.heap.decref_all(items);
                            if let Err(e) = res {
                                self.heap.decref(d);
                                break 'run e;
                            }
                            self.stack.push(d);
                        }
                        Op::BuildString(n) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            let mut s = String::new();
                            for it in &items {
                                s.push_str(self.str_of(*it).unwrap_or(""));
                            }
                            self.heap.decref_all(items);
                            let v = self.new_str(s);
                            self.stack.push(v);
                        }
                        Op::ListAppend(d) => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            if let Value::Obj(k) = target {
                                if let Err(e) = self.list_reserve(k, 1) {
                                    self.heap.decref(v);
                                    break 'run e;
                                }
                                if let Kind::List(l) = self.heap.kind_mut(k) {
                                    l.push(v);
                                }
                            }
                        }
                        Op::SetAdd(d) => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            let r = self.set_add(target.as_obj().expect("set"), v);
                            self.heap.decref(v);
                            tri!(r);
                        }
                        Op::MapAdd(d) => {
                            let v = self.pop();
                            let k = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            let r = self.dict_set(target.as_obj().expect("dict"), k, v);
                            self.heap.decref(k);
                            tri!(r);
                        }
                        Op::ListExtend(d) => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            let r = self.iterate_starred(v);
                            self.heap.decref(v);
                            let items = tri!(r);
                            if let Value::Obj(k) = target {
                                tri!(self.list_extend(k, items));
                            }
                        }
                        Op::SetUpdate(d) => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            let r = self.iterate(v);
                            self.heap.decref(v);
                            let items = tri!(r);
                            let mut res = Ok(());
                            for it in &items {
                                if res.is_ok() {
                                    res = self.set_add(target.as_obj().expect("set"), *it);
                                }
                            }
                            self.heap.decref_all(items);
                            tri!(res);
                        }
                        Op::DictUpdate(d) | Op::DictMerge(d) => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - d as usize];
                            let how = match op {
                                // The callable sits below the positional tuple and this dict.
                                Op::DictMerge(_) => crate::builtins::dict::Update::Call(
                                    self.stack[self.stack.len() - d as usize - 2],
                                ),
                                _ => crate::builtins::dict::Update::Display,
                            };
                            let r = crate::builtins::dict::update_from(self, target, v, how);
                            self.heap.decref(v);
                            tri!(r);
                        }
                        Op::ListToTuple => {
                            let v = self.pop();
                            let items = match self.heap.kind_mut(v.as_obj().expect("list")) {
                                Kind::List(l) => std::mem::take(l),
                                _ => Vec::new(),
                            };
                            self.heap.decref(v);
                            let t = self.new_tuple(items);
                            self.stack.push(t);
                        }
                        Op::FormatValue(conv, has_spec) => {
                            let spec = if has_spec { self.pop() } else { Value::Undef };
                            let v = self.pop();
                            let r = self.format_value(v, conv, spec);
                            self.heap.decref(v);
                            self.heap.decref(spec);
                            let s = tri!(r);
                            self.stack.push(s);
                        }
                        Op::UnpackSequence(n) => {
                            let v = self.pop();
                            let r = self.unpack(v, n as usize, None);
                            self.heap.decref(v);
                            let items = tri!(r);
                            self.stack.extend(items.into_iter().rev());
                        }
                        Op::UnpackEx(before, after) => {
                            let v = self.pop();
                            let r = self.unpack(v, before as usize, Some(after as usize));
                            self.heap.decref(v);
                            let items = tri!(r);
                            self.stack.extend(items.into_iter().rev());
                        }
                        Op::MakeFunction(flags) => {
                            let codev = self.pop();
                            let closure = if flags & MF_CLOSURE != 0 {
                                self.pop()
                            } else {
                                Value::Undef
                            };
                            let annotations = if flags & MF_ANNOTATIONS != 0 {
                                self.pop()
                            } else {
                                Value::None
                            };
                            let kwdefaults = if flags & MF_KWDEFAULTS != 0 {
                                self.pop()
                            } else {
                                Value::Undef
                            };
                            let defaults = if flags & MF_DEFAULTS != 0 {
                                self.pop()
                            } else {
                                Value::Undef
                            };
                            let v =
                                self.make_function(codev, defaults, kwdefaults, closure, f.globals);
                            if let (Value::Obj(k), false) = (v, annotations.is(Value::None)) {
                                if let Kind::Function(func) = self.heap.kind_mut(k) {
                                    func.annotations = annotations;
                                }
                            }
                            self.stack.push(v);
                        }
                        Op::ReturnValue => {
                            let v = self.pop();
                            match callers.pop() {
                                Some((caller, ret_sp)) => {
                                    leave_frame!(caller, ret_sp);
                                    self.stack.push(v);
                                }
                                None => {
                                    f.ip = ip;
                                    std::mem::swap(&mut *f, entry);
                                    self.frame_pool.push(f);
                                    return Ok(Exit::Return(v));
                                }
                            }
                        }
                        Op::YieldValue => {
                            // Only generator frames yield, and they are never run inline.
                            let v = self.pop();
                            f.ip = ip;
                            std::mem::swap(&mut *f, entry);
                            self.frame_pool.push(f);
                            return Ok(Exit::Yield(v));
                        }
                        Op::GetYieldFromIter => tri!(self.apply1(|vm, v| vm.get_iter(v))),
                        Op::Send(t) => {
                            let sent = self.pop();
                            let it = self.top();
                            let r = self.send_into(it, sent);
                            self.heap.decref(sent);
                            match tri!(r) {
                                GenResult::Yield(v) => self.stack.push(v),
                                GenResult::Return(v) => {
                                    let it = self.pop();
                                    self.heap.decref(it);
                                    self.stack.push(v);
                                    ip = t as usize;
                                }
                            }
                        }
                        Op::Raise(n) => {
                            let e = match n {
                                0 => {
                                    let h = self.current_exception();
                                    if h.is(Value::None) {
                                        break 'run self.runtime_error(
                                            "No active exception to reraise".into(),
                                        );
                                    }
                                    reraise = true;
                                    PyErr(self.incref(h))
                                }
                                1 => {
                                    self.last_chained = None;
                                    let v = self.pop();
                                    let r = self.make_raisable(v);
                                    self.heap.decref(v);
                                    PyErr(tri!(r))
                                }
                                _ => {
                                    self.last_chained = None;
                                    let cause = self.pop();
                                    let v = self.pop();
                                    let r = self.make_raisable(v);
                                    self.heap.decref(v);
                                    let exc = match r {
                                        Ok(e) => e,
                                        Err(e) => {
                                            self.heap.decref(cause);
                                            break 'run e;
                                        }
                                    };
                                    let cause = if cause.is(Value::None) {
                                        cause
                                    } else {
                                        match self.make_raisable(cause) {
                                            Ok(c) => {
                                                self.heap.decref(cause);
                                                c
                                            }
                                            Err(e) => {
                                                self.heap.decref(cause);
                                                self.heap.decref(exc);
                                                break 'run self.type_error("exception causes must derive from BaseException".into()).tap_drop(self, e);
                                            }
                                        }
                                    };
                                    self.set_cause(exc, cause, true);
                                    PyErr(exc)
                                }
                            };
                            break 'run e;
                        }
                        Op::Reraise => {
                            let v = self.pop();
                            reraise = true;
                            break 'run PyErr(v);
                        }
                        Op::SetupExcept(t) => f.blocks.push(Block {
                            handler: t,
                            level: (self.stack.len() - base) as u32,
                        }),
                        Op::SetupCleanup(t) => f.blocks.push(Block {
                            handler: t,
                            level: (self.stack.len() - base - 1) as u32,
                        }),
                        Op::PopBlock => {
                            f.blocks.pop();
                        }
                        Op::PushExcInfo => {
                            let exc = self.pop();
                            let prev = std::mem::replace(&mut self.handled, exc);
                            self.heap.incref(exc);
                            self.stack.push(prev);
                            self.stack.push(exc);
                        }
                        Op::PopExcept => {
                            let prev = self.pop();
                            let old = std::mem::replace(&mut self.handled, prev);
                            self.heap.decref(old);
                        }
                        Op::CheckExcMatch => {
                            let typ = self.pop();
                            let exc = self.top();
                            let r = self.exception_matches(exc, typ);
                            self.heap.decref(typ);
                            let m = tri!(r);
                            self.stack.push(Value::Bool(m));
                        }
                        Op::BeforeWith => {
                            // As CPython's BEFORE_WITH: both methods are looked up on the type,
                            // __enter__ first, each failure with its own message.
                            let ctx = self.pop();
                            let t = self.type_of(ctx);
                            let found = match self.special(ctx, self.names.enter) {
                                None => Err(""),
                                Some(enter) => match self.special(ctx, self.names.exit) {
                                    None => Err(" (missed __exit__ method)"),
                                    Some(exit) => Ok((enter, exit)),
                                },
                            };
                            let (enter, exit) = match found {
                                Ok(pair) => pair,
                                Err(missed) => {
                                    let name = self.type_name(ctx);
                                    self.heap.decref(ctx);
                                    break 'run self.type_error(format!(
                                    "'{name}' object does not support the context manager protocol{missed}"
                                ));
                                }
                            };
                            let bound = self.bind(exit, ctx, t).and_then(|exit| {
                                match self.bind(enter, ctx, t) {
                                    Ok(enter) => Ok((enter, exit)),
                                    Err(e) => {
                                        self.heap.decref(exit);
                                        Err(e)
                                    }
                                }
                            });
                            self.heap.decref(ctx);
                            let (enter, exit) = tri!(bound);
                            let r = self.call(enter, &[]);
                            self.heap.decref(enter);
                            self.stack.push(exit);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::WithExceptStart => {
                            let n = self.stack.len();
                            let exc = self.stack[n - 1];
                            let exit = self.stack[n - 3];
                            let t = Value::Obj(self.type_of(exc));
                            let tb = self.traceback_of(exc);
                            let r = self.call(exit, &[t, exc, tb]);
                            self.heap.decref(tb);
                            self.stack.push(tri!(r));
                        }
                        Op::WithExit => {
                            let exit = self.pop();
                            let r = self.call(exit, &[Value::None, Value::None, Value::None]);
                            self.heap.decref(exit);
                            let v = tri!(r);
                            self.heap.decref(v);
                        }
                        Op::LoadAssertionError => {
                            let v = Value::Obj(self.types.assertion_error);
                            self.heap.incref(v);
                            self.stack.push(v);
                        }
                        Op::ImportName(i) | Op::ImportModule(i) => {
                            let leaf = matches!(op, Op::ImportModule(_));
                            let name = code.consts[i as usize];
                            let m = tri!(self.import_statement(name, Value::Obj(globals), leaf));
                            self.stack.push(m);
                        }
                        Op::ImportFrom(i) => {
                            let v = tri!(self.import_from(self.top(), code.consts[i as usize]));
                            self.stack.push(v);
                        }
                        Op::ImportStar => {
                            // The module stays on the stack (a root) while submodules run.
                            let m = self.top();
                            let into = match f.locals {
                                v @ Value::Obj(_) => v,
                                _ => f.globals,
                            };
                            let r = crate::builtins::import_star(self, m, into);
                            let m = self.pop();
                            self.heap.decref(m);
                            tri!(r);
                        }
                        Op::BuildClass(nbases) | Op::BuildClassKw(nbases) => {
                            let kw = match op {
                                Op::BuildClassKw(_) => self.pop(),
                                _ => Value::None,
                            };
                            let bases = self.stack.split_off(self.stack.len() - nbases as usize);
                            let name = self.pop();
                            let body = self.pop();
                            let r = self.build_class(body, name, &bases, kw);
                            self.heap.decref(kw);
                            self.heap.decref_all(bases);
                            self.heap.decref(name);
                            self.heap.decref(body);
                            let v = tri!(r);
                            self.stack.push(v);
                        }
                        Op::Checkpoint => {
                            if self.verify {
                                f.ip = ip;
                                self.verify_heap(&format!("line {}", code.line_at(ip - 1)));
                            }
                        }
                    }
                }
            };
            // An exception: record where it passed, chain it to the one being handled, and
            // unwind to the innermost open block, leaving frames that have none.
            loop {
                let line = code.line_at(ip.saturating_sub(1));
                if !reraise {
                    let position = code.position_at(ip.saturating_sub(1));
                    self.add_traceback(err.0, ip.saturating_sub(1), line, position);
                    let handled = self.current_exception();
                    let thrown_here = std::mem::take(&mut fresh_throw);
                    let chained_already =
                        err.0.as_obj().is_some_and(|k| self.last_chained == Some(k));
                    self.last_chained = err.0.as_obj();
                    if !chained_already
                        && !thrown_here
                        && !handled.is(Value::None)
                        && !handled.is(err.0)
                    {
                        let has_context = match err.0 {
                            Value::Obj(k) => {
                                matches!(self.heap.kind(k), Kind::Exception(e) if !e.context.is(Value::None))
                            }
                            _ => true,
                        };
                        if !has_context {
                            let h = handled;
                            self.heap.incref(h);
                            self.set_cause(err.0, h, false);
                        }
                    }
                }
                match f.blocks.pop() {
                    Some(b) => {
                        self.drop_slots(base + b.level as usize);
                        self.stack.push(err.0);
                        ip = b.handler as usize;
                        break;
                    }
                    None => match callers.pop() {
                        Some((caller, ret_sp)) => {
                            leave_frame!(caller, ret_sp);
                            reraise = false;
                        }
                        None => {
                            f.ip = ip;
                            std::mem::swap(&mut *f, entry);
                            self.frame_pool.push(f);
                            return Err(err);
                        }
                    },
                }
            }
        }
    }

    /// Runs a class body with a fresh namespace and creates the class.
    /// Runs a class body in `ns` (borrowed): its locals namespace.
    pub(super) fn run_class_body(&mut self, body: Value, ns: Value) -> PyResult<()> {
        let Value::Obj(fk) = body else {
            unreachable!("class body function")
        };
        let (code, globals) = match self.heap.kind(fk) {
            Kind::Function(func) => (func.code.clone(), func.globals),
            _ => unreachable!("class body function"),
        };
        let slots_base = self.stack.len();
        self.stack.resize(slots_base + code.nslots(), Value::Undef);
        let mut frame = Frame::new(code, slots_base, globals, body);
        frame.locals = ns;
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.drop_slots(slots_base);
        match r {
            Ok(Exit::Return(v) | Exit::Yield(v)) => {
                self.heap.decref(v);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn unbound_local(&mut self, code: &Code, slot: usize) -> PyErr {
        let name = code.varnames.get(slot).cloned().unwrap_or_default();
        self.exception_with_msg(
            self.types.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn undefined_name(&mut self, name: Value, f: &Frame) -> PyErr {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let mut suggestion = None;
        if f.code.kind != CodeKind::Module {
            let locals: Vec<String> = f.code.varnames.clone();
            suggestion = super::exc::best_suggestion(&n, locals.iter().map(String::as_str));
        }
        if suggestion.is_none() {
            let mut names: Vec<String> = Vec::new();
            if let Some(g) = f.globals.as_obj().and_then(|g| self.namespace(g)) {
                for e in g.iter() {
                    if let Some(s) = self.str_of(e.key) {
                        names.push(s.to_string());
                    }
                }
            }
            suggestion = super::exc::best_suggestion(&n, names.iter().map(String::as_str));
        }
        if suggestion.is_none() {
            let names = super::builtin_names::CPYTHON_BUILTIN_NAMES.iter().copied();
            suggestion = super::exc::best_suggestion(&n, names);
        }
        self.name_error(&n, suggestion)
    }
}

trait TapDrop {
    fn tap_drop(self, vm: &mut Vm, other: PyErr) -> Self;
}

impl TapDrop for PyErr {
    fn tap_drop(self, vm: &mut Vm, other: PyErr) -> PyErr {
        vm.heap.decref(other.0);
        self
    }
}
