//! The `bisect` module: binary search in a sorted sequence (`bisect_left`, `bisect_right`)
//! and insertion keeping it sorted (`insort_left`, `insort_right`), with `lo`, `hi` and `key`
//! as CPython's `_bisect` takes them; `bisect` and `insort` are the `_right` functions.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::objects::code::CmpKind;
use crate::vm::int_args::Index;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// Which end of a run of equal items a search lands on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

struct Search {
    seq: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

fn parse(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs) -> PyResult<Search> {
    if a.len() + kw.len() > 5 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 5 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    if a.len() > 4 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 4 positional arguments ({} given)",
            a.len()
        )));
    }
    let [seq, x, lo, hi, key] =
        super::parse_args(vm, fname, a, kw, &["a", "x", "lo", "hi", "key"], 2)?;
    let (seq, x) = (seq.unwrap_or(Value::None), x.unwrap_or(Value::None));
    let lo = match lo {
        Some(v) => vm.ssize_arg(v)?,
        None => 0,
    };
    let hi = match hi {
        None | Some(Value::None) => -1,
        Some(v) => match vm.try_index(v)? {
            Some(Index::Fits(i)) => i,
            Some(Index::Huge { .. }) => {
                let t = vm.type_name(v);
                return Err(
                    vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer"))
                );
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
            }
        },
    };
    Ok(Search {
        seq,
        x,
        lo,
        hi,
        key: key.unwrap_or(Value::None),
    })
}

fn is_lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let r = vm.compare(CmpKind::Lt, a, b)?;
    let t = vm.truthy(r);
    vm.heap.decref(r);
    t
}

/// The insertion point of `x` (already passed through `key` for insort) in `seq[lo:hi]`.
fn search(vm: &mut Vm, s: &Search, x: Value, side: Side) -> PyResult<i64> {
    if s.lo < 0 {
        return Err(vm.value_error("lo must be non-negative".into()));
    }
    let (mut lo, mut hi) = (s.lo, s.hi);
    if hi == -1 {
        hi = super::len_of(vm, s.seq)? as i64;
    }
    while lo < hi {
        // lo + hi cannot overflow: both are below the sequence's length.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = sequence_item(vm, s.seq, mid)?;
        let item = if s.key.is(Value::None) {
            item
        } else {
            let k = vm.call(s.key, &[item]);
            vm.heap.decref(item);
            k?
        };
        let r = match side {
            Side::Left => is_lt(vm, item, x),
            Side::Right => is_lt(vm, x, item),
        };
        vm.heap.decref(item);
        let go_right = match side {
            Side::Left => r?,
            Side::Right => !r?,
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `seq[i]` as PySequence_GetItem: a mapping's indexing does not count.
fn sequence_item(vm: &mut Vm, seq: Value, i: i64) -> PyResult<Value> {
    let class = vm.type_of(seq);
    let name = vm.names.getitem;
    if vm.is_subclass(class, vm.types.dict) {
        let t = vm.type_name(seq);
        return Err(vm.type_error(format!("{t} is not a sequence")));
    }
    if vm.class_lookup(class, name).is_none() {
        let t = vm.type_name(seq);
        return Err(vm.type_error(format!("'{t}' object does not support indexing")));
    }
    vm.getitem(seq, Value::Int(i))
}

fn bisect_with(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs, side: Side) -> PyResult<Value> {
    let s = parse(vm, name, a, kw)?;
    search(vm, &s, s.x, side).map(Value::Int)
}

fn insort_with(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs, side: Side) -> PyResult<Value> {
    let s = parse(vm, name, a, kw)?;
    let at = if s.key.is(Value::None) {
        search(vm, &s, s.x, side)?
    } else {
        let kx = vm.call(s.key, &[s.x])?;
        let r = search(vm, &s, kx, side);
        vm.heap.decref(kx);
        r?
    };
    // A list (not a subclass) is inserted into directly; anything else through its `insert`.
    if let Some(Kind::List(_)) = s.seq.as_obj().map(|k| vm.heap.kind(k)) {
        let k = s.seq.as_obj().expect("list");
        vm.list_reserve(k, 1)?;
        vm.heap.incref(s.x);
        if let Kind::List(l) = vm.heap.kind_mut(k) {
            let i = (at.max(0) as usize).min(l.len());
            l.insert(i, s.x);
        }
        return Ok(Value::None);
    }
    let name = vm.intern("insert");
    let insert = vm.getattr(s.seq, name)?;
    let r = vm.call(insert, &[Value::Int(at), s.x]);
    vm.heap.decref(insert);
    vm.heap.decref(r?);
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bisect_with(vm, "bisect_left", a, kw, Side::Left)
}

fn bisect_right(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bisect_with(vm, "bisect_right", a, kw, Side::Right)
}

fn insort_left(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    insort_with(vm, "insort_left", a, kw, Side::Left)
}

fn insort_right(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    insort_with(vm, "insort_right", a, kw, Side::Right)
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("bisect_left", bisect_left),
        ("bisect_right", bisect_right),
        ("insort_left", insort_left),
        ("insort_right", insort_right),
    ];
    let m = super::new_module(vm, "bisect", funcs, &[]);
    // `bisect` and `insort` are the same function objects as the `_right` ones.
    if let Some(dk) = super::module_dict(vm, m) {
        for (alias, of) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
            let key = vm.intern(of);
            if let Some(f) = vm.ns_lookup(dk, key) {
                vm.heap.incref(f);
                let akey = vm.intern(alias);
                vm.ns_set(dk, akey, f);
            }
        }
    }
    m
}
