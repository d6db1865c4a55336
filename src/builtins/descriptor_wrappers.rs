//! The descriptor protocol's own slots on the builtin descriptors, as attributes:
//! `function.__get__`, `staticmethod.__get__`, `classmethod.__get__`, and property's
//! `__get__`/`__set__`/`__delete__`. Attribute lookup binds the builtin kinds directly; these
//! serve code that names them (as CPython's wrapper descriptors do) and the instances of
//! Python subclasses of the descriptor types, whose payload they read.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// `tp_descr_get`'s wrapper: `(self, obj, type=None)`, with CPython's argument errors; the
/// receiver, the instance (None for class access) and the class to bind for.
pub(crate) fn get_args(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<(Value, Value, ObjKey)> {
    if !kw.is_empty() {
        return Err(vm.type_error("wrapper __get__() takes no keyword arguments".into()));
    }
    let rest = a.get(1..).unwrap_or(&[]);
    match rest.len() {
        // PyArg_UnpackTuple with an empty name: its message starts with a space.
        0 => return Err(vm.type_error(" expected at least 1 argument, got 0".into())),
        n if n > 2 => {
            return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")));
        }
        _ => {}
    }
    let obj = rest[0];
    let class = match rest.get(1) {
        Some(Value::Obj(c)) if matches!(vm.heap.kind(*c), Kind::Class(_)) => *c,
        None | Some(Value::None) if obj.is(Value::None) => {
            return Err(vm.type_error("__get__(None, None) is invalid".into()));
        }
        _ => vm.type_of(obj),
    };
    Ok((a[0], obj, class))
}

/// The receiver must be of the descriptor's own kind (CPython's descriptor check).
fn check_kind(vm: &mut Vm, v: Value, want: &str, ok: bool, slot: &str) -> PyResult<()> {
    if ok {
        return Ok(());
    }
    Err(wrong_receiver(vm, slot, want, v))
}

/// CPython's error for a builtin type's method called on something not of that type.
pub(crate) fn wrong_receiver(vm: &mut Vm, method: &str, want: &str, got: Value) -> PyErr {
    let t = vm.type_name(got);
    vm.type_error(format!(
        "descriptor '{method}' requires a '{want}' object but received a '{t}'"
    ))
}

fn function_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (f, obj, class) = get_args(vm, a, kw)?;
    let ok = matches!(f.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Function(_)));
    check_kind(vm, f, "function", ok, "__get__")?;
    if obj.is(Value::None) {
        return Ok(vm.incref(f));
    }
    vm.bind(f, obj, class)
}

fn staticmethod_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, _, _) = get_args(vm, a, kw)?;
    match vm.unwrap_payload(s).as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::StaticMethod(f)) => {
            let f = *f;
            Ok(vm.incref(f))
        }
        _ => {
            check_kind(vm, s, "staticmethod", false, "__get__")?;
            Ok(Value::None)
        }
    }
}

fn classmethod_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (c, _, class) = get_args(vm, a, kw)?;
    let inner = vm.unwrap_payload(c);
    let ok = matches!(
        inner.as_obj().map(|k| vm.heap.kind(k)),
        Some(Kind::ClassMethod(_))
    );
    check_kind(vm, c, "classmethod", ok, "__get__")?;
    vm.bind(inner, Value::Obj(class), class)
}

/// A property's function for `slot` (0 get, 1 set, 2 delete), or CPython's error naming it.
fn property_fn(vm: &mut Vm, p: Value, obj: Value, slot: usize) -> PyResult<Value> {
    let (dunder, what) = [
        ("__get__", "getter"),
        ("__set__", "setter"),
        ("__delete__", "deleter"),
    ][slot];
    let f = match vm.unwrap_payload(p).as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Property(prop)) => [prop.fget, prop.fset, prop.fdel][slot],
        _ => {
            check_kind(vm, p, "property", false, dunder)?;
            Value::None
        }
    };
    if f.is(Value::None) {
        return Err(vm.property_missing(p, obj, what));
    }
    Ok(f)
}

fn property_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (p, obj, _) = get_args(vm, a, kw)?;
    if obj.is(Value::None) {
        return Ok(vm.incref(p));
    }
    let f = property_fn(vm, p, obj, 0)?;
    vm.call(f, &[obj])
}

/// `tp_descr_set`'s wrapper: `(self, obj, value)`, with CPython's argument errors.
pub(crate) fn set_args<'a>(vm: &mut Vm, a: &'a [Value], kw: Kwargs) -> PyResult<&'a [Value]> {
    let rest = a.get(1..).unwrap_or(&[]);
    if !kw.is_empty() {
        return Err(vm.type_error("wrapper __set__() takes no keyword arguments".into()));
    }
    if rest.len() != 2 {
        let msg = format!(" expected 2 arguments, got {}", rest.len());
        return Err(vm.type_error(msg));
    }
    Ok(rest)
}

fn property_set(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = set_args(vm, a, kw)?;
    let f = property_fn(vm, a[0], rest[0], 1)?;
    let r = vm.call(f, &[rest[0], rest[1]])?;
    vm.heap.decref(r);
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = super::slot_wrappers::args(vm, a, kw, "__delete__", 1)?;
    let f = property_fn(vm, a[0], rest[0], 2)?;
    let r = vm.call(f, &[rest[0]])?;
    vm.heap.decref(r);
    Ok(Value::None)
}

/// `list.__len__.__get__(obj, type=None)`: a builtin type's unbound method or slot wrapper
/// bound to `obj` (itself for class access), after CPython's descriptor type check.
fn native_descr_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, obj, _) = get_args(vm, a, kw)?;
    if obj.is(Value::None) {
        return Ok(vm.incref(d));
    }
    let (name, owner) = match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Native(n)) => (n.name, n.owner.as_obj()),
        _ => return Ok(vm.incref(d)),
    };
    let Some(owner) = owner else {
        return Ok(vm.incref(d));
    };
    if !vm.isinstance(obj, owner) {
        let (on, t) = (vm.class_name(owner), vm.type_name(obj));
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{on}' objects doesn't apply to a '{t}' object"
        )));
    }
    vm.bind(d, obj, owner)
}

/// The bound `__get__` of builtin descriptor `d` (owned).
pub fn native_get(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let class = vm.types.wrapper_descriptor;
    let f = vm.new_native("__get__", native_descr_get, Value::Obj(class));
    let r = vm.bind(f, d, class);
    vm.heap.decref(f);
    r
}

pub fn install(vm: &mut Vm) {
    let t = vm.types;
    let table: [(ObjKey, &'static str, NativeFn); 6] = [
        (t.function, "__get__", function_get),
        (t.staticmethod, "__get__", staticmethod_get),
        (t.classmethod, "__get__", classmethod_get),
        (t.property, "__get__", property_get),
        (t.property, "__set__", property_set),
        (t.property, "__delete__", property_delete),
    ];
    for (class, name, f) in table {
        let v = vm.new_native(name, f, Value::Obj(class));
        if let Value::Obj(k) = v {
            if let Kind::Native(n) = vm.heap.kind_mut(k) {
                n.slot = true;
                n.stands_in = true;
            }
        }
        let key = vm.intern(name);
        vm.class_dict_set(class, key, v);
    }
}
