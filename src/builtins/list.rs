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

/// Sorts values in place by `key` (stable), honouring `reverse`, with Python's `<`, as
/// CPython's list sort: the keys are computed in order, a reverse sort reverses, sorts
/// forward and reverses back (so equal keys keep their order), and the comparisons are
/// timsort's. On a failed comparison the values stay the permutation the sort had reached.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Value, reverse: bool) -> PyResult<()> {
    let mut keys: Vec<Value> = if key.is(Value::None) {
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
    if items.len() < 2 {
        if !key.is(Value::None) {
            vm.heap.decref_all(keys);
        }
        return Ok(());
    }
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut perm: Vec<usize> = (0..items.len()).collect();
    let r = if sort_plain_keys(vm, &keys, &mut perm) {
        Ok(())
    } else {
        let mut lt = |vm: &mut Vm, x: usize, y: usize| -> PyResult<bool> {
            let r = vm.compare(crate::objects::code::CmpKind::Lt, keys[x], keys[y])?;
            let t = vm.truthy(r);
            vm.heap.decref(r);
            t
        };
        super::timsort::sort(vm, &mut perm, &mut lt)
    };
    if !key.is(Value::None) {
        vm.heap.decref_all(keys);
    }
    let mut sorted: Vec<Value> = perm.iter().map(|&i| items[i]).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    r
}

/// The kind of a key whose comparisons run no Python code and order totally.
#[derive(Clone, Copy, PartialEq)]
enum Plain {
    Int,
    Float,
    Str,
    Tuple,
}

fn plain_kind(vm: &Vm, v: Value) -> Option<Plain> {
    match v {
        Value::Int(_) => Some(Plain::Int),
        Value::Float(x) if !x.is_nan() => Some(Plain::Float),
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Str(_) => Some(Plain::Str),
            Kind::Tuple(_) => Some(Plain::Tuple),
            _ => None,
        },
        _ => None,
    }
}

/// Whether every key has the same plain kind, position by position inside tuples (lengths
/// may differ): then no comparison can fail or run Python code.
fn plain_keys(vm: &Vm, keys: &[Value]) -> bool {
    let mut kinds: Vec<Plain> = Vec::new();
    let mut nested: Vec<Vec<Value>> = Vec::new();
    for &k in keys {
        let Some(kind) = plain_kind(vm, k) else {
            return false;
        };
        match kinds.first() {
            None => kinds.push(kind),
            Some(&first) if first != kind => return false,
            _ => {}
        }
        if let (Plain::Tuple, Value::Obj(o)) = (kind, k) {
            if let Kind::Tuple(items) = vm.heap.kind(o) {
                for (i, &item) in items.iter().enumerate() {
                    if nested.len() <= i {
                        nested.push(Vec::new());
                    }
                    nested[i].push(item);
                }
            }
        }
    }
    nested.iter().all(|column| plain_keys(vm, column))
}

/// Python's order of two plain keys of the same kind.
fn plain_cmp(vm: &Vm, a: Value, b: Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(&y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        (Value::Obj(x), Value::Obj(y)) => match (vm.heap.kind(x), vm.heap.kind(y)) {
            (Kind::Str(x), Kind::Str(y)) => x.s.cmp(&y.s),
            (Kind::Tuple(x), Kind::Tuple(y)) => x
                .iter()
                .zip(y.iter())
                .map(|(&p, &q)| plain_cmp(vm, p, q))
                .find(|o| o.is_ne())
                .unwrap_or_else(|| x.len().cmp(&y.len())),
            _ => Ordering::Equal,
        },
        _ => Ordering::Equal,
    }
}

/// Sorts by keys that are all ints, floats (no NaN), exact strs, or tuples of such, kind by
/// kind: their comparisons run no Python code and order totally, so any stable sort gives
/// timsort's result. False (nothing done) for other keys.
fn sort_plain_keys(vm: &Vm, keys: &[Value], perm: &mut [usize]) -> bool {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let int = |i: usize| match keys[i] {
            Value::Int(n) => n,
            _ => 0,
        };
        perm.sort_by_key(|&i| int(i));
        return true;
    }
    let strs: Option<Vec<&str>> = keys
        .iter()
        .map(|k| match k.as_obj().map(|o| vm.heap.kind(o)) {
            Some(Kind::Str(s)) => Some(s.s.as_str()),
            _ => None,
        })
        .collect();
    if let Some(strs) = strs {
        perm.sort_by(|&x, &y| strs[x].cmp(strs[y]));
        return true;
    }
    if !plain_keys(vm, keys) {
        return false;
    }
    perm.sort_by(|&x, &y| plain_cmp(vm, keys[x], keys[y]));
    true
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
            // An int, as CPython's "i" converter reads it.
            Some("reverse") => {
                reverse = match vm.try_index(*v)? {
                    Some(crate::vm::int_args::Index::Fits(n)) if i32::try_from(n).is_ok() => n != 0,
                    Some(_) => {
                        return Err(
                            vm.overflow_error("Python int too large to convert to C int".into())
                        )
                    }
                    None => {
                        let t = vm.type_name(*v);
                        return Err(vm.type_error(format!(
                            "'{t}' object cannot be interpreted as an integer"
                        )));
                    }
                }
            }
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
