//! `set` and `frozenset`: construction, the operators `| & - ^`, and the common methods.

use crate::heap::object::{Kind, SetObj};
use crate::heap::Value;
use crate::objects::set::SetTable;
use crate::syntax::ast::BinOp;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

pub fn new_set(vm: &mut Vm, frozen: bool) -> Value {
    vm.heap.alloc(Kind::Set(Box::new(SetObj {
        table: SetTable::new(),
        frozen,
    })))
}

/// A new set with the items of an iterable.
pub fn set_from(vm: &mut Vm, iterable: Value, frozen: bool) -> PyResult<Value> {
    let s = new_set(vm, frozen);
    let items = match vm.iterate(iterable) {
        Ok(i) => i,
        Err(e) => {
            vm.heap.decref(s);
            return Err(e);
        }
    };
    let sk = s.as_obj().expect("set");
    let mut r = Ok(());
    for it in &items {
        if r.is_ok() {
            r = vm.set_add(sk, *it);
        }
    }
    vm.heap.decref_all(items);
    match r {
        Ok(()) => Ok(s),
        Err(e) => {
            vm.heap.decref(s);
            Err(e)
        }
    }
}

fn items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Set(s) => s.table.iter().map(|(_, k)| k).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Set(s) if s.frozen))
}

pub fn set_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let frozen = is_frozen(vm, a);
    let out = new_set(vm, frozen);
    let ok = out.as_obj().expect("set");
    let (xa, xb) = (items(vm, a), items(vm, b));
    let r: PyResult<()> = (|| {
        match op {
            BinOp::BitOr => {
                for v in xa.iter().chain(xb.iter()) {
                    vm.set_add(ok, *v)?;
                }
            }
            BinOp::BitAnd => {
                for v in &xa {
                    if vm.contains(b, *v)? {
                        vm.set_add(ok, *v)?;
                    }
                }
            }
            BinOp::Sub => {
                for v in &xa {
                    if !vm.contains(b, *v)? {
                        vm.set_add(ok, *v)?;
                    }
                }
            }
            _ => {
                for v in &xa {
                    if !vm.contains(b, *v)? {
                        vm.set_add(ok, *v)?;
                    }
                }
                for v in &xb {
                    if !vm.contains(a, *v)? {
                        vm.set_add(ok, *v)?;
                    }
                }
            }
        }
        Ok(())
    })();
    match r {
        Ok(()) => Ok(out),
        Err(e) => {
            vm.heap.decref(out);
            Err(e)
        }
    }
}

fn add(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.set_add(a[0].as_obj().expect("set"), a[1])?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.set_discard(a[0].as_obj().expect("set"), a[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if !vm.set_discard(a[0].as_obj().expect("set"), a[1])? {
        return Err(vm.key_error(a[1]));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = match vm.heap.kind_mut(a[0].as_obj().expect("set")) {
        Kind::Set(s) => s.table.pop(),
        _ => None,
    };
    match v {
        Some(v) => Ok(v),
        None => Err(vm.exception_with_msg(vm.types.key_error, "pop from an empty set".into())),
    }
}

/// `other` as a set (owned): itself if it is one, else a new set of its items.
fn as_set(vm: &mut Vm, other: Value) -> PyResult<Value> {
    if matches!(other, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Set(_))) {
        Ok(vm.incref(other))
    } else {
        set_from(vm, other, false)
    }
}

/// `s.union(*others)` and friends: a new set (of `s`'s kind) folded over every argument,
/// each of which may be any iterable.
fn fold(vm: &mut Vm, op: BinOp, a: &[Value]) -> PyResult<Value> {
    let frozen = is_frozen(vm, a[0]);
    let mut acc = set_from(vm, a[0], frozen)?;
    for &other in &a[1..] {
        let o = match as_set(vm, other) {
            Ok(o) => o,
            Err(e) => {
                vm.heap.decref(acc);
                return Err(e);
            }
        };
        let r = set_operator(vm, op, acc, o);
        vm.heap.decref(o);
        vm.heap.decref(acc);
        acc = r?;
    }
    Ok(acc)
}

/// `s.intersection_update(*others)` and friends: the set itself is changed.
fn fold_update(vm: &mut Vm, op: BinOp, a: &[Value]) -> PyResult<Value> {
    for &other in &a[1..] {
        let o = as_set(vm, other)?;
        let r = set_inplace(vm, op, a[0], o);
        vm.heap.decref(o);
        let r = r?;
        vm.heap.decref(r);
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold(vm, BinOp::BitOr, a)
}
fn intersection(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold(vm, BinOp::BitAnd, a)
}
fn difference(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold(vm, BinOp::Sub, a)
}
fn symmetric_difference(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold(vm, BinOp::BitXor, &a[..2])
}
fn intersection_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold_update(vm, BinOp::BitAnd, a)
}
fn difference_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold_update(vm, BinOp::Sub, a)
}
fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fold_update(vm, BinOp::BitXor, &a[..2])
}

fn isdisjoint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let it = vm.get_iter(a[1])?;
    let r = loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let found = vm.contains(a[0], v);
                vm.heap.decref(v);
                match found {
                    Ok(true) => break Ok(Value::Bool(false)),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(Value::Bool(true)),
            Err(e) => break Err(e),
        }
    };
    vm.heap.decref(it);
    r
}

fn update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    for other in &a[1..] {
        let xs = vm.iterate(*other)?;
        let mut r = Ok(());
        for v in &xs {
            if r.is_ok() {
                r = vm.set_add(a[0].as_obj().expect("set"), *v);
            }
        }
        vm.heap.decref_all(xs);
        r?;
    }
    Ok(Value::None)
}

/// `a <= b` (`strict`: `a < b`) for two sets.
pub fn set_le(vm: &mut Vm, a: Value, b: Value, strict: bool) -> PyResult<bool> {
    let (xa, lb) = (items(vm, a), items(vm, b).len());
    if xa.len() > lb || (strict && xa.len() == lb) {
        return Ok(false);
    }
    for v in xa {
        if !vm.contains(b, v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A set operator where one side is a dict keys/items view (the result is a set), or the
/// in-place form on a set (`s |= t` keeps the set's identity).
pub fn view_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (sa, sb) = two_sets(vm, a, b)?;
    let r = set_operator(vm, op, sa, sb);
    vm.heap.decref(sa);
    vm.heap.decref(sb);
    r
}

/// New sets (owned) of the items of two iterables (dict views, sets).
pub fn two_sets(vm: &mut Vm, a: Value, b: Value) -> PyResult<(Value, Value)> {
    let sa = set_from(vm, a, false)?;
    match set_from(vm, b, false) {
        Ok(sb) => Ok((sa, sb)),
        Err(e) => {
            vm.heap.decref(sa);
            Err(e)
        }
    }
}

/// `s op= t` on a set: the result's items replace the set's own.
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let r = set_operator(vm, op, a, b)?;
    let (Value::Obj(ak), Value::Obj(rk)) = (a, r) else {
        return Ok(r);
    };
    let table = match vm.heap.kind_mut(rk) {
        Kind::Set(s) => std::mem::take(&mut s.table),
        _ => SetTable::default(),
    };
    let old = match vm.heap.kind_mut(ak) {
        Kind::Set(s) => std::mem::replace(&mut s.table, table),
        _ => SetTable::default(),
    };
    vm.heap.decref(r);
    let mut old = old;
    let gone = old.take_all();
    vm.heap.decref_all(gone);
    Ok(vm.incref(a))
}

fn issubset(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let o = as_set(vm, a[1])?;
    let r = set_le(vm, a[0], o, false);
    vm.heap.decref(o);
    r.map(Value::Bool)
}

fn issuperset(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let xs = vm.iterate(a[1])?;
    let mut ok = true;
    for v in &xs {
        if !vm.contains(a[0], *v)? {
            ok = false;
            break;
        }
    }
    vm.heap.decref_all(xs);
    Ok(Value::Bool(ok))
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let frozen = is_frozen(vm, a[0]);
    set_from(vm, a[0], frozen)
}

fn clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let old = match vm.heap.kind_mut(a[0].as_obj().expect("set")) {
        Kind::Set(s) => s.table.take_all(),
        _ => Vec::new(),
    };
    vm.heap.decref_all(old);
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let common: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
    ];
    let (set, frozenset) = (vm.types.set, vm.types.frozenset);
    vm.add_methods(set, common);
    vm.add_methods(frozenset, common);
    vm.add_methods(
        set,
        &[
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("update", update),
            ("clear", clear),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}
