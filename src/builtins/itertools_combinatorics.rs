//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its input into a pool tuple up front (as
//! CPython does) and steps a list of indices into it; the index lists are ordinary heap lists,
//! so the state stays visible to `gc` and `%mem` like that of every other native type.

use super::native_types::{self, class_arg, state, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// `tuple(iterable)` as an owned tuple.
fn pool_of(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let items = vm.iterate(iterable)?;
    Ok(vm.new_tuple(items))
}

fn int_list(vm: &mut Vm, ints: impl Iterator<Item = usize>) -> Value {
    let items = ints.map(|i| Value::Int(i as i64)).collect();
    vm.new_list(items)
}

/// The ints of an index list held in state `i`.
fn read_ints(vm: &Vm, me: Value, i: usize) -> Vec<usize> {
    vm.seq_slice(state(vm, me, i))
        .iter()
        .map(|v| match v {
            Value::Int(n) => *n as usize,
            _ => 0,
        })
        .collect()
}

/// Stores `ints` back into the index list held in state `i` (ints are immediates: no
/// references change hands).
fn write_ints(vm: &mut Vm, me: Value, i: usize, ints: &[usize]) {
    if let Some(k) = state(vm, me, i).as_obj() {
        if let Kind::List(l) = vm.heap.kind_mut(k) {
            for (slot, &n) in l.iter_mut().zip(ints) {
                *slot = Value::Int(n as i64);
            }
        }
    }
}

/// The result tuple `(pool[i] for i in indices)`, returned from the `_result` state in
/// state `slot`: as CPython does, the iterator keeps its last result and refills that tuple in
/// place when nobody else holds it (`for t in product(...)` then allocates one tuple in all).
fn pick(vm: &mut Vm, me: Value, slot: usize, pool: Value, indices: &[usize]) -> Value {
    let items: Vec<Value> = {
        let p = vm.seq_slice(pool);
        indices.iter().map(|&i| p[i]).collect()
    };
    result(vm, me, slot, items)
}

/// Stores `items` (borrowed) as the result tuple in state `slot` and returns it.
fn result(vm: &mut Vm, me: Value, slot: usize, items: Vec<Value>) -> Value {
    for &v in &items {
        vm.heap.incref(v);
    }
    let old = state(vm, me, slot);
    if let Some(k) = old.as_obj() {
        if vm.heap.refcount(old) == Some(1) {
            if let Kind::Tuple(t) = vm.heap.kind_mut(k) {
                if t.len() == items.len() {
                    let mut items = items;
                    t.swap_with_slice(&mut items);
                    vm.heap.decref_all(items);
                    return vm.incref(old);
                }
            }
        }
    }
    let t = vm.new_tuple(items);
    vm.heap.incref(t);
    native_types::set_state(vm, me, slot, t);
    t
}

/// Ends the iterator for good (CPython's `stopped`: the pool and last result stay).
fn stop(vm: &mut Vm, me: Value, slot: usize) -> PyResult<Option<Value>> {
    native_types::set_state(vm, me, slot, Value::Bool(true));
    Ok(None)
}

fn stopped(vm: &Vm, me: Value, slot: usize) -> bool {
    state(vm, me, slot).is(Value::Bool(true))
}

/// The non-negative `r` of combinations and their kin.
fn r_arg(vm: &mut Vm, r: Value) -> PyResult<usize> {
    let r = vm.ssize_arg(r)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative".into()));
    }
    Ok(r as usize)
}

// ---- product ---------------------------------------------------------------------------

fn product_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut repeat: i64 = 1;
    if let Some(&(k, v)) = kw.first() {
        let key = vm.str_of(k).unwrap_or("").to_string();
        if kw.len() > 1 {
            return Err(vm.type_error(format!(
                "product() takes at most 1 keyword argument ({} given)",
                kw.len()
            )));
        }
        if key != "repeat" {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        repeat = vm.ssize_arg(v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative".into()));
        }
    }
    // With no repeats nothing is read: `product(1, repeat=0)` is `[()]`.
    let args = if repeat == 0 { &[][..] } else { &a[1..] };
    let too_large = (args.len() as u128) * (repeat as u128) > (isize::MAX as u128) / 8;
    if too_large {
        return Err(vm.overflow_error("repeat argument too large".into()));
    }
    let mut pools = Vec::with_capacity(args.len());
    for &v in args {
        match pool_of(vm, v) {
            Ok(p) => pools.push(p),
            Err(e) => {
                vm.heap.decref_all(pools);
                return Err(e);
            }
        }
    }
    let n = pools.len();
    let repeat = if n == 0 { 1 } else { repeat as usize };
    let total = n * repeat;
    let mut all = Vec::with_capacity(total);
    for _ in 0..repeat {
        for &p in &pools {
            all.push(vm.incref(p));
        }
    }
    vm.heap.decref_all(pools);
    let pools = vm.new_tuple(all);
    let indices = int_list(vm, std::iter::repeat_n(0, total));
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![pools, indices, Value::Undef, Value::Bool(false)],
    ))
}

fn product_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    if stopped(vm, me, 3) {
        return Ok(None);
    }
    let pools = state(vm, me, 0);
    let lens: Vec<usize> = vm
        .seq_slice(pools)
        .iter()
        .map(|&p| vm.seq_slice(p).len())
        .collect();
    let mut indices = read_ints(vm, me, 1);
    if state(vm, me, 2).is_undef() {
        if lens.contains(&0) {
            return stop(vm, me, 3);
        }
    } else {
        // The odometer: the rightmost wheel turns, carrying into its left neighbours.
        let mut i = lens.len();
        let wrapped = loop {
            if i == 0 {
                break true;
            }
            i -= 1;
            indices[i] += 1;
            if indices[i] < lens[i] {
                break false;
            }
            indices[i] = 0;
        };
        write_ints(vm, me, 1, &indices);
        if wrapped {
            // CPython has written the wheels' first items back into its result on the way.
            let last = product_items(vm, pools, &indices);
            let r = result(vm, me, 2, last);
            vm.heap.decref(r);
            return stop(vm, me, 3);
        }
    }
    let items = product_items(vm, pools, &indices);
    Ok(Some(result(vm, me, 2, items)))
}

fn product_items(vm: &Vm, pools: Value, indices: &[usize]) -> Vec<Value> {
    let ps = vm.seq_slice(pools);
    ps.iter()
        .zip(indices)
        .map(|(&p, &i)| vm.seq_slice(p)[i])
        .collect()
}

// ---- combinations, combinations_with_replacement ---------------------------------------

fn pool_and_r(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<(Value, usize)> {
    let [iterable, r] = super::parse_args(vm, name, &a[1..], kw, &["iterable", "r"], 2)?;
    let (iterable, r) = (iterable.unwrap_or(Value::None), r.unwrap_or(Value::None));
    let pool = pool_of(vm, iterable)?;
    match r_arg(vm, r) {
        Ok(r) => Ok((pool, r)),
        Err(e) => {
            vm.heap.decref(pool);
            Err(e)
        }
    }
}

fn combinations_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    combinations_of(vm, "combinations", a, kw)
}

fn cwr_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    combinations_of(vm, "combinations_with_replacement", a, kw)
}

/// combinations start from indices 0, 1, 2, …; with replacement from 0, 0, 0, ….
fn combinations_of(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, name, a, kw)?;
    let indices = if name == "combinations" {
        int_list(vm, 0..r)
    } else {
        int_list(vm, std::iter::repeat_n(0, r))
    };
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![pool, indices, Value::Undef, Value::Bool(false)],
    ))
}

fn combinations_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    combination_step(vm, me, false)
}

fn cwr_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    combination_step(vm, me, true)
}

/// The next combination: the rightmost index that has not reached its maximum moves up one,
/// and those after it follow (in a run, or all equal to it with replacement).
fn combination_step(vm: &mut Vm, me: Value, replacement: bool) -> PyResult<Option<Value>> {
    if stopped(vm, me, 3) {
        return Ok(None);
    }
    let pool = state(vm, me, 0);
    let n = vm.seq_slice(pool).len();
    let mut indices = read_ints(vm, me, 1);
    let r = indices.len();
    if state(vm, me, 2).is_undef() {
        let empty = if replacement { n == 0 && r > 0 } else { r > n };
        if empty {
            return stop(vm, me, 3);
        }
    } else {
        let max = |i: usize| if replacement { n - 1 } else { i + n - r };
        let Some(i) = (0..r).rev().find(|&i| indices[i] != max(i)) else {
            return stop(vm, me, 3);
        };
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = if replacement {
                indices[i]
            } else {
                indices[j - 1] + 1
            };
        }
        write_ints(vm, me, 1, &indices);
    }
    Ok(Some(pick(vm, me, 2, pool, &indices)))
}

// ---- permutations ----------------------------------------------------------------------

fn permutations_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, r] = super::parse_args(vm, "permutations", &a[1..], kw, &["iterable", "r"], 1)?;
    let pool = pool_of(vm, iterable.unwrap_or(Value::None))?;
    let n = vm.seq_slice(pool).len();
    let r = match r {
        None | Some(Value::None) => Ok(n),
        Some(v) if !vm.isinstance(v, vm.types.int) => {
            Err(vm.type_error("Expected int as r".into()))
        }
        Some(v) => r_arg(vm, v),
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            vm.heap.decref(pool);
            return Err(e);
        }
    };
    let indices = int_list(vm, 0..n);
    let cycles = int_list(vm, (0..r.min(n)).map(|i| n - i));
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![
            pool,
            indices,
            cycles,
            Value::Int(r as i64),
            Value::Undef,
            Value::Bool(false),
        ],
    ))
}

fn permutations_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    if stopped(vm, me, 5) {
        return Ok(None);
    }
    let pool = state(vm, me, 0);
    let n = vm.seq_slice(pool).len();
    let r = match state(vm, me, 3) {
        Value::Int(r) => r as usize,
        _ => 0,
    };
    let mut indices = read_ints(vm, me, 1);
    if state(vm, me, 4).is_undef() {
        if r > n {
            return stop(vm, me, 5);
        }
        return Ok(Some(pick(vm, me, 4, pool, &indices[..r])));
    }
    let mut cycles = read_ints(vm, me, 2);
    // Each cycle counts down the choices left for its position; at zero the position
    // rotates back to its first arrangement and the one before it advances.
    let mut advanced = false;
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            advanced = true;
            break;
        }
    }
    if !advanced {
        return stop(vm, me, 5);
    }
    write_ints(vm, me, 1, &indices);
    write_ints(vm, me, 2, &cycles);
    Ok(Some(pick(vm, me, 4, pool, &indices[..r])))
}

pub const TYPES: &[TypeSpec] = &[
    TypeSpec {
        module: "itertools",
        name: "product",
        state: &["_pools", "_indices", "_result", "_stopped"],
        methods: &[],
        new: product_new,
        next: Some(product_next),
        basetype: true,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "permutations",
        state: &["_pool", "_indices", "_cycles", "_r", "_result", "_stopped"],
        methods: &[],
        new: permutations_new,
        next: Some(permutations_next),
        basetype: true,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "combinations",
        state: &["_pool", "_indices", "_result", "_stopped"],
        methods: &[],
        new: combinations_new,
        next: Some(combinations_next),
        basetype: true,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "combinations_with_replacement",
        state: &["_pool", "_indices", "_result", "_stopped"],
        methods: &[],
        new: cwr_new,
        next: Some(cwr_next),
        basetype: true,
        getters: &[],
    },
];
