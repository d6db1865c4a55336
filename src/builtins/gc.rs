//! The `gc` module: CPython 3.11's interface to the collector (shared/GC.md), over heap/gc.rs
//! and vm/collect.rs. Argument errors use CPython's wording; counts follow its rules.

use crate::heap::gc::{self as hgc, NUM_GENERATIONS, PERMANENT};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [g] = super::parse_args(vm, "collect", a, kw, &["generation"], 0)?;
    let g = match g {
        None => 2,
        Some(v) => vm.c_int_arg(v)? as i64,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&g) {
        return Err(vm.value_error("invalid generation".into()));
    }
    let n = vm.collect_now(g as usize);
    vm.run_finalizers();
    Ok(Value::Int(n as i64))
}

fn enable(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.heap.gc.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.heap.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.heap.gc.enabled))
}

fn get_count(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let c = vm.heap.gc.count;
    Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n)).collect()))
}

fn get_threshold(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let t = vm.heap.gc.threshold;
    Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n)).collect()))
}

fn set_threshold(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments".into()));
    }
    if a.is_empty() || a.len() > 3 {
        let n = a.len();
        let which = if n == 0 {
            "at least 1 argument"
        } else {
            "at most 3 arguments"
        };
        return Err(vm.type_error(format!("set_threshold expected {which}, got {n}")));
    }
    let mut t = vm.heap.gc.threshold;
    for (i, &v) in a.iter().enumerate() {
        t[i] = vm.getargs_int(v)?.into();
    }
    vm.heap.gc.threshold = t;
    Ok(Value::None)
}

fn generation_arg(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Option<usize>> {
    let [g] = super::parse_args(vm, "get_objects", a, kw, &["generation"], 0)?;
    match g {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_))
                && !matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)))
            {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("argument should be integer or None, not '{t}'")));
            }
            let g = vm.ssize_arg(v)?;
            if g >= NUM_GENERATIONS as i64 {
                return Err(vm.value_error(format!(
                    "generation parameter must be less than the number of available generations ({NUM_GENERATIONS})"
                )));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative".into()));
            }
            Ok(Some(g as usize))
        }
    }
}

/// Every tracked object, youngest generation first (the permanent one is not listed).
fn tracked_objects(vm: &Vm, only: Option<usize>) -> Vec<ObjKey> {
    let mut out = Vec::new();
    for g in 0..NUM_GENERATIONS {
        if only.is_none_or(|o| o == g) {
            out.extend(vm.heap.generation(g));
        }
    }
    out
}

fn list_of(vm: &mut Vm, keys: Vec<Value>) -> Value {
    for &k in &keys {
        vm.heap.incref(k);
    }
    vm.new_list(keys)
}

fn get_objects(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = generation_arg(vm, a, kw)?;
    let keys = tracked_objects(vm, g).into_iter().map(Value::Obj).collect();
    Ok(list_of(vm, keys))
}

/// The references `v` holds, in CPython's traversal order: sequences last to first, an
/// instance's attribute values then its class, a str-keyed dict's values only.
fn referents(vm: &Vm, v: Value) -> Vec<Value> {
    let Value::Obj(k) = v else { return Vec::new() };
    let o = vm.heap.obj(k);
    if !hgc::is_gc_kind(&o.kind) {
        return Vec::new();
    }
    let mut out = Vec::new();
    match &o.kind {
        Kind::List(items) => out.extend(items.iter().rev()),
        Kind::Tuple(items) => out.extend(items.iter().rev()),
        Kind::Dict(d) => {
            let str_keys = d.iter().all(|e| vm.str_of(e.key).is_some());
            for e in d.iter() {
                out.push(e.value);
                if !str_keys {
                    out.push(e.key);
                }
            }
        }
        Kind::Instance(i) if vm.is_native_type(i.class) => {
            let class = Value::Obj(i.class);
            let visit = native_type_visit(vm, i.class);
            if visit == Some(true) {
                out.push(class);
            }
            out.extend(i.deque().iter().flat_map(|d| d.items.iter()));
            out.extend(i.slots().iter().filter(|v| !v.is_undef()));
            if visit == Some(false) {
                out.push(class);
            }
        }
        // As subtype_traverse: the slots, the dict, the class, then what the builtin base
        // holds (a builtin subclass's value is the object itself in CPython).
        Kind::Instance(i) => {
            // A C type Cellar writes in Python visits its type first, as CPython's heap types.
            let c_type = matches!(vm.heap.kind(i.class), Kind::Class(c) if c.c_named);
            if c_type {
                out.push(Value::Obj(i.class));
            }
            out.extend(i.slots().iter().filter(|v| !v.is_undef()));
            if let Some(dk) = i.dict_obj {
                out.push(Value::Obj(dk));
            } else {
                i.dict.for_each(|_, v| out.push(v));
            }
            if !c_type {
                out.push(Value::Obj(i.class));
            }
            out.extend(i.deque().iter().flat_map(|d| d.items.iter()));
            if let Some(p) = i.payload() {
                out.extend(referents(vm, p));
            }
        }
        // property_traverse: a function given as None is NULL there, and so is a doc that
        // is None unless it came from the getter.
        Kind::Property(p) => {
            out.extend(
                [p.fget, p.fset, p.fdel]
                    .iter()
                    .filter(|f| !f.is(Value::None)),
            );
            if p.getter_doc || !p.doc.is(Value::None) {
                out.push(p.doc);
            }
            out.push(p.name);
        }
        kind => kind.for_each_referent(|r| out.push(r)),
    }
    out.retain(|r| !r.is_undef());
    out
}

/// Whether CPython 3.11's traverse of a native type's instance visits the type: first
/// (Some(true): most heap types of operator, functools and array), last (Some(false): _csv's and
/// attrgetter), or
/// not at all (None: static types such as itertools' and deque).
fn native_type_visit(vm: &Vm, class: crate::heap::ObjKey) -> Option<bool> {
    let Kind::Class(c) = vm.heap.kind(class) else {
        return None;
    };
    match (vm.str_of(c.module)?, vm.str_of(c.name)?) {
        ("operator", "attrgetter") | ("_csv", _) => Some(false),
        ("operator" | "functools" | "array", _) => Some(true),
        _ => None,
    }
}

fn get_referents(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut all = Vec::new();
    for &v in a {
        all.extend(referents(vm, v));
    }
    Ok(list_of(vm, all))
}

fn get_referrers(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut out = Vec::new();
    for k in tracked_objects(vm, None) {
        let mut hit = false;
        vm.heap.obj(k).kind.for_each_referent(|r| {
            if a.iter().any(|t| t.is(r) && matches!(r, Value::Obj(_))) {
                hit = true;
            }
        });
        if hit {
            out.push(Value::Obj(k));
        }
    }
    Ok(list_of(vm, out))
}

fn is_tracked(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(match a[0] {
        Value::Obj(k) => hgc::is_tracked(vm.heap.obj(k)),
        _ => false,
    }))
}

fn is_finalized(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(match a[0] {
        Value::Obj(k) => vm.heap.obj(k).flags & crate::heap::object::FLAG_FINALIZED != 0,
        _ => false,
    }))
}

fn get_stats(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let stats = vm.heap.gc.stats;
    let mut out = Vec::new();
    for s in stats {
        let d = vm.new_dict();
        let dk = d.as_obj().expect("dict");
        for (name, n) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let key = vm.new_str(name);
            vm.dict_set(dk, key, Value::Int(n as i64))?;
            vm.heap.decref(key);
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn freeze(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.heap.freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.heap.unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.gc.live[PERMANENT] as i64))
}

fn set_debug(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [flags] = super::parse_args(vm, "set_debug", a, kw, &["flags"], 1)?;
    vm.heap.gc.debug = vm.c_int_arg(flags.unwrap_or(Value::Int(0)))?.into();
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.gc.debug))
}

pub fn module(vm: &mut Vm) -> Value {
    let callbacks = vm.new_list(Vec::new());
    let garbage = vm.new_list(Vec::new());
    vm.heap.incref(callbacks);
    vm.heap.incref(garbage);
    if let Some((c, g)) = vm.gc_lists.replace((callbacks, garbage)) {
        vm.heap.decref(c);
        vm.heap.decref(g);
    }
    super::new_module(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_objects", get_objects),
            ("get_referrers", get_referrers),
            ("get_referents", get_referents),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_stats", get_stats),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
        ],
        &[
            ("callbacks", callbacks),
            ("garbage", garbage),
            ("DEBUG_STATS", Value::Int(hgc::DEBUG_STATS)),
            ("DEBUG_COLLECTABLE", Value::Int(hgc::DEBUG_COLLECTABLE)),
            ("DEBUG_UNCOLLECTABLE", Value::Int(hgc::DEBUG_UNCOLLECTABLE)),
            ("DEBUG_SAVEALL", Value::Int(hgc::DEBUG_SAVEALL)),
            ("DEBUG_LEAK", Value::Int(38)),
        ],
    )
}
