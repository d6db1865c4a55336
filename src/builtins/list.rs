//! `list` methods (and the sort they share with `sorted`).

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::int_args::Index;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn lk(v: Value) -> ObjKey {
    v.as_obj().expect("list")
}

fn append(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.list_reserve(lk(a[0]), 1)?;
    vm.heap.incref(a[1]);
    if let Kind::List(l) = vm.heap.kind_mut(lk(a[0])) {
        l.push(a[1]);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let items = vm.iterate_sized(a[1])?;
    vm.list_extend(lk(a[0]), items)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let len = match vm.heap.kind(lk(a[0])) {
        Kind::List(l) => l.len() as i64,
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let mut i = match a.get(1) {
        Some(v) => vm.ssize_arg(*v)?,
        None => len - 1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    match vm.heap.kind_mut(lk(a[0])) {
        Kind::List(l) => Ok(l.remove(i as usize)),
        _ => Ok(Value::None),
    }
}

fn insert(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let i = vm.ssize_arg(a[1])?;
    vm.list_reserve(lk(a[0]), 1)?;
    vm.heap.incref(a[2]);
    if let Kind::List(l) = vm.heap.kind_mut(lk(a[0])) {
        let len = l.len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        l.insert(i as usize, a[2]);
    }
    Ok(Value::None)
}

fn position(vm: &mut Vm, list: Value, x: Value) -> PyResult<Option<usize>> {
    position_in(vm, list, x, 0, usize::MAX)
}

/// The first index in `start..stop` whose item equals `x`; the list is re-read at each step,
/// as CPython does, since `__eq__` may change it.
fn position_in(
    vm: &mut Vm,
    list: Value,
    x: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(&item) = vm.seq_slice(list).get(i) else {
            break;
        };
        vm.heap.incref(item);
        let r = vm.eq(item, x);
        vm.heap.decref(item);
        if r? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match position(vm, a[0], a[1])? {
        Some(i) => {
            let old = match vm.heap.kind_mut(lk(a[0])) {
                Kind::List(l) => l.remove(i),
                _ => Value::None,
            };
            vm.heap.decref(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list".into())),
    }
}

fn index(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let len = vm.seq_slice(a[0]).len() as i64;
    // `start`/`stop` as _PyEval_SliceIndexNotNone: ints (huge ones clamp), counted from the
    // end when negative.
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let Some(&v) = v else {
            return Ok(default as usize);
        };
        let i = match vm.try_index(v)? {
            Some(Index::Fits(i)) => i,
            Some(Index::Huge { negative }) => {
                if negative {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            None => {
                return Err(vm.type_error(
                    "slice indices must be integers or have an __index__ method".into(),
                ))
            }
        };
        let i = if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        };
        Ok(i.min(len) as usize)
    };
    let start = bound(vm, a.get(2), 0)?;
    let stop = bound(vm, a.get(3), len)?;
    match position_in(vm, a[0], a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            if matches!(a[0], Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Tuple(_))) {
                return Err(vm.value_error("tuple.index(x): x not in tuple".into()));
            }
            let r = vm.repr(a[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let items = vm.seq_items(a[0]);
    let mut n = 0;
    for it in items {
        if vm.eq(it, a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Kind::List(l) = vm.heap.kind_mut(lk(a[0])) {
        l.reverse();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let items = vm.iterate(a[0])?;
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let old = match vm.heap.kind_mut(lk(a[0])) {
        Kind::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    // CPython's list_clear releases the items last to first.
    vm.heap.decref_all(old.into_iter().rev());
    Ok(Value::None)
}

/// Sorts values in place by `key` (stable), honouring `reverse`, with Python's `<`.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Value, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = if key.is(Value::None) {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            match vm.call(key, &[*it]) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    vm.heap.decref_all(ks);
                    return Err(e);
                }
            }
        }
        ks
    };
    // Comes-before for the merge: a strictly smaller key (a strictly larger one when
    // reversed), so equal keys keep their order either way, as in CPython.
    let mut before = |vm: &mut Vm, x: usize, y: usize| -> PyResult<bool> {
        let (a, b) = if reverse {
            (keys[y], keys[x])
        } else {
            (keys[x], keys[y])
        };
        let r = vm.compare(crate::objects::code::CmpKind::Lt, a, b)?;
        let t = vm.truthy(r);
        vm.heap.decref(r);
        t
    };
    let order = merge_sort(vm, items.len(), &mut before);
    if !key.is(Value::None) {
        vm.heap.decref_all(keys);
    }
    let sorted: Vec<Value> = order?.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

/// A stable bottom-up merge sort of the positions `0..n` that only asks "does x come before
/// y" (Python's sort uses `<` alone); the first error stops it.
fn merge_sort(
    vm: &mut Vm,
    n: usize,
    before: &mut dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool>,
) -> PyResult<Vec<usize>> {
    let mut src: Vec<usize> = (0..n).collect();
    let mut dst = Vec::with_capacity(n);
    let mut width = 1;
    let mut compared = 0usize;
    while width < n {
        dst.clear();
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                compared += 1;
                if compared.is_multiple_of(crate::vm::interrupts::CHECK_EVERY) {
                    vm.check_signals()?;
                }
                // The right item goes first only if it strictly comes before the left one.
                if before(vm, src[j], src[i])? {
                    dst.push(src[j]);
                    j += 1;
                } else {
                    dst.push(src[i]);
                    i += 1;
                }
            }
            dst.extend_from_slice(&src[i..mid]);
            dst.extend_from_slice(&src[j..hi]);
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    Ok(src)
}

/// `list.sort()`: while it runs the list is empty (as in CPython, key functions and
/// comparisons see `[]`); anything they put in it is dropped and reported as ValueError.
fn sort(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (key, reverse) = sort_options(vm, kw)?;
    let mut items = match vm.heap.kind_mut(lk(a[0])) {
        Kind::List(l) => std::mem::take(l),
        _ => Vec::new(),
    };
    let r = sort_values(vm, &mut items, key, reverse);
    let intruders = match vm.heap.kind_mut(lk(a[0])) {
        Kind::List(l) => std::mem::replace(l, items),
        _ => Vec::new(),
    };
    // An empty Vec that never allocated: nothing touched the list meanwhile.
    let modified = intruders.capacity() != 0;
    vm.heap.decref_all(intruders);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort".into()));
    }
    Ok(Value::None)
}

pub fn sort_options(vm: &mut Vm, kw: Kwargs) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("key") => key = *v,
            Some("reverse") => reverse = vm.truthy(*v)?,
            Some(other) => {
                let o = other.to_string();
                return Err(
                    vm.type_error(format!("'{o}' is an invalid keyword argument for sort()"))
                );
            }
            None => {}
        }
    }
    Ok((key, reverse))
}

/// `list.__init__(self, iterable=())`: what a subclass's `super().__init__(...)` reaches;
/// the list is emptied, then filled from the iterable.
fn init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::init_arity(vm, "list", a, kw)?;
    let items = match a.get(1) {
        Some(it) => vm.iterate_sized(*it)?,
        None => Vec::new(),
    };
    clear(vm, &a[..1], &[])?;
    vm.list_extend(lk(a[0]), items)?;
    Ok(Value::None)
}

/// `t.__getnewargs__()`: `(tuple(t),)`, what copy and pickle rebuild a tuple from.
fn tuple_getnewargs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "__getnewargs__", 0, 0)?;
    let items: Vec<Value> = vm.seq_items(a[0]).to_vec();
    items.iter().for_each(|v| vm.heap.incref(*v));
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}

pub fn install(vm: &mut Vm) {
    let l = vm.types.list;
    vm.add_methods(
        l,
        &[
            ("__init__", init),
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("sort", sort),
        ],
    );
    let t = vm.types.tuple;
    vm.add_methods(
        t,
        &[
            ("index", index),
            ("count", count),
            ("__getnewargs__", tuple_getnewargs),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(vs: &[Value]) -> Vec<i64> {
        vs.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => panic!("not an int: {v:?}"),
            })
            .collect()
    }

    #[test]
    fn sort_is_ascending_or_descending_by_lt() {
        let mut vm = Vm::new();
        let orig: Vec<Value> = [5, 3, 9, 1, 3, 7, 0, 2]
            .iter()
            .map(|&i| Value::Int(i))
            .collect();
        let mut up = orig.clone();
        sort_values(&mut vm, &mut up, Value::None, false).unwrap();
        assert_eq!(ints(&up), [0, 1, 2, 3, 3, 5, 7, 9]);
        let mut down = orig;
        sort_values(&mut vm, &mut down, Value::None, true).unwrap();
        assert_eq!(ints(&down), [9, 7, 5, 3, 3, 2, 1, 0]);
    }

    #[test]
    fn sort_keeps_equal_items_in_order_both_ways() {
        // (key, tag) pairs compared on the key only: tuples would compare tags, so use floats
        // whose key equality is decided by `<` alone: 1.0 and 1 are equal keys.
        let mut vm = Vm::new();
        let mut items = vec![
            Value::Float(1.0),
            Value::Int(0),
            Value::Int(1),
            Value::Float(0.0),
        ];
        sort_values(&mut vm, &mut items, Value::None, false).unwrap();
        assert!(matches!(
            items[..],
            [
                Value::Int(0),
                Value::Float(_),
                Value::Float(_),
                Value::Int(1)
            ]
        ));
        let mut items = vec![
            Value::Float(1.0),
            Value::Int(0),
            Value::Int(1),
            Value::Float(0.0),
        ];
        sort_values(&mut vm, &mut items, Value::None, true).unwrap();
        assert!(matches!(
            items[..],
            [
                Value::Float(_),
                Value::Int(1),
                Value::Int(0),
                Value::Float(_)
            ]
        ));
    }
}
