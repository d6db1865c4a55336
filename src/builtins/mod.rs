//! The `builtins` namespace: builtin functions, constructors of the builtin types, the methods
//! of str/list/dict/set (one file each), and the built-in modules.

pub mod array;
pub mod bisect;
pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod codecs;
pub mod collections;
pub mod complex;
pub mod csv;
pub mod deque;
pub mod descriptor_wrappers;
pub mod dict;
pub mod embedded_support;
pub mod exception_group;
pub mod exec_eval;
pub mod gc;
pub mod generator;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod int_bytes;
pub mod introspect;
pub mod io;
pub mod itertools;
pub mod itertools_combinatorics;
pub mod itertools_shared;
pub mod json;
pub mod list;
pub mod lru_cache;
pub mod mappingproxy;
pub mod math;
pub mod memoryview;
pub mod mersenne;
pub mod native_docs;
pub mod native_types;
pub mod odict;
pub mod operator;
pub mod posix;
pub mod posix_users;
pub mod property;
pub mod random_core;
pub mod re;
pub mod set;
pub mod signatures;
pub mod slice;
pub mod slot_docs;
pub mod slot_table;
pub mod slot_wrappers;
pub mod stdin_lines;
pub mod string;
pub mod string_case;
pub mod string_format;
pub mod string_search;
pub mod string_tables;
pub mod stringio;
pub mod sys;
pub mod text_file;
pub mod time;
pub mod timsort;
pub mod traceback;
pub mod weakref;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::heap::object::{BigRangeObj, Iter, Kind, Layout, Module, RangeObj};
use crate::heap::{ObjKey, Value};
use crate::numeric::{arith, parse};
use crate::vm::int_args::Overflow;
use crate::vm::iter::Step;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`, as CPython's builtin_print:
/// each piece is converted and written in turn (what was written before a failing `__str__`
/// stays written), to `sys.stdout` as it is now unless `file` says otherwise.
fn print(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (mut sep, mut end, mut file, mut flush) = (Value::None, Value::None, Value::None, false);
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("sep") => sep = *v,
            Some("end") => end = *v,
            Some("file") => file = *v,
            Some("flush") => flush = vm.truthy(*v)?,
            _ => {
                let name = vm.str_of(*k).unwrap_or("").to_string();
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    if file.is(Value::None) {
        match io::sys_stream(vm, "stdout") {
            // sys.stdout set to None: print does nothing.
            Some(Value::None) => return Ok(Value::None),
            Some(f) => file = f,
            None => {}
        }
    }
    for (what, v) in [("sep", sep), ("end", end)] {
        if !v.is(Value::None) && !vm.isinstance(v, vm.types.str_) {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("{what} must be None or a string, not {t}")));
        }
    }
    let sep = vm.str_of(sep).unwrap_or(" ").to_string();
    let end = vm.str_of(end).unwrap_or("\n").to_string();
    if file.is(Value::None) || io::is_console_stdout(vm, file) {
        print_console(vm, a, &sep, &end)?;
        if flush {
            vm.flush_stdout();
        }
        return Ok(Value::None);
    }
    // Held while its methods run: they may rebind sys.stdout.
    vm.heap.incref(file);
    let r = print_to(vm, file, a, &sep, &end).and_then(|()| {
        if !flush {
            return Ok(());
        }
        let name = vm.intern("flush");
        let f = vm.getattr(file, name)?;
        let r = vm.call(f, &[]);
        vm.heap.decref(f);
        vm.heap.decref(r?);
        Ok(())
    });
    vm.heap.decref(file);
    r.map(|()| Value::None)
}

/// `print` to the interpreter's own stdout, piece by piece.
fn print_console(vm: &mut Vm, a: &[Value], sep: &str, end: &str) -> PyResult<()> {
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            vm.out.out(sep);
        }
        let s = vm.str(*v)?;
        vm.out.out(&s);
    }
    vm.out.out(end);
    Ok(())
}

/// `print(..., file=f)`: each piece is converted, then written by its own `f.write` call.
fn print_to(vm: &mut Vm, file: Value, a: &[Value], sep: &str, end: &str) -> PyResult<()> {
    let name = vm.intern("write");
    let write = vm.getattr(file, name)?;
    let r = (|| {
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                write_piece(vm, write, sep.to_string())?;
            }
            let s = vm.str(*v)?;
            write_piece(vm, write, s)?;
        }
        write_piece(vm, write, end.to_string())
    })();
    vm.heap.decref(write);
    r
}

fn write_piece(vm: &mut Vm, write: Value, piece: String) -> PyResult<()> {
    let text = vm.new_str(piece);
    let r = vm.call(write, &[text]);
    vm.heap.decref(text);
    vm.heap.decref(r?);
    Ok(())
}

fn len(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    len_of(vm, a[0]).map(|n| Value::Int(n as i64))
}

/// `len(v)`, with CPython's checks on a user `__len__`'s result.
pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Str(s) => Some(s.chars),
            Kind::Bytes(b) => Some(b.b.len()),
            Kind::ByteArray(b) => Some(b.len()),
            Kind::List(l) => Some(l.len()),
            Kind::Tuple(t) => Some(t.len()),
            Kind::Dict(d) => Some(d.len()),
            Kind::Set(s) => Some(s.table.len()),
            Kind::Range(r) => Some(r.len() as usize),
            Kind::BigRange(r) if r.len.to_i64().is_some() => r.len.to_usize(),
            Kind::BigRange(_) => {
                return Err(vm.exception_with_msg(
                    vm.types.overflow_error,
                    "Python int too large to convert to C ssize_t".into(),
                ))
            }
            Kind::DictView(dv) => dv
                .dict
                .as_obj()
                .and_then(|d| vm.namespace(d))
                .map(|dd| dd.len()),
            _ => None,
        },
        _ => None,
    };
    if let Some(n) = n {
        return Ok(n);
    }
    if let Some(f) = vm.user_special(v, vm.names.len) {
        let r = vm.call(f, &[v])?;
        let n = match r {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => {
                let neg = vm
                    .to_big(r)
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                if neg {
                    Ok(-1)
                } else {
                    Err(vm.overflow_error("cannot fit 'int' into an index-sized integer".into()))
                }
            }
            _ => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        };
        vm.heap.decref(r);
        let n = n?;
        if n < 0 {
            return Err(vm.value_error("__len__() should return >= 0".into()));
        }
        return Ok(n as usize);
    }
    if let Some(p) = vm.payload(v) {
        return len_of(vm, p);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = vm.repr(a[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = vm.repr(a[0])?;
    Ok(vm.new_str(string::ascii_escape(&s)))
}

fn isinstance(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    instance_of(vm, a[0], a[1], 0).map(Value::Bool)
}

/// Nested tuples of classes deeper than this are refused, as CPython's recursion check does.
const CLASS_TUPLE_DEPTH: usize = 1000;

fn class_tuple_too_deep(vm: &mut Vm, check: &str) -> crate::vm::PyErr {
    let class = vm.types.recursion_error;
    vm.exception_with_msg(
        class,
        format!("maximum recursion depth exceeded in {check}"),
    )
}

/// PyObject_IsInstance: `cls` may be a class, a tuple (of tuples) of them, or anything whose
/// type defines `__instancecheck__`. A plain class also claims an object whose `__class__`
/// says it belongs (a proxy's).
fn instance_of(vm: &mut Vm, inst: Value, cls: Value, depth: usize) -> PyResult<bool> {
    if let Value::Obj(ck) = cls {
        if vm.type_of(inst) == ck {
            return Ok(true);
        }
        if matches!(vm.heap.kind(ck), Kind::Tuple(_)) {
            if depth > CLASS_TUPLE_DEPTH {
                return Err(class_tuple_too_deep(vm, "__instancecheck__"));
            }
            for c in vm.seq_items(cls) {
                if instance_of(vm, inst, c, depth + 1)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if let Some(r) = user_check(vm, cls, inst, "__instancecheck__")? {
        return Ok(r);
    }
    match cls {
        Value::Obj(ck) if matches!(vm.heap.kind(ck), Kind::Class(_)) => {
            if vm.isinstance(inst, ck) {
                return Ok(true);
            }
            match claimed_class(vm, inst)? {
                Some(icls) => Ok(vm.is_subclass(icls, ck)),
                None => Ok(false),
            }
        }
        _ => Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into())
        ),
    }
}

/// `inst.__class__` when an instance's class overrides it to name another class (a proxy):
/// that class, else None. Builtin objects and plain instances need no lookup.
fn claimed_class(vm: &mut Vm, inst: Value) -> PyResult<Option<ObjKey>> {
    let Value::Obj(k) = inst else {
        return Ok(None);
    };
    let Kind::Instance(i) = vm.heap.kind(k) else {
        return Ok(None);
    };
    let class = i.class;
    let key = vm.intern("__class__");
    // The cached lookup: anything but object's own entry is the class's override.
    let found = vm.class_lookup(class, key);
    let object_entry = vm.ns_lookup(vm.types.object, key);
    match (found, object_entry) {
        (None, _) => return Ok(None),
        (Some(f), Some(o)) if f.is(o) => return Ok(None),
        _ => {}
    }
    let Some(icls) = vm.getattr_opt(inst, key)? else {
        return Ok(None);
    };
    vm.heap.decref(icls);
    Ok(icls
        .as_obj()
        .filter(|c| *c != class && matches!(vm.heap.kind(*c), Kind::Class(_))))
}

/// `type(c).__instancecheck__(c, x)` (or `__subclasscheck__`) when defined in Python: its
/// truth, or None to take the builtin check.
pub(crate) fn user_check(vm: &mut Vm, c: Value, x: Value, hook: &str) -> PyResult<Option<bool>> {
    let t = vm.type_of(c);
    if t == vm.types.type_ {
        return Ok(None);
    }
    let name = vm.intern(hook);
    let Some(f) = vm.special(c, name) else {
        return Ok(None);
    };
    if matches!(f, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Native(_))) {
        return Ok(None);
    }
    let r = vm.call(f, &[c, x])?;
    let t = vm.truthy(r);
    vm.heap.decref(r);
    t.map(Some)
}

fn issubclass(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    subclass_of(vm, a[0], a[1], 0).map(Value::Bool)
}

/// PyObject_IsSubclass: `cls` a class, a tuple (of tuples) of them, or anything whose type
/// defines `__subclasscheck__`.
fn subclass_of(vm: &mut Vm, sub: Value, cls: Value, depth: usize) -> PyResult<bool> {
    let is_class =
        |vm: &Vm, v: Value| matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Class(_)));
    if let Value::Obj(ck) = cls {
        if matches!(vm.heap.kind(ck), Kind::Tuple(_)) {
            if depth > CLASS_TUPLE_DEPTH {
                return Err(class_tuple_too_deep(vm, "__subclasscheck__"));
            }
            for c in vm.seq_items(cls) {
                if subclass_of(vm, sub, c, depth + 1)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if let Some(r) = user_check(vm, cls, sub, "__subclasscheck__")? {
        return Ok(r);
    }
    if !is_class(vm, sub) {
        return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
    }
    if !is_class(vm, cls) {
        return Err(vm.type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".into(),
        ));
    }
    let (sub, cls) = (sub.as_obj().expect("class"), cls.as_obj().expect("class"));
    Ok(vm.is_subclass(sub, cls))
}

fn abs(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => vm.int_from_big(BigInt::from(i).magnitude().clone().into()),
        }),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => match vm.to_big(v) {
            Some(b) => Ok(vm.int_from_big(BigInt::from(b.magnitude().clone()))),
            None => {
                let n = vm.intern("__abs__");
                if let Some(f) = vm.user_special(v, n) {
                    return vm.call(f, &[v]);
                }
                if let Some(p) = vm.payload(v).filter(|p| vm.to_f64(*p).is_some()) {
                    return abs(vm, &[p], &[]);
                }
                if let Some(z) = vm.complex_of(v) {
                    return complex::abs(vm, z);
                }
                let t = vm.type_name(v);
                Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
            }
        },
    }
}

fn minmax(vm: &mut Vm, a: &[Value], kw: Kwargs, want_less: bool) -> PyResult<Value> {
    let name = if want_less { "min" } else { "max" };
    let mut key = Value::None;
    let mut default = Value::Undef;
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("key") => key = *v,
            Some("default") => default = *v,
            Some(other) => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
            None => {}
        }
    }
    if a.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if a.len() > 1 && !default.is_undef() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let op = if want_less {
        crate::objects::code::CmpKind::Lt
    } else {
        crate::objects::code::CmpKind::Gt
    };
    // The best item so far and its key (both owned).
    let mut best: Option<(Value, Value)> = None;
    let r = if a.len() == 1 {
        vm.for_each_item(a[0], |vm, x| {
            consider(vm, &mut best, x, key, op)?;
            Ok(Step::Next)
        })
    } else {
        a.iter().try_for_each(|&x| {
            vm.heap.incref(x);
            consider(vm, &mut best, x, key, op)
        })
    };
    if let Err(e) = r {
        if let Some((item, k)) = best {
            vm.heap.decref(item);
            vm.heap.decref(k);
        }
        return Err(e);
    }
    match best {
        Some((item, k)) => {
            vm.heap.decref(k);
            Ok(item)
        }
        None if !default.is_undef() => Ok(vm.incref(default)),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// One step of `min`/`max`: `item` (owned) replaces the best so far when its key compares
/// strictly better, so the first of equal items wins.
fn consider(
    vm: &mut Vm,
    best: &mut Option<(Value, Value)>,
    item: Value,
    key: Value,
    op: crate::objects::code::CmpKind,
) -> PyResult<()> {
    let k = if key.is(Value::None) {
        vm.incref(item)
    } else {
        match vm.call(key, &[item]) {
            Ok(k) => k,
            Err(e) => {
                vm.heap.decref(item);
                return Err(e);
            }
        }
    };
    let Some((_, best_key)) = *best else {
        *best = Some((item, k));
        return Ok(());
    };
    let better = vm.compare(op, k, best_key).and_then(|r| {
        let t = vm.truthy(r);
        vm.heap.decref(r);
        t
    });
    match better {
        Ok(true) => {
            if let Some((old, old_key)) = best.replace((item, k)) {
                vm.heap.decref(old);
                vm.heap.decref(old_key);
            }
            Ok(())
        }
        Ok(false) => {
            vm.heap.decref(item);
            vm.heap.decref(k);
            Ok(())
        }
        Err(e) => {
            vm.heap.decref(item);
            vm.heap.decref(k);
            Err(e)
        }
    }
}

fn min(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    minmax(vm, a, kw, true)
}
fn max(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    minmax(vm, a, kw, false)
}

fn sum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.is_empty() && kw.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)".into()));
    }
    if a.len() + kw.len() > 2 {
        let n = a.len() + kw.len();
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({n} given)")));
    }
    let [iterable, start] = parse_args(vm, "sum", a, kw, &["iterable", "start"], 1)?;
    let iterable = iterable.unwrap_or(Value::None);
    let start = start.unwrap_or(Value::Int(0));
    // CPython refuses a str start before looking at the items.
    if vm.isinstance(start, vm.types.str_) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
    }
    for (class, what) in [(vm.types.bytes, "bytes"), (vm.types.bytearray, "bytearray")] {
        if vm.isinstance(start, class) {
            return Err(vm.type_error(format!(
                "sum() can't sum {what} [use b''.join(seq) instead]"
            )));
        }
    }
    let mut acc = vm.incref(start);
    let r = vm.for_each_item(iterable, |vm, x| {
        let r = vm.binary(crate::syntax::ast::BinOp::Add, acc, x);
        vm.heap.decref(x);
        let r = r?;
        vm.heap.decref(std::mem::replace(&mut acc, r));
        Ok(Step::Next)
    });
    match r {
        Ok(()) => Ok(acc),
        Err(e) => {
            vm.heap.decref(acc);
            Err(e)
        }
    }
}

pub(crate) fn sorted(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (key, reverse) = list::sort_options(vm, kw)?;
    let mut items = vm.iterate_sized(a[0])?;
    match list::sort_values(vm, &mut items, key, reverse) {
        Ok(()) => Ok(vm.new_list(items)),
        Err(e) => {
            vm.heap.decref_all(items);
            Err(e)
        }
    }
}

fn new_iter(vm: &mut Vm, it: Iter) -> Value {
    vm.heap.alloc(Kind::Iter(Box::new(it)))
}

fn enumerate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, start] = parse_args(vm, "enumerate", a, kw, &["iterable", "start"], 1)?;
    let start = start.unwrap_or(Value::Int(0));
    if vm.to_big(start).is_none() {
        let t = vm.type_name(start);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let it = vm.get_iter(iterable.unwrap_or(Value::None))?;
    let count = vm.incref(start);
    Ok(new_iter(vm, Iter::Enumerate { it, count }))
}

fn zip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut strict = false;
    for &(k, v) in kw {
        if vm.str_of(k) != Some("strict") {
            let key = vm.str_of(k).unwrap_or("").to_string();
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for zip()")));
        }
        strict = vm.truthy(v)?;
    }
    let mut its = Vec::new();
    for v in a {
        match vm.get_iter(*v) {
            Ok(i) => its.push(i),
            Err(e) => {
                vm.heap.decref_all(its);
                return Err(e);
            }
        }
    }
    Ok(new_iter(vm, Iter::Zip { its, strict }))
}

fn map(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".into()));
    }
    let mut its = Vec::new();
    for v in &a[1..] {
        match vm.get_iter(*v) {
            Ok(i) => its.push(i),
            Err(e) => {
                vm.heap.decref_all(its);
                return Err(e);
            }
        }
    }
    vm.heap.incref(a[0]);
    Ok(new_iter(vm, Iter::Map { func: a[0], its }))
}

fn filter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments".into()));
    }
    if a.len() != 2 {
        let n = a.len();
        return Err(vm.type_error(format!("filter expected 2 arguments, got {n}")));
    }
    let it = vm.get_iter(a[1])?;
    vm.heap.incref(a[0]);
    Ok(new_iter(vm, Iter::Filter { func: a[0], it }))
}

/// `reversed(seq)`: `__reversed__` if the type has one, else the sequence protocol (a sequence
/// with `__len__` and `__getitem__`, not a dict); anything else is "not reversible".
pub(crate) fn reversed(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments".into()));
    }
    if a.len() != 1 {
        let n = a.len();
        return Err(vm.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    let v = a[0];
    let n = match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::List(l) => Some(l.len()),
            Kind::Tuple(t) => Some(t.len()),
            Kind::Bytes(b) => Some(b.b.len()),
            Kind::ByteArray(b) => Some(b.len()),
            Kind::Range(_) | Kind::BigRange(_) => {
                // CPython's range_reverse: an iterator from the last item down by -step.
                let r = vm
                    .range_big(v)
                    .unwrap_or_else(|| BigRangeObj::new(0.into(), 0.into(), 1.into()));
                let last = if r.len.is_zero() {
                    r.start.clone()
                } else {
                    r.get(&(&r.len - 1u8))
                };
                let step = -r.step.clone();
                let stop = &last + &step * &r.len;
                if let (Some(next), Some(stop), Some(step)) =
                    (last.to_i64(), stop.to_i64(), step.to_i64())
                {
                    return Ok(new_iter(vm, Iter::Range { next, stop, step }));
                }
                return Ok(new_iter(vm, Iter::BigRange(Box::new((last, step, r.len)))));
            }
            Kind::Str(_) | Kind::Dict(_) | Kind::DictView(_) => None,
            Kind::Instance(_) => {
                let name = vm.intern("__reversed__");
                if let Some(f) = vm.user_special(v, name) {
                    return vm.call(f, &[v]);
                }
                // A builtin subclass (OrderedDict, Counter) reverses its builtin value.
                if let Some(p) = vm.payload(v) {
                    return reversed(vm, &[p], kw);
                }
                let seq = vm.user_special(v, vm.names.getitem).is_some()
                    && vm.user_special(v, vm.names.len).is_some();
                if !seq {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("'{t}' object is not reversible")));
                }
                let n = len_of(vm, v)?;
                let mut items = Vec::with_capacity(n);
                for i in 0..n {
                    match vm.getitem(v, Value::Int(i as i64)) {
                        Ok(x) => items.push(x),
                        Err(e) => {
                            vm.heap.decref_all(items);
                            return Err(e);
                        }
                    }
                }
                let l = vm.new_list(items);
                return Ok(new_iter(vm, Iter::Reversed { seq: l, index: n }));
            }
            Kind::Class(_) => {
                // A class whose metaclass defines `__reversed__` (Enum classes).
                let name = vm.intern("__reversed__");
                if let Some(f) = vm.user_special(v, name) {
                    return vm.call(f, &[v]);
                }
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("'{t}' object is not reversible")));
            }
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("'{t}' object is not reversible")));
            }
        },
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object is not reversible")));
        }
    };
    let Some(n) = n else {
        let items = vm.iterate(v)?;
        let n = items.len();
        let l = vm.new_list(items);
        return Ok(new_iter(vm, Iter::Reversed { seq: l, index: n }));
    };
    vm.heap.incref(v);
    Ok(new_iter(vm, Iter::Reversed { seq: v, index: n }))
}

fn iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a {
        [obj] => vm.get_iter(*obj),
        [func, sentinel] => {
            if !callable_value(vm, *func) {
                return Err(vm.type_error("iter(v, w): v must be callable".into()));
            }
            let (func, sentinel) = (vm.incref(*func), vm.incref(*sentinel));
            Ok(new_iter(vm, Iter::Callable { func, sentinel }))
        }
        _ => Err(vm.type_error(format!(
            "iter expected at most 2 arguments, got {}",
            a.len()
        ))),
    }
}

fn next(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Value::Obj(k) = a[0] {
        if matches!(vm.heap.kind(k), Kind::Generator(_)) {
            // A generator's return value travels in the StopIteration.
            return match vm.gen_send(k, Value::None)? {
                crate::vm::call::GenResult::Yield(v) => Ok(v),
                crate::vm::call::GenResult::Return(v) => match a.get(1) {
                    Some(d) => {
                        vm.heap.decref(v);
                        Ok(vm.incref(*d))
                    }
                    None => Err(vm.stop_iteration(v)),
                },
            };
        }
    }
    match vm.next(a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(vm.incref(*d)),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn hash(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(a[0])?))
}

fn id(_vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    use slotmap::Key;
    Ok(Value::Int(match a[0] {
        Value::Obj(k) => (k.data().as_ffi() & 0xffff_ffff) as i64 * 16 + 0x7f00_0000,
        Value::Int(i) => i.wrapping_mul(32),
        _ => 0x1000,
    }))
}

fn chr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let i = vm.c_int_arg(a[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn ord(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Some(b) = vm.bytes_of(a[0]) {
        return match b {
            [c] => Ok(Value::Int(*c as i64)),
            _ => {
                let n = b.len();
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )))
            }
        };
    }
    let s = vm.str_of(a[0]).map(|s| s.chars().collect::<Vec<_>>());
    match s {
        Some(cs) if cs.len() == 1 => Ok(Value::Int(cs[0] as i64)),
        Some(cs) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            cs.len()
        ))),
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
        }
    }
}

/// The interned attribute name of getattr/setattr/hasattr/delattr, or CPython's TypeError.
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.str_of(v).map(str::to_string) {
        Some(name) => Ok(vm.intern(&name)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn getattr_fn(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    attr_name(vm, a[1])?;
    let name = vm.str_of(a[1]).unwrap_or("").to_string();
    let n = vm.intern(&name);
    match a.get(2) {
        None => vm.getattr(a[0], n),
        Some(d) => match vm.lookup_attr(a[0], n)? {
            Some(v) => Ok(v),
            None => Ok(vm.incref(*d)),
        },
    }
}

fn setattr_fn(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = attr_name(vm, a[1])?;
    vm.heap.incref(a[2]);
    vm.setattr(a[0], n, a[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = attr_name(vm, a[1])?;
    match vm.lookup_attr(a[0], n)? {
        Some(v) => {
            vm.heap.decref(v);
            Ok(Value::Bool(true))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn delattr_fn(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = attr_name(vm, a[1])?;
    vm.delattr(a[0], n)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(callable_value(vm, a[0])))
}

/// `callable(v)`.
pub fn callable_value(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Function(_) | Kind::BoundMethod(_) | Kind::Native(_) | Kind::Class(_) => true,
            Kind::Instance(_) => vm.special(v, vm.names.call).is_some(),
            _ => false,
        },
        _ => false,
    }
}

fn divmod(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    use crate::syntax::ast::BinOp;
    // A class's own __divmod__, then the other operand's __rdivmod__ (the reflected one
    // first when the right operand's type is a subclass of the left's).
    let (x, y) = (a[0], a[1]);
    let (name, rname) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
    let (fx, fy) = (vm.user_special(x, name), vm.user_special(y, rname));
    if fx.is_some() || fy.is_some() {
        let (tx, ty) = (vm.type_of(x), vm.type_of(y));
        let reflected_first = tx != ty && vm.is_subclass(ty, tx) && fy.is_some();
        let mut order = vec![(fx, x, y), (fy.filter(|_| tx != ty), y, x)];
        if reflected_first {
            order.reverse();
        }
        for (f, me, other) in order {
            if let Some(f) = f {
                let r = vm.call(f, &[me, other])?;
                if !r.is(Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (tx, ty) = (vm.type_name(x), vm.type_name(y));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{tx}' and '{ty}'"
        )));
    }
    if complex::involved(vm, a[0], a[1]) {
        let (x, y) = (vm.type_name(a[0]), vm.type_name(a[1]));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
        )));
    }
    let is_float = |v: Value| matches!(v, Value::Float(_));
    let zero = match a[1] {
        Value::Int(0) | Value::Bool(false) => true,
        Value::Float(f) => f == 0.0,
        _ => false,
    };
    if zero && vm.to_f64(a[0]).is_some() {
        let msg = if is_float(a[0]) || is_float(a[1]) {
            "float divmod()"
        } else {
            "integer division or modulo by zero"
        };
        return Err(vm.zero_division(msg));
    }
    let q = vm.binary(BinOp::FloorDiv, a[0], a[1])?;
    let r = match vm.binary(BinOp::Mod, a[0], a[1]) {
        Ok(r) => r,
        Err(e) => {
            vm.heap.decref(q);
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [base, exp, modulus] = parse_args(vm, "pow", a, kw, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match modulus.filter(|m| !m.is(Value::None)) {
        None => vm.binary(crate::syntax::ast::BinOp::Pow, base, exp),
        Some(m) => {
            // Three-argument power asks only the base's own `__pow__` (never `__rpow__`).
            let name = vm.intern("__pow__");
            if let Some(f) = vm.user_special(base, name) {
                let r = vm.call(f, &[base, exp, m])?;
                if !r.is(Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if [base, exp, m].iter().any(|&v| {
                vm.user_special(v, name).is_some() || {
                    matches!(v.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Instance(_)))
                        && vm.payload(v).is_none()
                }
            }) {
                let [x, y, z] = [base, exp, m].map(|v| vm.type_name(v));
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{x}', '{y}', '{z}'"
                )));
            }
            if complex::involved(vm, base, exp) || vm.complex_of(m).is_some() {
                return Err(vm.value_error("complex modulo".into()));
            }
            let (Some(b), Some(e), Some(md)) = (vm.to_big(base), vm.to_big(exp), vm.to_big(m))
            else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers".into(),
                ));
            };
            arith::pow_mod(&b, &e, &md)
                .map(|r| vm.int_from_big(r))
                .map_err(|e| vm.num_err(e))
        }
    }
}

/// Binds positional and keyword arguments of a builtin taking `names` (the first `required`
/// mandatory) with Argument Clinic's messages.
/// METH_O's check: exactly one positional argument (`name` as CPython's message gives it).
pub fn exactly_one(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<Value> {
    match a {
        [v] => Ok(*v),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

pub fn parse_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    a: &[Value],
    kw: Kwargs,
    names: &[&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    if a.len() + kw.len() > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if a.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            a.len() + kw.len()
        )));
    }
    for (i, v) in a.iter().enumerate() {
        out[i] = Some(*v);
    }
    // Argument Clinic's order: a name given twice, then a missing required argument, then
    // an unknown keyword.
    let mut unknown = None;
    for (k, v) in kw {
        let key = vm.str_of(*k).unwrap_or("").to_string();
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(*v),
            None => {
                unknown.get_or_insert(key);
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    if let Some(key) = unknown {
        return Err(vm.type_error(format!(
            "'{key}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}

/// `any` (`want` = true) / `all` (`want` = false): stops at the first item whose truth is
/// `want`, consuming the iterator only that far.
fn any_all(vm: &mut Vm, v: Value, want: bool) -> PyResult<Value> {
    let mut found = false;
    vm.for_each_item(v, |vm, x| {
        let t = vm.truthy(x);
        vm.heap.decref(x);
        found = t? == want;
        Ok(if found { Step::Stop } else { Step::Next })
    })?;
    Ok(Value::Bool(if found { want } else { !want }))
}

fn any(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    any_all(vm, a[0], true)
}

fn all(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    any_all(vm, a[0], false)
}

fn round(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [number, ndigits] = parse_args(vm, "round", a, kw, &["number", "ndigits"], 1)?;
    let number = number.unwrap_or(Value::None);
    let hook = vm.intern("__round__");
    if let Some(f) = vm.user_special(number, hook) {
        return match ndigits {
            Some(n) => vm.call(f, &[number, n]),
            None => vm.call(f, &[number]),
        };
    }
    let nd = match ndigits.filter(|v| !v.is(Value::None)) {
        Some(n) => Some(vm.as_ssize(n, Overflow::Clamp)?),
        None => None,
    };
    // An int or float subclass rounds its value.
    let number = match vm.payload(number) {
        Some(p) if vm.to_f64(p).is_some() => p,
        _ => number,
    };
    let r = match (number, nd) {
        (Value::Float(f), None) => arith::round_f64(f).map(|b| vm.int_from_big(b)),
        (Value::Float(f), Some(n)) => arith::round_f64_ndigits(f, n).map(Value::Float),
        (v, Some(n)) if vm.to_big(v).is_some() => {
            let b = vm.to_big(v).unwrap_or_default();
            Ok(vm.int_from_big(arith::round_int(&b, n)))
        }
        (v, _) if vm.to_big(v).is_some() => Ok(vm.incref(v)),
        (v, _) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("type {t} doesn't define __round__ method")));
        }
    };
    r.map_err(|e| vm.num_err(e))
}

fn super_fn(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() == 2 {
        let Some(class) = a[0]
            .as_obj()
            .filter(|k| matches!(vm.heap.kind(*k), Kind::Class(_)))
        else {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
        };
        let fits = match a[1].as_obj().map(|k| (k, vm.heap.kind(k))) {
            Some((k, Kind::Class(_))) => vm.is_subclass(k, class),
            _ => false,
        } || vm.isinstance(a[1], class);
        if !fits {
            return Err(vm.type_error(
                "super(type, obj): obj must be an instance or subtype of type".into(),
            ));
        }
        return Ok(vm.new_super(a[0], a[1]));
    }
    Err(vm.runtime_error("super(): no arguments".into()))
}

fn wrap(vm: &mut Vm, class: ObjKey, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if class == vm.types.property {
        let names = ["fget", "fset", "fdel", "doc"];
        let [fget, fset, fdel, doc] = parse_args(vm, "property", a, kw, &names, 0)?;
        let none = |v: Option<Value>| v.unwrap_or(Value::None);
        return property::new_property(vm, none(fget), none(fset), none(fdel), none(doc));
    }
    let v = a.first().copied().unwrap_or(Value::None);
    vm.heap.incref(v);
    Ok(if class == vm.types.staticmethod {
        vm.heap.alloc(Kind::StaticMethod(v))
    } else {
        vm.heap.alloc(Kind::ClassMethod(v))
    })
}

/// CPython's argument-count errors of the builtin constructors.
fn constructor_arity(vm: &mut Vm, class: ObjKey, n: usize, kw: Kwargs) -> PyResult<()> {
    use signatures::Style;
    let t = vm.types;
    let (min, max, style, kw_ok) = match class {
        c if c == t.int => (0, 2, Style::Parse, true),
        c if c == t.str_ => (0, 3, Style::Parse, true),
        c if c == t.float
            || c == t.bool_
            || c == t.list
            || c == t.tuple
            || c == t.set
            || c == t.frozenset =>
        {
            (0, 1, Style::Pos, false)
        }
        c if c == t.dict => (0, 1, Style::Pos, true),
        c if c == t.range || c == t.slice => (1, 3, Style::Pos, false),
        c if c == t.staticmethod || c == t.classmethod => (1, 1, Style::Pos, false),
        c if c == t.super_ => (0, 2, Style::Parse, false),
        c if c == t.property => (0, 4, Style::Parse, true),
        _ => return Ok(()),
    };
    let name = vm.class_name(class);
    if !kw_ok && !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    signatures::check_count(vm, &name, min, max, style, n)
}

/// `int(x)` through the type's own `__int__`, then `__index__`, then `__trunc__` (defined in
/// Python), as PyNumber_Long; None when there is none (a builtin value or subclass instance).
fn int_protocol(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    for (hook, label) in [
        ("__int__", "__int__"),
        ("__index__", "__index__"),
        ("__trunc__", "__trunc__"),
    ] {
        let name = vm.intern(hook);
        let Some(f) = vm.user_special(v, name) else {
            continue;
        };
        let r = vm.call(f, &[v])?;
        if let Some(b) = vm.to_big(vm.unwrap_payload(r)) {
            vm.heap.decref(r);
            return Ok(Some(vm.int_from_big(b)));
        }
        let t = vm.type_name(r);
        vm.heap.decref(r);
        return Err(vm.type_error(format!("{label} returned non-int (type {t})")));
    }
    Ok(None)
}

/// `float(x)` through the type's own `__float__`, then `__index__` (defined in Python).
pub(crate) fn float_protocol(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let name = vm.intern("__float__");
    if let Some(f) = vm.user_special(v, name) {
        let r = vm.call(f, &[v])?;
        if let Value::Float(x) = vm.unwrap_payload(r) {
            vm.heap.decref(r);
            return Ok(Some(Value::Float(x)));
        }
        let t = vm.type_name(r);
        vm.heap.decref(r);
        return Err(vm.type_error(format!("{t}.__float__ returned non-float (type {t})")));
    }
    let name = vm.names.index;
    if let Some(f) = vm.user_special(v, name) {
        let r = vm.call(f, &[v])?;
        let x = vm.to_big(vm.unwrap_payload(r));
        vm.heap.decref(r);
        if let Some(b) = x {
            return arith::int_to_f64(&b)
                .map(|f| Some(Value::Float(f)))
                .map_err(|e| vm.num_err(e));
        }
    }
    Ok(None)
}

/// Calls of builtin classes: `int(x)`, `list(it)`, `range(n)`, …
pub fn construct(
    vm: &mut Vm,
    class: ObjKey,
    layout: Layout,
    a: &[Value],
    kw: Kwargs,
) -> PyResult<Value> {
    if layout == Layout::Opaque {
        if let Some(new) = native_types::native_base(vm, class).map(|(_, t)| t.new) {
            return new(
                vm,
                &crate::vm::call::with_receiver(Value::Obj(class), a),
                kw,
            );
        }
    }
    constructor_arity(vm, class, a.len(), kw)?;
    let t = vm.types;
    if class == t.staticmethod || class == t.classmethod || class == t.property {
        return wrap(vm, class, a, kw);
    }
    if class == t.super_ {
        return super_fn(vm, a, &[]);
    }
    if class == t.module {
        return module_from_python(vm, a, kw);
    }
    if class == t.mappingproxy {
        return mappingproxy::from_python(vm, a, kw);
    }
    if class == t.slice {
        // slice(stop) or slice(start, stop[, step]): any objects, None where absent.
        let parts = match *a {
            [stop] => [Value::None, stop, Value::None],
            [start, stop] => [start, stop, Value::None],
            [start, stop, step, ..] => [start, stop, step],
            [] => [Value::None; 3],
        };
        parts.iter().for_each(|v| vm.heap.incref(*v));
        return Ok(vm.heap.alloc(Kind::Slice(Box::new(parts))));
    }
    match layout {
        Layout::Int => {
            // `base` may be given by keyword (`int("ff", base=16)`); `x` may not.
            let mut merged;
            let a = if kw.is_empty() {
                a
            } else {
                let mut base = None;
                for &(k, v) in kw {
                    match vm.str_of(k) {
                        Some("base") => base = Some(v),
                        _ => {
                            let key = vm.str_of(k).unwrap_or("").to_string();
                            return Err(vm.type_error(format!(
                                "'{key}' is an invalid keyword argument for int()"
                            )));
                        }
                    }
                }
                if a.len() >= 2 {
                    return Err(vm.type_error(
                        "argument for int() given by name ('base') and position (2)".into(),
                    ));
                }
                let Some(&x) = a.first() else {
                    return Err(vm.type_error("int() missing string argument".into()));
                };
                merged = vec![x];
                merged.extend(base);
                &merged[..]
            };
            let Some(&v) = a.first() else {
                return Ok(Value::Int(0));
            };
            if a.len() < 2 {
                if let Some(r) = int_protocol(vm, v)? {
                    return Ok(r);
                }
            }
            let v = vm.unwrap_payload(v);
            match v {
                Value::Int(_) => Ok(v),
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                Value::Float(f) => {
                    let b = arith::f64_to_bigint(f.trunc()).map_err(|e| vm.num_err(e))?;
                    Ok(vm.int_from_big(b))
                }
                _ => {
                    if let Some(s) = vm.str_of(v).map(str::to_string) {
                        let base = match a.get(1) {
                            Some(b) => vm.as_ssize(*b, Overflow::Clamp)?,
                            None => 10,
                        };
                        let b = parse::parse_int(&s, base).map_err(|e| vm.num_err(e))?;
                        return Ok(vm.int_from_big(b));
                    }
                    if vm.to_big(v).is_some() {
                        return Ok(vm.incref(v));
                    }
                    if let Some(b) = vm.bytes_of(v) {
                        // Only ASCII counts (no Unicode spaces or digits in bytes).
                        let ascii = b.is_ascii();
                        let text: String = b.iter().map(|&c| c as char).collect();
                        let shown = crate::objects::bytes::repr_bytes(b);
                        let base = match a.get(1) {
                            Some(b) => vm.as_ssize(*b, Overflow::Clamp)?,
                            None => 10,
                        };
                        let invalid = |vm: &mut Vm| {
                            vm.value_error(format!(
                                "invalid literal for int() with base {base}: {shown}"
                            ))
                        };
                        return match parse::parse_int(&text, base) {
                            Ok(_) if !ascii => Err(invalid(vm)),
                            Ok(n) => Ok(vm.int_from_big(n)),
                            Err(e) if e.msg.starts_with("invalid literal") => Err(invalid(vm)),
                            Err(e) => Err(vm.num_err(e)),
                        };
                    }
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
                }
            }
        }
        Layout::Float => {
            let Some(&v) = a.first() else {
                return Ok(Value::Float(0.0));
            };
            if let Some(r) = float_protocol(vm, v)? {
                return Ok(r);
            }
            let v = vm.unwrap_payload(v);
            if let Some(s) = vm.str_of(v) {
                let s = s.to_string();
                return parse::parse_float(&s)
                    .map(Value::Float)
                    .map_err(|e| vm.num_err(e));
            }
            if let Some(b) = vm.bytes_of(v) {
                let ascii = b.is_ascii();
                let text: String = b.iter().map(|&c| c as char).collect();
                let shown = crate::objects::bytes::repr_bytes(b);
                return match parse::parse_float(&text) {
                    Ok(f) if ascii => Ok(Value::Float(f)),
                    _ => Err(vm.value_error(format!("could not convert string to float: {shown}"))),
                };
            }
            if let Value::Obj(k) = v {
                if let Kind::BigInt(b) = vm.heap.kind(k) {
                    // Correctly rounded; too large is an OverflowError, never inf.
                    let r = arith::int_to_f64(b);
                    return r.map(Value::Float).map_err(|e| vm.num_err(e));
                }
            }
            match vm.to_f64(v) {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{tn}'"
                    )))
                }
            }
        }
        Layout::Bool => Ok(Value::Bool(match a.first() {
            Some(v) => vm.truthy(*v)?,
            None => false,
        })),
        Layout::Bytes => bytes::construct(vm, a, kw, false),
        Layout::Complex => complex::construct(vm, a, kw),
        Layout::ByteArray => bytes::construct(vm, a, kw, true),
        Layout::Str
            if a.len() > 1
                || kw
                    .iter()
                    .any(|(k, _)| matches!(vm.str_of(*k), Some("encoding" | "errors"))) =>
        {
            string::str_decode(vm, a, kw)
        }
        Layout::Str if !kw.is_empty() => {
            let [obj] = string::unpack_kw(vm, a, kw, "str", ["object"])?;
            let s = match obj {
                Some(v) => vm.str(v)?,
                None => String::new(),
            };
            Ok(vm.new_str(s))
        }
        Layout::Str => match a.first() {
            Some(v) => {
                let s = vm.str(*v)?;
                Ok(vm.new_str(s))
            }
            None => Ok(vm.new_str("")),
        },
        Layout::List => {
            let items = match a.first() {
                Some(v) => vm.iterate_sized(*v)?,
                None => Vec::new(),
            };
            Ok(vm.new_list(items))
        }
        Layout::Tuple => {
            // An exact tuple is returned as it is (`tuple(t) is t`), as in CPython.
            if let (true, Some(&v @ Value::Obj(k))) = (class == t.tuple, a.first()) {
                if matches!(vm.heap.kind(k), Kind::Tuple(_)) {
                    return Ok(vm.incref(v));
                }
            }
            let items = match a.first() {
                Some(v) => vm.iterate_sized(*v)?,
                None => Vec::new(),
            };
            Ok(vm.new_tuple(items))
        }
        Layout::Dict => {
            let d = vm.new_dict();
            if let Some(src) = a.first() {
                if let Err(e) = dict::update_from(vm, d, *src, dict::Update::Update) {
                    vm.heap.decref(d);
                    return Err(e);
                }
            }
            for (k, v) in kw {
                vm.heap.incref(*v);
                if let Err(e) = vm.dict_set(d.as_obj().expect("dict"), *k, *v) {
                    vm.heap.decref(d);
                    return Err(e);
                }
            }
            Ok(d)
        }
        Layout::Set | Layout::FrozenSet => {
            let frozen = layout == Layout::FrozenSet;
            match a.first() {
                Some(v) => set::set_from(vm, *v, frozen),
                None => Ok(set::new_set(vm, frozen)),
            }
        }
        Layout::Range => {
            if a.len() > 3 {
                return Err(vm.type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    a.len()
                )));
            }
            // The common case: small ints, no arbitrary-precision arithmetic.
            let small = match a {
                [Value::Int(stop)] => Some((0, *stop, 1)),
                [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
                [Value::Int(start), Value::Int(stop), Value::Int(step)] if *step != 0 => {
                    Some((*start, *stop, *step))
                }
                _ => None,
            };
            if let Some((start, stop, step)) = small {
                let r = RangeObj { start, stop, step };
                if r.fits() {
                    return Ok(vm.heap.alloc(Kind::Range(r)));
                }
            }
            let mut nums = Vec::new();
            for v in a {
                nums.push(vm.index_big(*v)?);
            }
            let small: Option<Vec<i64>> = nums.iter().map(|n| n.to_i64()).collect();
            let zero = BigInt::from(0);
            if nums.get(2) == Some(&zero) {
                return Err(vm.value_error("range() arg 3 must not be zero".into()));
            }
            if let Some(small) = small {
                let (start, stop, step) = match small.as_slice() {
                    [stop] => (0, *stop, 1),
                    [start, stop] => (*start, *stop, 1),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => (0, 0, 1),
                };
                let r = RangeObj { start, stop, step };
                if r.fits() {
                    return Ok(vm.heap.alloc(Kind::Range(r)));
                }
            }
            let mut nums = nums.into_iter();
            let (start, stop, step) = match a.len() {
                1 => (zero, nums.next().unwrap_or_default(), BigInt::from(1)),
                2 => {
                    let start = nums.next().unwrap_or_default();
                    (start, nums.next().unwrap_or_default(), BigInt::from(1))
                }
                _ => {
                    let start = nums.next().unwrap_or_default();
                    let stop = nums.next().unwrap_or_default();
                    (start, stop, nums.next().unwrap_or_default())
                }
            };
            Ok(vm.new_range(start, stop, step))
        }
        _ if class == vm.types.traceback => vm.new_traceback(a),
        // `io.TextIOWrapper(buffer, ...)` over any binary buffer: io.py's wrapper, a
        // subclass of the native text file type.
        _ if class == vm.types.file => {
            let f = embedded_support::python_function(vm, "io", "_TextIOWrapper")?;
            let r = vm.call_kw(f, a, kw);
            vm.heap.decref(f);
            r
        }
        // `types.MethodType(function, instance)`.
        _ if class == vm.types.method => {
            if a.len() != 2 {
                return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.len())));
            }
            if callable(vm, &a[..1], &[])?.is(Value::Bool(false)) {
                return Err(vm.type_error("first argument must be callable".into()));
            }
            if a[1].is(Value::None) {
                return Err(vm.type_error("instance must not be None".into()));
            }
            let (func, receiver) = (vm.incref(a[0]), vm.incref(a[1]));
            Ok(vm.heap.alloc(Kind::BoundMethod(Box::new(
                crate::heap::object::BoundMethod { func, receiver },
            ))))
        }
        _ => {
            let n = vm.class_name(class);
            Err(vm.type_error(format!("cannot create '{n}' instances")))
        }
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module with CPython's five dunder entries.
fn module_from_python(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [name, doc] = parse_args(vm, "module", a, kw, &["name", "doc"], 1)?;
    let name = name.unwrap_or(Value::None);
    if vm.str_of(name).is_none() {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    }
    let dict = vm.new_dict();
    let dk = dict.as_obj().expect("dict");
    let doc = doc.unwrap_or(Value::None);
    for (n, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let key = vm.intern(n);
        vm.heap.incref(v);
        vm.ns_set(dk, key, v);
    }
    vm.heap.incref(name);
    Ok(vm.heap.alloc(Kind::Module(Box::new(Module { name, dict }))))
}

pub fn new_module(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
    values: &[(&str, Value)],
) -> Value {
    new_module_as(vm, name, name, funcs, values)
}

/// The namespace dict of a module object.
pub fn module_dict(vm: &Vm, m: Value) -> Option<ObjKey> {
    match m.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Module(md)) => md.dict.as_obj(),
        _ => None,
    }
}

/// `new_module` for a native module behind a Python one (`_heapq` behind `heapq`): its
/// functions are documented and argument-checked under the public module's name, as CPython's
/// tables list them.
pub fn new_module_as(
    vm: &mut Vm,
    name: &str,
    public: &str,
    funcs: &[(&'static str, NativeFn)],
    values: &[(&str, Value)],
) -> Value {
    let dict = vm.new_dict();
    let dk = dict.as_obj().expect("dict");
    for (n, f) in funcs {
        let func = vm.new_native_in(public, n, *f, Value::None);
        let key = vm.intern(n);
        vm.ns_set(dk, key, func);
    }
    for (n, v) in values {
        let key = vm.intern(n);
        vm.ns_set(dk, key, *v);
    }
    let nm = vm.intern(name);
    vm.heap.incref(nm);
    let key = vm.names.name;
    vm.ns_set(dk, key, nm);
    vm.heap.incref(nm);
    vm.heap
        .alloc(Kind::Module(Box::new(Module { name: nm, dict })))
}

/// A module written in Python, its source embedded in the binary, run in a fresh namespace
/// (the natives it needs come from modules registered before it).
pub fn python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let m = new_module(vm, name, &[], &[]);
    let dict = match vm.heap.kind(m.as_obj().expect("module")) {
        Kind::Module(md) => md.dict,
        _ => Value::None,
    };
    let dk = dict.as_obj().expect("module dict");
    let b = vm.builtins;
    vm.heap.incref(b);
    let key = vm.intern("__builtins__");
    vm.ns_set(dk, key, b);
    let file = format!("<cellar {name}>");
    let code = match vm.compile_source(source, &file, &Default::default()) {
        Ok(code) => code,
        Err(e) => {
            vm.heap.decref(m);
            let msg = format!("{file}: {}", e.msg);
            return Err(vm.runtime_error(msg));
        }
    };
    // In sys.modules while its code runs, as importlib puts a module: two modules that
    // import each other (os and posixpath) then find each other half-made, not recurse.
    let registered = vm.loaded_module(name).is_none();
    if registered {
        vm.heap.incref(m);
        vm.set_loaded_module(name, m);
    }
    match vm.run_code(code, dict) {
        Ok(v) => {
            vm.heap.decref(v);
            Ok(m)
        }
        Err(e) => {
            if registered {
                vm.forget_module(name);
            }
            vm.heap.decref(m);
            Err(e)
        }
    }
}

/// `from m import *` into the namespace dict `into`: the names of `m.__all__`, or else every
/// name of m's dict that does not start with `_`, as CPython's `import_all_from`.
pub fn import_star(vm: &mut Vm, m: Value, into: Value) -> PyResult<()> {
    // A package's `__all__` may name submodules not imported yet.
    vm.handle_fromlist(m, &["*".to_string()])?;
    let (module_name, dict) = match m.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Module(md)) => (vm.str_of(md.name).unwrap_or("?").to_string(), md.dict),
        _ => ("?".to_string(), Value::None),
    };
    let all_key = vm.intern("__all__");
    let (names, from_all) = match vm.lookup_attr(m, all_key)? {
        Some(all) => {
            let r = vm.iterate(all);
            vm.heap.decref(all);
            (r?, true)
        }
        None => {
            let Some(Kind::Dict(d)) = dict.as_obj().map(|k| vm.heap.kind(k)) else {
                return Err(vm.exception_with_msg(
                    vm.types.import_error,
                    "from-import-* object has no __dict__ and no __all__".into(),
                ));
            };
            let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
            for &k in &keys {
                vm.heap.incref(k);
            }
            (keys, false)
        }
    };
    let Some(ns) = into.as_obj() else {
        vm.heap.decref_all(names);
        return Ok(());
    };
    let mut r = Ok(());
    for &name in &names {
        let Some(text) = vm.str_of(name) else {
            let t = vm.type_name(name);
            let (what, field) = if from_all {
                ("Item", "__all__")
            } else {
                ("Key", "__dict__")
            };
            r = Err(vm.type_error(format!(
                "{what} in {module_name}.{field} must be str, not {t}"
            )));
            break;
        };
        if !from_all && text.starts_with('_') {
            continue;
        }
        match vm.getattr(m, name) {
            Ok(v) => vm.ns_set(ns, name, v),
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.heap.decref_all(names);
    r
}

/// The argument checks of a builtin data type's `__init__` (`list`, `set`, `dict`): at most
/// one positional argument after the receiver, and no keywords.
pub fn init_arity(vm: &mut Vm, type_name: &str, a: &[Value], kw: Kwargs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{type_name}() takes no keyword arguments")));
    }
    match a.len() {
        0 => Err(vm.type_error(format!(
            "descriptor '__init__' of '{type_name}' object needs an argument"
        ))),
        1 | 2 => Ok(()),
        n => Err(vm.type_error(format!(
            "{type_name} expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

/// Runs the Python half of a native module (`py/NAME_support.py`) in the module's
/// namespace, so its definitions sit beside the natives they wrap.
pub fn run_support(vm: &mut Vm, module: Value, source: &str, file: &str) {
    let Some(dk) = module_dict(vm, module) else {
        return;
    };
    let b = vm.builtins;
    vm.heap.incref(b);
    let key = vm.intern("__builtins__");
    vm.ns_set(dk, key, b);
    if let Ok(code) = vm.compile_source(source, file, &Default::default()) {
        match vm.run_code(code, Value::Obj(dk)) {
            Ok(v) => vm.heap.decref(v),
            Err(e) => vm.heap.decref(e.0),
        }
    }
}

/// `import name` from Rust: the module (owned), imported as a program's import would.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    vm.import_absolute(name)
}

/// Modules compiled into CPython's binary: importlib finds them before any folder of
/// `sys.path`, so no file of the user's can shadow them.
pub fn is_compiled_in(name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "gc" | "time")
}

/// The modules Cellar writes in Python, their source compiled into the binary.
const EMBEDDED_PYTHON: &[(&str, &str)] = &[
    ("abc", include_str!("py/abc.py")),
    ("atexit", include_str!("py/atexit.py")),
    ("pwd", include_str!("py/pwd.py")),
    ("grp", include_str!("py/grp.py")),
    ("copy", include_str!("py/copy.py")),
    ("json", include_str!("py/json.py")),
    ("io", include_str!("py/io.py")),
    ("functools", include_str!("py/functools.py")),
    ("copyreg", include_str!("py/copyreg.py")),
    ("_collections_abc", include_str!("py/_collections_abc.py")),
    ("collections", include_str!("py/collections.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("types", include_str!("py/types.py")),
    ("__future__", include_str!("py/__future__.py")),
    ("re", include_str!("py/re.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("enum", include_str!("py/enum.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("logging", include_str!("py/logging.py")),
    ("numbers", include_str!("py/numbers.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("typing", include_str!("py/typing.py")),
    ("random", include_str!("py/random.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("binascii", include_str!("py/binascii.py")),
    ("base64", include_str!("py/base64.py")),
    ("string", include_str!("py/string.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("_argclinic", include_str!("py/_argclinic.py")),
    ("reprlib", include_str!("py/reprlib.py")),
    ("keyword", include_str!("py/keyword.py")),
    ("graphlib", include_str!("py/graphlib.py")),
    ("colorsys", include_str!("py/colorsys.py")),
    ("calendar", include_str!("py/calendar.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("stat", include_str!("py/stat.py")),
    ("fnmatch", include_str!("py/fnmatch.py")),
    ("glob", include_str!("py/glob.py")),
    ("pathlib", include_str!("py/pathlib.py")),
    ("shutil", include_str!("py/shutil.py")),
    ("tempfile", include_str!("py/tempfile.py")),
    ("struct", include_str!("py/struct.py")),
    ("csv", include_str!("py/csv.py")),
    ("weakref", include_str!("py/weakref.py")),
];

/// The source of the Python-written module `name`. A developer working on those modules sets
/// `CELLAR_PY_DIR` to a folder (src/builtins/py) whose `NAME.py` then replaces the compiled-in
/// text, or adds a module, without a rebuild.
fn embedded_python_source(name: &str) -> Option<std::borrow::Cow<'static, str>> {
    if let Some(dir) = std::env::var_os("CELLAR_PY_DIR") {
        let path = std::path::Path::new(&dir).join(format!("{name}.py"));
        if let Ok(text) = std::fs::read_to_string(path) {
            return Some(std::borrow::Cow::Owned(text));
        }
    }
    EMBEDDED_PYTHON
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| std::borrow::Cow::Borrowed(*src))
}

/// Cellar's own module of that name (built now, owned), or None when it has none.
pub fn stdlib_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "sys" => sys::module(vm),
        "builtins" => builtins_module(vm),
        "math" => math::module(vm),
        "time" => time::module(vm),
        "_csv" => csv::module(vm),
        "operator" => operator::module(vm),
        "bisect" => bisect::module(vm),
        "array" => array::module(vm),
        "itertools" => itertools::module(vm),
        "_collections" => collections::module(vm),
        "_cellar" => embedded_support::module(vm),
        "_heapq" => heapq::module(vm),
        "_sre" => re::api::module(vm),
        "_json" => json::module(vm),
        "_functools" => lru_cache::module(vm),
        "_random" => random_core::module(vm),
        "posix" => posix::module(vm),
        "hashlib" => hashlib::module(vm),
        "gc" => gc::module(vm),
        "_weakref" => weakref::module(vm),
        "importlib" => importlib::module(vm),
        "traceback" => return Some(traceback::module(vm)),
        _ => {
            let source = embedded_python_source(name)?;
            return Some(python_module(vm, name, &source));
        }
    }))
}

/// The modules built into the binary in Rust (`sys.builtin_module_names`): the names the
/// match above makes natively, sorted.
pub const NATIVE_MODULE_NAMES: &[&str] = &[
    "_cellar",
    "_collections",
    "_csv",
    "_functools",
    "_heapq",
    "_json",
    "_random",
    "_sre",
    "_weakref",
    "array",
    "bisect",
    "builtins",
    "gc",
    "hashlib",
    "importlib",
    "itertools",
    "math",
    "operator",
    "posix",
    "sys",
    "time",
    "traceback",
];

/// The `builtins` module: a module object around the builtins namespace.
fn builtins_module(vm: &mut Vm) -> Value {
    let name = vm.intern("builtins");
    vm.heap.incref(name);
    let dict = vm.builtins;
    vm.heap.incref(dict);
    vm.heap.alloc(Kind::Module(Box::new(Module { name, dict })))
}

pub fn install(vm: &mut Vm) {
    // `builtins` is in sys.modules from the start, as in CPython.
    let b = builtins_module(vm);
    vm.set_loaded_module("builtins", b);
    string::install(vm);
    bytes_methods::install(vm);
    int_bytes::install(vm);
    complex::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    io::install(vm);
    introspect::install(vm);
    property::install(vm);
    slice::install(vm);
    generator::install(vm);
    traceback::install(vm);
    slot_wrappers::install(vm);
    embedded_support::install(vm);
    mappingproxy::install(vm);
    memoryview::install(vm);
    crate::vm::slots::install(vm);
    crate::vm::getset::install(vm);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
        ("iter", iter),
        ("next", next),
        ("hash", hash),
        ("id", id),
        ("chr", chr),
        ("ord", ord),
        ("getattr", getattr_fn),
        ("setattr", setattr_fn),
        ("hasattr", hasattr),
        ("delattr", delattr_fn),
        ("callable", callable),
        ("divmod", divmod),
        ("pow", pow_fn),
        ("any", any),
        ("all", all),
        ("round", round),
        ("__import__", importlib::dunder_import),
        ("compile", exec_eval::compile),
        ("exec", exec_eval::exec),
        ("eval", exec_eval::eval),
    ];
    let b = vm.builtins.as_obj().expect("builtins");
    // A class body reads `__name__` through the builtins when the module has none.
    let (key, name) = (vm.intern("__name__"), vm.intern("builtins"));
    vm.heap.incref(name);
    vm.ns_set(b, key, name);
    for (n, f) in funcs {
        let func = vm.new_native(n, *f, Value::None);
        let key = vm.intern(n);
        vm.ns_set(b, key, func);
    }
    for (k, public) in vm.builtin_classes() {
        if public {
            let name = vm.class_name(k);
            let key = vm.intern(&name);
            vm.heap.incref(Value::Obj(k));
            vm.ns_set(b, key, Value::Obj(k));
        }
    }
    install_more_exceptions(vm, b);
}

/// The builtin exception classes the interpreter never raises by itself (the OSError
/// subclasses the errno map picks, the warning categories, …), made once and held only by
/// the builtins namespace, in CPython's hierarchy.
fn install_more_exceptions(vm: &mut Vm, b: ObjKey) {
    const MORE: &[(&str, &str)] = &[
        ("BlockingIOError", "OSError"),
        ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"),
        ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"),
        ("FileExistsError", "OSError"),
        ("InterruptedError", "OSError"),
        ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"),
        ("PermissionError", "OSError"),
        ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"),
        ("BufferError", "Exception"),
        ("FloatingPointError", "ArithmeticError"),
        ("ReferenceError", "Exception"),
        ("SystemError", "Exception"),
        ("StopAsyncIteration", "Exception"),
        ("UnicodeTranslateError", "UnicodeError"),
        ("Warning", "Exception"),
        ("UserWarning", "Warning"),
        ("DeprecationWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"),
        ("SyntaxWarning", "Warning"),
        ("RuntimeWarning", "Warning"),
        ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"),
        ("UnicodeWarning", "Warning"),
        ("BytesWarning", "Warning"),
        ("ResourceWarning", "Warning"),
        ("EncodingWarning", "Warning"),
    ];
    for &(name, base) in MORE {
        let base_key = vm.intern(base);
        let Some(Value::Obj(base)) = vm.ns_lookup(b, base_key) else {
            continue;
        };
        let class = vm.make_class(name, Some(base), Layout::Exception);
        let key = vm.intern(name);
        vm.ns_set(b, key, Value::Obj(class));
    }
    // The old names of OSError.
    let os_error = vm.types.os_error;
    for alias in ["EnvironmentError", "IOError"] {
        let key = vm.intern(alias);
        vm.heap.incref(Value::Obj(os_error));
        vm.ns_set(b, key, Value::Obj(os_error));
    }
}
