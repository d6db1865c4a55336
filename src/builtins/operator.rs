//! The `operator` module: each operator as a function (the interpreter's own operations, so
//! `operator.add(a, b)` is exactly `a + b`), and the callables `itemgetter`, `attrgetter` and
//! `methodcaller`, native types whose state sits in slot values.

use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::objects::code::{CmpKind, UnOp};
use crate::syntax::ast::BinOp;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

macro_rules! binary {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            vm.binary($op, a[0], a[1])
        })*
    };
}

macro_rules! inplace {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            vm.inplace($op, a[0], a[1])
        })*
    };
}

macro_rules! compare {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            vm.compare($op, a[0], a[1])
        })*
    };
}

macro_rules! unary {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            vm.unary($op, a[0])
        })*
    };
}

binary! {
    add => BinOp::Add, sub => BinOp::Sub, mul => BinOp::Mult, truediv => BinOp::Div,
    floordiv => BinOp::FloorDiv, mod_ => BinOp::Mod, pow => BinOp::Pow,
    lshift => BinOp::LShift, rshift => BinOp::RShift, and_ => BinOp::BitAnd,
    or_ => BinOp::BitOr, xor => BinOp::BitXor, matmul => BinOp::MatMult,
}

inplace! {
    iadd => BinOp::Add, isub => BinOp::Sub, imul => BinOp::Mult, itruediv => BinOp::Div,
    ifloordiv => BinOp::FloorDiv, imod => BinOp::Mod, ipow => BinOp::Pow,
    ilshift => BinOp::LShift, irshift => BinOp::RShift, iand => BinOp::BitAnd,
    ior => BinOp::BitOr, ixor => BinOp::BitXor, imatmul => BinOp::MatMult,
}

compare! {
    lt => CmpKind::Lt, le => CmpKind::Le, eq => CmpKind::Eq, ne => CmpKind::Ne,
    gt => CmpKind::Gt, ge => CmpKind::Ge,
}

unary! { neg => UnOp::Neg, pos => UnOp::Pos, invert => UnOp::Invert }

fn not_(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(!vm.truthy(a[0])?))
}

fn truth(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(a[0])?))
}

fn is_(_: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(a[0].is(a[1])))
}

fn is_not(_: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(!a[0].is(a[1])))
}

fn abs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::abs(vm, a, kw)
}

/// `operator.index(x)`: the int itself, or what `x.__index__()` returns.
fn index(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = a[0];
    match v {
        Value::Int(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => return Ok(vm.incref(v)),
        _ => {}
    }
    match vm.index_of(v)? {
        crate::vm::int_args::Index::Fits(i) => Ok(Value::Int(i)),
        _ => {
            let b = vm.index_big(v)?;
            Ok(vm.int_from_big(b))
        }
    }
}

fn contains(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(a[0], a[1])?))
}

fn getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.getitem(a[0], a[1])
}

fn setitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.heap.incref(a[2]);
    vm.setitem(a[0], a[1], a[2])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    vm.delitem(a[0], a[1])?;
    Ok(Value::None)
}

/// `a + b` for sequences only: CPython asks that `a` support indexing first.
fn concat_check(vm: &mut Vm, a: Value) -> PyResult<()> {
    // PySequence_Check: indexing that is not a mapping's.
    let name = vm.names.getitem;
    let class = vm.type_of(a);
    if vm.class_lookup(class, name).is_some() && !vm.is_subclass(class, vm.types.dict) {
        return Ok(());
    }
    let t = vm.type_name(a);
    Err(vm.type_error(format!("'{t}' object can't be concatenated")))
}

fn concat(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    concat_check(vm, a[0])?;
    vm.binary(BinOp::Add, a[0], a[1])
}

fn iconcat(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    concat_check(vm, a[0])?;
    vm.inplace(BinOp::Add, a[0], a[1])
}

/// Calls `found(index, item)` for each item of `seq` equal to (or identical with) `x` until
/// it answers false.
fn scan(vm: &mut Vm, seq: Value, x: Value, mut found: impl FnMut(usize) -> bool) -> PyResult<()> {
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) if vm.isinstance(e.0, vm.types.type_error) => {
            vm.heap.decref(e.0);
            let t = vm.type_name(seq);
            return Err(vm.type_error(format!("argument of type '{t}' is not iterable")));
        }
        Err(e) => return Err(e),
    };
    let mut i = 0;
    let r = loop {
        let item = match vm.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let same = if item.is(x) { Ok(true) } else { vm.eq(item, x) };
        vm.heap.decref(item);
        match same {
            Ok(true) if !found(i) => break Ok(()),
            Ok(_) => {}
            Err(e) => break Err(e),
        }
        i += 1;
    };
    vm.heap.decref(it);
    r
}

fn count_of(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut n = 0i64;
    scan(vm, a[0], a[1], |_| {
        n += 1;
        true
    })?;
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut at = None;
    scan(vm, a[0], a[1], |i| {
        at = Some(i);
        false
    })?;
    match at {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence".into())),
    }
}

/// `operator.length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else
/// the default.
fn length_hint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let default = match a.get(1) {
        Some(&d) => match vm.index_of(d)? {
            crate::vm::int_args::Index::Fits(i) => i,
            _ => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t".into()))
            }
        },
        None => 0,
    };
    let v = a[0];
    if vm.class_lookup(vm.type_of(v), vm.names.len).is_some() {
        match super::len_of(vm, v) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if vm.isinstance(e.0, vm.types.type_error) => vm.heap.decref(e.0),
            Err(e) => return Err(e),
        }
    }
    let name = vm.intern("__length_hint__");
    let Some(f) = vm.getattr_opt(v, name)? else {
        return Ok(Value::Int(default));
    };
    let r = vm.call(f, &[]);
    vm.heap.decref(f);
    // A TypeError from `__length_hint__` means "no hint" (an infinite `repeat`).
    let r = match r {
        Err(e) if vm.isinstance(e.0, vm.types.type_error) => {
            vm.heap.decref(e.0);
            return Ok(Value::Int(default));
        }
        r => r?,
    };
    let n = match r {
        Value::NotImplemented => return Ok(Value::Int(default)),
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => {
            let t = vm.type_name(r);
            vm.heap.decref(r);
            return Err(vm.type_error(format!("__length_hint__ must be an integer, not {t}")));
        }
    };
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0".into()));
    }
    Ok(Value::Int(n))
}

fn call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((&f, rest)) = a.split_first() else {
        return Err(vm.type_error("call expected at least 1 argument, got 0".into()));
    };
    vm.call_kw(f, rest, kw)
}

// ---- itemgetter ------------------------------------------------------------------------

fn itemgetter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "itemgetter", kw)?;
    let (class, items) = (a[0].as_obj().expect("class"), &a[1..]);
    // One item is held as it is, several as a tuple (CPython's layout, which
    // `gc.get_referents` shows); the unused slot stays unset.
    let state = match items {
        [] => return Err(vm.type_error("itemgetter expected 1 argument, got 0".into())),
        [one] => vec![vm.incref(*one), Value::Undef],
        _ => {
            let items: Vec<Value> = items.iter().map(|v| vm.incref(*v)).collect();
            vec![Value::Undef, vm.new_tuple(items)]
        }
    };
    Ok(native_types::instance(vm, class, state))
}

/// An itemgetter's items (borrowed): the one it was made with, or the tuple of several.
fn getter_items(vm: &Vm, me: Value) -> Result<Value, Value> {
    match native_types::state(vm, me, 0) {
        Value::Undef => Err(native_types::state(vm, me, 1)),
        one => Ok(one),
    }
}

fn one_argument(vm: &mut Vm, who: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, who, kw)?;
    match a.len() {
        2 => Ok(a[1]),
        n => Err(vm.type_error(format!("{who} expected 1 argument, got {}", n - 1))),
    }
}

fn itemgetter_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = one_argument(vm, "itemgetter", a, kw)?;
    let items = match getter_items(vm, a[0]) {
        Ok(item) => return vm.getitem(obj, item),
        Err(items) => vm.seq_items(items),
    };
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        match vm.getitem(obj, k) {
            Ok(v) => out.push(v),
            Err(e) => {
                vm.heap.decref_all(out);
                return Err(e);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `operator.NAME(arg, arg, …)` with each argument's repr; `operator.NAME(...)` inside its
/// own repr (a getter that reaches itself).
fn getter_repr(vm: &mut Vm, me: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    // `repr()` puts the object on the repr stack before calling this: a second entry means
    // the getter's repr reached itself (Py_ReprEnter).
    let Some(k) = me.as_obj() else {
        return Ok(Value::None);
    };
    if vm.repr_stack.iter().filter(|&&x| x == k).count() >= 2 {
        return Ok(vm.new_str(format!("operator.{name}(...)")));
    }
    let mut parts = Vec::with_capacity(args.len());
    let mut failed = None;
    for &v in args {
        match vm.repr(v) {
            Ok(r) => parts.push(r),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(vm.new_str(format!("operator.{name}({})", parts.join(", ")))),
    }
}

fn itemgetter_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let items = match getter_items(vm, a[0]) {
        Ok(one) => vec![one],
        Err(items) => vm.seq_items(items),
    };
    getter_repr(vm, a[0], "itemgetter", &items)
}

fn reduce_with(vm: &mut Vm, obj: Value, args: Value) -> Value {
    let class = vm.incref(Value::Obj(vm.type_of(obj)));
    vm.new_tuple(vec![class, args])
}

fn itemgetter_reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let args = match getter_items(vm, a[0]) {
        Ok(one) => {
            let one = vm.incref(one);
            vm.new_tuple(vec![one])
        }
        Err(items) => vm.incref(items),
    };
    Ok(reduce_with(vm, a[0], args))
}

// ---- attrgetter ------------------------------------------------------------------------

fn attrgetter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "attrgetter", kw)?;
    let (class, names) = (a[0].as_obj().expect("class"), &a[1..]);
    if names.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0".into()));
    }
    // Each name interned; a dotted one as the tuple of its parts (CPython's layout).
    let mut attrs = Vec::with_capacity(names.len());
    for &n in names {
        let Some(s) = vm.str_of(n).map(str::to_string) else {
            vm.heap.decref_all(attrs);
            return Err(vm.type_error("attribute name must be a string".into()));
        };
        let mut parts: Vec<Value> = s
            .split('.')
            .map(|p| {
                let k = vm.intern(p);
                vm.incref(k)
            })
            .collect();
        attrs.push(if parts.len() == 1 {
            parts.remove(0)
        } else {
            vm.new_tuple(parts)
        });
    }
    let attrs = vm.new_tuple(attrs);
    Ok(native_types::instance(vm, class, vec![attrs]))
}

/// An attribute name as given: a dotted path's parts joined again.
fn attr_name(vm: &Vm, attr: Value) -> String {
    match vm.str_of(attr) {
        Some(s) => s.to_string(),
        None => vm
            .seq_slice(attr)
            .iter()
            .map(|p| vm.str_of(*p).unwrap_or("").to_string())
            .collect::<Vec<_>>()
            .join("."),
    }
}

fn follow(vm: &mut Vm, obj: Value, attr: Value) -> PyResult<Value> {
    if vm.str_of(attr).is_some() {
        return vm.getattr(obj, attr);
    }
    let parts = vm.seq_items(attr);
    let mut cur = vm.incref(obj);
    for p in parts {
        let next = vm.getattr(cur, p);
        vm.heap.decref(cur);
        cur = next?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = one_argument(vm, "attrgetter", a, kw)?;
    let attrs = vm.seq_items(native_types::state(vm, a[0], 0));
    if let [one] = attrs[..] {
        return follow(vm, obj, one);
    }
    let mut out = Vec::with_capacity(attrs.len());
    for p in attrs {
        match follow(vm, obj, p) {
            Ok(v) => out.push(v),
            Err(e) => {
                vm.heap.decref_all(out);
                return Err(e);
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// The names as given, new str objects (owned).
fn attr_names(vm: &mut Vm, me: Value) -> Vec<Value> {
    let attrs = vm.seq_items(native_types::state(vm, me, 0));
    attrs
        .into_iter()
        .map(|p| {
            let s = attr_name(vm, p);
            vm.new_str(s)
        })
        .collect()
}

fn attrgetter_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let names = attr_names(vm, a[0]);
    let r = getter_repr(vm, a[0], "attrgetter", &names);
    vm.heap.decref_all(names);
    r
}

fn attrgetter_reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let names = attr_names(vm, a[0]);
    let names = vm.new_tuple(names);
    Ok(reduce_with(vm, a[0], names))
}

// ---- methodcaller ----------------------------------------------------------------------

fn methodcaller_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = a[0].as_obj().expect("class");
    let Some(&name) = a.get(1) else {
        return Err(
            vm.type_error("methodcaller needs at least one argument, the method name".into())
        );
    };
    let Some(s) = vm.str_of(name).map(str::to_string) else {
        return Err(vm.type_error("method name must be a string".into()));
    };
    let name = vm.intern(&s);
    vm.heap.incref(name);
    let args: Vec<Value> = a[2..].iter().map(|v| vm.incref(*v)).collect();
    let args = vm.new_tuple(args);
    let kwargs = vm.new_dict();
    let dk = kwargs.as_obj().expect("dict");
    for &(k, v) in kw {
        vm.heap.incref(v);
        if let Err(e) = vm.dict_set(dk, k, v) {
            vm.heap.decref_all(vec![name, args, kwargs]);
            return Err(e);
        }
    }
    Ok(native_types::instance(vm, class, vec![name, args, kwargs]))
}

/// A methodcaller's keyword arguments, borrowed, in the order given.
fn stored_kwargs(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

fn methodcaller_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = one_argument(vm, "methodcaller", a, kw)?;
    let me = a[0];
    let name = native_types::state(vm, me, 0);
    let args = vm.seq_items(native_types::state(vm, me, 1));
    let kwargs = stored_kwargs(vm, native_types::state(vm, me, 2));
    let method = vm.getattr(obj, name)?;
    let r = vm.call_kw(method, &args, &kwargs);
    vm.heap.decref(method);
    r
}

/// `(methodcaller, (name, *args))`; with keyword arguments
/// `(functools.partial(methodcaller, name, **kwargs), args)`.
fn methodcaller_reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let me = a[0];
    let kwargs = stored_kwargs(vm, native_types::state(vm, me, 2));
    if !kwargs.is_empty() {
        let functools = vm.import_absolute("functools")?;
        let key = vm.intern("partial");
        let partial = vm.getattr(functools, key);
        vm.heap.decref(functools);
        let partial = partial?;
        let class = Value::Obj(vm.type_of(me));
        let name = native_types::state(vm, me, 0);
        let p = vm.call_kw(partial, &[class, name], &kwargs);
        vm.heap.decref(partial);
        let p = p?;
        let items: Vec<Value> = vm.seq_items(native_types::state(vm, me, 1));
        items.iter().for_each(|v| vm.heap.incref(*v));
        let args = vm.new_tuple(items);
        return Ok(vm.new_tuple(vec![p, args]));
    }
    let mut args = vec![vm.incref(native_types::state(vm, me, 0))];
    for v in vm.seq_items(native_types::state(vm, me, 1)) {
        args.push(vm.incref(v));
    }
    let args = vm.new_tuple(args);
    Ok(reduce_with(vm, me, args))
}

fn methodcaller_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let me = a[0];
    let mut parts = vec![vm.repr(native_types::state(vm, me, 0))?];
    for v in vm.seq_items(native_types::state(vm, me, 1)) {
        parts.push(vm.repr(v)?);
    }
    for (k, v) in stored_kwargs(vm, native_types::state(vm, me, 2)) {
        let k = vm.str_of(k).unwrap_or("?").to_string();
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(vm.new_str(format!("operator.methodcaller({})", parts.join(", "))))
}

const ITEMGETTER: TypeSpec = TypeSpec {
    module: "operator",
    name: "itemgetter",
    state: &["_item", "_items"],
    methods: &[
        ("__call__", itemgetter_call),
        ("__repr__", itemgetter_repr),
        ("__reduce__", itemgetter_reduce),
    ],
    new: itemgetter_new,
    next: None,
    basetype: false,
    getters: &[],
};

const ATTRGETTER: TypeSpec = TypeSpec {
    module: "operator",
    name: "attrgetter",
    state: &["_attrs"],
    methods: &[
        ("__call__", attrgetter_call),
        ("__repr__", attrgetter_repr),
        ("__reduce__", attrgetter_reduce),
    ],
    new: attrgetter_new,
    next: None,
    basetype: false,
    getters: &[],
};

const METHODCALLER: TypeSpec = TypeSpec {
    module: "operator",
    name: "methodcaller",
    state: &["_name", "_args", "_kwargs"],
    methods: &[
        ("__call__", methodcaller_call),
        ("__repr__", methodcaller_repr),
        ("__reduce__", methodcaller_reduce),
    ],
    new: methodcaller_new,
    next: None,
    basetype: false,
    getters: &[],
};

/// The functions, each also under its dunder alias (`__add__`) where CPython has one.
const FUNCTIONS: &[(&str, Option<&str>, NativeFn)] = &[
    ("abs", Some("__abs__"), abs),
    ("add", Some("__add__"), add),
    ("and_", Some("__and__"), and_),
    ("call", Some("__call__"), call),
    ("concat", Some("__concat__"), concat),
    ("contains", Some("__contains__"), contains),
    ("countOf", None, count_of),
    ("delitem", Some("__delitem__"), delitem),
    ("eq", Some("__eq__"), eq),
    ("floordiv", Some("__floordiv__"), floordiv),
    ("ge", Some("__ge__"), ge),
    ("getitem", Some("__getitem__"), getitem),
    ("gt", Some("__gt__"), gt),
    ("iadd", Some("__iadd__"), iadd),
    ("iand", Some("__iand__"), iand),
    ("iconcat", Some("__iconcat__"), iconcat),
    ("ifloordiv", Some("__ifloordiv__"), ifloordiv),
    ("ilshift", Some("__ilshift__"), ilshift),
    ("imatmul", Some("__imatmul__"), imatmul),
    ("imod", Some("__imod__"), imod),
    ("imul", Some("__imul__"), imul),
    ("index", Some("__index__"), index),
    ("indexOf", None, index_of),
    ("inv", Some("__inv__"), invert),
    ("invert", Some("__invert__"), invert),
    ("ior", Some("__ior__"), ior),
    ("ipow", Some("__ipow__"), ipow),
    ("irshift", Some("__irshift__"), irshift),
    ("is_", None, is_),
    ("is_not", None, is_not),
    ("isub", Some("__isub__"), isub),
    ("itruediv", Some("__itruediv__"), itruediv),
    ("ixor", Some("__ixor__"), ixor),
    ("le", Some("__le__"), le),
    ("length_hint", None, length_hint),
    ("lshift", Some("__lshift__"), lshift),
    ("lt", Some("__lt__"), lt),
    ("matmul", Some("__matmul__"), matmul),
    ("mod", Some("__mod__"), mod_),
    ("mul", Some("__mul__"), mul),
    ("ne", Some("__ne__"), ne),
    ("neg", Some("__neg__"), neg),
    ("not_", Some("__not__"), not_),
    ("or_", Some("__or__"), or_),
    ("pos", Some("__pos__"), pos),
    ("pow", Some("__pow__"), pow),
    ("rshift", Some("__rshift__"), rshift),
    ("setitem", Some("__setitem__"), setitem),
    ("sub", Some("__sub__"), sub),
    ("truediv", Some("__truediv__"), truediv),
    ("truth", None, truth),
    ("xor", Some("__xor__"), xor),
];

pub fn module(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "operator", &[], &[]);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    let mut all = Vec::new();
    for &(name, alias, f) in FUNCTIONS {
        let func = vm.new_native_in("operator", name, f, Value::None);
        let key = vm.intern(name);
        if let Some(alias) = alias {
            // The alias is the same function object, as in CPython.
            let akey = vm.intern(alias);
            vm.heap.incref(func);
            vm.ns_set(dk, akey, func);
        }
        vm.ns_set(dk, key, func);
        all.push(name);
    }
    for spec in [&ITEMGETTER, &ATTRGETTER, &METHODCALLER] {
        native_types::define(vm, dk, spec);
        all.push(spec.name);
    }
    all.sort_unstable();
    let names = all
        .iter()
        .map(|n| {
            let k = vm.intern(n);
            vm.incref(k)
        })
        .collect();
    let all_list = vm.new_list(names);
    let key = vm.intern("__all__");
    vm.ns_set(dk, key, all_list);
    m
}
