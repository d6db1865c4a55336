//! `set` and `frozenset`: construction, the operators `| & - ^`, and the common methods.

use crate::heap::object::{Kind, SetObj};
use crate::heap::{ObjKey, Value};
use crate::objects::set::SetTable;
use crate::syntax::ast::BinOp;
use crate::vm::iter::Step;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

pub fn new_set(vm: &mut Vm, frozen: bool) -> Value {
    vm.heap.alloc(Kind::Set(Box::new(SetObj {
        table: SetTable::new(),
        frozen,
    })))
}

/// A new set with the items of an iterable (`set(iterable)`).
pub fn set_from(vm: &mut Vm, iterable: Value, frozen: bool) -> PyResult<Value> {
    build(vm, frozen, |vm, out| update_from(vm, out, iterable))
}

/// The set object behind `v`, if it is a set or frozenset.
fn set_key(vm: &Vm, v: Value) -> Option<ObjKey> {
    match v {
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Set(_)) => Some(k),
        _ => None,
    }
}

fn len_of(vm: &Vm, k: ObjKey) -> usize {
    match vm.heap.kind(k) {
        Kind::Set(s) => s.table.len(),
        _ => 0,
    }
}

/// (larger, smaller) of two sets; `a` counts as larger on a tie, as setobject.c swaps only
/// when the other is strictly bigger.
fn bigger_first(vm: &Vm, a: ObjKey, b: ObjKey) -> (ObjKey, ObjKey) {
    if len_of(vm, b) > len_of(vm, a) {
        (b, a)
    } else {
        (a, b)
    }
}

/// A set's live entries with their stored hashes, each key with a reference added (released
/// by `release`), so `__eq__` code run meanwhile cannot free them.
fn entries(vm: &mut Vm, k: ObjKey) -> Vec<(i64, Value)> {
    let xs: Vec<(i64, Value)> = match vm.heap.kind(k) {
        Kind::Set(s) => s.table.iter().collect(),
        _ => Vec::new(),
    };
    for (_, v) in &xs {
        vm.heap.incref(*v);
    }
    xs
}

fn release(vm: &mut Vm, xs: Vec<(i64, Value)>) {
    vm.heap
        .decref_all(xs.into_iter().map(|(_, v)| v).collect::<Vec<_>>());
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Set(s) if s.frozen))
}

/// Runs `f` on a new set (owned); on error the set is released.
fn build(
    vm: &mut Vm,
    frozen: bool,
    f: impl FnOnce(&mut Vm, ObjKey) -> PyResult<()>,
) -> PyResult<Value> {
    let out = new_set(vm, frozen);
    match f(vm, out.as_obj().expect("set")) {
        Ok(()) => Ok(out),
        Err(e) => {
            vm.heap.decref(out);
            Err(e)
        }
    }
}

/// Adds every item of `other` to `s` (CPython's `set_update_internal`): a set merges by its
/// stored hashes (one resize up front), a dict resizes once for its keys, anything else is
/// iterated. Linear in `len(other)`, whatever the size of `s`.
pub fn update_from(vm: &mut Vm, s: ObjKey, other: Value) -> PyResult<()> {
    if let Some(o) = set_key(vm, other) {
        if o == s || len_of(vm, o) == 0 {
            return Ok(());
        }
        let src = match vm.heap.kind(o) {
            Kind::Set(so) => so.table.clone(),
            _ => SetTable::new(),
        };
        let grow = match vm.heap.kind(s) {
            Kind::Set(so) => so.table.reserve_bytes(src.len()),
            _ => 0,
        };
        vm.check_budget(grow)?;
        let held = entries(vm, o);
        let mut added = Vec::new();
        let r = vm
            .with_set_table(s, |vm, t| {
                t.merge(&src, |k| added.push(k), |a, b| vm.eq(a, b))
            })
            .unwrap_or(Ok(()));
        for k in added {
            vm.heap.incref(k);
        }
        release(vm, held);
        return r;
    }
    if let Value::Obj(d) = other {
        if let Kind::Dict(dict) = vm.heap.kind(d) {
            let n = dict.len();
            let grow = match vm.heap.kind(s) {
                Kind::Set(so) => so.table.reserve_bytes(n),
                _ => 0,
            };
            vm.check_budget(grow)?;
            if let Kind::Set(so) = vm.heap.kind_mut(s) {
                so.table.reserve_for(n);
            }
        }
    }
    vm.for_each_item(other, |vm, x| {
        let r = vm.set_add(s, x);
        vm.heap.decref(x);
        r.map(|()| Step::Next)
    })
}

/// A new set of `s`'s kind with the same items (`set_copy`).
fn copy_of(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let frozen = is_frozen(vm, s);
    build(vm, frozen, |vm, out| update_from(vm, out, s))
}

/// `so & other` / `so.intersection(other)`: iterates the smaller of two sets, or `other`.
fn intersection_of(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let frozen = is_frozen(vm, so);
    let sk = so.as_obj().expect("set");
    build(vm, frozen, |vm, out| {
        if let Some(ok) = set_key(vm, other) {
            let (big, small) = bigger_first(vm, sk, ok);
            let xs = entries(vm, small);
            let mut r = Ok(());
            for &(h, k) in &xs {
                r = match vm.set_contains_entry(big, h, k) {
                    Ok(true) => vm.set_add_entry(out, h, k).map(|_| ()),
                    Ok(false) => Ok(()),
                    Err(e) => Err(e),
                };
                if r.is_err() {
                    break;
                }
            }
            release(vm, xs);
            return r;
        }
        // Once every item of the set was found the rest of `other` cannot add any: CPython
        // stops there (so `s.intersection(range(2**63))` answers at once).
        let want = len_of(vm, sk);
        vm.for_each_item(other, |vm, x| {
            let r = match vm.hash(x) {
                Ok(h) => match vm.set_contains_entry(sk, h, x) {
                    Ok(true) => vm.set_add_entry(out, h, x).map(|_| true),
                    Ok(false) => Ok(false),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            vm.heap.decref(x);
            r.map(|added| {
                if added && len_of(vm, out) >= want {
                    Step::Stop
                } else {
                    Step::Next
                }
            })
        })
    })
}

/// Removes every item of `other` from `s` (`set_difference_update_internal`): a set more than
/// eight times larger is first cut down to the intersection; if more than a quarter of the
/// slots end up as dummies, the table is rebuilt without them.
fn difference_update_from(vm: &mut Vm, s: ObjKey, other: Value) -> PyResult<()> {
    if other.is(Value::Obj(s)) {
        clear_set(vm, s);
        return Ok(());
    }
    if let Some(ok) = set_key(vm, other) {
        let cut = if (len_of(vm, ok) >> 3) > len_of(vm, s) {
            intersection_of(vm, Value::Obj(s), other)?
        } else {
            vm.incref(other)
        };
        let xs = entries(vm, cut.as_obj().expect("set"));
        let mut r = Ok(());
        for &(h, k) in &xs {
            r = vm.set_discard_entry(s, h, k).map(|_| ());
            if r.is_err() {
                break;
            }
        }
        release(vm, xs);
        vm.heap.decref(cut);
        r?;
    } else {
        vm.for_each_item(other, |vm, x| {
            let r = vm.set_discard(s, x);
            vm.heap.decref(x);
            r.map(|_| Step::Next)
        })?;
    }
    if let Kind::Set(so) = vm.heap.kind_mut(s) {
        so.table.resize_away_dummies();
    }
    Ok(())
}

/// `so - other` / `so.difference(other)`: copies `so` and removes when `other` is much smaller
/// or not a set or dict, else keeps the items of `so` that `other` lacks.
fn difference_of(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let sk = so.as_obj().expect("set");
    let other_len = match other {
        Value::Obj(o) => match vm.heap.kind(o) {
            Kind::Set(x) => Some(x.table.len()),
            Kind::Dict(d) => Some(d.len()),
            _ => None,
        },
        _ => None,
    };
    let frozen = is_frozen(vm, so);
    match other_len {
        Some(n) if (len_of(vm, sk) >> 2) <= n => build(vm, frozen, |vm, out| {
            let xs = entries(vm, sk);
            let mut r = Ok(());
            for &(h, k) in &xs {
                let found = match set_key(vm, other) {
                    Some(ok) => vm.set_contains_entry(ok, h, k),
                    None => vm.contains(other, k),
                };
                r = match found {
                    Ok(false) => vm.set_add_entry(out, h, k).map(|_| ()),
                    Ok(true) => Ok(()),
                    Err(e) => Err(e),
                };
                if r.is_err() {
                    break;
                }
            }
            release(vm, xs);
            r
        }),
        _ => {
            let out = copy_of(vm, so)?;
            match difference_update_from(vm, out.as_obj().expect("set"), other) {
                Ok(()) => Ok(out),
                Err(e) => {
                    vm.heap.decref(out);
                    Err(e)
                }
            }
        }
    }
}

/// `s ^= other` / `s.symmetric_difference_update(other)`: each item of `other` is removed
/// from `s` if there, else added.
fn symmetric_update_from(vm: &mut Vm, s: ObjKey, other: Value) -> PyResult<()> {
    if other.is(Value::Obj(s)) {
        clear_set(vm, s);
        return Ok(());
    }
    let otherset = match set_key(vm, other) {
        Some(_) => vm.incref(other),
        None => {
            let frozen = is_frozen(vm, Value::Obj(s));
            set_from(vm, other, frozen)?
        }
    };
    let xs = entries(vm, otherset.as_obj().expect("set"));
    let mut r = Ok(());
    for &(h, k) in &xs {
        r = match vm.set_discard_entry(s, h, k) {
            Ok(true) => Ok(()),
            Ok(false) => vm.set_add_entry(s, h, k).map(|_| ()),
            Err(e) => Err(e),
        };
        if r.is_err() {
            break;
        }
    }
    release(vm, xs);
    vm.heap.decref(otherset);
    r
}

/// `so ^ other` / `so.symmetric_difference(other)`: a copy of `other` (as `so`'s kind) toggled
/// by the items of `so`, as CPython builds it (which decides the result's order).
fn symmetric_difference_of(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let frozen = is_frozen(vm, so);
    build(vm, frozen, |vm, out| {
        update_from(vm, out, other)?;
        symmetric_update_from(vm, out, so)
    })
}

fn clear_set(vm: &mut Vm, s: ObjKey) {
    let old = match vm.heap.kind_mut(s) {
        Kind::Set(so) => so.table.take_all(),
        _ => Vec::new(),
    };
    vm.heap.decref_all(old);
}

/// Gives `s` the items of `fresh` (a new set, consumed), as `set_swap_bodies` does.
fn replace_items(vm: &mut Vm, s: ObjKey, fresh: Value) {
    let table = match vm.heap.kind_mut(fresh.as_obj().expect("set")) {
        Kind::Set(f) => std::mem::take(&mut f.table),
        _ => SetTable::new(),
    };
    let mut old = match vm.heap.kind_mut(s) {
        Kind::Set(so) => std::mem::replace(&mut so.table, table),
        _ => SetTable::new(),
    };
    vm.heap.decref(fresh);
    let gone = old.take_all();
    vm.heap.decref_all(gone);
}

/// `{1, 2, 3}` (more than two constants): CPython's compiler folds the items into a frozenset,
/// its constant merger rebuilds that frozenset from its own iteration order, and the display
/// merges the result into a new set; each step can move keys, so each is replayed here.
pub fn const_set_display(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let mut hashes = Vec::with_capacity(items.len());
    for &k in items {
        hashes.push(vm.hash(k)?);
    }
    let mut folded = SetTable::new();
    for (&k, &h) in items.iter().zip(&hashes) {
        folded.add(h, k, |c| vm.eq(c, k))?;
    }
    let mut merged = SetTable::new();
    for (h, k) in folded.iter() {
        merged.add(h, k, |c| vm.eq(c, k))?;
    }
    build(vm, false, |vm, out| {
        let mut added = Vec::new();
        let r = vm
            .with_set_table(out, |vm, t| {
                t.merge(&merged, |k| added.push(k), |a, b| vm.eq(a, b))
            })
            .unwrap_or(Ok(()));
        for k in added {
            vm.heap.incref(k);
        }
        r
    })
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets.
pub fn set_operator(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::BitOr => {
            let out = copy_of(vm, a)?;
            if a.is(b) {
                return Ok(out);
            }
            match update_from(vm, out.as_obj().expect("set"), b) {
                Ok(()) => Ok(out),
                Err(e) => {
                    vm.heap.decref(out);
                    Err(e)
                }
            }
        }
        BinOp::BitAnd => intersection_of(vm, a, b),
        BinOp::Sub => difference_of(vm, a, b),
        _ => symmetric_difference_of(vm, a, b),
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

/// `s.union(*others)`: a copy of `s` updated with each argument in turn.
fn union(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let out = copy_of(vm, a[0])?;
    let ok = out.as_obj().expect("set");
    for &other in &a[1..] {
        if other.is(a[0]) {
            continue;
        }
        if let Err(e) = update_from(vm, ok, other) {
            vm.heap.decref(out);
            return Err(e);
        }
    }
    Ok(out)
}

/// `s.intersection(*others)`: each step intersects the previous result.
fn intersection_multi(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    if a.len() == 1 {
        return copy_of(vm, a[0]);
    }
    let mut acc = vm.incref(a[0]);
    for &other in &a[1..] {
        let r = intersection_of(vm, acc, other);
        vm.heap.decref(acc);
        acc = r?;
    }
    Ok(acc)
}

fn intersection(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    intersection_multi(vm, a)
}

fn difference(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() == 1 {
        return copy_of(vm, a[0]);
    }
    let out = difference_of(vm, a[0], a[1])?;
    for &other in &a[2..] {
        if let Err(e) = difference_update_from(vm, out.as_obj().expect("set"), other) {
            vm.heap.decref(out);
            return Err(e);
        }
    }
    Ok(out)
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    symmetric_difference_of(vm, a[0], a[1])
}

fn intersection_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let fresh = intersection_multi(vm, a)?;
    if fresh.is(a[0]) {
        vm.heap.decref(fresh);
    } else {
        replace_items(vm, a[0].as_obj().expect("set"), fresh);
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    for &other in &a[1..] {
        difference_update_from(vm, a[0].as_obj().expect("set"), other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    symmetric_update_from(vm, a[0].as_obj().expect("set"), a[1])?;
    Ok(Value::None)
}

/// `s.isdisjoint(other)`: two sets iterate the smaller one.
fn isdisjoint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if let (Some(sk), Some(ok)) = (set_key(vm, a[0]), set_key(vm, a[1])) {
        let (big, small) = bigger_first(vm, sk, ok);
        return some_entry(vm, small, big, true).map(|shared| Value::Bool(!shared));
    }
    let mut disjoint = true;
    vm.for_each_item(a[1], |vm, x| {
        let r = vm.contains(a[0], x);
        vm.heap.decref(x);
        disjoint = !r?;
        Ok(if disjoint { Step::Next } else { Step::Stop })
    })?;
    Ok(Value::Bool(disjoint))
}

fn update(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    for &other in &a[1..] {
        update_from(vm, a[0].as_obj().expect("set"), other)?;
    }
    Ok(Value::None)
}

/// `a <= b` (`strict`: `a < b`) for two sets.
pub fn set_le(vm: &mut Vm, a: Value, b: Value, strict: bool) -> PyResult<bool> {
    let (ak, bk) = (a.as_obj().expect("set"), b.as_obj().expect("set"));
    let (la, lb) = (len_of(vm, ak), len_of(vm, bk));
    if la > lb || (strict && la == lb) {
        return Ok(false);
    }
    some_entry(vm, ak, bk, false).map(|missing| !missing)
}

/// Whether some key of set `from` is (`present`) or is not in set `into`; stops at the first.
fn some_entry(vm: &mut Vm, from: ObjKey, into: ObjKey, present: bool) -> PyResult<bool> {
    let xs = entries(vm, from);
    let mut r = Ok(false);
    for &(h, k) in &xs {
        match vm.set_contains_entry(into, h, k) {
            Ok(found) if found == present => {
                r = Ok(true);
                break;
            }
            Ok(_) => {}
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    release(vm, xs);
    r
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

/// `s op= t` on a set: changes `s` itself, in time linear in `t` (`|=`, `-=`, `^=`) or in
/// the smaller set (`&=`).
pub fn set_inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let ak = a.as_obj().expect("set");
    match op {
        BinOp::BitOr => update_from(vm, ak, b)?,
        BinOp::Sub => difference_update_from(vm, ak, b)?,
        BinOp::BitXor => symmetric_update_from(vm, ak, b)?,
        _ => {
            let fresh = intersection_of(vm, a, b)?;
            replace_items(vm, ak, fresh);
        }
    }
    Ok(vm.incref(a))
}

fn issubset(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if set_key(vm, a[1]).is_some() {
        return set_le(vm, a[0], a[1], false).map(Value::Bool);
    }
    let o = set_from(vm, a[1], false)?;
    let r = set_le(vm, a[0], o, false);
    vm.heap.decref(o);
    r.map(Value::Bool)
}

fn issuperset(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if set_key(vm, a[1]).is_some() {
        return set_le(vm, a[1], a[0], false).map(Value::Bool);
    }
    let mut ok = true;
    vm.for_each_item(a[1], |vm, x| {
        let r = vm.contains(a[0], x);
        vm.heap.decref(x);
        ok = r?;
        Ok(if ok { Step::Next } else { Step::Stop })
    })?;
    Ok(Value::Bool(ok))
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    // An exact frozenset is its own copy.
    if is_frozen(vm, a[0]) {
        return Ok(vm.incref(a[0]));
    }
    copy_of(vm, a[0])
}

fn clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    clear_set(vm, a[0].as_obj().expect("set"));
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: emptied, then filled from the iterable.
fn init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::init_arity(vm, "set", a, kw)?;
    clear_set(vm, a[0].as_obj().expect("set"));
    match a.get(1) {
        Some(_) => update(vm, &a[..2], &[]),
        None => Ok(Value::None),
    }
}

pub fn install(vm: &mut Vm) {
    vm.add_methods(vm.types.set, &[("__init__", init)]);
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
