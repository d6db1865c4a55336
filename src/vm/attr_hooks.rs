//! The attribute protocol's parts written in Python: a class's `__getattribute__`,
//! `__getattr__`, `__setattr__` and `__delattr__`, and descriptors (instances whose class
//! defines `__get__`, `__set__` or `__delete__`), with `object`'s own three methods as
//! attributes for `super().__setattr__(...)`. A class's `hooks` bits say which it has, so a
//! plain `o.a` pays one bit test.

use super::native::Kwargs;
use super::{PyResult, Vm};
use crate::heap::object::{Kind, HOOK_DELATTR, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::heap::value::{ObjKey, Value};

/// What a descriptor's class defines: `__get__` (borrowed), and whether it is a data
/// descriptor (`__set__` or `__delete__`).
pub struct Descriptor {
    pub get: Option<Value>,
    pub data: bool,
}

impl Vm {
    pub fn class_hooks(&self, class: ObjKey) -> u8 {
        match self.heap.kind(class) {
            Kind::Class(c) => c.hooks,
            _ => 0,
        }
    }

    /// `obj.name` through the class's `__getattribute__` and `__getattr__` (None: missing).
    pub fn hooked_getattr(
        &mut self,
        obj: Value,
        name: Value,
        hooks: u8,
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let first = if hooks & HOOK_GETATTRIBUTE != 0 {
            let f = self.intern("__getattribute__");
            match self.class_lookup(class, f) {
                Some(f) => self.call(f, &[obj, name]).map(Some),
                None => self.generic_getattr(obj, name),
            }
        } else {
            self.generic_getattr(obj, name)
        };
        if hooks & HOOK_GETATTR == 0 {
            return first;
        }
        match first {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => {}
            Err(e) if self.isinstance(e.0, self.types.attribute_error) => self.heap.decref(e.0),
            Err(e) => return Err(e),
        }
        let f = self.intern("__getattr__");
        match self.class_lookup(class, f) {
            Some(f) => self.call(f, &[obj, name]).map(Some),
            None => Ok(None),
        }
    }

    /// The descriptor methods of a class attribute that is an instance of a user class.
    pub fn descriptor(&mut self, attr: Value) -> Option<Descriptor> {
        let k = attr.as_obj()?;
        let Kind::Instance(i) = self.heap.kind(k) else {
            return None;
        };
        let class = i.class;
        let [get, set, delete] = ["__get__", "__set__", "__delete__"].map(|n| {
            let n = self.intern(n);
            self.class_lookup(class, n)
        });
        (get.is_some() || set.is_some() || delete.is_some()).then_some(Descriptor {
            get,
            data: set.is_some() || delete.is_some(),
        })
    }

    /// `descr.__get__(obj, type)`; `obj` None when read from the class.
    pub fn descriptor_get(
        &mut self,
        get: Value,
        attr: Value,
        obj: Value,
        class: ObjKey,
    ) -> PyResult<Value> {
        self.call(get, &[attr, obj, Value::Obj(class)])
    }

    /// The class attribute `name` of `obj`'s type when it is an instance of a user class (a
    /// possible descriptor).
    fn instance_class_attr(&self, obj: Value, name: Value) -> Option<Value> {
        let attr = self.class_lookup(self.type_of(obj), name)?;
        matches!(
            attr.as_obj().map(|k| self.heap.kind(k)),
            Some(Kind::Instance(_))
        )
        .then_some(attr)
    }

    /// `obj.name = value` through a data descriptor of the class, if there is one: Some with
    /// the outcome (value consumed), None to store normally.
    pub fn descriptor_set(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
    ) -> Option<PyResult<()>> {
        let attr = self.instance_class_attr(obj, name)?;
        if let Some(m) = self.member(attr) {
            if let Err(e) = self.member_check(&m, obj) {
                self.heap.decref(value);
                return Some(Err(e));
            }
            return Some(self.member_write(&m, obj, Some(value)));
        }
        // The type's own `__set__`, a builtin wrapper included (a property subclass's).
        let attr_class = self.type_of(attr);
        let n = self.intern("__set__");
        let Some(set) = self.class_lookup(attr_class, n) else {
            // A data descriptor with only `__delete__` refuses assignment.
            let d = self.intern("__delete__");
            self.class_lookup(attr_class, d)?;
            self.heap.decref(value);
            return Some(Err(self.attribute_error("__set__".into())));
        };
        let r = self.call(set, &[attr, obj, value]);
        self.heap.decref(value);
        Some(r.map(|v| self.heap.decref(v)))
    }

    /// `del obj.name` through a class's data descriptor with `__delete__`, if any.
    pub fn descriptor_delete(&mut self, obj: Value, name: Value) -> Option<PyResult<()>> {
        let attr = self.instance_class_attr(obj, name)?;
        if let Some(m) = self.member(attr) {
            return Some(
                self.member_check(&m, obj)
                    .and_then(|()| self.member_write(&m, obj, None)),
            );
        }
        let attr_class = self.type_of(attr);
        let n = self.intern("__delete__");
        let Some(delete) = self.class_lookup(attr_class, n) else {
            // A data descriptor with only `__set__` refuses deletion.
            let s = self.intern("__set__");
            self.class_lookup(attr_class, s)?;
            return Some(Err(self.attribute_error("__delete__".into())));
        };
        Some(self.call(delete, &[attr, obj]).map(|v| self.heap.decref(v)))
    }

    /// `obj.name = value` through the class's `__setattr__` when it has one in Python.
    pub fn hooked_setattr(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
    ) -> Option<PyResult<()>> {
        let class = self.type_of(obj);
        if self.class_hooks(class) & HOOK_SETATTR == 0 {
            return None;
        }
        let f = self.intern("__setattr__");
        let f = self.class_lookup(class, f)?;
        let r = self.call(f, &[obj, name, value]);
        self.heap.decref(value);
        Some(r.map(|v| self.heap.decref(v)))
    }

    /// `del obj.name` through the class's `__delattr__` when it has one in Python.
    pub fn hooked_delattr(&mut self, obj: Value, name: Value) -> Option<PyResult<()>> {
        let class = self.type_of(obj);
        if self.class_hooks(class) & HOOK_DELATTR == 0 {
            return None;
        }
        let f = self.intern("__delattr__");
        let f = self.class_lookup(class, f)?;
        Some(self.call(f, &[obj, name]).map(|v| self.heap.decref(v)))
    }
}

fn attr_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    if vm.str_of(name).is_none() {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    Ok(name)
}

/// `object.__getattribute__(obj, name)`: the lookup without the class's own hooks.
pub fn object_getattribute(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = attr_name(vm, a[1])?;
    match vm.generic_getattr(a[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(a[0], name)),
    }
}

/// `object.__setattr__(obj, name, value)`.
pub fn object_setattr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = attr_name(vm, a[1])?;
    vm.heap.incref(a[2]);
    vm.generic_setattr(a[0], name, a[2])?;
    Ok(Value::None)
}

/// `object.__init_subclass__()`: the end of a chain of `super().__init_subclass__()` calls;
/// it takes no keyword arguments.
pub fn object_init_subclass(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        let cls = a.first().copied().unwrap_or(Value::None);
        let n = match cls.as_obj() {
            Some(k) if matches!(vm.heap.kind(k), Kind::Class(_)) => vm.class_name(k),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
pub fn object_delattr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = attr_name(vm, a[1])?;
    vm.generic_delattr(a[0], name)?;
    Ok(Value::None)
}
