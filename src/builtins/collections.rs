//! `_collections`, the native half of `collections` (as in CPython): `deque` and its
//! iterators (`deque.rs`), `_tuplegetter` for namedtuple fields, and `_count_elements` for
//! `Counter`. The rest of `collections` is Python source (`py/collections.py`).

use super::native_types;
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "_count_elements", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "_count_elements expected 2 arguments, got {}",
            a.len()
        )));
    }
    let (mapping, iterable) = (a[0], a[1]);
    let get = vm.intern("get");
    let get = vm.getattr(mapping, get)?;
    let it = match vm.get_iter(iterable) {
        Ok(it) => it,
        Err(e) => {
            vm.heap.decref(get);
            return Err(e);
        }
    };
    let r = vm.for_each_next(it, |vm, x| {
        let r = (|| {
            let old = vm.call(get, &[x, Value::Int(0)])?;
            let new = vm.binary(crate::syntax::ast::BinOp::Add, old, Value::Int(1));
            vm.heap.decref(old);
            vm.setitem(mapping, x, new?)
        })();
        vm.heap.decref(x);
        r.map(|_| crate::vm::iter::Step::Next)
    });
    vm.heap.decref(it);
    vm.heap.decref(get);
    r.map(|_| Value::None)
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[("_count_elements", count_elements)];
    let m = super::new_module(vm, "_collections", funcs, &[]);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    for spec in super::deque::TYPES {
        let class = native_types::define(vm, dk, spec);
        if spec.name == "deque" {
            super::deque::finish_deque_class(vm, class);
        }
    }
    m
}
