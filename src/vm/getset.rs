//! The `__dict__` and `__weakref__` attributes a class gives its instances, as CPython's
//! `getset_descriptor`s in the class's namespace (`C.__dict__['__dict__']`): reading one gives
//! the instance's attribute dict or its first weak reference; `__dict__` takes assignment.
//! Which classes add them is decided with `__slots__` (vm/slots.rs).

use super::native::{Kwargs, NativeFn};
use super::{PyResult, Vm};
use crate::builtins::descriptor_wrappers::{get_args, set_args};
use crate::heap::{ObjKey, Value};

impl Vm {
    /// Puts the `__dict__` and `__weakref__` getsets a new class adds in its namespace.
    pub(super) fn add_instance_getsets(&mut self, class: ObjKey, dict: bool, weakref: bool) {
        for (name, on) in [("__dict__", dict), ("__weakref__", weakref)] {
            if !on {
                continue;
            }
            let kind = self.types.getset_descriptor;
            let d = self.new_attr_descriptor(kind, name, class);
            let key = self.intern(name);
            self.ns_set(class, key, d);
        }
    }
}

/// The getset's attribute name and owning class, checking that `obj` (unless None) is an
/// instance of that class as CPython's descriptor check does.
fn parts(vm: &mut Vm, d: Value, obj: Value) -> PyResult<(String, ObjKey)> {
    let kind = vm.types.getset_descriptor;
    let Some((name, class)) = vm.attr_descriptor_parts(d, kind) else {
        let t = vm.type_name(d);
        return Err(vm.type_error(format!(
            "descriptor '__get__' requires a 'getset_descriptor' object but received a '{t}'"
        )));
    };
    if !obj.is(Value::None) {
        vm.descriptor_applies(name, class, obj)?;
    }
    Ok((vm.str_of(name).unwrap_or("?").to_string(), class))
}

fn getset_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, obj, _) = get_args(vm, a, kw)?;
    if obj.is(Value::None) {
        return Ok(vm.incref(d));
    }
    let (name, class) = parts(vm, d, obj)?;
    let k = obj.as_obj().expect("an instance of a class");
    if name == "__dict__" {
        return Ok(vm.instance_dict(k));
    }
    if let Some(get) = native_access(vm, class, &name) {
        return get(vm, &[obj], &[]);
    }
    let first = vm
        .heap
        .weakrefs
        .get(&k)
        .and_then(|refs| refs.first().copied());
    Ok(vm.incref(first.map_or(Value::None, Value::Obj)))
}

/// The function behind a native type's getset attribute `name`.
fn native_access(vm: &Vm, class: ObjKey, name: &str) -> Option<NativeFn> {
    let native = vm.native_types.get(&class)?;
    native
        .getters
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, f)| f)
}

/// `__set__` (Some value) and `__delete__` (None).
fn getset_write(vm: &mut Vm, d: Value, obj: Value, value: Option<Value>) -> PyResult<Value> {
    let (name, class) = parts(vm, d, obj)?;
    if let Some(set) = native_access(vm, class, &name) {
        return set(vm, &[obj, value.unwrap_or(Value::Undef)], &[]);
    }
    if name != "__dict__" {
        let cn = vm.class_name(class);
        return Err(vm.attribute_error(format!(
            "attribute '{name}' of '{cn}' objects is not writable"
        )));
    }
    let k = obj.as_obj().expect("an instance of a class");
    let value = value.map(|v| vm.incref(v));
    vm.assign_instance_dict(k, value)?;
    Ok(Value::None)
}

fn getset_set(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = set_args(vm, a, kw)?;
    getset_write(vm, a[0], rest[0], Some(rest[1]))
}

fn getset_delete(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = crate::builtins::slot_wrappers::args(vm, a, kw, "__delete__", 1)?;
    getset_write(vm, a[0], rest[0], None)
}

fn getset_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (name, class) = parts(vm, a[0], Value::None)?;
    let cn = vm.class_name(class);
    Ok(vm.new_str(format!("<attribute '{name}' of '{cn}' objects>")))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.getset_descriptor;
    vm.add_methods(
        t,
        &[
            ("__get__", getset_get),
            ("__set__", getset_set),
            ("__delete__", getset_delete),
            ("__repr__", getset_repr),
        ],
    );
}
