//! `_heapq`: the heap operations on a list (`heappush`, `heappop`, `heapify`, `heapreplace`,
//! `heappushpop` and the max-heap helpers `nlargest` uses). `heapq` itself is Python
//! (`py/heapq.py`: `merge`, `nlargest`, `nsmallest` on top of these), as in CPython.
//!
//! The sifts make the comparisons CPython makes, in the same order and with the same swaps, so
//! a heap's list ends in the same order. Each comparison may run Python code that changes the
//! list: items are held while compared and read again afterwards, and a change of size is
//! CPython's RuntimeError.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::code::CmpKind;
use crate::vm::native::Kwargs;
use crate::vm::{PyErr, PyResult, Vm};

/// The list inside `v` (a list, or a list subclass's value).
fn list_of(vm: &Vm, v: Value) -> Option<ObjKey> {
    let v = vm.unwrap_payload(v);
    match v.as_obj().map(|k| (k, vm.heap.kind(k))) {
        Some((k, Kind::List(_))) => Some(k),
        _ => None,
    }
}

fn heap_arg(vm: &mut Vm, v: Value, message: impl Fn(&str) -> String) -> PyResult<ObjKey> {
    match list_of(vm, v) {
        Some(k) => Ok(k),
        None => {
            // Argument Clinic names None by itself, not by its type.
            let t = if v.is(Value::None) {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(message(&t)))
        }
    }
}

fn len(vm: &Vm, l: ObjKey) -> usize {
    match vm.heap.kind(l) {
        Kind::List(items) => items.len(),
        _ => 0,
    }
}

fn at(vm: &Vm, l: ObjKey, i: usize) -> Value {
    match vm.heap.kind(l) {
        Kind::List(items) => items.get(i).copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn swap(vm: &mut Vm, l: ObjKey, i: usize, j: usize) {
    if let Kind::List(items) = vm.heap.kind_mut(l) {
        if i < items.len() && j < items.len() {
            items.swap(i, j);
        }
    }
}

/// Puts `v` (owned) at `i`, returning the value it replaces (owned).
fn replace(vm: &mut Vm, l: ObjKey, i: usize, v: Value) -> Value {
    match vm.heap.kind_mut(l) {
        Kind::List(items) if i < items.len() => std::mem::replace(&mut items[i], v),
        _ => v,
    }
}

/// `a < b` on two items, both held while Python code may run.
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    vm.heap.incref(a);
    vm.heap.incref(b);
    let r = vm.compare(CmpKind::Lt, a, b).and_then(|r| {
        let t = vm.truthy(r);
        vm.heap.decref(r);
        t
    });
    vm.heap.decref(a);
    vm.heap.decref(b);
    r
}

fn changed_size(vm: &mut Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration".into())
}

/// Which way the heap is ordered: smallest first, or (the `_max` helpers) largest first.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// Whether `a` belongs above `b`.
fn above(vm: &mut Vm, order: Order, a: Value, b: Value) -> PyResult<bool> {
    match order {
        Order::Min => less(vm, a, b),
        Order::Max => less(vm, b, a),
    }
}

/// Moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(vm: &mut Vm, l: ObjKey, order: Order, start: usize, mut pos: usize) -> PyResult<()> {
    let size = len(vm, l);
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let up = above(vm, order, at(vm, l, pos), at(vm, l, parent))?;
        if size != len(vm, l) {
            return Err(changed_size(vm));
        }
        if !up {
            break;
        }
        swap(vm, l, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the path of the children that belong higher,
/// then back up to its place (the bottom-up variant: fewer comparisons).
fn sift_up(vm: &mut Vm, l: ObjKey, order: Order, mut pos: usize) -> PyResult<()> {
    let end = len(vm, l);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let left_first = above(vm, order, at(vm, l, child), at(vm, l, child + 1))?;
            if !left_first {
                child += 1;
            }
            if end != len(vm, l) {
                return Err(changed_size(vm));
            }
        }
        swap(vm, l, child, pos);
        pos = child;
    }
    sift_down(vm, l, order, start, pos)
}

fn heappush(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = heap_arg(vm, a[0], |t| {
        format!("heappush() argument 1 must be list, not {t}")
    })?;
    vm.list_reserve(l, 1)?;
    vm.heap.incref(a[1]);
    if let Kind::List(items) = vm.heap.kind_mut(l) {
        items.push(a[1]);
    }
    let last = len(vm, l) - 1;
    sift_down(vm, l, Order::Min, 0, last)?;
    Ok(Value::None)
}

fn pop_top(vm: &mut Vm, a: &[Value], order: Order, name: &str) -> PyResult<Value> {
    let l = heap_arg(vm, a[0], |t| {
        format!("{name}() argument must be list, not {t}")
    })?;
    let last = match vm.heap.kind_mut(l) {
        Kind::List(items) => items.pop(),
        _ => None,
    };
    let Some(last) = last else {
        return Err(vm.index_error("index out of range"));
    };
    if len(vm, l) == 0 {
        return Ok(last);
    }
    let top = replace(vm, l, 0, last);
    if let Err(e) = sift_up(vm, l, order, 0) {
        vm.heap.decref(top);
        return Err(e);
    }
    Ok(top)
}

fn heappop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    pop_top(vm, a, Order::Min, "heappop")
}

fn heappop_max(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    pop_top(vm, a, Order::Max, "_heappop_max")
}

fn replace_top(vm: &mut Vm, a: &[Value], order: Order, name: &str) -> PyResult<Value> {
    let l = heap_arg(vm, a[0], |t| {
        format!("{name}() argument 1 must be list, not {t}")
    })?;
    if len(vm, l) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    vm.heap.incref(a[1]);
    let top = replace(vm, l, 0, a[1]);
    if let Err(e) = sift_up(vm, l, order, 0) {
        vm.heap.decref(top);
        return Err(e);
    }
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    replace_top(vm, a, Order::Min, "heapreplace")
}

fn heapreplace_max(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    replace_top(vm, a, Order::Max, "_heapreplace_max")
}

fn heappushpop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let l = heap_arg(vm, a[0], |t| {
        format!("heappushpop() argument 1 must be list, not {t}")
    })?;
    let item = a[1];
    if len(vm, l) == 0 || !less(vm, at(vm, l, 0), item)? {
        return Ok(vm.incref(item));
    }
    if len(vm, l) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    vm.heap.incref(item);
    let top = replace(vm, l, 0, item);
    if let Err(e) = sift_up(vm, l, Order::Min, 0) {
        vm.heap.decref(top);
        return Err(e);
    }
    Ok(top)
}

fn heapify_in(vm: &mut Vm, a: &[Value], order: Order, name: &str) -> PyResult<Value> {
    let l = heap_arg(vm, a[0], |t| {
        format!("{name}() argument must be list, not {t}")
    })?;
    // Each node is sifted after both subtrees under it are heaps: the same heap in any such
    // order.
    for i in (0..len(vm, l) / 2).rev() {
        sift_up(vm, l, order, i)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    heapify_in(vm, a, Order::Min, "heapify")
}

fn heapify_max(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    heapify_in(vm, a, Order::Max, "_heapify_max")
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, crate::vm::native::NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    // The natives know themselves as heapq's (their argument rules and docs are looked up
    // under that name).
    super::new_module_as(vm, "_heapq", "heapq", funcs, &[])
}
