//! `dict` methods and merging (`{**a}`, `f(**kw)`, `update`).

use crate::heap::object::{DictView, Kind, ViewKind};
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// Adds every item of `src` (a mapping or an iterable of pairs) into dict `target`.
pub fn update_from(vm: &mut Vm, target: Value, src: Value, merge: bool) -> PyResult<()> {
    let tk = target.as_obj().expect("dict");
    let pairs: Vec<(Value, Value)> = match src {
        Value::Obj(k) => {
            match vm.heap.kind(k) {
                Kind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => {
                    let t = vm.type_name(src);
                    if merge {
                        return Err(
                            vm.type_error(format!("argument after ** must be a mapping, not {t}"))
                        );
                    }
                    let items = vm.iterate(src)?;
                    let mut out = Vec::new();
                    for it in &items {
                        let kv = vm.seq_items(*it);
                        if kv.len() != 2 {
                            vm.heap.decref_all(items);
                            return Err(vm.type_error("cannot convert dictionary update sequence element #0 to a sequence".into()));
                        }
                        out.push((kv[0], kv[1]));
                    }
                    for (k, v) in &out {
                        vm.heap.incref(*k);
                        vm.heap.incref(*v);
                    }
                    vm.heap.decref_all(items);
                    let r = (|| {
                        for (k, v) in &out {
                            vm.heap.incref(*v);
                            vm.dict_set(tk, *k, *v)?;
                        }
                        Ok(())
                    })();
                    for (k, v) in out {
                        vm.heap.decref(k);
                        vm.heap.decref(v);
                    }
                    return r;
                }
            }
        }
        _ => {
            let t = vm.type_name(src);
            return Err(vm.type_error(format!("'{t}' object is not a mapping")));
        }
    };
    for (k, v) in pairs {
        if merge && vm.dict_get(tk, k)?.is_some() {
            let n = vm.str(k)?;
            return Err(vm.type_error(format!("got multiple values for keyword argument '{n}'")));
        }
        vm.heap.incref(v);
        vm.dict_set(tk, k, v)?;
    }
    Ok(())
}

fn dk(v: Value) -> crate::heap::ObjKey {
    v.as_obj().expect("dict")
}

fn get(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let default = a.get(2).copied().unwrap_or(Value::None);
    let v = vm.dict_get(dk(a[0]), a[1])?.unwrap_or(default);
    Ok(vm.incref(v))
}

fn view(vm: &mut Vm, d: Value, kind: ViewKind) -> Value {
    vm.heap.incref(d);
    vm.heap
        .alloc(Kind::DictView(Box::new(DictView { dict: d, kind })))
}

fn keys(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view(vm, a[0], ViewKind::Keys))
}
fn values(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view(vm, a[0], ViewKind::Values))
}
fn items(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view(vm, a[0], ViewKind::Items))
}

fn setdefault(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let default = a.get(2).copied().unwrap_or(Value::None);
    if let Some(v) = vm.dict_get(dk(a[0]), a[1])? {
        return Ok(vm.incref(v));
    }
    vm.heap.incref(default);
    vm.dict_set(dk(a[0]), a[1], default)?;
    Ok(vm.incref(default))
}

fn pop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match vm.dict_remove(dk(a[0]), a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(d) => Ok(vm.incref(*d)),
            None => Err(vm.key_error(a[1])),
        },
    }
}

fn popitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let kv = match vm.heap.kind_mut(dk(a[0])) {
        Kind::Dict(d) => d.pop_last(),
        _ => None,
    };
    match kv {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            Err(vm.exception_with_msg(vm.types.key_error, "popitem(): dictionary is empty".into()))
        }
    }
}

fn update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(src) = a.get(1) {
        update_from(vm, a[0], *src, false)?;
    }
    for (k, v) in kw {
        vm.heap.incref(*v);
        vm.dict_set(dk(a[0]), *k, *v)?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let old = match vm.heap.kind_mut(dk(a[0])) {
        Kind::Dict(d) => d.take_all(),
        _ => Vec::new(),
    };
    vm.heap.decref_all(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = vm.new_dict();
    update_from(vm, d, a[0], false)?;
    Ok(d)
}

pub fn install(vm: &mut Vm) {
    let d = vm.types.dict;
    vm.add_methods(
        d,
        &[
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
        ],
    );
}
