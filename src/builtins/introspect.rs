//! Builtins that look at names and objects rather than compute: `dir`, `vars`, `locals`,
//! `globals`, `format`, `hex`/`oct`/`bin`, the `NotImplemented`/`Ellipsis` constants, and the
//! few methods user classes inherit from `object` and `BaseException` (`super().__init__`).

use num_bigint::BigInt;

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// The innermost frame's local names and values (borrowed), as `locals()` sees them.
fn frame_locals(vm: &mut Vm) -> Vec<(Value, Value)> {
    let Some(fr) = vm.frames.last() else {
        return Vec::new();
    };
    if let Some(Value::Obj(d)) = fr.namespace() {
        return vm
            .namespace(d)
            .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default();
    }
    let (code, base) = (fr.code.clone(), fr.base);
    let mut out = Vec::new();
    let ncells_end = (code.nlocals + code.ncells + code.nfrees) as usize;
    for (i, name) in code.varnames.iter().enumerate().take(ncells_end) {
        let mut v = vm.stack.get(base + i).copied().unwrap_or(Value::Undef);
        if i >= code.nlocals as usize {
            v = match v {
                Value::Obj(k) => match vm.heap.kind(k) {
                    Kind::Cell(c) => *c,
                    _ => Value::Undef,
                },
                _ => Value::Undef,
            };
        } else if code.varnames[code.nlocals as usize..ncells_end].contains(name) {
            continue; // a captured parameter: its cell holds the live value
        }
        if !v.is_undef() {
            let key = vm.intern(name);
            out.push((key, v));
        }
    }
    out
}

pub(super) fn dict_from_pairs(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = vm.new_dict();
    let dk = d.as_obj().expect("dict");
    for (k, v) in pairs {
        vm.heap.incref(v);
        if let Err(e) = vm.dict_set(dk, k, v) {
            vm.heap.decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

// Argument counts of these builtins are checked by the caller (signatures.rs).

/// A snapshot dict of the running function's locals (owned), as `locals()` gives.
pub fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    let pairs = frame_locals(vm);
    dict_from_pairs(vm, pairs)
}

fn locals(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Some(ns) = vm.frames.last().and_then(|fr| fr.namespace()) {
        return Ok(vm.incref(ns));
    }
    let pairs = frame_locals(vm);
    dict_from_pairs(vm, pairs)
}

fn globals(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = vm.frames.last().map_or(Value::None, |f| f.globals);
    Ok(vm.incref(g))
}

fn vars(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&obj) = a.first() else {
        return locals(vm, &[], &[]);
    };
    if let Value::Obj(k) = obj {
        match vm.heap.kind(k) {
            Kind::Instance(i) if vm.is_dictless(i.class) => {}
            Kind::Instance(_) | Kind::Exception(_) => return Ok(vm.instance_dict(k)),
            Kind::Module(m) => {
                let d = m.dict;
                return Ok(vm.incref(d));
            }
            Kind::Class(_) => return Ok(super::mappingproxy::new_proxy(vm, k)),
            _ => {}
        }
    }
    Err(vm.type_error("vars() argument must have __dict__ attribute".into()))
}

/// `dir(obj)`: the sorted attribute names of the object, its class and the class's bases.
fn dir(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match a.first().copied() {
        None => {
            let pairs = frame_locals(vm);
            names.extend(
                pairs
                    .iter()
                    .filter_map(|(k, _)| vm.str_of(*k).map(String::from)),
            );
        }
        Some(obj) => {
            // A class's own `__dir__` (or its metaclass's) answers, sorted.
            let hook = vm.intern("__dir__");
            if let Some(f) = vm.user_special(obj, hook) {
                let r = vm.call(f, &[obj])?;
                let sorted = super::sorted(vm, &[r], &[]);
                vm.heap.decref(r);
                return sorted;
            }
            names = vm.dir_names(obj);
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn format(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let spec = match a.get(1) {
        None => String::new(),
        Some(s) => match vm.str_of(*s) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(*s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
            }
        },
    };
    let s = vm.format(a[0], &spec)?;
    Ok(vm.new_str(s))
}

/// `hex`, `oct`, `bin`: the integer (or `__index__`) in base 16/8/2 with its prefix.
fn radix(vm: &mut Vm, a: &[Value], radix: u32, prefix: &str) -> PyResult<Value> {
    let n: BigInt = match vm.to_big(a[0]) {
        Some(n) => n,
        None => {
            let i = vm.index_value(a[0])?;
            BigInt::from(i)
        }
    };
    let digits = n.magnitude().to_str_radix(radix);
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(vm, a, 16, "0x")
}

fn oct(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(vm, a, 8, "0o")
}

fn bin(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(vm, a, 2, "0b")
}

/// `object.__init__`: accepts only the instance. As CPython's object_init, the error names
/// `object` when the class has its own `__init__` (it called up with arguments), the class
/// when it has neither `__init__` nor `__new__`; with only `__new__` extra arguments pass.
/// `object.__dir__()` and `type.__dir__()`: the names `dir()` lists when nothing overrides
/// it (what a `__dir__` override reaches through `super()`).
fn default_dir(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let names = vm.dir_names(a[0]);
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// The class a `type.__dunder__(cls, …)` method was called on.
fn type_receiver(vm: &mut Vm, a: &[Value], name: &str, n: usize) -> PyResult<ObjKey> {
    match a.first().and_then(|v| v.as_obj()) {
        Some(k) if matches!(vm.heap.kind(k), Kind::Class(_)) && a.len() == n + 1 => Ok(k),
        Some(k) if matches!(vm.heap.kind(k), Kind::Class(_)) => Err(vm.type_error(format!(
            "type.{name}() takes exactly {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            a.len() - 1
        ))),
        _ => {
            let t = a.first().map_or("nothing".into(), |v| vm.type_name(*v));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'type' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `type.__instancecheck__(cls, obj)`: isinstance without the class's own hook (what a
/// metaclass's override reaches through `super()`).
fn type_instancecheck(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let cls = type_receiver(vm, a, "__instancecheck__", 1)?;
    Ok(Value::Bool(vm.isinstance(a[1], cls)))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let cls = type_receiver(vm, a, "__subclasscheck__", 1)?;
    match a[1].as_obj() {
        Some(k) if matches!(vm.heap.kind(k), Kind::Class(_)) => {
            Ok(Value::Bool(vm.is_subclass(k, cls)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class".into())),
    }
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
fn type_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let cls = type_receiver(vm, a, "__repr__", 0)?;
    let s = vm.class_repr(cls);
    Ok(vm.new_str(s))
}

fn object_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        let class = vm.type_of(a[0]);
        let own =
            |vm: &mut Vm, name: &str| {
                let name = vm.intern(name);
                vm.class_lookup(class, name).map(|f| vm.unwrap_static(f)).is_some_and(
                |f| matches!(f, Value::Obj(k) if !matches!(vm.heap.kind(k), Kind::Native(_))),
            )
            };
        let name = if own(vm, "__init__") {
            "object".to_string()
        } else if own(vm, "__new__") {
            return Ok(Value::None);
        } else {
            vm.class_name(class)
        };
        return Err(vm.type_error(format!(
            "{name}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(Value::None)
}

/// `BaseException.add_note(note)` (PEP 678): appends to the `__notes__` list, made on first use.
/// `BaseException.__str__`: the message from the arguments (`super().__str__()` in a subclass).
fn exception_str(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = vm.exc_args_str(a[0])?;
    Ok(vm.new_str(s))
}

/// `BaseException.__repr__`: `Name(args…)`, whatever the subclass's own `__repr__` says.
fn exception_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (class, args) = match a[0].as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Exception(e)) => (e.class, e.args),
        _ => return Ok(vm.new_str(vm.object_repr(a[0]))),
    };
    let name = vm.class_name(class);
    let items = vm.seq_items(args);
    let s = if items.len() == 1 {
        format!("{name}({})", vm.repr(items[0])?)
    } else {
        format!("{name}{}", vm.repr(args)?)
    };
    Ok(vm.new_str(s))
}

fn exception_add_note(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "add_note", 1, 1)?;
    let (exc, note) = (a[0], a[1]);
    let Some(k) = exc
        .as_obj()
        .filter(|k| matches!(vm.heap.kind(*k), Kind::Exception(_)))
    else {
        let t = vm.type_name(exc);
        return Err(vm.type_error(format!(
            "descriptor 'add_note' for 'BaseException' objects doesn't apply to a '{t}' object"
        )));
    };
    if vm.str_of(note).is_none() {
        let t = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.ns_lookup(k, key) {
        Some(n) => n,
        None => {
            let n = vm.new_list(Vec::new());
            vm.ns_set(k, key, n);
            n
        }
    };
    let Some(nk) = notes
        .as_obj()
        .filter(|nk| matches!(vm.heap.kind(*nk), Kind::List(_)))
    else {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list".into()));
    };
    vm.heap.incref(note);
    vm.list_extend(nk, vec![note])?;
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: replaces `args`.
fn exception_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        let class = vm.type_of(a[0]);
        let name = vm.class_name(class);
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let items: Vec<Value> = a[1..].to_vec();
    items.iter().for_each(|v| vm.heap.incref(*v));
    let t = vm.new_tuple(items);
    if let Value::Obj(k) = a[0] {
        if let Kind::Exception(e) = vm.heap.kind_mut(k) {
            let old = std::mem::replace(&mut e.args, t);
            vm.heap.decref(old);
            return Ok(Value::None);
        }
    }
    vm.heap.decref(t);
    Ok(Value::None)
}

/// `x.hex()`.
fn float_hex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match vm.unwrap_payload(a[0]) {
        Value::Float(f) => Ok(vm.new_str(crate::numeric::float_hex::to_hex(f))),
        v => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor 'hex' for 'float' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `float.fromhex(s)` (a classmethod: a subclass is called with the float).
fn float_fromhex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    use crate::numeric::float_hex::{from_hex, HexError};
    let Some(&s) = a.get(1) else {
        return Err(vm.type_error("float.fromhex() takes exactly one argument (0 given)".into()));
    };
    let Some(text) = vm.str_of(s).map(str::to_string) else {
        let t = vm.type_name(s);
        return Err(vm.type_error(format!("bad argument type for built-in operation: {t}")));
    };
    let x = match from_hex(&text) {
        Ok(x) => Value::Float(x),
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string".into()))
        }
        Err(HexError::Overflow) => {
            return Err(
                vm.overflow_error("hexadecimal value too large to represent as a float".into())
            )
        }
    };
    if a[0].is(Value::Obj(vm.types.float)) {
        return Ok(x);
    }
    vm.call(a[0], &[x])
}

/// `float.__getformat__(typestr)`.
fn float_getformat(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a.get(1).and_then(|v| vm.str_of(*v)) {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian".to_string())),
        Some(_) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'".into()))
        }
        None => Err(vm.type_error("__getformat__() argument must be str".into())),
    }
}

/// `float.as_integer_ratio()`: the exact fraction, lowest terms, positive denominator.
fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(f) = vm.to_f64(vm.unwrap_payload(a[0])) else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!(
            "descriptor 'as_integer_ratio' for 'float' objects doesn't apply to a '{t}' object"
        )));
    };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio".into()));
    }
    let (num, den) = if f == 0.0 {
        (num_bigint::BigInt::from(0), num_bigint::BigInt::from(1))
    } else {
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut mant, mut e) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), exp - 1075)
        };
        while mant & 1 == 0 && e < 0 {
            mant >>= 1;
            e += 1;
        }
        let sign = if f < 0.0 { -1 } else { 1 };
        let m = num_bigint::BigInt::from(mant) * sign;
        if e >= 0 {
            (m << (e as usize), num_bigint::BigInt::from(1))
        } else {
            (m, num_bigint::BigInt::from(1) << ((-e) as usize))
        }
    };
    let (n, d) = (vm.int_from_big(num), vm.int_from_big(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_is_integer(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        v => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor 'is_integer' for 'float' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// CPython's range.index/count for a non-int: a linear search with ==, yielding the
/// position of every equal item (`first` stops at the first).
fn range_search(vm: &mut Vm, r: Value, v: Value, first: bool) -> PyResult<Vec<i64>> {
    let it = vm.get_iter(r)?;
    let mut found = Vec::new();
    let mut i = 0i64;
    loop {
        let x = match vm.next(it) {
            Ok(Some(x)) => x,
            Ok(None) => break,
            Err(e) => {
                vm.heap.decref(it);
                return Err(e);
            }
        };
        let eq = vm.eq(x, v);
        vm.heap.decref(x);
        match eq {
            Ok(true) => {
                found.push(i);
                if first {
                    break;
                }
            }
            Ok(false) => {}
            Err(e) => {
                vm.heap.decref(it);
                return Err(e);
            }
        }
        i += 1;
    }
    vm.heap.decref(it);
    Ok(found)
}

fn range_index(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&v) = a.get(1) else {
        return Err(vm.type_error("range.index() takes exactly one argument (0 given)".into()));
    };
    let Some(r) = vm.range_big(a[0]) else {
        return Err(vm.type_error("descriptor 'index' requires a 'range' object".into()));
    };
    let Some(x) = vm.exact_int_big(v) else {
        return match range_search(vm, a[0], v, true)?.first() {
            Some(i) => Ok(Value::Int(*i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence".into())),
        };
    };
    match r.position(&x) {
        Some(i) => Ok(vm.int_from_big(i)),
        None => {
            let r = vm.repr(v)?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&v) = a.get(1) else {
        return Err(vm.type_error("range.count() takes exactly one argument (0 given)".into()));
    };
    let Some(r) = vm.range_big(a[0]) else {
        return Err(vm.type_error("descriptor 'count' requires a 'range' object".into()));
    };
    match vm.exact_int_big(v) {
        Some(x) => Ok(Value::Int(r.position(&x).is_some() as i64)),
        None => Ok(Value::Int(range_search(vm, a[0], v, false)?.len() as i64)),
    }
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `a[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&it) = a.get(1) else {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0".into()));
    };
    let value = a.get(2).copied().unwrap_or(Value::None);
    if !a[0].is(Value::Obj(vm.types.dict)) {
        // A subclass (or any class): `cls()`, then `d[key] = value` through its own
        // `__setitem__`, as CPython's dict.fromkeys.
        let d = vm.call(a[0], &[])?;
        let r = vm.for_each_item(it, |vm, k| {
            vm.heap.incref(value);
            let r = vm.setitem(d, k, value);
            vm.heap.decref(k);
            r.map(|_| crate::vm::iter::Step::Next)
        });
        if let Err(e) = r {
            vm.heap.decref(d);
            return Err(e);
        }
        return Ok(d);
    }
    let keys = vm.iterate(it)?;
    let d = vm.new_dict();
    let dk = d.as_obj().expect("dict");
    let mut result = Ok(d);
    for k in &keys {
        vm.heap.incref(value);
        if let Err(e) = vm.dict_set(dk, *k, value) {
            result = Err(e);
            break;
        }
    }
    vm.heap.decref_all(keys);
    if result.is_err() {
        vm.heap.decref(d);
    }
    result
}

/// `type.mro(cls)`.
fn type_mro(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.mro_list(a[0])
}

/// `type.__new__(meta, name, bases, ns, **kw)` (bound to `type`: `a[0]` is `type` itself), and
/// `type.__new__(type, x)`, which is `type(x)`.
fn type_dunder_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let meta = match a.get(1).and_then(|m| m.as_obj()) {
        Some(m) if matches!(vm.heap.kind(m), Kind::Class(_)) => m,
        _ => return Err(vm.type_error("type.__new__(X): X is not a type object".into())),
    };
    if !vm.is_subclass(meta, vm.types.type_) {
        let n = vm.class_name(meta);
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    match &a[2..] {
        [x] if meta == vm.types.type_ => {
            let t = vm.type_of(*x);
            Ok(vm.incref(Value::Obj(t)))
        }
        args @ [_, _, _] => vm.type_new_meta(meta, args, kw),
        args => Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len()
        ))),
    }
}

/// `type.__init__(cls, ...)`: nothing left to do once `__new__` made the class.
fn type_dunder_init(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kw)`: the namespace a class body runs in.
fn type_prepare(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does (a metaclass's `__call__`
/// reaches it through `super().__call__`).
fn type_dunder_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    match a.first().and_then(|c| c.as_obj()) {
        Some(c) if matches!(vm.heap.kind(c), Kind::Class(_)) => vm.instantiate(c, &a[1..], kw),
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object".into())),
    }
}

/// `type.__subclasses__(cls)`: a new list of the live direct subclasses.
fn type_subclasses(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let subs = a[0].as_obj().map(|k| vm.subclasses(k)).unwrap_or_default();
    let items = subs.into_iter().map(|k| vm.incref(Value::Obj(k))).collect();
    Ok(vm.new_list(items))
}

fn function_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    vm.call_kw(a[0], &a[1..], kw)
}

pub fn install(vm: &mut Vm) {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("dir", dir),
        ("vars", vars),
        ("locals", locals),
        ("globals", globals),
        ("format", format),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
    ];
    let b = vm.builtins.as_obj().expect("builtins");
    for (n, f) in funcs {
        let func = vm.new_native(n, *f, Value::None);
        let key = vm.intern(n);
        vm.ns_set(b, key, func);
    }
    for (n, v) in [
        ("NotImplemented", Value::NotImplemented),
        ("Ellipsis", Value::Ellipsis),
    ] {
        let key = vm.intern(n);
        vm.ns_set(b, key, v);
    }
    let t = vm.types;
    vm.add_methods(
        t.object,
        &[("__init__", object_init), ("__dir__", default_dir)],
    );
    vm.add_methods(
        t.type_,
        &[
            ("__dir__", default_dir),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__repr__", type_repr),
        ],
    );
    for name in ["__instancecheck__", "__subclasscheck__", "__repr__"] {
        super::native_types::mark_slot(vm, t.type_, name);
    }
    // Functions and methods are called directly; `__call__` is there for code that looks for it
    // (`collections.abc.Callable`, `hasattr(f, '__call__')`).
    for class in [
        t.function,
        t.builtin_fn,
        t.method_descriptor,
        t.wrapper_descriptor,
        t.method_wrapper,
        t.method,
    ] {
        vm.add_methods(class, &[("__call__", function_call)]);
        super::native_types::mark_slot(vm, class, "__call__");
    }
    vm.add_methods(
        t.type_,
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__init__", type_dunder_init),
            ("__call__", type_dunder_call),
        ],
    );
    let tp = t.type_;
    super::slot_wrappers::install_bound_new(vm, tp, type_dunder_new);
    let prepare = vm.new_native("__prepare__", type_prepare, Value::Obj(tp));
    let cm = vm.heap.alloc(Kind::ClassMethod(prepare));
    let key = vm.intern("__prepare__");
    vm.class_dict_set(tp, key, cm);
    use crate::vm::attr_hooks::{
        object_delattr, object_getattribute, object_init_subclass, object_setattr,
    };
    vm.add_methods(
        t.object,
        &[
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
    // A classmethod, as CPython's: `C.__init_subclass__()` is bound to C.
    let f = vm.new_native(
        "__init_subclass__",
        object_init_subclass,
        Value::Obj(t.object),
    );
    let cm = vm.heap.alloc(Kind::ClassMethod(f));
    let key = vm.intern("__init_subclass__");
    vm.class_dict_set(t.object, key, cm);
    vm.add_methods(
        t.base_exception,
        &[
            ("__init__", exception_init),
            ("add_note", exception_add_note),
            ("__str__", exception_str),
            ("__repr__", exception_repr),
        ],
    );
    for name in ["__str__", "__repr__"] {
        let key = vm.intern(name);
        if let Some(Value::Obj(k)) = vm.ns_lookup(t.base_exception, key) {
            if let Kind::Native(n) = vm.heap.kind_mut(k) {
                n.slot = true;
                n.stands_in = true;
            }
        }
    }
    vm.add_methods(
        t.float,
        &[
            ("is_integer", float_is_integer),
            ("hex", float_hex),
            ("as_integer_ratio", float_as_integer_ratio),
        ],
    );
    for (name, f) in [
        ("fromhex", float_fromhex as crate::vm::native::NativeFn),
        ("__getformat__", float_getformat),
    ] {
        let native = vm.new_native(name, f, Value::Obj(t.float));
        let cm = vm.heap.alloc(Kind::ClassMethod(native));
        let key = vm.intern(name);
        vm.class_dict_set(t.float, key, cm);
    }
    vm.add_methods(t.range, &[("index", range_index), ("count", range_count)]);
    let f = vm.new_native("fromkeys", dict_fromkeys, Value::Obj(t.dict));
    let cm = vm.heap.alloc(Kind::ClassMethod(f));
    let key = vm.intern("fromkeys");
    vm.class_dict_set(t.dict, key, cm);
}
