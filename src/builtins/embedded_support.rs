//! `_cellar`: helpers for the standard-library modules Cellar writes in Python
//! (`py/*.py`), where CPython's are written in C and differ in ways Python code cannot say.

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

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[("c_type", c_type)];
    super::new_module(vm, "_cellar", funcs, &[])
}
