//! The `itertools` module, part one: the iterator building blocks `count`, `repeat`,
//! `cycle`, `chain`, `islice`, `accumulate`, `compress`, `dropwhile`, `takewhile`,
//! `filterfalse`, `starmap`, `zip_longest` and `pairwise`. Each is a native type
//! (`native_types.rs`) whose state sits in slot values; `Vm::next` calls its `next` directly.

use super::native_types::{self, class_arg, set_state, state, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::syntax::ast::BinOp;
use crate::vm::int_args::Index;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// Ends an iterator for good: its source is let go (state `i` unset).
fn drop_state(vm: &mut Vm, me: Value, i: usize) {
    set_state(vm, me, i, Value::Undef);
}

fn expect_args(vm: &mut Vm, who: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    Err(vm.type_error(format!("{who} expected {n} argument{s}, got {}", a.len())))
}

fn truth(vm: &mut Vm, func: Value, item: Value) -> PyResult<bool> {
    if func.is(Value::None) {
        return vm.truthy(item);
    }
    let r = vm.call(func, &[item])?;
    let t = vm.truthy(r);
    vm.heap.decref(r);
    t
}

// ---- count -----------------------------------------------------------------------------

fn is_number(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::BigInt(_) | Kind::Complex(_) => true,
            _ => {
                let class = vm.type_of(v);
                ["__index__", "__int__", "__float__"].iter().any(|n| {
                    let name = vm.intern(n);
                    vm.class_lookup(class, name).is_some()
                })
            }
        },
        _ => false,
    }
}

fn count_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [start, step] = super::parse_args(vm, "count", &a[1..], kw, &["start", "step"], 0)?;
    let start = start.unwrap_or(Value::Int(0));
    let step = step.unwrap_or(Value::Int(1));
    if !is_number(vm, start) || !is_number(vm, step) {
        return Err(vm.type_error("a number is required".into()));
    }
    // An int count keeps ints (a bool start counts from its int value).
    let start = match start {
        Value::Bool(b) if matches!(step, Value::Int(_) | Value::Bool(_)) => Value::Int(b as i64),
        v => vm.incref(v),
    };
    let step = vm.incref(step);
    Ok(native_types::instance(vm, class_arg(a), vec![start, step]))
}

fn count_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (cur, step) = (state(vm, me, 0), state(vm, me, 1));
    let next = match (cur, step) {
        (Value::Int(c), Value::Int(s)) if c.checked_add(s).is_some() => Value::Int(c + s),
        _ => vm.binary(BinOp::Add, cur, step)?,
    };
    // The state's reference to `cur` passes to the caller.
    Ok(Some(native_types::replace_state(vm, me, 0, next)))
}

fn count_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (cur, step) = (state(vm, a[0], 0), state(vm, a[0], 1));
    let c = vm.repr(cur)?;
    let s = if matches!(step, Value::Int(1) | Value::Bool(true)) {
        format!("count({c})")
    } else {
        format!("count({c}, {})", vm.repr(step)?)
    };
    Ok(vm.new_str(s))
}

// ---- repeat ----------------------------------------------------------------------------

fn repeat_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [object, times] = super::parse_args(vm, "repeat", &a[1..], kw, &["object", "times"], 1)?;
    let object = object.unwrap_or(Value::None);
    let times = match times {
        Some(t) => Value::Int(vm.ssize_arg(t)?.max(0)),
        None => Value::Undef,
    };
    let object = vm.incref(object);
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![object, times],
    ))
}

fn repeat_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let object = state(vm, me, 0);
    match state(vm, me, 1) {
        Value::Int(0) => Ok(None),
        Value::Int(n) => {
            set_state(vm, me, 1, Value::Int(n - 1));
            Ok(Some(vm.incref(object)))
        }
        _ => Ok(Some(vm.incref(object))),
    }
}

fn repeat_length_hint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match state(vm, a[0], 1) {
        Value::Int(n) => Ok(Value::Int(n)),
        _ => Err(vm.type_error("len() of unsized object".into())),
    }
}

fn repeat_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let o = vm.repr(state(vm, a[0], 0))?;
    let s = match state(vm, a[0], 1) {
        Value::Int(n) => format!("repeat({o}, {n})"),
        _ => format!("repeat({o})"),
    };
    Ok(vm.new_str(s))
}

// ---- cycle -----------------------------------------------------------------------------

fn cycle_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "cycle", kw)?;
    expect_args(vm, "cycle", &a[1..], 1)?;
    let it = vm.get_iter(a[1])?;
    let saved = vm.new_list(Vec::new());
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![it, saved, Value::Int(0)],
    ))
}

fn cycle_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let it = state(vm, me, 0);
    let saved = state(vm, me, 1);
    if !it.is_undef() {
        match vm.next(it)? {
            Some(v) => {
                if let Some(k) = saved.as_obj() {
                    vm.list_reserve(k, 1)?;
                    if let Kind::List(l) = vm.heap.kind_mut(k) {
                        l.push(v);
                    }
                    vm.heap.incref(v);
                }
                return Ok(Some(v));
            }
            None => drop_state(vm, me, 0),
        }
    }
    let items = vm.seq_slice(saved);
    if items.is_empty() {
        return Ok(None);
    }
    let i = match state(vm, me, 2) {
        Value::Int(i) => i as usize % items.len(),
        _ => 0,
    };
    let v = vm.incref(items[i]);
    set_state(vm, me, 2, Value::Int(i as i64 + 1));
    Ok(Some(v))
}

// ---- chain -----------------------------------------------------------------------------

fn chain_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "chain", kw)?;
    let items: Vec<Value> = a[1..].iter().map(|v| vm.incref(*v)).collect();
    let sources = vm.new_tuple(items);
    let source = vm.get_iter(sources);
    vm.heap.decref(sources);
    let source = source?;
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![source, Value::Undef],
    ))
}

fn chain_from_iterable(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "chain.from_iterable", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let (class, iterable) = (class_arg(a), a[1]);
    let source = vm.get_iter(iterable)?;
    Ok(native_types::instance(
        vm,
        class,
        vec![source, Value::Undef],
    ))
}

fn chain_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    loop {
        let active = state(vm, me, 1);
        if !active.is_undef() {
            match vm.next(active)? {
                Some(v) => return Ok(Some(v)),
                None => drop_state(vm, me, 1),
            }
        }
        let source = state(vm, me, 0);
        if source.is_undef() {
            return Ok(None);
        }
        match vm.next(source)? {
            Some(iterable) => {
                let it = vm.get_iter(iterable);
                vm.heap.decref(iterable);
                match it {
                    Ok(it) => set_state(vm, me, 1, it),
                    // A source that is not iterable ends the chain.
                    Err(e) => {
                        drop_state(vm, me, 0);
                        return Err(e);
                    }
                }
            }
            None => {
                drop_state(vm, me, 0);
                return Ok(None);
            }
        }
    }
}

// ---- islice ----------------------------------------------------------------------------

/// PyNumber_AsSsize_t as islice reads its arguments: None stays None; anything that is not
/// an index-sized int reads as -1 (the error is dropped).
fn slice_arg(vm: &mut Vm, v: Value) -> Option<i64> {
    if v.is(Value::None) {
        return None;
    }
    Some(match vm.try_index(v) {
        Ok(Some(Index::Fits(i))) => i,
        Ok(_) => -1,
        Err(e) => {
            vm.heap.decref(e.0);
            -1
        }
    })
}

fn islice_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "islice", kw)?;
    let args = &a[1..];
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "islice expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "islice expected at most 4 arguments, got {}",
            args.len()
        )));
    }
    let (start, stop) = if args.len() == 2 {
        (None, slice_arg(vm, args[1]))
    } else {
        (slice_arg(vm, args[1]), slice_arg(vm, args[2]))
    };
    if stop == Some(-1) {
        return Err(vm.value_error(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.".into(),
        ));
    }
    let start = start.unwrap_or(0);
    if start < 0 || stop.is_some_and(|s| s < -1) {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.".into(),
        ));
    }
    let step = match args.get(3).and_then(|&v| slice_arg(vm, v)) {
        None => 1,
        Some(s) if s >= 1 => s,
        Some(_) => {
            return Err(
                vm.value_error("Step for islice() must be a positive integer or None.".into())
            )
        }
    };
    let it = vm.get_iter(args[0])?;
    let stop = stop.map_or(Value::None, Value::Int);
    // State: the source, the index of the next item to give, stop, step, items consumed.
    let state = vec![it, Value::Int(start), stop, Value::Int(step), Value::Int(0)];
    Ok(native_types::instance(vm, class_arg(a), state))
}

fn islice_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let it = state(vm, me, 0);
    if it.is_undef() {
        return Ok(None);
    }
    let int = |v: Value| match v {
        Value::Int(i) => i,
        _ => 0,
    };
    let next_at = int(state(vm, me, 1));
    let stop = match state(vm, me, 2) {
        Value::Int(s) => Some(s),
        _ => None,
    };
    let step = int(state(vm, me, 3));
    let mut consumed = int(state(vm, me, 4));
    // Items before the next one given are consumed and dropped (all `start` of them, even
    // when the slice is empty, as CPython does).
    while consumed < next_at {
        match vm.next(it)? {
            Some(v) => vm.heap.decref(v),
            None => {
                drop_state(vm, me, 0);
                return Ok(None);
            }
        }
        consumed += 1;
        set_state(vm, me, 4, Value::Int(consumed));
    }
    if stop.is_some_and(|s| consumed >= s) {
        drop_state(vm, me, 0);
        return Ok(None);
    }
    let item = match vm.next(it)? {
        Some(v) => v,
        None => {
            drop_state(vm, me, 0);
            return Ok(None);
        }
    };
    set_state(vm, me, 4, Value::Int(consumed + 1));
    let after = next_at.saturating_add(step);
    set_state(vm, me, 1, Value::Int(after));
    if stop.is_some_and(|s| after > s) {
        set_state(vm, me, 1, Value::Int(stop.unwrap_or(after)));
    }
    Ok(Some(item))
}

// ---- accumulate ------------------------------------------------------------------------

fn accumulate_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            a.len() - 1
        )));
    }
    let [iterable, func, initial] = super::parse_args(
        vm,
        "accumulate",
        &a[1..],
        kw,
        &["iterable", "func", "initial"],
        1,
    )?;
    let it = vm.get_iter(iterable.unwrap_or(Value::None))?;
    let func = vm.incref(func.unwrap_or(Value::None));
    // State: source, func, running total (Undef before the first item), initial to give first.
    let initial = match initial {
        Some(v) if !v.is(Value::None) => vm.incref(v),
        _ => Value::Undef,
    };
    let state = vec![it, func, Value::Undef, initial];
    Ok(native_types::instance(vm, class_arg(a), state))
}

fn accumulate_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let initial = state(vm, me, 3);
    if !initial.is_undef() {
        vm.heap.incref(initial);
        set_state(vm, me, 2, initial);
        drop_state(vm, me, 3);
        return Ok(Some(vm.incref(initial)));
    }
    let it = state(vm, me, 0);
    let Some(item) = vm.next(it)? else {
        return Ok(None);
    };
    let total = state(vm, me, 2);
    let next = if total.is_undef() {
        item
    } else {
        let func = state(vm, me, 1);
        let r = if func.is(Value::None) {
            vm.binary(BinOp::Add, total, item)
        } else {
            vm.call(func, &[total, item])
        };
        vm.heap.decref(item);
        r?
    };
    vm.heap.incref(next);
    set_state(vm, me, 2, next);
    Ok(Some(next))
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap -------------------------------

fn compress_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [data, selectors] =
        super::parse_args(vm, "compress", &a[1..], kw, &["data", "selectors"], 2)?;
    let data = vm.get_iter(data.unwrap_or(Value::None))?;
    let selectors = match vm.get_iter(selectors.unwrap_or(Value::None)) {
        Ok(s) => s,
        Err(e) => {
            vm.heap.decref(data);
            return Err(e);
        }
    };
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![data, selectors],
    ))
}

fn compress_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (data, selectors) = (state(vm, me, 0), state(vm, me, 1));
    loop {
        let Some(item) = vm.next(data)? else {
            return Ok(None);
        };
        let Some(sel) = vm.next(selectors).inspect_err(|_| vm.heap.decref(item))? else {
            vm.heap.decref(item);
            return Ok(None);
        };
        let keep = vm.truthy(sel);
        vm.heap.decref(sel);
        match keep {
            Ok(true) => return Ok(Some(item)),
            Ok(false) => vm.heap.decref(item),
            Err(e) => {
                vm.heap.decref(item);
                return Err(e);
            }
        }
    }
}

/// `(predicate or function, iterable)`, both required, as dropwhile and its kin take them;
/// `more` is the rest of the type's state.
fn func_and_iter(
    vm: &mut Vm,
    who: &str,
    a: &[Value],
    kw: Kwargs,
    more: &[Value],
) -> PyResult<Value> {
    native_types::no_keywords(vm, who, kw)?;
    expect_args(vm, who, &a[1..], 2)?;
    let it = vm.get_iter(a[2])?;
    let func = vm.incref(a[1]);
    let mut state = vec![func, it];
    state.extend_from_slice(more);
    Ok(native_types::instance(vm, class_arg(a), state))
}

fn dropwhile_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    func_and_iter(vm, "dropwhile", a, kw, &[Value::Bool(false)])
}

fn dropwhile_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (pred, it) = (state(vm, me, 0), state(vm, me, 1));
    loop {
        let Some(item) = vm.next(it)? else {
            return Ok(None);
        };
        if state(vm, me, 2).is(Value::Bool(true)) {
            return Ok(Some(item));
        }
        match truth(vm, pred, item) {
            Ok(true) => vm.heap.decref(item),
            Ok(false) => {
                set_state(vm, me, 2, Value::Bool(true));
                return Ok(Some(item));
            }
            Err(e) => {
                vm.heap.decref(item);
                return Err(e);
            }
        }
    }
}

fn takewhile_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    func_and_iter(vm, "takewhile", a, kw, &[Value::Bool(false)])
}

fn takewhile_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    if state(vm, me, 2).is(Value::Bool(true)) {
        return Ok(None);
    }
    let (pred, it) = (state(vm, me, 0), state(vm, me, 1));
    let Some(item) = vm.next(it)? else {
        return Ok(None);
    };
    match truth(vm, pred, item) {
        Ok(true) => Ok(Some(item)),
        Ok(false) => {
            vm.heap.decref(item);
            set_state(vm, me, 2, Value::Bool(true));
            Ok(None)
        }
        Err(e) => {
            vm.heap.decref(item);
            Err(e)
        }
    }
}

fn filterfalse_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    func_and_iter(vm, "filterfalse", a, kw, &[])
}

fn filterfalse_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (pred, it) = (state(vm, me, 0), state(vm, me, 1));
    loop {
        let Some(item) = vm.next(it)? else {
            return Ok(None);
        };
        match truth(vm, pred, item) {
            Ok(false) => return Ok(Some(item)),
            Ok(true) => vm.heap.decref(item),
            Err(e) => {
                vm.heap.decref(item);
                return Err(e);
            }
        }
    }
}

fn starmap_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    func_and_iter(vm, "starmap", a, kw, &[])
}

fn starmap_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (func, it) = (state(vm, me, 0), state(vm, me, 1));
    let Some(args) = vm.next(it)? else {
        return Ok(None);
    };
    let items = vm.iterate(args);
    vm.heap.decref(args);
    let items = items?;
    let r = vm.call(func, &items);
    vm.heap.decref_all(items);
    r.map(Some)
}

// ---- zip_longest, pairwise -------------------------------------------------------------

fn zip_longest_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut fill = Value::None;
    for &(k, v) in kw {
        if vm.str_of(k) == Some("fillvalue") {
            fill = v;
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument".into()));
        }
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for &v in &a[1..] {
        match vm.get_iter(v) {
            Ok(it) => its.push(it),
            Err(e) => {
                vm.heap.decref_all(its);
                return Err(e);
            }
        }
    }
    let n = its.len() as i64;
    let its = vm.new_list(its);
    let fill = vm.incref(fill);
    // State: the iterators (an exhausted one becomes None in the list), the fill value, how
    // many are still running.
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![its, fill, Value::Int(n)],
    ))
}

fn zip_longest_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let (its, fill) = (state(vm, me, 0), state(vm, me, 1));
    let mut active = match state(vm, me, 2) {
        Value::Int(n) => n,
        _ => 0,
    };
    let n = vm.seq_slice(its).len();
    if n == 0 || active == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = vm.seq_slice(its).get(i).copied().unwrap_or(Value::None);
        if it.is(Value::None) {
            out.push(vm.incref(fill));
            continue;
        }
        match vm.next(it) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                active -= 1;
                set_state(vm, me, 2, Value::Int(active));
                if active == 0 {
                    vm.heap.decref_all(out);
                    return Ok(None);
                }
                if let Some(Kind::List(l)) = its.as_obj().map(|k| vm.heap.kind_mut(k)) {
                    let old = std::mem::replace(&mut l[i], Value::None);
                    vm.heap.decref(old);
                }
                out.push(vm.incref(fill));
            }
            Err(e) => {
                vm.heap.decref_all(out);
                return Err(e);
            }
        }
    }
    Ok(Some(vm.new_tuple(out)))
}

fn pairwise_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "pairwise", kw)?;
    expect_args(vm, "pairwise", &a[1..], 1)?;
    let it = vm.get_iter(a[1])?;
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![it, Value::Undef],
    ))
}

fn pairwise_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let it = state(vm, me, 0);
    if it.is_undef() {
        return Ok(None);
    }
    let mut old = state(vm, me, 1);
    if old.is_undef() {
        match vm.next(it)? {
            Some(v) => {
                set_state(vm, me, 1, v);
                old = v;
            }
            None => {
                drop_state(vm, me, 0);
                return Ok(None);
            }
        }
    }
    let Some(new) = vm.next(it)? else {
        drop_state(vm, me, 0);
        drop_state(vm, me, 1);
        return Ok(None);
    };
    vm.heap.incref(old);
    vm.heap.incref(new);
    set_state(vm, me, 1, new);
    Ok(Some(vm.new_tuple(vec![old, new])))
}

macro_rules! spec {
    ($name:literal, [$($s:literal),*], $new:ident, $next:ident, [$($m:expr),*]) => {
        TypeSpec {
            module: "itertools",
            name: $name,
            state: &[$($s),*],
            methods: &[$($m),*],
            new: $new,
            next: Some($next),
            basetype: true,
            getters: &[],
        }
    };
}

const TYPES: &[TypeSpec] = &[
    spec!(
        "count",
        ["_count", "_step"],
        count_new,
        count_next,
        [("__repr__", count_repr as NativeFn)]
    ),
    spec!(
        "repeat",
        ["_object", "_times"],
        repeat_new,
        repeat_next,
        [
            ("__repr__", repeat_repr as NativeFn),
            ("__length_hint__", repeat_length_hint as NativeFn)
        ]
    ),
    spec!(
        "cycle",
        ["_it", "_saved", "_index"],
        cycle_new,
        cycle_next,
        []
    ),
    spec!("chain", ["_source", "_active"], chain_new, chain_next, []),
    spec!(
        "islice",
        ["_it", "_next", "_stop", "_step", "_count"],
        islice_new,
        islice_next,
        []
    ),
    spec!(
        "accumulate",
        ["_it", "_func", "_total", "_initial"],
        accumulate_new,
        accumulate_next,
        []
    ),
    spec!(
        "compress",
        ["_data", "_selectors"],
        compress_new,
        compress_next,
        []
    ),
    spec!(
        "dropwhile",
        ["_predicate", "_it", "_done"],
        dropwhile_new,
        dropwhile_next,
        []
    ),
    spec!(
        "takewhile",
        ["_predicate", "_it", "_done"],
        takewhile_new,
        takewhile_next,
        []
    ),
    spec!(
        "filterfalse",
        ["_predicate", "_it"],
        filterfalse_new,
        filterfalse_next,
        []
    ),
    spec!("starmap", ["_func", "_it"], starmap_new, starmap_next, []),
    spec!(
        "zip_longest",
        ["_its", "_fillvalue", "_active"],
        zip_longest_new,
        zip_longest_next,
        []
    ),
    spec!("pairwise", ["_it", "_old"], pairwise_new, pairwise_next, []),
];

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[("tee", super::itertools_shared::tee)];
    let m = super::new_module(vm, "itertools", funcs, &[]);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    let all = TYPES
        .iter()
        .chain(super::itertools_combinatorics::TYPES)
        .chain(super::itertools_shared::TYPES);
    for spec in all {
        let class = native_types::define(vm, dk, spec);
        if spec.name == "chain" {
            let f = vm.new_native("from_iterable", chain_from_iterable, Value::Obj(class));
            let cm = vm.heap.alloc(Kind::ClassMethod(f));
            let key = vm.intern("from_iterable");
            vm.class_dict_set(class, key, cm);
        }
    }
    m
}
