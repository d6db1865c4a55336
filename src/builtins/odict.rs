//! `odict_iterator`: the iterator of an `OrderedDict` (py/collections.py) and of its views,
//! forward or reversed. Cellar's OrderedDict keeps its order in the dict it is (moving a
//! key re-inserts it), so the iterator walks the dict's entries; like CPython's, it refuses
//! to go on once the dict's keys changed under it ("OrderedDict mutated during iteration"),
//! which the dict's layout stamp tells, and is exhausted from then on.

use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

// State slots.
const ODICT: usize = 0;
const INDEX: usize = 1;
const LAYOUT: usize = 2;
const SIZE: usize = 3;
/// 0 keys, 1 values, 2 (key, value) items; +3 when reversed.
const WHAT: usize = 4;

pub const TYPES: &[TypeSpec] = &[TypeSpec {
    module: "builtins",
    name: "odict_iterator",
    state: &["_odict", "_index", "_layout", "_size", "_what"],
    methods: &[],
    new: native_types::no_direct_new,
    next: Some(next),
    basetype: false,
    getters: &[],
}];

/// The dict an OrderedDict is (its builtin value): its layout stamp, length and entry slots.
fn dict_state(vm: &Vm, od: Value) -> Option<(u64, usize, usize)> {
    let d = vm.payload(od).unwrap_or(od);
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => Some((d.layout(), d.len(), d.entry_slots())),
        _ => None,
    }
}

fn int_state(vm: &Vm, it: Value, i: usize) -> i64 {
    match native_types::state(vm, it, i) {
        Value::Int(n) => n,
        _ => 0,
    }
}

/// `_cellar.odict_iter(od, what, reverse)`: an iterator over `od`'s keys (what 0), values
/// (1) or items (2).
pub fn odict_iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let [od, Value::Int(what), Value::Bool(reverse)] = a else {
        return Err(vm.type_error("odict_iter(od, what, reverse)".into()));
    };
    let Some((layout, len, slots)) = dict_state(vm, *od) else {
        return Err(vm.type_error("odict_iter() needs an OrderedDict".into()));
    };
    let start = if *reverse {
        slots
    } else {
        // Entries before the first live one are all deleted.
        let d = vm.payload(*od).unwrap_or(*od);
        match d.as_obj().map(|k| vm.heap.kind_mut(k)) {
            Some(Kind::Dict(d)) => d.live_front(),
            _ => 0,
        }
    };
    let what = what + if *reverse { 3 } else { 0 };
    let class = native_types::class_named(vm, "builtins", "odict_iterator").expect("defined");
    let state = vec![
        vm.incref(*od),
        Value::Int(start as i64),
        Value::Int(layout as i64),
        Value::Int(len as i64),
        Value::Int(what),
    ];
    Ok(native_types::instance(vm, class, state))
}

/// `_cellar.odict_pop_first(od)`: removes and returns `od`'s first (key, value) pair, as
/// `popitem(last=False)`; KeyError when it is empty.
pub fn odict_pop_first(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&od) = a.first() else {
        return Err(vm.type_error("odict_pop_first(od)".into()));
    };
    let d = vm.payload(od).unwrap_or(od);
    let pair = match d.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Dict(d)) if !d.is_empty() => {
            let ix = d.live_front();
            Some(d.remove_at(ix))
        }
        Some(Kind::Dict(_)) => None,
        _ => return Err(vm.type_error("odict_pop_first() needs an OrderedDict".into())),
    };
    match pair {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("dictionary is empty");
            let e = vm.key_error(msg);
            vm.heap.decref(msg);
            Err(e)
        }
    }
}

fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let od = native_types::state(vm, it, ODICT);
    if od.is_undef() || od.is(Value::None) {
        return Ok(None);
    }
    let Some((layout, len, _)) = dict_state(vm, od) else {
        return Ok(None);
    };
    if layout as i64 != int_state(vm, it, LAYOUT) {
        let size = int_state(vm, it, SIZE) as usize;
        native_types::set_state(vm, it, ODICT, Value::None);
        // Emptied by clear() (CPython's state counter does not move then) or changed.
        let msg = if len == 0 && size != 0 {
            "OrderedDict changed size during iteration"
        } else {
            "OrderedDict mutated during iteration"
        };
        return Err(vm.runtime_error(msg.into()));
    }
    let what = int_state(vm, it, WHAT);
    let reverse = what >= 3;
    let mut i = int_state(vm, it, INDEX) as usize;
    let d = vm.payload(od).unwrap_or(od);
    let Some(Kind::Dict(dict)) = d.as_obj().map(|k| vm.heap.kind(k)) else {
        return Ok(None);
    };
    let entry = loop {
        if reverse {
            if i == 0 {
                break None;
            }
            i -= 1;
            if let Some(e) = dict.entry_at(i).filter(|e| !e.key.is_undef()) {
                break Some(*e);
            }
        } else {
            if i >= dict.entry_slots() {
                break None;
            }
            i += 1;
            if let Some(e) = dict.entry_at(i - 1).filter(|e| !e.key.is_undef()) {
                break Some(*e);
            }
        }
    };
    let Some(e) = entry else {
        native_types::set_state(vm, it, ODICT, Value::None);
        return Ok(None);
    };
    native_types::set_state(vm, it, INDEX, Value::Int(i as i64));
    Ok(Some(match what % 3 {
        0 => vm.incref(e.key),
        1 => vm.incref(e.value),
        _ => {
            let (k, v) = (vm.incref(e.key), vm.incref(e.value));
            vm.new_tuple(vec![k, v])
        }
    }))
}
