//! `functools._lru_cache_wrapper` (in `_functools`, as CPython has it in C): a function
//! wrapped with a cache of its results. The cache is an ordinary dict held in the wrapper's
//! state, so `gc` and `%mem` see every cached key and result as the wrapper's; a bounded
//! cache keeps it in least-recently-used order (a hit moves its entry to the end, a miss past
//! `maxsize` evicts the first). Keys are built as CPython's `_make_key` builds them.

use super::native_types::{self, TypeSpec};
use crate::heap::object::{BoundMethod, Kind};
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

// State slots.
const FUNCTION: usize = 0;
const CACHE: usize = 1;
const MAXSIZE: usize = 2;
const TYPED: usize = 3;
const HITS: usize = 4;
const MISSES: usize = 5;

fn count(vm: &Vm, w: Value, slot: usize) -> i64 {
    match native_types::state(vm, w, slot) {
        Value::Int(n) => n,
        _ => 0,
    }
}

fn bump(vm: &mut Vm, w: Value, slot: usize) {
    let n = count(vm, w, slot);
    native_types::set_state(vm, w, slot, Value::Int(n + 1));
}

/// The cache key of a call (owned): a lone int or str argument is its own key; otherwise a
/// tuple of the arguments, a marker and the keyword items, and with `typed` the types.
fn make_key(vm: &mut Vm, w: Value, args: &[Value], kw: Kwargs, typed: bool) -> Value {
    if kw.is_empty() && !typed && args.len() == 1 {
        let t = vm.type_of(args[0]);
        if t == vm.types.int || t == vm.types.str_ {
            return vm.incref(args[0]);
        }
    }
    let mut items: Vec<Value> = args.to_vec();
    if !kw.is_empty() {
        // The wrapper's own type marks where the keywords start: no argument equals it.
        items.push(Value::Obj(vm.type_of(w)));
        for &(k, v) in kw {
            items.push(k);
            items.push(v);
        }
    }
    if typed {
        items.extend(args.iter().map(|&v| Value::Obj(vm.type_of(v))));
        items.extend(kw.iter().map(|&(_, v)| Value::Obj(vm.type_of(v))));
    }
    for &v in &items {
        vm.heap.incref(v);
    }
    vm.new_tuple(items)
}

fn call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (w, args) = (a[0], &a[1..]);
    let function = native_types::state(vm, w, FUNCTION);
    let maxsize = native_types::state(vm, w, MAXSIZE);
    if matches!(maxsize, Value::Int(0)) {
        bump(vm, w, MISSES);
        return vm.call_kw(function, args, kw);
    }
    let typed = matches!(native_types::state(vm, w, TYPED), Value::Bool(true));
    let cache = native_types::state(vm, w, CACHE);
    let Some(ck) = cache.as_obj() else {
        return vm.call_kw(function, args, kw);
    };
    let key = make_key(vm, w, args, kw, typed);
    let r = cached_call(vm, w, ck, key, function, args, kw, maxsize);
    vm.heap.decref(key);
    r
}

#[allow(clippy::too_many_arguments)]
fn cached_call(
    vm: &mut Vm,
    w: Value,
    ck: crate::heap::ObjKey,
    key: Value,
    function: Value,
    args: &[Value],
    kw: Kwargs,
    maxsize: Value,
) -> PyResult<Value> {
    let bounded = !maxsize.is(Value::None);
    if let Some(hit) = vm.dict_get(ck, key)? {
        let hit = vm.incref(hit);
        bump(vm, w, HITS);
        if bounded {
            // The entry becomes the most recently used.
            if let Some(old) = vm.dict_remove(ck, key)? {
                vm.dict_set(ck, key, old)?;
            }
        }
        return Ok(hit);
    }
    bump(vm, w, MISSES);
    // The call may run this wrapper again (recursion) and change the cache under us.
    vm.heap.incref(Value::Obj(ck));
    let result = vm.call_kw(function, args, kw);
    let r = result.and_then(|result| {
        if vm.dict_get(ck, key)?.is_some() {
            return Ok(result);
        }
        if let Value::Int(max) = maxsize {
            let full = vm.namespace(ck).is_some_and(|d| d.len() as i64 >= max);
            if full {
                let oldest = vm
                    .namespace(ck)
                    .and_then(|d| d.iter().next().map(|e| e.key));
                if let Some(oldest) = oldest {
                    vm.heap.incref(oldest);
                    let gone = vm.dict_remove(ck, oldest);
                    vm.heap.decref(oldest);
                    if let Some(v) = gone? {
                        vm.heap.decref(v);
                    }
                }
            }
        }
        let stored = vm.incref(result);
        vm.dict_set(ck, key, stored)?;
        Ok(result)
    });
    vm.heap.decref(Value::Obj(ck));
    r
}

fn cache_info(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let w = a[0];
    let currsize = native_types::state(vm, w, CACHE)
        .as_obj()
        .and_then(|k| vm.namespace(k))
        .map_or(0, |d| d.len());
    let maxsize = native_types::state(vm, w, MAXSIZE);
    let args = [
        Value::Int(count(vm, w, HITS)),
        Value::Int(count(vm, w, MISSES)),
        maxsize,
        Value::Int(currsize as i64),
    ];
    super::embedded_support::call_python(vm, "functools", "_make_cache_info", &args)
}

fn cache_clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let w = a[0];
    let fresh = vm.new_dict();
    let old = native_types::replace_state(vm, w, CACHE, fresh);
    native_types::set_state(vm, w, HITS, Value::Int(0));
    native_types::set_state(vm, w, MISSES, Value::Int(0));
    vm.heap.decref(old);
    Ok(Value::None)
}

/// `__get__`: on an instance, a method bound to it (the cache is shared by all instances).
fn get(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (w, obj) = (a[0], a.get(1).copied().unwrap_or(Value::None));
    if obj.is(Value::None) {
        return Ok(vm.incref(w));
    }
    vm.heap.incref(w);
    vm.heap.incref(obj);
    Ok(vm.heap.alloc(Kind::BoundMethod(Box::new(BoundMethod {
        func: w,
        receiver: obj,
    }))))
}

fn reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = vm.intern("__qualname__");
    vm.getattr(a[0], name)
}

fn itself(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.incref(a[0]))
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "_lru_cache_wrapper", kw)?;
    let class = native_types::class_arg(a);
    let [function, maxsize, typed] = match &a[1..] {
        [f, m, t] | [f, m, t, _] => [*f, *m, *t],
        rest => {
            return Err(vm.type_error(format!(
                "_lru_cache_wrapper() takes 4 arguments ({} given)",
                rest.len()
            )))
        }
    };
    if !super::callable_value(vm, function) {
        return Err(vm.type_error("the first argument must be callable".into()));
    }
    let maxsize = match maxsize {
        Value::None => Value::None,
        v => match vm.try_index(v)? {
            Some(crate::vm::int_args::Index::Fits(n)) => Value::Int(n.max(0)),
            _ => return Err(vm.type_error("maxsize should be integer or None".into())),
        },
    };
    let typed = Value::Bool(vm.truthy(typed)?);
    let function = vm.incref(function);
    let cache = vm.new_dict();
    let w = native_types::instance(
        vm,
        class,
        vec![
            function,
            cache,
            maxsize,
            typed,
            Value::Int(0),
            Value::Int(0),
        ],
    );
    // `update_wrapper` copies the function's attributes into the wrapper's own dict.
    let key = vm.intern("__wrapped__");
    vm.heap.incref(function);
    if let Err(e) = vm.setattr(w, key, function) {
        vm.heap.decref(w);
        return Err(e);
    }
    Ok(w)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__call__", call),
    ("cache_info", cache_info),
    ("cache_clear", cache_clear),
    ("__get__", get),
    ("__reduce__", reduce),
    ("__copy__", itself),
    ("__deepcopy__", itself),
];

const TYPE: TypeSpec = TypeSpec {
    module: "functools",
    name: "_lru_cache_wrapper",
    state: &[
        "_function",
        "_cache",
        "_maxsize",
        "_typed",
        "_hits",
        "_misses",
    ],
    methods: METHODS,
    new,
    next: None,
    basetype: false,
    getters: &[],
};

/// `_functools`: the natives `functools` (py/functools.py) builds on.
pub fn module(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "_functools", &[], &[]);
    if let Some(dk) = super::module_dict(vm, m) {
        let class = native_types::define(vm, dk, &TYPE);
        // Instances carry the wrapped function's `__name__`, `__doc__`, … in their own dict.
        if let Kind::Class(c) = vm.heap.kind_mut(class) {
            c.dictless = false;
        }
    }
    m
}
