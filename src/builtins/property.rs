//! The builtin descriptor types' own methods: `property` (made from its parts, copied by
//! `getter`/`setter`/`deleter`, named by `__set_name__`) and the `__init__` of property,
//! classmethod and staticmethod. An instance of a Python subclass of one of them
//! (`class cached(property)`, abc's `abstractclassmethod`) holds the builtin descriptor as its
//! payload, and these methods read and fill that payload.

use super::descriptor_wrappers::wrong_receiver;
use crate::heap::object::{Kind, PropertyObj};
use crate::heap::{ObjKey, Value};
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// A property with no parts, as `property.__new__` leaves one before `__init__`.
const EMPTY: PropertyObj = PropertyObj {
    fget: Value::None,
    fset: Value::None,
    fdel: Value::None,
    doc: Value::None,
    name: Value::Undef,
    getter_doc: false,
};

/// The parts of the property `p` is or holds (a subclass instance's payload).
fn parts(vm: &Vm, p: Value) -> Option<PropertyObj> {
    match vm.unwrap_payload(p).as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Property(p)) => Some(**p),
        _ => None,
    }
}

/// The doc a property made from `fget` and `doc` keeps (owned), and whether it is the
/// getter's docstring (read when no doc is given).
fn chosen_doc(vm: &mut Vm, fget: Value, doc: Value) -> PyResult<(Value, bool)> {
    if doc.is(Value::None) && !fget.is(Value::None) {
        let key = vm.names.doc;
        if let Some(d) = vm.getattr_opt(fget, key)? {
            return Ok((d, true));
        }
        return Ok((Value::None, false));
    }
    Ok((vm.incref(doc), false))
}

/// `property(fget, fset, fdel, doc)` (borrowed): without a doc, the getter's docstring.
pub fn new_property(
    vm: &mut Vm,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
) -> PyResult<Value> {
    let (doc, getter_doc) = chosen_doc(vm, fget, doc)?;
    for v in [fget, fset, fdel] {
        vm.heap.incref(v);
    }
    let p = PropertyObj {
        fget,
        fset,
        fdel,
        doc,
        getter_doc,
        ..EMPTY
    };
    Ok(vm.heap.alloc(Kind::Property(Box::new(p))))
}

/// The descriptor a new instance of a subclass of `base` (property, classmethod or
/// staticmethod) starts with, before `__init__` fills it.
pub fn new_empty(vm: &mut Vm, base: ObjKey) -> Value {
    if base == vm.types.property {
        vm.heap.alloc(Kind::Property(Box::new(EMPTY)))
    } else if base == vm.types.classmethod {
        vm.heap.alloc(Kind::ClassMethod(Value::None))
    } else {
        vm.heap.alloc(Kind::StaticMethod(Value::None))
    }
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`. A subclass
/// instance takes the getter's docstring as its own `__doc__` attribute (the class's
/// `__doc__` would hide the property's), as CPython's property_init does.
fn property_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = a[0];
    let target = vm.unwrap_payload(me);
    if parts(vm, target).is_none() {
        return Err(wrong_receiver(vm, "__init__", "property", me));
    }
    let names = ["fget", "fset", "fdel", "doc"];
    let [fget, fset, fdel, doc] = super::parse_args(vm, "property", &a[1..], kw, &names, 0)?;
    let none = |v: Option<Value>| v.unwrap_or(Value::None);
    let (fget, fset, fdel) = (none(fget), none(fset), none(fdel));
    let (mut doc, getter_doc) = chosen_doc(vm, fget, none(doc))?;
    if getter_doc && !me.is(target) {
        let key = vm.names.doc;
        vm.setattr(me, key, doc)?;
        doc = Value::None;
    }
    for v in [fget, fset, fdel] {
        vm.heap.incref(v);
    }
    let old = match target.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Property(p)) => {
            let old = **p;
            (p.fget, p.fset, p.fdel, p.doc, p.getter_doc) = (fget, fset, fdel, doc, getter_doc);
            old
        }
        _ => EMPTY,
    };
    for v in [old.fget, old.fset, old.fdel, old.doc] {
        vm.heap.decref(v);
    }
    Ok(Value::None)
}

/// `classmethod.__init__(self, callable)` and staticmethod's. A subclass instance copies
/// the function's `__module__`, `__name__`, `__qualname__` and `__doc__` into its own
/// attributes (CPython's functools_wraps; the builtin kinds read them through).
fn method_wrapper_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = a[0];
    let target = vm.unwrap_payload(me);
    let kind = match target.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::ClassMethod(_)) => "classmethod",
        Some(Kind::StaticMethod(_)) => "staticmethod",
        _ => return Err(wrong_receiver(vm, "__init__", "classmethod", me)),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{kind}() takes no keyword arguments")));
    }
    let rest = &a[1..];
    if rest.len() != 1 {
        let n = rest.len();
        return Err(vm.type_error(format!("{kind} expected 1 argument, got {n}")));
    }
    let callable = rest[0];
    vm.heap.incref(callable);
    let old = match target.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::ClassMethod(f) | Kind::StaticMethod(f)) => std::mem::replace(f, callable),
        _ => Value::None,
    };
    vm.heap.decref(old);
    if !me.is(target) {
        for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
            let key = vm.intern(name);
            if let Some(v) = vm.getattr_opt(callable, key)? {
                vm.setattr(me, key, v)?;
            }
        }
    }
    Ok(Value::None)
}

/// `.getter()`/`.setter()`/`.deleter()`: a copy with one function replaced, made by calling
/// the property's type (a subclass's constructor for a subclass instance). A doc taken from
/// the old getter is taken afresh from the new one; the name carries over.
fn copy_with(vm: &mut Vm, me: Value, replace: usize, f: Value) -> PyResult<Value> {
    let Some(old) = parts(vm, me) else {
        let method = ["getter", "setter", "deleter"][replace];
        return Err(wrong_receiver(vm, method, "property", me));
    };
    let mut fns = [old.fget, old.fset, old.fdel];
    // `prop.setter(None)` keeps the old function.
    if !f.is(Value::None) {
        fns[replace] = f;
    }
    let doc = if old.getter_doc && !fns[0].is(Value::None) {
        Value::None
    } else {
        old.doc
    };
    // Held while Python code runs (a getter's `__doc__`, a subclass's constructor), which
    // may re-initialize the old property and drop its parts.
    let held = [fns[0], fns[1], fns[2], doc];
    held.iter().for_each(|v| vm.heap.incref(*v));
    let new = match me.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Property(_)) => new_property(vm, fns[0], fns[1], fns[2], doc),
        _ => {
            let class = vm.type_of(me);
            vm.call(Value::Obj(class), &held)
        }
    };
    vm.heap.decref_all(held.to_vec());
    let new = new?;
    // Read again: the subclass's constructor ran Python code, which may have renamed it.
    let name = parts(vm, me).map_or(Value::Undef, |p| p.name);
    set_name_of(vm, new, name);
    Ok(new)
}

/// Gives the property `p` is or holds the name `name` (borrowed; Undef for none).
pub fn set_name_of(vm: &mut Vm, p: Value, name: Value) {
    let target = vm.unwrap_payload(p);
    vm.heap.incref(name);
    let old = match target.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Property(p)) => std::mem::replace(&mut p.name, name),
        _ => name,
    };
    vm.heap.decref(old);
}

fn property_getter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    copy_with(vm, a[0], 0, a[1])
}

fn property_setter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    copy_with(vm, a[0], 1, a[1])
}

fn property_deleter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    copy_with(vm, a[0], 2, a[1])
}

/// `property.__set_name__(owner, name)`: the name its errors quote.
fn property_set_name(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = &a[1..];
    if rest.len() != 2 || !kw.is_empty() {
        let n = rest.len();
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {n} were given"
        )));
    }
    if parts(vm, a[0]).is_none() {
        return Err(wrong_receiver(vm, "__set_name__", "property", a[0]));
    }
    set_name_of(vm, a[0], rest[1]);
    Ok(Value::None)
}

/// The name a property's errors quote: `'x'` (its repr) once `__set_name__` named it.
pub fn quoted_name(vm: &mut Vm, p: Value) -> PyResult<Option<String>> {
    match parts(vm, p).map(|p| p.name) {
        Some(n) if !n.is_undef() => vm.repr(n).map(Some),
        _ => Ok(None),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types;
    vm.add_methods(
        t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__set_name__", property_set_name),
        ],
    );
    for (class, f) in [
        (t.property, property_init as crate::vm::native::NativeFn),
        (t.classmethod, method_wrapper_init),
        (t.staticmethod, method_wrapper_init),
    ] {
        let v = vm.new_native("__init__", f, Value::Obj(class));
        if let Value::Obj(k) = v {
            if let Kind::Native(n) = vm.heap.kind_mut(k) {
                n.slot = true;
            }
        }
        let key = vm.names.init;
        vm.class_dict_set(class, key, v);
    }
}
