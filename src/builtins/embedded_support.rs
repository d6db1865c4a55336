//! `_cellar`: helpers for the standard-library modules Cellar writes in Python
//! (`py/*.py`), where CPython's are written in C and differ in ways Python code cannot say;
//! and the methods of `object` that lead into them (`__reduce_ex__` into copyreg).

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// `c_type(cls)`: messages name `cls` with its module (`'collections.OrderedDict'`), as
/// CPython's C types are named; returns `cls` (a class decorator).
fn c_type(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&cls) = a.first() else {
        return Err(vm.type_error("c_type() takes exactly one argument".into()));
    };
    match cls.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Class(c)) => c.c_named = true,
        _ => return Err(vm.type_error("c_type() needs a class".into())),
    }
    Ok(vm.incref(cls))
}

/// Calls `module.function(*args)` of a module Cellar writes in Python.
pub fn call_python(vm: &mut Vm, module: &str, function: &str, args: &[Value]) -> PyResult<Value> {
    let f = python_function(vm, module, function)?;
    let r = vm.call(f, args);
    vm.heap.decref(f);
    r
}

/// `module.function` of an embedded Python module (owned), importing the module if needed.
pub fn python_function(vm: &mut Vm, module: &str, function: &str) -> PyResult<Value> {
    let m = vm.import_absolute(module)?;
    let name = vm.intern(function);
    let f = vm.getattr(m, name);
    vm.heap.decref(m);
    f
}

/// `object.__reduce_ex__(protocol)`, written in Python in copyreg.
fn object_reduce_ex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [protocol] = super::parse_args(vm, "__reduce_ex__", &a[1..], kw, &["protocol"], 1)?;
    let protocol = protocol.unwrap_or(Value::Int(0));
    if vm.try_index(protocol)?.is_none() {
        let t = vm.type_name(protocol);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    call_python(vm, "copyreg", "_object_reduce_ex", &[a[0], protocol])
}

/// `object.__reduce__()`: the reduction of protocol 0.
fn object_reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    call_python(vm, "copyreg", "_reduce_ex", &[a[0], Value::Int(0)])
}

/// `object.__getstate__()`: the instance dict and set slots.
fn object_getstate(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    call_python(vm, "copyreg", "_object_getstate", &[a[0]])
}

/// `object.__sizeof__()`: the bytes the object takes on Cellar's heap (what
/// `sys.getsizeof` reports).
fn object_sizeof(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = match a[0] {
        Value::Obj(k) => crate::heap::size::object_size(vm.heap.obj(k)),
        _ => 24,
    };
    Ok(Value::Int(n as i64))
}

/// Gives `object` the reduction methods copy and pickle start from, and `__sizeof__`.
pub fn install(vm: &mut Vm) {
    let object = vm.types.object;
    vm.add_methods(
        object,
        &[
            ("__reduce_ex__", object_reduce_ex as NativeFn),
            ("__reduce__", object_reduce),
            ("__getstate__", object_getstate),
            ("__sizeof__", object_sizeof),
        ],
    );
    // `object.__subclasshook__`: a classmethod saying "no opinion", which abc's checks call.
    let key = vm.intern("__subclasshook__");
    let f = vm.new_native("__subclasshook__", object_subclasshook, Value::Obj(object));
    let cm = vm.heap.alloc(Kind::ClassMethod(f));
    vm.class_dict_set(object, key, cm);
}

fn object_subclasshook(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[
        ("c_type", c_type),
        ("install_stringio", super::stringio::install_stringio),
        ("odict_iter", super::odict::odict_iter),
        ("odict_pop_first", super::odict::odict_pop_first),
    ];
    let unsupported = Value::Obj(vm.types.unsupported_operation);
    vm.heap.incref(unsupported);
    let m = super::new_module(
        vm,
        "_cellar",
        funcs,
        &[("UnsupportedOperation", unsupported)],
    );
    if let Some(dict) = super::module_dict(vm, m) {
        for spec in super::odict::TYPES {
            super::native_types::define(vm, dict, spec);
        }
    }
    m
}
