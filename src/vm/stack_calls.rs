//! Calls made by the eval loop: the fast path of LoadMethod, binding plain positional calls
//! straight from the value stack (inline frames for Python callees, moved arguments),
//! `f(*args, **kwargs)`, and building function objects.

use std::rc::Rc;

use smallvec::SmallVec;

use super::eval::Frame;
use super::{PyResult, Vm};
use crate::heap::object::{Function, Kind};
use crate::heap::Value;
use crate::objects::code::Code;

impl Vm {
    /// LoadMethod's fast path: a function or builtin method found on the type, not shadowed by
    /// an instance attribute. Returns the borrowed callable.
    pub(super) fn method_fast(&self, obj: Value, name: Value) -> Option<Value> {
        if let Value::Obj(k) = obj {
            match self.heap.kind(k) {
                Kind::Instance(_) if self.ns_lookup(k, name).is_some() => return None,
                Kind::Class(_)
                | Kind::Module(_)
                | Kind::Super(_)
                | Kind::Function(_)
                | Kind::Exception(_) => return None,
                _ => {}
            }
        }
        let class = self.type_of(obj);
        // A class's own __getattribute__ sees method lookups too.
        if self.class_hooks(class) & crate::heap::object::HOOK_GETATTRIBUTE != 0 {
            return None;
        }
        let m = self.class_lookup(class, name)?;
        match m {
            Value::Obj(mk) => match self.heap.kind(mk) {
                Kind::Function(_) => Some(m),
                Kind::Native(n) if n.bound.is_undef() && !n.owner.is(Value::None) => Some(m),
                _ => None,
            },
            _ => None,
        }
    }

    /// Calls `func` with `argc` arguments found on the stack at `start` (borrowed). Python
    /// functions with plain positional signatures bind in place.
    pub(super) fn call_from_stack(
        &mut self,
        func: Value,
        start: usize,
        argc: usize,
    ) -> PyResult<Value> {
        if let Value::Obj(k) = func {
            if let Some((code, globals)) = self.bind_from_stack(k, start, argc, false) {
                let base = self.stack.len() - code.nslots();
                return self.run_function(k, code, globals, base);
            }
        }
        if let Some((fk, recv)) = self.python_callee(func) {
            return self.call_function_moving(fk, recv, start, argc, &[]);
        }
        let args = SmallVec::<[Value; 8]>::from_slice(&self.stack[start..start + argc]);
        self.call_kw(func, &args, &[])
    }

    /// A frame for `func` called with `argc` positional arguments at `start`, to run inline,
    /// when it is a plain (non-generator) Python function within the recursion limit.
    #[inline]
    pub(super) fn inline_call(
        &mut self,
        func: Value,
        start: usize,
        argc: usize,
    ) -> Option<Box<Frame>> {
        let Value::Obj(k) = func else { return None };
        let (code, globals) = self.bind_from_stack(k, start, argc, true)?;
        let base = self.stack.len() - code.nslots();
        self.depth += 1;
        self.push_frame(code.clone(), base, globals, func);
        let mut nf = match self.frame_pool.pop() {
            Some(nf) => nf,
            None => Box::new(Frame::new(code.clone(), base, globals, func)),
        };
        nf.code = code;
        nf.base = base;
        nf.globals = globals;
        nf.locals = Value::Undef;
        nf.func = func;
        nf.blocks.clear();
        nf.ip = 0;
        Some(nf)
    }

    /// A pooled frame box (its contents are stale and get overwritten), or a new one.
    pub(super) fn spare_frame(&mut self, like: &Frame) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(f) => f,
            None => Box::new(Frame::new(
                like.code.clone(),
                like.base,
                like.globals,
                like.func,
            )),
        }
    }

    /// For a function whose parameters are plain positional ones (some may take defaults):
    /// moves the arguments into the first slots of a new frame on top of the stack (the caller's
    /// copies become Undef, so refcounts inside the callee are CPython's), fills defaults and
    /// sizes the frame. None, touching nothing, for any other signature or argument count, or
    /// (`inline`) for a generator function or a call beyond the recursion limit.
    #[inline(always)]
    fn bind_from_stack(
        &mut self,
        k: crate::heap::ObjKey,
        start: usize,
        argc: usize,
        inline: bool,
    ) -> Option<(Rc<Code>, Value)> {
        let Kind::Function(fobj) = self.heap.kind(k) else {
            return None;
        };
        let code = &fobj.code;
        let nparams = code.argcount as usize;
        if !code.plain_positional
            || argc > nparams
            || argc < nparams && argc + self.seq_slice(fobj.defaults).len() < nparams
            || inline && (code.generator || self.depth >= self.recursion_limit)
        {
            return None;
        }
        let code = code.clone();
        let globals = fobj.globals;
        let base = self.stack.len();
        self.stack.reserve(code.nslots());
        for i in 0..argc {
            let a = std::mem::take(&mut self.stack[start + i]);
            self.stack.push(a);
        }
        if argc < nparams {
            let Kind::Function(fobj) = self.heap.kind(k) else {
                return None;
            };
            let all: &[Value] = match fobj.defaults {
                Value::Obj(d) => match self.heap.kind(d) {
                    Kind::Tuple(t) => t,
                    _ => &[],
                },
                _ => &[],
            };
            let defaults = &all[all.len() - (nparams - argc)..];
            let first = self.stack.len();
            self.stack.extend_from_slice(defaults);
            for i in first..self.stack.len() {
                let d = self.stack[i];
                self.heap.incref(d);
            }
        }
        self.stack.resize(base + code.nslots(), Value::Undef);
        Some((code, globals))
    }

    /// The Python function behind `func` (itself, or a bound method's function with its
    /// receiver), for calls that move their arguments.
    pub(super) fn python_callee(
        &self,
        func: Value,
    ) -> Option<(crate::heap::ObjKey, Option<Value>)> {
        let Value::Obj(k) = func else { return None };
        match self.heap.kind(k) {
            Kind::Function(_) => Some((k, None)),
            Kind::BoundMethod(m) => match m.func {
                Value::Obj(fk) if matches!(self.heap.kind(fk), Kind::Function(_)) => {
                    Some((fk, Some(m.receiver)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    pub(super) fn call_ex(&mut self, func: Value, args: Value, kw: Value) -> PyResult<Value> {
        // `f(*x)` with x alone passes x itself: anything but a tuple becomes one here.
        if !matches!(args, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Tuple(_))) {
            if !self.has_iter(args) {
                let fs = self.func_str(func);
                let t = self.type_name(args);
                return Err(self.type_error(format!(
                    "{fs} argument after * must be an iterable, not {t}"
                )));
            }
            let items = self.iterate(args)?;
            let t = self.new_tuple(items);
            let r = self.call_ex(func, t, kw);
            self.heap.decref(t);
            return r;
        }
        let args_v = self.seq_items(args);
        let mut kwargs: Vec<(Value, Value)> = Vec::new();
        if let Value::Obj(k) = kw {
            if let Kind::Dict(d) = self.heap.kind(k) {
                kwargs = d.iter().map(|e| (e.key, e.value)).collect();
            }
        }
        for (k, _) in &kwargs {
            if self.str_of(*k).is_none() {
                return Err(self.type_error("keywords must be strings".into()));
            }
        }
        // Keep the borrowed keyword values alive across the call.
        self.call_kw(func, &args_v, &kwargs)
    }

    pub(super) fn make_function(
        &mut self,
        codev: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        globals: Value,
    ) -> Value {
        let code = match codev {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Code(c) => c.clone(),
                _ => unreachable!("MakeFunction takes a code object"),
            },
            _ => unreachable!("MakeFunction takes a code object"),
        };
        // The positional defaults tuple is kept as it is; keyword-only defaults (a tuple with
        // Undef where a parameter has none) become the dict CPython keeps.
        let defaults = if defaults.is_undef() {
            Value::None
        } else {
            defaults
        };
        let kwdefaults = if kwdefaults.is_undef() {
            Value::None
        } else {
            let values = self.seq_items(kwdefaults);
            let d = self.new_dict();
            let first = (code.argcount) as usize;
            for (i, v) in values.into_iter().enumerate() {
                if v.is_undef() {
                    continue;
                }
                let key = self.intern(&code.varnames[first + i]);
                self.heap.incref(v);
                self.ns_set(d.as_obj().expect("dict"), key, v);
            }
            self.heap.decref(kwdefaults);
            d
        };
        // The closure stays a tuple of cells (`__closure__`), an object of its own as in CPython.
        let closure = if closure.is_undef() {
            Value::None
        } else {
            closure
        };
        let name = self.intern(&code.name.clone());
        let qualname = self.new_str(code.qualname.as_str());
        self.heap.incref(name);
        self.heap.incref(globals);
        let module = self
            .ns_lookup(globals.as_obj().expect("globals"), self.names.name)
            .unwrap_or(Value::None);
        self.heap.incref(module);
        let doc = code.doc.map_or(Value::None, |i| code.consts[i as usize]);
        self.heap.incref(doc);
        self.heap.alloc(Kind::Function(Box::new(Function {
            code,
            code_obj: codev,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            dict: Value::None,
            module,
            doc,
            annotations: Value::None,
        })))
    }
}
