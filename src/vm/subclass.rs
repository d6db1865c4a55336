//! Instances of user subclasses of the builtin data types (`class Stack(list)`,
//! `class Config(dict)`, `class Name(str)`): each holds a builtin object, its payload, with the
//! value. The builtin's methods receive the payload in place of the instance, and operators
//! an instance's class does not override fall back to it, so `len`, `[]`, iteration, `==`
//! and `+` behave as the builtin's while the subclass's own methods and attributes win.
//! Subclasses of property, classmethod and staticmethod hold the builtin descriptor the same
//! way; their instances are descriptors through the builtin's `__get__`/`__set__` wrappers.

use super::native::Kwargs;
use super::{PyResult, Vm};
use crate::heap::object::{Instance, Kind, Layout};
use crate::heap::value::{ObjKey, Value};

/// Builtin layouts a class statement may extend through a payload.
pub fn is_data_layout(layout: Layout) -> bool {
    matches!(
        layout,
        Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::FrozenSet
            | Layout::Tuple
            | Layout::Str
            | Layout::Bytes
            | Layout::ByteArray
            | Layout::Complex
            | Layout::Int
            | Layout::Float
    )
}

impl Vm {
    /// The builtin value of a subclass instance (borrowed), None for anything else.
    pub fn payload(&self, v: Value) -> Option<Value> {
        match v.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::Instance(i)) => i.payload(),
            _ => None,
        }
    }

    /// What a builtin method works on: the payload of a subclass instance, else `v` itself.
    pub fn unwrap_payload(&self, v: Value) -> Value {
        self.payload(v).unwrap_or(v)
    }

    /// Whether `class` is a builtin data type, whose methods take a subclass instance's value.
    pub fn owns_payload_methods(&self, class: ObjKey) -> bool {
        matches!(self.heap.kind(class), Kind::Class(c) if c.builtin && is_data_layout(c.layout))
    }

    /// `sub[k]` on a subclass that does not define `__getitem__`: the builtin's lookup, and
    /// for a dict subclass a missing key goes to the class's `__missing__`.
    pub fn payload_getitem(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        let p = self.unwrap_payload(obj);
        if let Some(Kind::Dict(_)) = p.as_obj().map(|k| self.heap.kind(k)) {
            if let Some(v) = self.dict_get(p.as_obj().expect("dict"), idx)? {
                return Ok(self.incref(v));
            }
            let missing = self.intern("__missing__");
            return match self.special(obj, missing) {
                Some(f) => self.call(f, &[obj, idx]),
                None => Err(self.key_error(idx)),
            };
        }
        self.getitem(p, idx)
    }

    /// The repr of a subclass instance that has no `__repr__`: the builtin's, except that a
    /// set or frozenset names the subclass (`Tags({1, 2})`, `Tags()`), as setobject.c does.
    pub fn payload_repr(&mut self, v: Value, p: Value) -> PyResult<String> {
        if matches!(
            p.as_obj().map(|k| self.heap.kind(k)),
            Some(Kind::ByteArray(_))
        ) {
            return Ok(crate::builtins::bytes::repr(self, v));
        }
        let text = self.repr(p)?;
        if !matches!(p.as_obj().map(|k| self.heap.kind(k)), Some(Kind::Set(_))) {
            return Ok(text);
        }
        let name = self.type_name(v);
        let inner = text
            .strip_prefix("frozenset(")
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&text);
        Ok(match inner {
            "set()" | "frozenset()" | "" => format!("{name}()"),
            _ => format!("{name}({inner})"),
        })
    }

    /// The builtin class a user class's instances get their value from.
    pub fn builtin_base(&self, class: ObjKey) -> ObjKey {
        match self.heap.kind(class) {
            Kind::Class(c) => c
                .mro
                .iter()
                .copied()
                .find(|k| matches!(self.heap.kind(*k), Kind::Class(b) if b.builtin))
                .unwrap_or(class),
            _ => class,
        }
    }

    /// `Sub(*args)` for a user subclass of a builtin data type: the builtin's constructor
    /// makes the payload (an empty one for a mutable type whose class has its own `__init__`,
    /// which fills it through `super().__init__`, as CPython runs `list.__new__` first).
    pub fn new_subclass_instance(
        &mut self,
        class: ObjKey,
        layout: Layout,
        args: &[Value],
        kwargs: Kwargs,
        own_init: bool,
    ) -> PyResult<Value> {
        let base = self.builtin_base(class);
        let mutable = matches!(
            layout,
            Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray
        );
        let payload = if own_init && mutable {
            crate::builtins::construct(self, base, layout, &[], &[])?
        } else if own_init {
            // An immutable value comes from the arguments, keywords aside (the class's own
            // __init__ takes those).
            crate::builtins::construct(self, base, layout, args, &[])?
        } else {
            crate::builtins::construct(self, base, layout, args, kwargs)?
        };
        self.heap.incref(Value::Obj(class));
        let n_slots = self.slot_count(class);
        Ok(self.heap.alloc(Kind::Instance(Box::new(Instance::new(
            class, payload, n_slots,
        )))))
    }

    /// Whether `class` is property, classmethod or staticmethod, or a Python subclass of one.
    pub fn is_descriptor_type(&self, class: ObjKey) -> bool {
        let t = &self.types;
        class == t.property
            || class == t.classmethod
            || class == t.staticmethod
            || self.descriptor_base(class).is_some()
    }

    /// The builtin descriptor type (property, classmethod or staticmethod) a Python class
    /// extends, None for anything else.
    pub fn descriptor_base(&self, class: ObjKey) -> Option<ObjKey> {
        let t = &self.types;
        let wanted = [t.property, t.classmethod, t.staticmethod];
        match self.heap.kind(class) {
            Kind::Class(c) if !c.builtin => c.mro.iter().copied().find(|b| wanted.contains(b)),
            _ => None,
        }
    }

    /// `Sub(*args)` for a Python subclass of property, classmethod or staticmethod: an
    /// instance holding an empty builtin descriptor, filled by the builtin's `__init__` here
    /// unless the class has its own `__init__` (which calls it through `super()`), as CPython
    /// creates these types empty and initializes them in `__init__`.
    pub fn new_descriptor_subclass(
        &mut self,
        class: ObjKey,
        args: &[Value],
        kwargs: Kwargs,
        own_init: bool,
    ) -> PyResult<Value> {
        let Some(base) = self.descriptor_base(class) else {
            return Err(self.type_error("not a descriptor subclass".into()));
        };
        let payload = crate::builtins::property::new_empty(self, base);
        self.heap.incref(Value::Obj(class));
        let n_slots = self.slot_count(class);
        let obj = self.heap.alloc(Kind::Instance(Box::new(Instance::new(
            class, payload, n_slots,
        ))));
        if own_init {
            return Ok(obj);
        }
        let init = self.names.init;
        let r = match self.class_lookup(base, init) {
            Some(f) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj);
                all.extend_from_slice(args);
                self.call_kw(f, &all, kwargs)
            }
            None => Ok(Value::None),
        };
        match r {
            Ok(v) => {
                self.heap.decref(v);
                Ok(obj)
            }
            Err(e) => {
                self.heap.decref(obj);
                Err(e)
            }
        }
    }

    /// Whether `class` is a Python subclass of the text file type (io.py's TextIOWrapper over
    /// any binary buffer): its instances are plain objects whose methods are all Python.
    pub fn is_text_file_subclass(&self, class: ObjKey) -> bool {
        let file = self.types.file;
        matches!(self.heap.kind(class), Kind::Class(c) if !c.builtin && c.mro.contains(&file))
    }

    /// A class statement deriving from the native text file type derives from io.py's
    /// TextIOWrapper instead (a subclass of it whose methods work on any buffer): the bases
    /// with that one replaced, or None when no base is the native type or io.py is still
    /// defining its own class.
    pub fn text_file_bases(&mut self, bases: &[ObjKey]) -> Option<Vec<ObjKey>> {
        let file = self.types.file;
        if !bases.contains(&file) {
            return None;
        }
        let wrapper = match crate::builtins::embedded_support::python_function(
            self,
            "io",
            "_TextIOWrapper",
        ) {
            Ok(w) => w,
            Err(e) => {
                self.heap.decref(e.0);
                return None;
            }
        };
        // io.py keeps the class alive: the borrowed key is enough.
        self.heap.decref(wrapper);
        let w = wrapper.as_obj()?;
        Some(
            bases
                .iter()
                .map(|&b| if b == file { w } else { b })
                .collect(),
        )
    }
}
