//! The `itertools` iterators that share one source among several iterator objects:
//! `groupby` and the `_grouper` of each group, `tee` and its `_tee` copies over a chain of
//! `_tee_dataobject` buffers. They keep CPython's memory behaviour: a group's items are read
//! from the shared iterator one at a time, and tee holds items in blocks of 57 that die when
//! the slowest copy moves past them.

use super::native_types::{self, class_arg, set_state, state, TypeSpec};
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

fn int_state(vm: &Vm, me: Value, i: usize) -> i64 {
    match state(vm, me, i) {
        Value::Int(n) => n,
        _ => 0,
    }
}

fn companion(vm: &mut Vm, name: &'static str) -> PyResult<ObjKey> {
    match native_types::class_named(vm, "itertools", name) {
        Some(k) => Ok(k),
        None => Err(vm.runtime_error(format!("itertools.{name} is not defined"))),
    }
}

// ---- groupby ---------------------------------------------------------------------------
// groupby state: 0 iterator, 1 key function (None for identity), 2 the current group's key,
// 3 the key of the item read last, 4 that item, 5 the id of the live `_grouper`.
// `_grouper` state: 0 the groupby, 1 its group's key, 2 its id. Only the grouper whose id is
// the groupby's current one yields: advancing the groupby ends the group before it (CPython
// compares a borrowed pointer; an id keeps the groupby from owning its groups).

const GB_IT: usize = 0;
const GB_KEYFUNC: usize = 1;
const GB_TGTKEY: usize = 2;
const GB_CURRKEY: usize = 3;
const GB_CURRVALUE: usize = 4;
const GB_ID: usize = 5;

fn groupby_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, key] = super::parse_args(vm, "groupby", &a[1..], kw, &["iterable", "key"], 1)?;
    let it = vm.get_iter(iterable.unwrap_or(Value::None))?;
    let key = vm.incref(key.unwrap_or(Value::None));
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![
            it,
            key,
            Value::Undef,
            Value::Undef,
            Value::Undef,
            Value::Int(0),
        ],
    ))
}

/// Reads the next item and its key into the groupby; false when the source is exhausted.
fn groupby_step(vm: &mut Vm, gb: Value) -> PyResult<bool> {
    let Some(value) = vm.next(state(vm, gb, GB_IT))? else {
        return Ok(false);
    };
    let keyfunc = state(vm, gb, GB_KEYFUNC);
    let key = if keyfunc.is(Value::None) {
        vm.incref(value)
    } else {
        match vm.call(keyfunc, &[value]) {
            Ok(k) => k,
            Err(e) => {
                vm.heap.decref(value);
                return Err(e);
            }
        }
    };
    set_state(vm, gb, GB_CURRVALUE, value);
    set_state(vm, gb, GB_CURRKEY, key);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let id = int_state(vm, me, GB_ID) + 1;
    set_state(vm, me, GB_ID, Value::Int(id));
    // Skip what is left of the current group.
    loop {
        let (curr, tgt) = (state(vm, me, GB_CURRKEY), state(vm, me, GB_TGTKEY));
        if !curr.is_undef() && (tgt.is_undef() || !vm.eq(tgt, curr)?) {
            break;
        }
        if !groupby_step(vm, me)? {
            return Ok(None);
        }
    }
    let key = vm.incref(state(vm, me, GB_CURRKEY));
    vm.heap.incref(key);
    set_state(vm, me, GB_TGTKEY, key);
    let class = companion(vm, "_grouper")?;
    vm.heap.incref(me);
    vm.heap.incref(key);
    let group = native_types::instance(vm, class, vec![me, key, Value::Int(id)]);
    Ok(Some(vm.new_tuple(vec![key, group])))
}

fn grouper_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "_grouper", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "_grouper expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let groupby = companion(vm, "groupby")?;
    if !vm.isinstance(a[1], groupby) {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {t}"
        )));
    }
    let id = Value::Int(int_state(vm, a[1], GB_ID));
    let parent = vm.incref(a[1]);
    let key = vm.incref(a[2]);
    Ok(native_types::instance(
        vm,
        class_arg(a),
        vec![parent, key, id],
    ))
}

fn grouper_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let gb = state(vm, me, 0);
    if int_state(vm, gb, GB_ID) != int_state(vm, me, 2) {
        return Ok(None);
    }
    if state(vm, gb, GB_CURRVALUE).is_undef() && !groupby_step(vm, gb)? {
        return Ok(None);
    }
    let (tgt, curr) = (state(vm, me, 1), state(vm, gb, GB_CURRKEY));
    if !vm.eq(tgt, curr)? {
        return Ok(None);
    }
    // The item passes to the caller; the groupby reads a fresh one next time.
    let value = native_types::replace_state(vm, gb, GB_CURRVALUE, Value::Undef);
    set_state(vm, gb, GB_CURRKEY, Value::Undef);
    Ok(Some(value))
}

// ---- tee -------------------------------------------------------------------------------
// `_tee_dataobject` state: 0 the shared iterator, 1 how many items it has read, 2 the next
// block (unset until some copy needs it), 3 whether a read is running, then the LINKCELLS
// items themselves (inline, as in CPython: they die first to last with their block).
// `_tee` state: 0 its block, 1 its index in the block.

const LINKCELLS: usize = 57;
const TD_VALUES: usize = 4;
const DATAOBJECT_STATE: [&str; TD_VALUES + LINKCELLS] = [
    "_it",
    "_numread",
    "_next",
    "_running",
    "_values[0]",
    "_values[1]",
    "_values[2]",
    "_values[3]",
    "_values[4]",
    "_values[5]",
    "_values[6]",
    "_values[7]",
    "_values[8]",
    "_values[9]",
    "_values[10]",
    "_values[11]",
    "_values[12]",
    "_values[13]",
    "_values[14]",
    "_values[15]",
    "_values[16]",
    "_values[17]",
    "_values[18]",
    "_values[19]",
    "_values[20]",
    "_values[21]",
    "_values[22]",
    "_values[23]",
    "_values[24]",
    "_values[25]",
    "_values[26]",
    "_values[27]",
    "_values[28]",
    "_values[29]",
    "_values[30]",
    "_values[31]",
    "_values[32]",
    "_values[33]",
    "_values[34]",
    "_values[35]",
    "_values[36]",
    "_values[37]",
    "_values[38]",
    "_values[39]",
    "_values[40]",
    "_values[41]",
    "_values[42]",
    "_values[43]",
    "_values[44]",
    "_values[45]",
    "_values[46]",
    "_values[47]",
    "_values[48]",
    "_values[49]",
    "_values[50]",
    "_values[51]",
    "_values[52]",
    "_values[53]",
    "_values[54]",
    "_values[55]",
    "_values[56]",
];

fn new_dataobject(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let class = companion(vm, "_tee_dataobject")?;
    let it = vm.incref(it);
    let mut state = vec![Value::Undef; TD_VALUES + LINKCELLS];
    state[..TD_VALUES].copy_from_slice(&[it, Value::Int(0), Value::Undef, Value::Bool(false)]);
    Ok(native_types::instance(vm, class, state))
}

fn dataobject_new(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'itertools._tee_dataobject' instances".into()))
}

/// Item `i` of a block (a new reference), reading it from the shared iterator when no copy
/// has yet; None at the end of the source.
fn dataobject_item(vm: &mut Vm, data: Value, i: usize) -> PyResult<Option<Value>> {
    if (i as i64) < int_state(vm, data, 1) {
        return Ok(Some(vm.incref(state(vm, data, TD_VALUES + i))));
    }
    if state(vm, data, 3).is(Value::Bool(true)) {
        return Err(vm.runtime_error("cannot re-enter the tee iterator".into()));
    }
    set_state(vm, data, 3, Value::Bool(true));
    let r = vm.next(state(vm, data, 0));
    set_state(vm, data, 3, Value::Bool(false));
    let Some(v) = r? else {
        return Ok(None);
    };
    vm.heap.incref(v);
    set_state(vm, data, TD_VALUES + i, v);
    set_state(vm, data, 1, Value::Int(i as i64 + 1));
    Ok(Some(v))
}

/// The block after `data` (borrowed), made when the first copy gets there.
fn dataobject_next_block(vm: &mut Vm, data: Value) -> PyResult<Value> {
    let next = state(vm, data, 2);
    if !next.is_undef() {
        return Ok(next);
    }
    let next = new_dataobject(vm, state(vm, data, 0))?;
    set_state(vm, data, 2, next);
    Ok(next)
}

fn tee_from_iterable(vm: &mut Vm, class: ObjKey, iterable: Value) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    if vm.type_of(it) == class {
        let copy = tee_copy_of(vm, it);
        vm.heap.decref(it);
        return Ok(copy);
    }
    let data = new_dataobject(vm, it);
    vm.heap.decref(it);
    Ok(native_types::instance(
        vm,
        class,
        vec![data?, Value::Int(0)],
    ))
}

fn tee_copy_of(vm: &mut Vm, to: Value) -> Value {
    let class = vm.type_of(to);
    let data = vm.incref(state(vm, to, 0));
    let index = state(vm, to, 1);
    native_types::instance(vm, class, vec![data, index])
}

fn tee_object_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "_tee", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("_tee expected 1 argument, got {}", a.len() - 1)));
    }
    tee_from_iterable(vm, class_arg(a), a[1])
}

fn tee_copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(tee_copy_of(vm, a[0]))
}

fn tee_next(vm: &mut Vm, me: Value) -> PyResult<Option<Value>> {
    let mut index = int_state(vm, me, 1) as usize;
    if index >= LINKCELLS {
        let next = dataobject_next_block(vm, state(vm, me, 0))?;
        let next = vm.incref(next);
        set_state(vm, me, 0, next);
        index = 0;
        set_state(vm, me, 1, Value::Int(0));
    }
    let data = state(vm, me, 0);
    let item = dataobject_item(vm, data, index)?;
    if item.is_some() {
        set_state(vm, me, 1, Value::Int(index as i64 + 1));
    }
    Ok(item)
}

/// `itertools.tee(iterable, n=2, /)`.
pub fn tee(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "itertools.tee", kw)?;
    if a.is_empty() {
        return Err(vm.type_error("tee expected at least 1 argument, got 0".into()));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!("tee expected at most 2 arguments, got {}", a.len())));
    }
    let n = match a.get(1) {
        Some(&v) => vm.ssize_arg(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0".into()));
    }
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let it = vm.get_iter(a[0])?;
    let name = vm.intern("__copy__");
    let copyfunc = match vm.lookup_attr(it, name) {
        Ok(f) => f,
        Err(e) => {
            vm.heap.decref(it);
            return Err(e);
        }
    };
    let (first, copyfunc) = match copyfunc {
        Some(f) => (it, f),
        None => {
            let class = companion(vm, "_tee");
            let first = class.and_then(|c| tee_from_iterable(vm, c, it));
            vm.heap.decref(it);
            let first = first?;
            match vm.getattr(first, name) {
                Ok(f) => (first, f),
                Err(e) => {
                    vm.heap.decref(first);
                    return Err(e);
                }
            }
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        match vm.call(copyfunc, &[]) {
            Ok(c) => out.push(c),
            Err(e) => {
                vm.heap.decref(copyfunc);
                vm.heap.decref_all(out);
                return Err(e);
            }
        }
    }
    vm.heap.decref(copyfunc);
    Ok(vm.new_tuple(out))
}

pub const TYPES: &[TypeSpec] = &[
    TypeSpec {
        module: "itertools",
        name: "groupby",
        state: &[
            "_it",
            "_keyfunc",
            "_tgtkey",
            "_currkey",
            "_currvalue",
            "_grouper_id",
        ],
        methods: &[],
        new: groupby_new,
        next: Some(groupby_next),
        basetype: true,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "_grouper",
        state: &["_parent", "_tgtkey", "_id"],
        methods: &[],
        new: grouper_new,
        next: Some(grouper_next),
        basetype: false,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "_tee_dataobject",
        state: &DATAOBJECT_STATE,
        methods: &[],
        new: dataobject_new,
        next: None,
        basetype: false,
        getters: &[],
    },
    TypeSpec {
        module: "itertools",
        name: "_tee",
        state: &["_dataobj", "_index"],
        methods: &[("__copy__", tee_copy as NativeFn)],
        new: tee_object_new,
        next: Some(tee_next),
        basetype: false,
        getters: &[],
    },
];
