//! `_collections`, the native half of `collections` (as in CPython): `deque` and its
//! iterators (`deque.rs`), `_tuplegetter` for namedtuple fields, and `_count_elements` for
//! `Counter`. The rest of `collections` is Python source (`py/collections.py`).

use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
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
    native_types::define(vm, dk, &TUPLEGETTER);
    for spec in super::deque::TYPES {
        let class = native_types::define(vm, dk, spec);
        if spec.name == "deque" {
            super::deque::finish_deque_class(vm, class);
        }
    }
    m
}

// ---- _tuplegetter ----------------------------------------------------------------------
// A namedtuple field: `p.x` is item `_index` of the tuple. State: 0 the index, 1 the doc.

fn tuplegetter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "_tuplegetter", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "_tuplegetter expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let index = vm.ssize_arg(a[1])?;
    let doc = vm.incref(a[2]);
    let class = a[0].as_obj().expect("the class");
    Ok(native_types::instance(
        vm,
        class,
        vec![Value::Int(index), doc],
    ))
}

fn tuplegetter_get(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (me, obj) = (a[0], a.get(1).copied().unwrap_or(Value::None));
    if obj.is(Value::None) {
        return Ok(vm.incref(me));
    }
    let index = match native_types::state(vm, me, 0) {
        Value::Int(i) => i,
        _ => 0,
    };
    let tuple = match vm.payload(obj) {
        Some(p) if matches!(p.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Tuple(_))) => p,
        _ if matches!(obj.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Tuple(_))) => obj,
        _ => {
            let t = vm.type_name(obj);
            return Err(vm.type_error(format!(
                "descriptor for index '{index}' for tuple subclasses doesn't apply to '{t}' object"
            )));
        }
    };
    match vm.seq_slice(tuple).get(index as usize) {
        Some(&v) => Ok(vm.incref(v)),
        None => Err(vm.exception_with_msg(vm.types.index_error, "tuple index out of range".into())),
    }
}

fn tuplegetter_set(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Err(vm.attribute_error("can't set attribute".into()))
}

fn tuplegetter_delete(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Err(vm.attribute_error("can't delete attribute".into()))
}

fn tuplegetter_reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = vm.incref(Value::Obj(vm.type_of(a[0])));
    let index = native_types::state(vm, a[0], 0);
    let doc = vm.incref(native_types::state(vm, a[0], 1));
    let args = vm.new_tuple(vec![index, doc]);
    Ok(vm.new_tuple(vec![class, args]))
}

/// `__doc__`, readable and writable.
fn tuplegetter_doc(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a.get(1) {
        None => Ok(vm.incref(native_types::state(vm, a[0], 1))),
        Some(&v) => {
            let v = if v.is_undef() {
                Value::None
            } else {
                vm.incref(v)
            };
            native_types::set_state(vm, a[0], 1, v);
            Ok(Value::None)
        }
    }
}

const TUPLEGETTER: TypeSpec = TypeSpec {
    module: "_collections",
    name: "_tuplegetter",
    state: &["_index", "_doc"],
    methods: &[
        ("__get__", tuplegetter_get),
        ("__set__", tuplegetter_set),
        ("__delete__", tuplegetter_delete),
        ("__reduce__", tuplegetter_reduce),
    ],
    new: tuplegetter_new,
    next: None,
    basetype: false,
    getters: &[("__doc__", tuplegetter_doc)],
};
