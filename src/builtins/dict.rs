//! `dict` methods and merging (`{**a}`, `f(**kw)`, `update`).

use crate::heap::object::{DictView, Kind, ViewKind};
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// Where the items of an update come from, for CPython's messages.
#[derive(Clone, Copy)]
pub enum Update {
    /// `{**m}`: a mapping is required.
    Display,
    /// `f(**m)` (the callable `f`, borrowed): a mapping, and no key twice.
    Call(Value),
    /// `dict(x)` / `d.update(x)`: a mapping, else an iterable of pairs.
    Update,
}

/// Adds every item of `src` (a mapping or, for `Update::Update`, an iterable of pairs) into
/// dict `target`, as CPython's `dict_update_arg` / `DICT_MERGE` / `DICT_UPDATE`.
pub fn update_from(vm: &mut Vm, target: Value, src: Value, how: Update) -> PyResult<()> {
    let tk = target.as_obj().expect("dict");
    // A dict subclass that keeps dict's `__iter__` is copied as the dict it holds, without
    // asking its `keys` or `__getitem__` (CPython's dict_merge fast path).
    let iter_name = vm.names.iter;
    let src = match vm.payload(src) {
        Some(p) if vm.special(src, iter_name).is_none() => p,
        _ => src,
    };
    if let Value::Obj(k) = src {
        if let Kind::Dict(d) = vm.heap.kind(k) {
            let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
            for &(k, v) in &pairs {
                vm.heap.incref(k);
                vm.heap.incref(v);
            }
            let r = insert_pairs(vm, tk, &pairs, how);
            for (k, v) in pairs {
                vm.heap.decref(k);
                vm.heap.decref(v);
            }
            return r;
        }
    }
    let keys_name = vm.intern("keys");
    let keys = match src {
        Value::Obj(_) => vm.getattr_opt(src, keys_name)?,
        _ => None,
    };
    let Some(keys) = keys else {
        let t = vm.type_name(src);
        return match how {
            Update::Display => Err(vm.type_error(format!("'{t}' object is not a mapping"))),
            Update::Call(f) => {
                let fs = vm.func_str(f);
                Err(vm.type_error(format!("{fs} argument after ** must be a mapping, not {t}")))
            }
            Update::Update => update_from_pairs(vm, tk, src),
        };
    };
    let r = vm.call(keys, &[]);
    vm.heap.decref(keys);
    let ks = r?;
    let r = vm.iterate(ks);
    vm.heap.decref(ks);
    let ks = r?;
    let mut res = Ok(());
    for &key in &ks {
        let v = match vm.getitem(src, key) {
            Ok(v) => v,
            Err(e) => {
                res = Err(e);
                break;
            }
        };
        res = insert_pairs(vm, tk, &[(key, v)], how);
        vm.heap.decref(v);
        if res.is_err() {
            break;
        }
    }
    vm.heap.decref_all(ks);
    res
}

/// Sets borrowed `pairs` into dict `tk`; a call's `**` refuses a key given twice.
fn insert_pairs(
    vm: &mut Vm,
    tk: crate::heap::ObjKey,
    pairs: &[(Value, Value)],
    how: Update,
) -> PyResult<()> {
    for &(k, v) in pairs {
        if let Update::Call(f) = how {
            if vm.dict_get(tk, k)?.is_some() {
                let fs = vm.func_str(f);
                let n = vm.str(k)?;
                return Err(vm.type_error(format!(
                    "{fs} got multiple values for keyword argument '{n}'"
                )));
            }
        }
        vm.heap.incref(v);
        vm.dict_set(tk, k, v)?;
    }
    Ok(())
}

/// `dict(iterable)`: each element must itself be an iterable of exactly two items.
fn update_from_pairs(vm: &mut Vm, tk: crate::heap::ObjKey, src: Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    let res = loop {
        let item = match vm.next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        // A pair as a tuple or list (what zip and items() give) needs no iterator.
        let pair = match item.as_obj().map(|k| vm.heap.kind(k)) {
            Some(Kind::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
            Some(Kind::List(l)) if l.len() == 2 => Some((l[0], l[1])),
            _ => None,
        };
        if let Some((k, v)) = pair {
            // Owned while inserting: a key's __eq__ may empty the list they came from.
            vm.heap.incref(k);
            vm.heap.incref(v);
            vm.heap.decref(item);
            let r = insert_pairs(vm, tk, &[(k, v)], Update::Update);
            vm.heap.decref(k);
            vm.heap.decref(v);
            if let Err(e) = r {
                break Err(e);
            }
            i += 1;
            continue;
        }
        let kv = match vm.get_iter(item) {
            Ok(sub) => {
                let r = vm.iterate(sub);
                vm.heap.decref(sub);
                r
            }
            Err(e) => {
                vm.heap.decref(e.0);
                Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        vm.heap.decref(item);
        let kv = match kv {
            Ok(kv) => kv,
            Err(e) => break Err(e),
        };
        if kv.len() != 2 {
            let n = kv.len();
            vm.heap.decref_all(kv);
            break Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {n}; 2 is required"
            )));
        }
        let r = insert_pairs(vm, tk, &[(kv[0], kv[1])], Update::Update);
        vm.heap.decref_all(kv);
        if let Err(e) = r {
            break Err(e);
        }
        i += 1;
    };
    vm.heap.decref(it);
    res
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

/// `dict.__init__(self, mapping_or_pairs=(), **kw)`: an update, as CPython's dict_init.
fn init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::init_arity(vm, "dict", a, &[])?;
    update(vm, a, kw)
}

fn update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(src) = a.get(1) {
        update_from(vm, a[0], *src, Update::Update)?;
    }
    for (k, v) in kw {
        vm.heap.incref(*v);
        vm.dict_set(dk(a[0]), *k, *v)?;
    }
    Ok(Value::None)
}

/// `a | b` for two dicts (PEP 584): a new dict with `a`'s items updated by `b`'s.
pub fn merged(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let d = vm.new_dict();
    let r =
        update_from(vm, d, a, Update::Update).and_then(|()| update_from(vm, d, b, Update::Update));
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.heap.decref(d);
            Err(e)
        }
    }
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
    update_from(vm, d, a[0], Update::Update)?;
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
            ("__init__", init),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    // The views: keys and items views compare as sets, so they are unhashable; all three
    // iterate backwards (`collections.abc.Reversible` looks for `__reversed__`).
    let t = vm.types;
    for view in [t.dict_keys, t.dict_items, t.dict_values] {
        vm.add_methods(
            view,
            &[("__reversed__", view_reversed), ("__iter__", view_iter)],
        );
        super::native_types::mark_slot(vm, view, "__iter__");
    }
    for view in [t.dict_keys, t.dict_items] {
        let key = vm.intern("__hash__");
        vm.class_dict_set(view, key, Value::None);
    }
}

fn view_iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.get_iter(a[0])
}

fn view_reversed(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::reversed(vm, &a[..1], kw)
}
