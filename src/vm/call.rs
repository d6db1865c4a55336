//! Calls: dispatch on what is called (function, bound method, builtin, class, object with
//! `__call__`), binding arguments to parameter slots with CPython's error messages, frames for
//! Python functions, generator objects, and the recursion limit.

use std::rc::Rc;

use smallvec::SmallVec;

use super::eval::{Exit, Frame};
use super::native::Kwargs;
use super::{PyErr, PyResult, Vm};
use crate::builtins::signatures;
use crate::heap::object::{GenState, Generator, Kind, Layout, HOOK_ABSTRACT, HOOK_NEW};
use crate::heap::{ObjKey, Value};
use crate::objects::code::Code;

/// `[receiver, *args]` without a heap allocation for the usual few arguments.
pub fn with_receiver(receiver: Value, args: &[Value]) -> SmallVec<[Value; 8]> {
    let mut full = SmallVec::with_capacity(args.len() + 1);
    full.push(receiver);
    full.extend_from_slice(args);
    full
}

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Calls `f` with borrowed arguments; returns an owned result.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let Value::Obj(k) = f else {
            return Err(self.not_callable(f));
        };
        match self.heap.kind(k) {
            Kind::Function(_) => self.call_function(k, args, kwargs),
            Kind::BoundMethod(m) => {
                let (func, recv) = (m.func, m.receiver);
                self.call_kw(func, &with_receiver(recv, args), kwargs)
            }
            Kind::Native(n) => {
                let (id, bound, owner, sig, checked) = (n.f, n.bound, n.owner, n.sig, n.checked);
                // A builtin dunder unwraps a subclass instance itself: it may need the instance
                // (`__missing__`, `__iadd__` returning self).
                let stands_in = n.stands_in;
                let nf = self.natives[id.0 as usize];
                // An unbound method descriptor (`str.upper(x)`) takes its receiver first, and
                // it must be an instance of the owner.
                let receiver_in_args = bound.is_undef() && matches!(owner, Value::Obj(_));
                if let (true, Value::Obj(class)) = (receiver_in_args, owner) {
                    self.check_receiver(k, class, args)?;
                }
                if let Some(sig) = sig {
                    let n = args.len() - receiver_in_args as usize;
                    if let Err(e) = signatures::check(self, sig, n, !kwargs.is_empty()) {
                        return Err(self.name_class_receiver(e, bound, sig, n));
                    }
                }
                if checked && self.depth >= self.recursion_limit {
                    return Err(self.depth_error(" while calling a Python object"));
                }
                // A builtin data type's method works on a subclass instance's value.
                let receiver = if bound.is_undef() {
                    args.first().copied()
                } else {
                    Some(bound)
                };
                let unwrap = !stands_in
                    && receiver.is_some_and(|r| self.payload(r).is_some())
                    && matches!(owner, Value::Obj(c) if self.owns_payload_methods(c));
                self.native_level(|vm| match (bound.is_undef(), unwrap) {
                    (true, false) => nf(vm, args, kwargs),
                    (false, false) => nf(vm, &with_receiver(bound, args), kwargs),
                    (true, true) => {
                        let mut args: SmallVec<[Value; 8]> = args.iter().copied().collect();
                        if let Some(first) = args.first_mut() {
                            *first = vm.unwrap_payload(*first);
                        }
                        nf(vm, &args, kwargs)
                    }
                    (false, true) => {
                        let receiver = vm.unwrap_payload(bound);
                        nf(vm, &with_receiver(receiver, args), kwargs)
                    }
                })
            }
            // type.__call__ of a user class and an instance's __call__ go through CPython's
            // _PyObject_MakeTpCall, a counted builtin call; builtin types are vectorcall or
            // specialized in 3.11 (int is not).
            Kind::Class(c)
                if c.metaclass.is_none()
                    && !c.builtin
                    && c.layout == Layout::Object
                    && c.hooks & (HOOK_NEW | HOOK_ABSTRACT) == 0
                    && c.slots.is_empty() =>
            {
                self.deeper(" while calling a Python object", |vm| {
                    vm.new_plain_instance(k, args, kwargs)
                })
            }
            // `str(x)`, `list(it)`, …: nothing of a class statement's machinery applies.
            Kind::Class(c)
                if c.builtin
                    && c.metaclass.is_none()
                    && k != self.types.int
                    && !matches!(c.layout, Layout::Object | Layout::Exception | Layout::Type) =>
            {
                let layout = c.layout;
                crate::builtins::construct(self, k, layout, args, kwargs)
            }
            Kind::Class(c) if c.metaclass.is_some() => self
                .deeper(" while calling a Python object", |vm| {
                    vm.call_class_with_meta(k, args, kwargs)
                }),
            Kind::Class(c) if !c.builtin || k == self.types.int => self
                .deeper(" while calling a Python object", |vm| {
                    vm.instantiate(k, args, kwargs)
                }),
            Kind::Class(_) => self.instantiate(k, args, kwargs),
            Kind::WeakRef(_) => crate::builtins::weakref::call_ref(self, k, args, kwargs),
            Kind::Instance(_) => match self.special(f, self.names.call) {
                Some(c) => self.deeper(" while calling a Python object", |vm| {
                    vm.call_kw(c, &with_receiver(f, args), kwargs)
                }),
                None => Err(self.not_callable(f)),
            },
            Kind::StaticMethod(inner) => {
                let inner = *inner;
                self.call_kw(inner, args, kwargs)
            }
            _ => Err(self.not_callable(f)),
        }
    }

    /// CPython's errors for a method descriptor called without a fitting receiver.
    fn check_receiver(&mut self, native: ObjKey, class: ObjKey, args: &[Value]) -> PyResult<()> {
        // The common case, decided before any name is looked at: `list.append(xs, v)`.
        if args
            .first()
            .is_some_and(|&recv| self.isinstance(recv, class))
        {
            return Ok(());
        }
        let (name, slot) = match self.heap.kind(native) {
            Kind::Native(n) => (n.name, n.slot),
            _ => ("", false),
        };
        let cname = self.class_name(class);
        let Some(&recv) = args.first() else {
            return Err(self.type_error(if slot {
                format!("descriptor '{name}' of '{cname}' object needs an argument")
            } else {
                format!("unbound method {cname}.{name}() needs an argument")
            }));
        };
        if slot {
            if self.isinstance(recv, class) {
                return Ok(());
            }
            let t = self.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{name}' requires a '{cname}' object but received a '{t}'"
            )));
        }
        // dict.fromkeys and other classmethods receive the class itself.
        if matches!(recv, Value::Obj(r) if r == class || matches!(self.heap.kind(r), Kind::Class(_)) && self.is_subclass(r, class))
        {
            return Ok(());
        }
        if !self.isinstance(recv, class) {
            let t = self.type_name(recv);
            return Err(self.type_error(format!(
                "descriptor '{name}' for '{cname}' objects doesn't apply to a '{t}' object"
            )));
        }
        Ok(())
    }

    fn not_callable(&mut self, f: Value) -> PyErr {
        let t = self.type_name(f);
        self.type_error(format!("'{t}' object is not callable"))
    }

    /// Calls a Python function: binds the arguments into fresh slots on the stack and runs it
    /// (or wraps the frame in a generator).
    pub fn call_function(&mut self, fk: ObjKey, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let Kind::Function(func) = self.heap.kind(fk) else {
            return Err(self.type_error("not a function".into()));
        };
        let code = func.code.clone();
        let globals = func.globals;
        let base = self.stack.len();
        let nslots = code.nslots();
        self.stack.resize(base + nslots, Value::Undef);
        if let Err(e) = self.bind_args(fk, &code, args, kwargs, base) {
            self.drop_slots(base);
            return Err(e);
        }
        self.run_function(fk, code, globals, base)
    }

    /// Calls Python function `fk` with arguments that live on the value stack at
    /// `start..start + n` (positional first, then the values of `kwargs`), `receiver` first if
    /// given. Once bound, the caller's copies are released (set to Undef), so the arguments
    /// move into the callee as in CPython and refcounts seen inside it are CPython's.
    pub fn call_function_moving(
        &mut self,
        fk: ObjKey,
        receiver: Option<Value>,
        start: usize,
        npos: usize,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let Kind::Function(func) = self.heap.kind(fk) else {
            return Err(self.type_error("not a function".into()));
        };
        let code = func.code.clone();
        let globals = func.globals;
        let mut args: SmallVec<[Value; 8]> = SmallVec::with_capacity(npos + 1);
        args.extend(receiver);
        args.extend_from_slice(&self.stack[start..start + npos]);
        let base = self.stack.len();
        self.stack.resize(base + code.nslots(), Value::Undef);
        if let Err(e) = self.bind_args(fk, &code, &args, kwargs, base) {
            self.drop_slots(base);
            return Err(e);
        }
        for i in start..start + npos + kwargs.len() {
            let v = std::mem::take(&mut self.stack[i]);
            self.heap.decref(v);
        }
        self.run_function(fk, code, globals, base)
    }

    /// Runs a function whose slots start at `base` (already bound); pops them afterwards.
    pub fn run_function(
        &mut self,
        fk: ObjKey,
        code: Rc<Code>,
        globals: Value,
        base: usize,
    ) -> PyResult<Value> {
        if code.generator {
            let saved: Vec<Value> = self.stack.drain(base..).collect();
            let (name, qualname) = match self.heap.kind(fk) {
                Kind::Function(f) => (f.name, f.qualname),
                _ => (Value::None, Value::None),
            };
            self.heap.incref(Value::Obj(fk));
            self.heap.incref(globals);
            self.heap.incref(name);
            self.heap.incref(qualname);
            return Ok(self.heap.alloc(Kind::Generator(Box::new(Generator {
                code,
                func: Value::Obj(fk),
                globals,
                ip: 0,
                saved,
                state: GenState::Created,
                name,
                qualname,
                blocks: Vec::new(),
                exc_state: Value::None,
                frame: Value::Undef,
            }))));
        }
        if self.depth >= self.recursion_limit {
            self.drop_slots(base);
            return Err(self.depth_error(""));
        }
        self.depth += 1;
        let mut frame = Frame::new(code, base, globals, Value::Obj(fk));
        let r = self.on_stack(|vm| vm.run_frame(&mut frame));
        self.depth -= 1;
        self.drop_slots(base);
        match r {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        }
    }

    /// Drops every stack value from `base` up (the slots and leftovers of a finished frame),
    /// first to last as CPython's _PyFrame_Clear does, so locals die in the order they were
    /// declared (`__del__` shows it). Each slot is emptied before its value is released, so
    /// a finalizer that runs meanwhile never sees a freed value on the stack.
    pub fn drop_slots(&mut self, base: usize) {
        let end = self.stack.len();
        for i in base..end {
            let v = std::mem::replace(&mut self.stack[i], Value::Undef);
            self.heap.decref(v);
        }
        self.stack.truncate(base);
    }

    /// Places arguments into parameter slots `base..`, with CPython's messages for mismatches.
    fn bind_args(
        &mut self,
        fk: ObjKey,
        code: &Code,
        args: &[Value],
        kwargs: Kwargs,
        base: usize,
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.len().min(argcount);
        for (i, a) in args[..npos].iter().enumerate() {
            self.heap.incref(*a);
            self.stack[base + i] = *a;
        }
        let mut slot = argcount + kwonly;
        if code.varargs {
            let extra: Vec<Value> = args[npos..].to_vec();
            extra.iter().for_each(|v| self.heap.incref(*v));
            let t = self.new_tuple(extra);
            self.stack[base + slot] = t;
            slot += 1;
        } else if args.len() > argcount {
            return Err(self.too_many_positional(fk, code, args.len(), kwargs));
        }
        let kwdict = if code.varkw {
            let d = self.new_dict();
            self.stack[base + slot] = d;
            d.as_obj()
        } else {
            None
        };
        for &(name, value) in kwargs {
            let n = self.str_of(name).unwrap_or("").to_string();
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|v| *v == n)
                .filter(|&p| p >= code.posonlyargcount as usize);
            match pos {
                Some(p) => {
                    if !self.stack[base + p].is_undef() {
                        let q = self.func_qualname(fk);
                        return Err(self
                            .type_error(format!("{q}() got multiple values for argument '{n}'")));
                    }
                    self.heap.incref(value);
                    self.stack[base + p] = value;
                }
                None => match kwdict {
                    Some(d) => {
                        self.heap.incref(value);
                        self.dict_set(d, name, value)?;
                    }
                    None => {
                        let q = self.func_qualname(fk);
                        let posonly = &code.varnames[..code.posonlyargcount as usize];
                        if posonly.contains(&n) {
                            let names: Vec<String> = kwargs
                                .iter()
                                .filter_map(|&(k, _)| self.str_of(k).map(str::to_string))
                                .filter(|k| posonly.contains(k))
                                .collect();
                            return Err(self.type_error(format!(
                                "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                                names.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{q}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        // Defaults for missing positional parameters.
        let (defaults, kwdefaults) = match self.heap.kind(fk) {
            Kind::Function(f) => (self.seq_items(f.defaults), f.kwdefaults),
            _ => (Vec::new(), Value::None),
        };
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in npos..argcount {
            if self.stack[base + i].is_undef() {
                if i >= first_default {
                    let d = defaults[i - first_default];
                    self.heap.incref(d);
                    self.stack[base + i] = d;
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fk, &missing, "positional"));
        }
        for i in 0..kwonly {
            let s = base + argcount + i;
            if self.stack[s].is_undef() {
                let name = self.intern(&code.varnames[argcount + i]);
                let found = match kwdefaults {
                    Value::Obj(d) => self.ns_lookup(d, name),
                    _ => None,
                };
                match found {
                    Some(d) => {
                        self.heap.incref(d);
                        self.stack[s] = d;
                    }
                    None => missing.push(code.varnames[argcount + i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(fk, &missing, "keyword-only"));
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`: how call-site errors name the callable
    /// (`__main__.f()`, `list.append()`, `len()`, or `str(obj)` for other callables).
    pub fn func_str(&mut self, f: Value) -> String {
        let qualified = |module: Option<&str>, q: &str| match module {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
        if let Value::Obj(k) = f {
            match self.heap.kind(k) {
                Kind::Function(func) => {
                    let q = self.str_of(func.qualname).unwrap_or("?");
                    return qualified(self.str_of(func.module), q);
                }
                Kind::BoundMethod(m) => {
                    let func = m.func;
                    return self.func_str(func);
                }
                Kind::Native(n) => {
                    return match n.owner {
                        Value::Obj(o) if matches!(self.heap.kind(o), Kind::Class(_)) => {
                            format!("{}.{}()", self.class_name(o), n.name)
                        }
                        _ => format!("{}()", n.name),
                    };
                }
                Kind::Class(c) => {
                    let q = self.str_of(c.qualname).unwrap_or("?");
                    return qualified(self.str_of(c.module), q);
                }
                _ => {}
            }
        }
        match self.str(f) {
            Ok(s) => s,
            Err(e) => {
                self.heap.decref(e.0);
                "?".into()
            }
        }
    }

    fn func_qualname(&self, fk: ObjKey) -> String {
        match self.heap.kind(fk) {
            Kind::Function(f) => self.str_of(f.qualname).unwrap_or("?").to_string(),
            _ => "?".into(),
        }
    }

    fn too_many_positional(
        &mut self,
        fk: ObjKey,
        code: &Code,
        given: usize,
        kwargs: Kwargs,
    ) -> PyErr {
        let q = self.func_qualname(fk);
        let ndefaults = match self.heap.kind(fk) {
            Kind::Function(f) => self.seq_slice(f.defaults).len(),
            _ => 0,
        };
        let argcount = code.argcount as usize;
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let kw_given = kwargs
            .iter()
            .filter(|(n, _)| {
                let n = self.str_of(*n).unwrap_or("");
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| v == n)
            })
            .count();
        let was = if given == 1 { "was" } else { "were" };
        let msg = if kw_given > 0 {
            format!(
                "{q}() takes {takes} positional argument{plural} but {given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{q}() takes {takes} positional argument{plural} but {given} {was} given")
        };
        self.type_error(msg)
    }

    fn missing_args(&mut self, fk: ObjKey, missing: &[String], kind: &str) -> PyErr {
        let q = self.func_qualname(fk);
        let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{q}() missing {} required {kind} argument{s}: {list}",
            missing.len()
        ))
    }

    /// A type's method bound to a class is named by that class in argument-count errors, as
    /// CPython's method qualname does (`Root.__subclasses__() takes no arguments`).
    fn name_class_receiver(
        &mut self,
        e: PyErr,
        bound: Value,
        sig: crate::objects::native::Sig,
        n: usize,
    ) -> PyErr {
        let class = match bound {
            Value::Obj(c) if matches!(self.heap.kind(c), Kind::Class(_)) => c,
            _ => return e,
        };
        let Some(method) = sig.shown.strip_prefix("type.") else {
            return e;
        };
        let q = match self.heap.kind(class) {
            Kind::Class(c) => self.str_of(c.qualname).unwrap_or("?").to_string(),
            _ => return e,
        };
        let shown = format!("{q}.{method}");
        self.heap.decref(e.0);
        match signatures::check_count(self, &shown, sig.min, sig.max, sig.style, n) {
            Err(named) => named,
            Ok(()) => self.type_error(format!("{shown}() takes no keyword arguments")),
        }
    }

    /// `Class(*args, **kwargs)`.
    pub fn instantiate(
        &mut self,
        class: ObjKey,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if self.class_hooks(class) & crate::heap::object::HOOK_NEW != 0 {
            if let Some(new) = self.python_new(class) {
                return self.instantiate_with_new(class, new, args, kwargs);
            }
        }
        self.allocate_and_init(class, args, kwargs)
    }

    /// `Class(*args)` when `object.__new__` (or a builtin type's) makes the instance.
    fn allocate_and_init(
        &mut self,
        class: ObjKey,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let layout = self.class_layout(class);
        let init = self.class_lookup(class, self.names.init);
        let user_init = init.filter(|f| match f {
            Value::Obj(k) => !matches!(self.heap.kind(*k), Kind::Native(_)),
            _ => true,
        });
        // object.__new__ refuses arguments before allocating when __init__ is object's own.
        if layout == Layout::Object
            && class != self.types.object
            && user_init.is_none()
            && (!args.is_empty() || !kwargs.is_empty())
        {
            let n = self.class_name(class);
            return Err(self.type_error(format!("{n}() takes no arguments")));
        }
        let obj = match layout {
            Layout::Object => {
                if class == self.types.object && !args.is_empty() {
                    return Err(self.type_error("object() takes no arguments".into()));
                }
                self.check_not_abstract(class)?;
                self.new_bare_instance(class, layout, Vec::new())?
            }
            Layout::Exception if self.is_subclass(class, self.types.os_error) => {
                self.new_os_error(class, args)
            }
            Layout::Exception
                if args.len() == 5
                    && (self.is_subclass(class, self.types.unicode_decode_error)
                        || self.is_subclass(class, self.types.unicode_encode_error)) =>
            {
                args.iter().for_each(|v| self.heap.incref(*v));
                self.new_unicode_error(class, [args[0], args[1], args[2], args[3], args[4]])
            }
            Layout::Exception => {
                let items = args.iter().map(|v| self.incref(*v)).collect();
                let exc = self.new_bare_instance(class, layout, items)?;
                if self.is_subclass(class, self.types.syntax_error) {
                    if let Err(e) = self.syntax_error_fields(exc, args) {
                        self.heap.decref(exc);
                        return Err(e);
                    }
                }
                exc
            }
            Layout::Type if args.len() == 1 && class == self.types.type_ => {
                let t = self.type_of(args[0]);
                return Ok(self.incref(Value::Obj(t)));
            }
            // A metaclass without a `__new__` of its own: type.__new__ makes the class, and
            // the metaclass's `__init__` (below) sees it.
            Layout::Type if args.len() == 3 => self.type_new_meta(class, args, kwargs)?,
            Layout::Type if class == self.types.type_ => {
                return Err(self.type_error("type() takes 1 or 3 arguments".into()));
            }
            Layout::Type => {
                return Err(self.type_error(format!(
                    "type.__new__() takes exactly 3 arguments ({} given)",
                    args.len()
                )));
            }
            l if !self.is_builtin_class(class) && super::subclass::is_data_layout(l) => {
                self.new_subclass_instance(class, l, args, kwargs, user_init.is_some())?
            }
            Layout::Opaque if self.descriptor_base(class).is_some() => {
                self.new_descriptor_subclass(class, args, kwargs, user_init.is_some())?
            }
            Layout::Opaque if self.is_text_file_subclass(class) => {
                self.new_bare_instance(class, Layout::Object, Vec::new())?
            }
            // A Python subclass of a native type: its constructor makes the state, then the
            // subclass's `__init__` runs.
            Layout::Opaque if !self.is_native_type(class) => {
                crate::builtins::construct(self, class, layout, args, kwargs)?
            }
            _ => return crate::builtins::construct(self, class, layout, args, kwargs),
        };
        match user_init {
            Some(f) => self.run_init(f, obj, args, kwargs),
            None => Ok(obj),
        }
    }

    /// `Class(*args)` for a class whose instances are plain (no builtin base, slots, metaclass
    /// or `__new__` of its own): the path most instances are made by, reading the class once.
    pub(super) fn new_plain_instance(
        &mut self,
        class: ObjKey,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let init = self.class_lookup(class, self.names.init).filter(
            |f| !matches!(f, Value::Obj(k) if matches!(self.heap.kind(*k), Kind::Native(_))),
        );
        if init.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
            let n = self.class_name(class);
            return Err(self.type_error(format!("{n}() takes no arguments")));
        }
        self.heap.incref(Value::Obj(class));
        let obj = self.heap.alloc(Kind::Instance(Box::new(
            crate::heap::object::Instance::new(class, Value::Undef, 0),
        )));
        match init {
            Some(f) => self.run_init(f, obj, args, kwargs),
            None => Ok(obj),
        }
    }

    /// Runs the user `__init__` on the new `obj` (owned): the instance, or the error of an
    /// `__init__` that failed or returned something other than None.
    fn run_init(
        &mut self,
        f: Value,
        obj: Value,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match self.call_init(f, obj, args, kwargs) {
            Ok(r) if !r.is(Value::None) => {
                let t = self.type_name(r);
                self.heap.decref(r);
                self.heap.decref(obj);
                Err(self.type_error(format!("__init__() should return None, not '{t}'")))
            }
            Ok(_) => Ok(obj),
            Err(e) => {
                self.heap.decref(obj);
                Err(e)
            }
        }
    }

    /// Calls a class's own `__init__`: a function gets the new object as `self`; anything
    /// else is called as it is (`__init__ = 5` fails as `'int' object is not callable`).
    fn call_init(
        &mut self,
        f: Value,
        obj: Value,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if matches!(f, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Function(_))) {
            self.call_kw(f, &with_receiver(obj, args), kwargs)
        } else {
            self.call_kw(f, args, kwargs)
        }
    }

    /// Sets `__cause__` (explicit) or `__context__` of `exc`; takes ownership of `other`.
    pub fn set_cause(&mut self, exc: Value, other: Value, explicit: bool) {
        if let Value::Obj(k) = exc {
            if let Kind::Exception(e) = self.heap.kind_mut(k) {
                let old = if explicit {
                    e.suppress_context = true;
                    std::mem::replace(&mut e.cause, other)
                } else {
                    std::mem::replace(&mut e.context, other)
                };
                self.heap.decref(old);
                return;
            }
        }
        self.heap.decref(other);
    }
}
