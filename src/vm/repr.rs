//! `repr()` and `str()` of every kind (containers guard against self-reference with `[...]` and
//! count toward the recursion limit), and f-string / `format()` formatting.

use super::{PyResult, Vm};
use crate::heap::object::{Kind, ViewKind};
use crate::heap::Value;

impl Vm {
    /// `repr(v)`: CPython's PyObject_Repr, one level on the recursion counter.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.deeper(" while getting the repr of an object", |vm| {
            vm.repr_inner(v)
        })
    }

    /// A type's own repr (tp_repr), not counted.
    fn repr_inner(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Undef => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::numeric::float_repr::repr_f64(f),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(s) => crate::numeric::parse::py_str_repr(&s.s),
                Kind::Bytes(_) | Kind::ByteArray(_) => crate::builtins::bytes::repr(self, v),
                Kind::Complex(z) => crate::numeric::complex::repr(*z),
                Kind::BigInt(b) => match crate::numeric::parse::int_to_decimal(b) {
                    Ok(s) => s,
                    Err(e) => return Err(self.num_err(e)),
                },
                Kind::List(_)
                | Kind::Tuple(_)
                | Kind::Dict(_)
                | Kind::Set(_)
                | Kind::DictView(_) => {
                    if self.repr_stack.contains(&k) {
                        return Ok(match self.heap.kind(k) {
                            Kind::List(_) => "[...]".into(),
                            Kind::Dict(_) => "{...}".into(),
                            Kind::Set(s) if s.frozen => "frozenset(...)".into(),
                            Kind::Set(_) => "set(...)".into(),
                            _ => "(...)".into(),
                        });
                    }
                    self.repr_stack.push(k);
                    let r = self.container_repr(v);
                    self.repr_stack.pop();
                    r?
                }
                Kind::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Kind::BigRange(r) => {
                    if r.step == 1.into() {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Kind::Function(f) => {
                    let q = self.str_of(f.qualname).unwrap_or("?");
                    format!("<function {q} at {:#x}>", addr(k))
                }
                Kind::Class(c)
                    if c.metaclass.is_some() && self.special(v, self.names.repr).is_some() =>
                {
                    match self.user_repr(v)? {
                        Some(s) => s,
                        None => self.class_repr(k),
                    }
                }
                Kind::Class(_) => self.class_repr(k),
                Kind::Native(n) if n.slot => {
                    let owner = crate::builtins::signatures::owner_name(self, n.owner);
                    if n.bound.is_undef() {
                        format!("<slot wrapper '{}' of '{owner}' objects>", n.name)
                    } else {
                        let t = self.type_name(n.bound);
                        format!(
                            "<method-wrapper '{}' of {t} object at {:#x}>",
                            n.name,
                            addr(n.bound.as_obj().unwrap_or(k))
                        )
                    }
                }
                Kind::Native(n) => {
                    if n.bound.is_undef() && matches!(n.owner, Value::Obj(_)) {
                        let owner = crate::builtins::signatures::owner_name(self, n.owner);
                        format!("<method '{}' of '{owner}' objects>", n.name)
                    } else if n.bound.is_undef() {
                        format!("<built-in function {}>", n.name)
                    } else {
                        let t = self.type_name(n.bound);
                        format!(
                            "<built-in method {} of {t} object at {:#x}>",
                            n.name,
                            addr(k)
                        )
                    }
                }
                Kind::BoundMethod(m) => {
                    let (func, recv) = (m.func, m.receiver);
                    // A builtin classmethod bound to its class (`dict.fromkeys`).
                    if let Value::Obj(fk) = func {
                        if let Kind::Native(n) = self.heap.kind(fk) {
                            let t = self.type_name(recv);
                            return Ok(format!(
                                "<built-in method {} of {t} object at {:#x}>",
                                n.name,
                                addr(recv.as_obj().unwrap_or(k))
                            ));
                        }
                    }
                    let q = match func {
                        Value::Obj(fk) => match self.heap.kind(fk) {
                            Kind::Function(f) => self.str_of(f.qualname).unwrap_or("?").to_string(),
                            _ => "?".into(),
                        },
                        _ => "?".into(),
                    };
                    let r = self.repr(recv)?;
                    format!("<bound method {q} of {r}>")
                }
                Kind::Module(m) => {
                    let (n, dict) = (self.str_of(m.name).unwrap_or("?").to_string(), m.dict);
                    let key = self.intern("__file__");
                    let file = dict.as_obj().and_then(|d| self.ns_lookup(d, key));
                    let key = self.intern("__loader__");
                    // A module made by `types.ModuleType` has a loader of None, not a builtin's.
                    let no_loader = dict
                        .as_obj()
                        .and_then(|d| self.ns_lookup(d, key))
                        .is_some_and(|l| l.is(Value::None));
                    match file.and_then(|f| self.str_of(f)) {
                        Some(f) => format!("<module '{n}' from '{f}'>"),
                        None if no_loader => format!("<module '{n}'>"),
                        None => format!("<module '{n}' (built-in)>"),
                    }
                }
                Kind::Generator(g) => {
                    let q = self.str_of(g.qualname).unwrap_or("?");
                    format!("<generator object {q} at {:#x}>", addr(k))
                }
                Kind::Frame(f) => {
                    let (file, name) = (f.code.source.name.clone(), f.code.name.clone());
                    let line = match self.frame_attr(k, "f_lineno")? {
                        Some(Value::Int(n)) => n,
                        _ => 0,
                    };
                    let file = crate::numeric::parse::py_str_repr(&file);
                    format!(
                        "<frame at {:#x}, file {file}, line {line}, code {name}>",
                        addr(k)
                    )
                }
                Kind::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name,
                    addr(k),
                    c.source.name,
                    c.firstlineno
                ),
                Kind::Traceback(_) => format!("<traceback object at {:#x}>", addr(k)),
                Kind::File(_) => crate::builtins::text_file::file_repr(self, v)?,
                Kind::WeakRef(_) => crate::builtins::weakref::repr_ref(self, k, k),
                Kind::Slice(s) => {
                    let s = **s;
                    format!(
                        "slice({}, {}, {})",
                        self.repr(s[0])?,
                        self.repr(s[1])?,
                        self.repr(s[2])?
                    )
                }
                Kind::Exception(e) => {
                    let (class, args) = (e.class, e.args);
                    let name = self.class_name(class);
                    if let Some(f) = self.user_repr(v)? {
                        return Ok(f);
                    }
                    let items = self.seq_items(args);
                    if items.len() == 1 {
                        format!("{name}({})", self.repr(items[0])?)
                    } else {
                        format!("{name}{}", self.repr(args)?)
                    }
                }
                Kind::Instance(i) => {
                    let class = i.class;
                    if let Some(s) = self.user_repr(v)? {
                        return Ok(s);
                    }
                    if let Some(p) = self.payload(v) {
                        return self.payload_repr(v, p);
                    }
                    let _ = class;
                    self.object_repr(v)
                }
                // object_repr: the type's name (`<list_iterator object at 0x…>`).
                _ => format!("<{} object at {:#x}>", self.type_name(v), addr(k)),
            },
        })
    }

    /// A user class's `__repr__`, if it defines one.
    fn user_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        self.user_repr_as(v, "__repr__")
    }

    /// A user `__repr__`'s result; `label` names the slot in the non-string error (`str(x)`
    /// reaches `__repr__` through `object.__str__`, and CPython's check then says `__str__`).
    fn user_repr_as(&mut self, v: Value, label: &str) -> PyResult<Option<String>> {
        let Some(f) = self.special(v, self.names.repr) else {
            return Ok(None);
        };
        // A native `__repr__` that is a type's own (member_descriptor's) counts too.
        if !matches!(f, Value::Obj(fk) if matches!(self.heap.kind(fk), Kind::Function(_) | Kind::Native(_)))
        {
            return Ok(None);
        }
        self.repr_stack.push(v.as_obj().expect("object"));
        let r = self.call(f, &[v]);
        self.repr_stack.pop();
        let r = r?;
        let s = match self.str_of(r) {
            Some(s) => s.to_string(),
            None => {
                let t = self.type_name(r);
                self.heap.decref(r);
                return Err(self.type_error(format!("{label} returned non-string (type {t})")));
            }
        };
        self.heap.decref(r);
        Ok(Some(s))
    }

    fn container_repr(&mut self, v: Value) -> PyResult<String> {
        let k = v.as_obj().expect("container");
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for it in items {
                parts.push(vm.repr(*it)?);
            }
            Ok(parts.join(", "))
        };
        match self.heap.kind(k) {
            Kind::List(l) => {
                let items = l.clone();
                Ok(format!("[{}]", join(self, &items)?))
            }
            Kind::Tuple(t) => {
                let items = t.to_vec();
                if items.len() == 1 {
                    Ok(format!("({},)", self.repr(items[0])?))
                } else {
                    Ok(format!("({})", join(self, &items)?))
                }
            }
            Kind::Dict(d) => {
                let items: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                let mut parts = Vec::with_capacity(items.len());
                for (a, b) in items {
                    parts.push(format!("{}: {}", self.repr(a)?, self.repr(b)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            Kind::Set(s) => {
                let frozen = s.frozen;
                let items: Vec<Value> = s.table.iter().map(|(_, k)| k).collect();
                if items.is_empty() {
                    return Ok(if frozen {
                        "frozenset()".into()
                    } else {
                        "set()".into()
                    });
                }
                let inner = join(self, &items)?;
                Ok(if frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                })
            }
            Kind::DictView(dv) => {
                let (d, kind) = (dv.dict, dv.kind);
                let items = self.iterate(v)?;
                let inner = join(self, &items);
                self.heap.decref_all(items);
                let _ = d;
                let name = match kind {
                    ViewKind::Keys => "dict_keys",
                    ViewKind::Values => "dict_values",
                    ViewKind::Items => "dict_items",
                    ViewKind::Proxy => {
                        let copy = crate::builtins::mappingproxy::proxy_copy(self, d)?;
                        let r = self.repr(copy);
                        self.heap.decref(copy);
                        return Ok(format!("mappingproxy({})", r?));
                    }
                };
                Ok(format!("{name}([{}])", inner?))
            }
            _ => Ok(String::new()),
        }
    }

    /// `<class 'module.Qualname'>` (builtins' types unqualified).
    pub(crate) fn class_repr(&self, k: crate::heap::ObjKey) -> String {
        if !matches!(self.heap.kind(k), Kind::Class(_)) {
            return String::new();
        }
        format!("<class '{}'>", self.class_full_name(k))
    }

    /// `module.Qualname` of a class as CPython's messages and reprs name it: builtins' types
    /// by their bare qualname, a class whose `__module__` is not a str by its name.
    pub fn class_full_name(&self, k: crate::heap::ObjKey) -> String {
        let Kind::Class(c) = self.heap.kind(k) else {
            return String::new();
        };
        // `C.__module__ = …` rebinds the class's own entry; a non-str one drops the prefix.
        let module = match self.ns_lookup(k, self.names.module) {
            Some(m) => self.str_of(m),
            None => self.str_of(c.module),
        };
        let Some(module) = module else {
            return self.str_of(c.name).unwrap_or("?").to_string();
        };
        let q = self.str_of(c.qualname).unwrap_or("?");
        if module == "builtins" {
            q.to_string()
        } else {
            format!("{module}.{q}")
        }
    }

    /// `object.__repr__`: `<module.Qualname object at 0x…>` (builtins' types unqualified).
    pub fn object_repr(&self, v: Value) -> String {
        let class = self.type_of(v);
        let (module, q) = match self.heap.kind(class) {
            Kind::Class(c) => (
                self.str_of(c.module).unwrap_or("?"),
                self.str_of(c.qualname).unwrap_or("?"),
            ),
            _ => ("?", "?"),
        };
        let a = v.as_obj().map(addr).unwrap_or(0);
        if module == "builtins" {
            format!("<{q} object at {a:#x}>")
        } else {
            format!("<{module}.{q} object at {a:#x}>")
        }
    }

    pub fn str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(k) = v {
            if let Kind::Str(s) = self.heap.kind(k) {
                return Ok(s.s.to_string());
            }
        }
        self.deeper(" while getting the str of an object", |vm| vm.str_inner(v))
    }

    fn str_inner(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(k) = v {
            match self.heap.kind(k) {
                Kind::Str(s) => return Ok(s.s.to_string()),
                // mappingproxy_str: the str of the mapping it shows.
                Kind::DictView(d) if d.kind == crate::heap::object::ViewKind::Proxy => {
                    let Some(mapping) = crate::builtins::mappingproxy::shown_mapping(self, v)?
                    else {
                        return self.repr(v);
                    };
                    let r = self.str(mapping);
                    self.heap.decref(mapping);
                    return r;
                }
                Kind::Class(c) if c.metaclass.is_some() => {
                    if let Some(f) = self.special(v, self.names.str_) {
                        if matches!(f, Value::Obj(fk) if matches!(self.heap.kind(fk), Kind::Function(_)))
                        {
                            let r = self.call(f, &[v])?;
                            let s = self.str_of(r).map(str::to_string);
                            self.heap.decref(r);
                            return s.ok_or_else(|| {
                                self.type_error("__str__ returned non-string".into())
                            });
                        }
                    }
                    return self.repr(v);
                }
                Kind::Instance(_) | Kind::Exception(_) => {
                    if let Some(f) = self.special(v, self.names.str_) {
                        // A Python function, or a builtin's dunder stored under this name
                        // (`__str__ = int.__repr__`).
                        let callable = match f {
                            Value::Obj(fk) => match self.heap.kind(fk) {
                                Kind::Function(_) => true,
                                Kind::Native(n) => n.stands_in,
                                _ => false,
                            },
                            _ => false,
                        };
                        if callable {
                            let r = self.call(f, &[v])?;
                            let s = match self.str_of(r) {
                                Some(s) => s.to_string(),
                                None => {
                                    let t = self.type_name(r);
                                    self.heap.decref(r);
                                    return Err(self.type_error(format!(
                                        "__str__ returned non-string (type {t})"
                                    )));
                                }
                            };
                            self.heap.decref(r);
                            return Ok(s);
                        }
                    }
                    if matches!(self.heap.kind(k), Kind::Instance(_)) {
                        // str has a __str__ of its own (the value); the others repr.
                        if let Some(s) = self.payload(v).and_then(|p| self.str_of(p)) {
                            return Ok(s.to_string());
                        }
                        // So does bytes (its repr, whatever the subclass's __repr__ says).
                        if self.payload(v).is_some_and(|p| self.bytes_of(p).is_some()) {
                            return Ok(crate::builtins::bytes::repr(self, v));
                        }
                        if let Some(s) = self.user_repr_as(v, "__str__")? {
                            return Ok(s);
                        }
                    }
                    if matches!(self.heap.kind(k), Kind::Exception(_)) {
                        if self.special(v, self.names.repr).is_some_and(|f| matches!(f, Value::Obj(fk) if matches!(self.heap.kind(fk), Kind::Function(_)))) {
                            return self.repr_inner(v);
                        }
                        return self.exc_args_str(v);
                    }
                }
                _ => {}
            }
        }
        self.repr_inner(v)
    }

    /// An f-string field: conversion, then `format(value, spec)` (owned str).
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Value) -> PyResult<Value> {
        let converted = match conv {
            b's' => Some(self.str(v)?),
            b'r' | b'a' => Some(self.repr(v)?),
            _ => None,
        };
        let spec_s = if spec.is_undef() {
            String::new()
        } else {
            self.str_of(spec).unwrap_or("").to_string()
        };
        let s = match converted {
            Some(s) => {
                if spec_s.is_empty() {
                    s
                } else {
                    self.format_str_spec(&s, &spec_s)?
                }
            }
            None => self.format(v, &spec_s)?,
        };
        Ok(self.new_str(s))
    }

    fn format_str_spec(&mut self, s: &str, spec: &str) -> PyResult<String> {
        crate::numeric::format_spec::format_str_spec(s, spec, "str").map_err(|e| self.num_err(e))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(i) => {
                if spec.is_empty() {
                    // PyObject_Format's shortcut for an int: PyObject_Str, a counted level.
                    if self.depth >= self.recursion_limit {
                        return Err(self.depth_error(" while getting the str of an object"));
                    }
                    return Ok(i.to_string());
                }
                crate::numeric::format_spec::format_int_spec(&i.into(), spec, "int")
                    .map_err(|e| self.num_err(e))
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b { "True" } else { "False" }.into());
                }
                crate::numeric::format_spec::format_int_spec(&(b as i64).into(), spec, "bool")
                    .map_err(|e| self.num_err(e))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(crate::numeric::float_repr::repr_f64(f));
                }
                crate::numeric::format_spec::format_float_spec(f, spec, "float")
                    .map_err(|e| self.num_err(e))
            }
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(s) => {
                    let s = s.s.to_string();
                    if spec.is_empty() {
                        return Ok(s);
                    }
                    self.format_str_spec(&s, spec)
                }
                Kind::BigInt(b) => {
                    let b = (**b).clone();
                    crate::numeric::format_spec::format_int_spec(&b, spec, "int")
                        .map_err(|e| self.num_err(e))
                }
                Kind::Complex(z) => {
                    crate::numeric::complex::format(*z, spec).map_err(|e| self.num_err(e))
                }
                _ => {
                    if let Some(f) = self.user_special(v, self.names.format) {
                        let sv = self.new_str(spec);
                        let r = self.call(f, &[v, sv]);
                        self.heap.decref(sv);
                        let r = r?;
                        let s = self.str_of(r).unwrap_or("").to_string();
                        self.heap.decref(r);
                        return Ok(s);
                    }
                    // int/float/str subclasses format their value (with an empty spec, str()
                    // of the instance, which may be overridden).
                    if let Some(p) = self.payload(v).filter(|_| !spec.is_empty()) {
                        return self.format(p, spec);
                    }
                    if !spec.is_empty() {
                        let t = self.type_name(v);
                        return Err(self.type_error(format!(
                            "unsupported format string passed to {t}.__format__"
                        )));
                    }
                    // object.__format__, a builtin method call, then str().
                    self.native_level(|vm| vm.str(v))
                }
            },
            _ => {
                if !spec.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {t}.__format__"
                    )));
                }
                self.str(v)
            }
        }
    }
}

/// A stable fake address for default reprs (programs must not depend on it).
pub fn addr(k: crate::heap::ObjKey) -> u64 {
    use slotmap::Key;
    0x7f00_0000_0000 + (k.data().as_ffi() & 0xffff_ffff) * 16
}
