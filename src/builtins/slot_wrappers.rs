//! The builtin types' dunder methods as attributes (`[].__len__()`, `int.__add__(1, 2)`,
//! `dict.__setitem__(d, k, v)`, `object.__eq__(a, b)`): which type has which comes from
//! CPython (slot_table.rs); each stands for the interpreter's own operation on the receiver.
//! A subclass instance arrives here as itself; each slot works on its builtin value (`recv`),
//! so `super().__getitem__(i)` in a list subclass reaches the list, not the override.
//!
//! Operator dispatch never calls these (`Vm::special` passes over slot wrappers): they exist
//! for code that names them, as CPython's wrapper descriptors do.

use super::slot_table::{Flavor, SLOTS};
use crate::heap::object::{Iter, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::code::{CmpKind, UnOp};
use crate::syntax::ast::BinOp;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// The receiver's arguments after it, checked as a wrapper descriptor checks them.
pub(crate) fn args<'a>(
    vm: &mut Vm,
    a: &'a [Value],
    kw: Kwargs,
    name: &str,
    n: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = a.get(1..).unwrap_or(&[]);
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {}", rest.len())));
    }
    Ok(rest)
}

/// The builtin value a dunder works on: the receiver, or a subclass instance's payload.
fn recv(vm: &Vm, a: &[Value]) -> Value {
    vm.unwrap_payload(a[0])
}

/// What kind of builtin value an operand is, for the "does this type handle that operand"
/// test each slot makes before it answers NotImplemented.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Family {
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Other,
}

fn family(vm: &Vm, v: Value) -> Family {
    match vm.unwrap_payload(v) {
        Value::Int(_) | Value::Bool(_) => Family::Int,
        Value::Float(_) => Family::Float,
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::BigInt(_) => Family::Int,
            Kind::Complex(_) => Family::Complex,
            Kind::Str(_) => Family::Str,
            Kind::Bytes(_) | Kind::ByteArray(_) => Family::Bytes,
            Kind::List(_) => Family::List,
            Kind::Tuple(_) => Family::Tuple,
            Kind::Dict(_) => Family::Dict,
            Kind::Set(_) => Family::Set,
            Kind::Range(_) | Kind::BigRange(_) => Family::Range,
            _ => Family::Other,
        },
        _ => Family::Other,
    }
}

fn numeric(f: Family) -> bool {
    matches!(f, Family::Int | Family::Float | Family::Complex)
}

/// Whether `recv`'s type implements `op` with `other` (else the slot answers NotImplemented).
fn handles(vm: &Vm, recv: Value, other: Value, op: BinOp, reflected: bool) -> bool {
    let (r, o) = (family(vm, recv), family(vm, other));
    match r {
        _ if numeric(r) => numeric(o) && o <= r,
        Family::Set => o == Family::Set,
        Family::Dict => o == Family::Dict && op == BinOp::BitOr,
        // `str.__rmod__` formats only with a str on the left.
        Family::Str if reflected && op == BinOp::Mod => o == Family::Str,
        // Sequences raise their own TypeErrors (`can only concatenate list …`).
        _ => true,
    }
}

fn binary(
    vm: &mut Vm,
    op: BinOp,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let other = args(vm, a, kw, name, 1)?[0];
    let recv = recv(vm, a);
    if !handles(vm, recv, other, op, reflected) {
        return Ok(Value::NotImplemented);
    }
    let other = vm.unwrap_payload(other);
    let seq = matches!(
        family(vm, recv),
        Family::Str | Family::Bytes | Family::List | Family::Tuple
    );
    if seq && op == BinOp::Mult && !vm.is_index(other) {
        let t = vm.type_name(other);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let two_bools = matches!((recv, other), (Value::Bool(_), Value::Bool(_)));
    let result = if reflected {
        vm.binary(op, other, recv)?
    } else {
        vm.binary(op, recv, other)?
    };
    // int's bitwise slots give an int even for two bools (`int.__and__(True, False)` is 0);
    // bool's own keep the bool.
    Ok(match result {
        Value::Bool(b) if two_bools => Value::Int(b as i64),
        r => r,
    })
}

/// bool's own `__repr__` ('True'); int's gives a bool its number.
fn bool_repr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args(vm, a, kw, "__repr__", 0)?;
    let s = vm.repr(a[0])?;
    Ok(vm.new_str(s))
}

/// bool's own `&`, `|`, `^` slots: a bool for two bools.
fn bool_bitwise(vm: &mut Vm, op: BinOp, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    let other = args(vm, a, kw, name, 1)?[0];
    let recv = recv(vm, a);
    if !handles(vm, recv, other, op, false) {
        return Ok(Value::NotImplemented);
    }
    let other = vm.unwrap_payload(other);
    vm.binary(op, recv, other)
}

fn bool_and(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bool_bitwise(vm, BinOp::BitAnd, a, kw, "__and__")
}

fn bool_or(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bool_bitwise(vm, BinOp::BitOr, a, kw, "__or__")
}

fn bool_xor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bool_bitwise(vm, BinOp::BitXor, a, kw, "__xor__")
}

fn inplace(vm: &mut Vm, op: BinOp, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    let other = args(vm, a, kw, name, 1)?[0];
    let r = recv(vm, a);
    if family(vm, r) == Family::Set && family(vm, other) != Family::Set {
        return Ok(Value::NotImplemented);
    }
    let result = vm.inplace(op, r, other)?;
    // A subclass instance's `+=` gives back the instance, not its payload.
    if result.is(r) && !r.is(a[0]) {
        vm.heap.decref(result);
        return Ok(vm.incref(a[0]));
    }
    Ok(result)
}

fn compare(vm: &mut Vm, op: CmpKind, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    let other = args(vm, a, kw, name, 1)?[0];
    let v = recv(vm, a);
    let (r, o) = (family(vm, v), family(vm, other));
    let ordered = !matches!(op, CmpKind::Eq | CmpKind::Ne);
    let ok = match r {
        Family::Dict | Family::Range | Family::Complex if ordered => false,
        _ if numeric(r) => numeric(o) && o <= r,
        _ => o == r,
    };
    if !ok {
        return Ok(Value::NotImplemented);
    }
    let other = vm.unwrap_payload(other);
    vm.compare(op, v, other)
}

macro_rules! binary_slots {
    ($($f:ident $rf:ident $name:literal $rname:literal $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            binary(vm, $op, a, kw, $name, false)
        }
        fn $rf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            binary(vm, $op, a, kw, $rname, true)
        }
    )*};
}

binary_slots! {
    add radd "__add__" "__radd__" BinOp::Add;
    sub rsub "__sub__" "__rsub__" BinOp::Sub;
    mul rmul "__mul__" "__rmul__" BinOp::Mult;
    truediv rtruediv "__truediv__" "__rtruediv__" BinOp::Div;
    floordiv rfloordiv "__floordiv__" "__rfloordiv__" BinOp::FloorDiv;
    modulo rmodulo "__mod__" "__rmod__" BinOp::Mod;
    lshift rlshift "__lshift__" "__rlshift__" BinOp::LShift;
    rshift rrshift "__rshift__" "__rrshift__" BinOp::RShift;
    and rand "__and__" "__rand__" BinOp::BitAnd;
    xor rxor "__xor__" "__rxor__" BinOp::BitXor;
    or ror "__or__" "__ror__" BinOp::BitOr;
}

macro_rules! simple_slots {
    ($($f:ident $name:literal $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            $op(vm, a, kw, $name)
        }
    )*};
}

fn cmp_lt(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Lt, a, kw, n)
}
fn cmp_le(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Le, a, kw, n)
}
fn cmp_eq(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Eq, a, kw, n)
}
fn cmp_ne(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Ne, a, kw, n)
}
fn cmp_gt(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Gt, a, kw, n)
}
fn cmp_ge(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    compare(vm, CmpKind::Ge, a, kw, n)
}
fn ip_add(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::Add, a, kw, n)
}
fn ip_mul(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::Mult, a, kw, n)
}
fn ip_sub(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::Sub, a, kw, n)
}
fn ip_and(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::BitAnd, a, kw, n)
}
fn ip_xor(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::BitXor, a, kw, n)
}
fn ip_or(vm: &mut Vm, a: &[Value], kw: Kwargs, n: &str) -> PyResult<Value> {
    inplace(vm, BinOp::BitOr, a, kw, n)
}

simple_slots! {
    lt "__lt__" cmp_lt; le "__le__" cmp_le; eq "__eq__" cmp_eq;
    ne "__ne__" cmp_ne; gt "__gt__" cmp_gt; ge "__ge__" cmp_ge;
    iadd "__iadd__" ip_add; imul "__imul__" ip_mul; isub "__isub__" ip_sub;
    iand "__iand__" ip_and; ixor "__ixor__" ip_xor; ior "__ior__" ip_or;
}

/// The unary slots: each takes only the receiver.
fn unary(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    args(vm, a, kw, name, 0)?;
    let v = recv(vm, a);
    match name {
        "__len__" => super::len_of(vm, v).map(|n| Value::Int(n as i64)),
        "__iter__" => vm.get_iter(v),
        "__next__" => match vm.next(v)? {
            Some(x) => Ok(x),
            None => Err(vm.stop_iteration(Value::None)),
        },
        "__hash__" => vm.hash(v).map(Value::Int),
        "__repr__" => {
            let s = match v {
                Value::Bool(b) => (b as i64).to_string(),
                _ => vm.repr(v)?,
            };
            Ok(vm.new_str(s))
        }
        "__str__" => {
            let s = vm.str(v)?;
            Ok(vm.new_str(s))
        }
        "__bool__" => vm.truthy(v).map(Value::Bool),
        "__neg__" => vm.unary(UnOp::Neg, v),
        "__pos__" => vm.unary(UnOp::Pos, v),
        "__invert__" => vm.unary(UnOp::Invert, v),
        "__abs__" => super::abs(vm, &[v], &[]),
        "__int__" | "__index__" | "__trunc__" => vm.call(Value::Obj(vm.types.int), &[v]),
        "__float__" => vm.call(Value::Obj(vm.types.float), &[v]),
        "__floor__" | "__ceil__" => match v {
            Value::Float(f) => {
                let r = if name == "__floor__" {
                    f.floor()
                } else {
                    f.ceil()
                };
                vm.call(Value::Obj(vm.types.int), &[Value::Float(r)])
            }
            _ => vm.call(Value::Obj(vm.types.int), &[v]),
        },
        "__reversed__" => super::reversed(vm, &[v], &[]),
        _ => Ok(Value::NotImplemented),
    }
}

simple_slots! {
    len "__len__" unary; iter "__iter__" unary; next "__next__" unary;
    hash "__hash__" unary; repr "__repr__" unary; str "__str__" unary;
    bool "__bool__" unary; neg "__neg__" unary; pos "__pos__" unary;
    invert "__invert__" unary; abs "__abs__" unary; int "__int__" unary;
    index "__index__" unary; trunc "__trunc__" unary; float "__float__" unary;
    floor "__floor__" unary; ceil "__ceil__" unary; reversed "__reversed__" unary;
}

fn getitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    // list's and dict's `__getitem__` are method descriptors (METH_O), with that message.
    let owner = match a.first().map(|&r| family(vm, r)) {
        Some(Family::List) => Some("list"),
        Some(Family::Dict) => Some("dict"),
        _ => None,
    };
    if let (Some(t), true) = (owner, a.len() != 2 || !kw.is_empty()) {
        let msg = if kw.is_empty() {
            format!(
                "{t}.__getitem__() takes exactly one argument ({} given)",
                a.len() - 1
            )
        } else {
            format!("{t}.__getitem__() takes no keyword arguments")
        };
        return Err(vm.type_error(msg));
    }
    let k = args(vm, a, kw, "__getitem__", 1)?[0];
    if vm.payload(a[0]).is_some() {
        // dict's own lookup still asks the subclass's `__missing__`.
        return vm.payload_getitem(a[0], k);
    }
    vm.getitem(a[0], k)
}

fn setitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let kv = args(vm, a, kw, "__setitem__", 2)?;
    let value = vm.incref(kv[1]);
    vm.setitem(recv(vm, a), kv[0], value)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = args(vm, a, kw, "__delitem__", 1)?[0];
    vm.delitem(recv(vm, a), k)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = args(vm, a, kw, "__contains__", 1)?[0];
    vm.contains(recv(vm, a), x).map(Value::Bool)
}

fn divmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__divmod__", 1)?[0];
    let r = recv(vm, a);
    if !handles(vm, r, other, BinOp::FloorDiv, false) {
        return Ok(Value::NotImplemented);
    }
    super::divmod(vm, &[r, vm.unwrap_payload(other)], &[])
}

fn rdivmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__rdivmod__", 1)?[0];
    let r = recv(vm, a);
    if !handles(vm, r, other, BinOp::FloorDiv, false) {
        return Ok(Value::NotImplemented);
    }
    super::divmod(vm, &[vm.unwrap_payload(other), r], &[])
}

/// `__pow__(exp, mod=None)` and `__rpow__(base, mod=None)`.
fn power(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, reflected: bool) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = a.get(1..).unwrap_or(&[]);
    if rest.is_empty() || rest.len() > 2 {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len())));
    }
    let other = rest[0];
    let r = recv(vm, a);
    if !handles(vm, r, other, BinOp::Pow, reflected) {
        return Ok(Value::NotImplemented);
    }
    let other = vm.unwrap_payload(other);
    let (base, exp) = if reflected { (other, r) } else { (r, other) };
    let mut call = vec![base, exp];
    call.extend(rest.get(1).copied());
    super::pow_fn(vm, &call, &[])
}

fn pow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    power(vm, a, kw, "__pow__", false)
}

fn rpow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    power(vm, a, kw, "__rpow__", true)
}

fn format(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let spec = args(vm, a, kw, "__format__", 1)?[0];
    let Some(spec) = vm.str_of(spec).map(str::to_string) else {
        let t = vm.type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    // An empty spec is str(self), the subclass's `__str__` included (formatter_unicode.c).
    let s = if spec.is_empty() {
        vm.str(a[0])?
    } else {
        vm.format(recv(vm, a), &spec)?
    };
    Ok(vm.new_str(s))
}

fn round(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut a = a.to_vec();
    a[0] = recv(vm, &a);
    super::round(vm, &a, kw)
}

/// The native standing in for a type's dunder `name`.
fn native_for(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__add__" => add,
        "__radd__" => radd,
        "__sub__" => sub,
        "__rsub__" => rsub,
        "__mul__" => mul,
        "__rmul__" => rmul,
        "__truediv__" => truediv,
        "__rtruediv__" => rtruediv,
        "__floordiv__" => floordiv,
        "__rfloordiv__" => rfloordiv,
        "__mod__" => modulo,
        "__rmod__" => rmodulo,
        "__lshift__" => lshift,
        "__rlshift__" => rlshift,
        "__rshift__" => rshift,
        "__rrshift__" => rrshift,
        "__and__" => and,
        "__rand__" => rand,
        "__xor__" => xor,
        "__rxor__" => rxor,
        "__or__" => or,
        "__ror__" => ror,
        "__divmod__" => divmod,
        "__rdivmod__" => rdivmod,
        "__pow__" => pow,
        "__rpow__" => rpow,
        "__lt__" => lt,
        "__le__" => le,
        "__eq__" => eq,
        "__ne__" => ne,
        "__gt__" => gt,
        "__ge__" => ge,
        "__iadd__" => iadd,
        "__imul__" => imul,
        "__isub__" => isub,
        "__iand__" => iand,
        "__ixor__" => ixor,
        "__ior__" => ior,
        "__len__" => len,
        "__iter__" => iter,
        "__next__" => next,
        "__hash__" => hash,
        "__repr__" => repr,
        "__str__" => str,
        "__bool__" => bool,
        "__neg__" => neg,
        "__pos__" => pos,
        "__invert__" => invert,
        "__abs__" => abs,
        "__int__" => int,
        "__index__" => index,
        "__trunc__" => trunc,
        "__float__" => float,
        "__floor__" => floor,
        "__ceil__" => ceil,
        "__reversed__" => reversed,
        "__getitem__" => getitem,
        "__setitem__" => setitem,
        "__delitem__" => delitem,
        "__contains__" => contains,
        "__format__" => format,
        "__round__" => round,
        _ => return None,
    })
}

// ------------------------------------------------------------------ object's own

fn object_eq(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__eq__", 1)?[0];
    Ok(if a[0].is(other) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the type's `__eq__`, inverted unless it has no answer.
fn object_ne(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__ne__", 1)?[0];
    let eq = match vm.special(a[0], vm.names.eq) {
        Some(f) => vm.call(f, &[a[0], other])?,
        None if a[0].is(other) => Value::Bool(true),
        None => Value::NotImplemented,
    };
    if eq.is(Value::NotImplemented) {
        return Ok(eq);
    }
    let t = vm.truthy(eq);
    vm.heap.decref(eq);
    Ok(Value::Bool(!t?))
}

fn object_order(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    args(vm, a, kw, name, 1)?;
    Ok(Value::NotImplemented)
}

simple_slots! {
    object_lt "__lt__" object_order; object_le "__le__" object_order;
    object_gt "__gt__" object_order; object_ge "__ge__" object_order;
}

fn object_hash(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args(vm, a, kw, "__hash__", 0)?;
    Ok(Value::Int(match a[0] {
        Value::Obj(k) => crate::vm::ops::identity_hash(k),
        v => vm.hash(v)?,
    }))
}

fn object_repr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args(vm, a, kw, "__repr__", 0)?;
    let s = vm.object_repr(a[0]);
    Ok(vm.new_str(s))
}

/// `object.__str__`: the type's repr.
fn object_str(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args(vm, a, kw, "__str__", 0)?;
    let s = vm.repr(a[0])?;
    Ok(vm.new_str(s))
}

fn object_format(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let spec = args(vm, a, kw, "__format__", 1)?[0];
    match vm.str_of(spec) {
        Some("") => {
            let s = vm.str(a[0])?;
            Ok(vm.new_str(s))
        }
        Some(_) => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )))
        }
        None => {
            let t = vm.type_name(spec);
            Err(vm.type_error(format!("__format__() argument must be str, not {t}")))
        }
    }
}

fn object_native_for(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__eq__" => object_eq,
        "__ne__" => object_ne,
        "__lt__" => object_lt,
        "__le__" => object_le,
        "__gt__" => object_gt,
        "__ge__" => object_ge,
        "__hash__" => object_hash,
        "__repr__" => object_repr,
        "__str__" => object_str,
        "__format__" => object_format,
        _ => return None,
    })
}

// ------------------------------------------------------------------ `T.__new__(C, *args)`

/// A builtin type's `__new__`, bound to the type (`<built-in method __new__ of type object>`):
/// checks that `C` is a type that `T`'s allocation fits, then allocates without `__init__`.
pub fn builtin_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = a[0].as_obj().expect("bound to its type");
    let tn = vm.class_name(t);
    let Some(&cls) = a.get(1) else {
        return Err(vm.type_error(format!("{tn}.__new__(): not enough arguments")));
    };
    let Some(c) = cls
        .as_obj()
        .filter(|k| matches!(vm.heap.kind(*k), Kind::Class(_)))
    else {
        let ct = vm.type_name(cls);
        return Err(vm.type_error(format!("{tn}.__new__(X): X is not a type object ({ct})")));
    };
    let cn = vm.class_name(c);
    if !vm.is_subclass(c, t) {
        return Err(vm.type_error(format!("{tn}.__new__({cn}): {cn} is not a subtype of {tn}")));
    }
    // The builtin base whose allocation `C` needs must be the one `T` does.
    let base = vm.builtin_base(c);
    if vm.class_layout(base) != vm.class_layout(t) {
        let bn = vm.class_name(base);
        return Err(vm.type_error(format!(
            "{tn}.__new__({cn}) is not safe, use {bn}.__new__()"
        )));
    }
    let args = &a[2..];
    if t == vm.types.object && (!args.is_empty() || !kw.is_empty()) {
        let init = vm.names.init;
        let own = |vm: &Vm, name: Value| {
            vm.class_lookup(c, name)
                .is_some_and(|f| !matches!(vm.unwrap_static(f), Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Native(_))))
        };
        if own(vm, vm.names.new) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)".into(),
            ));
        }
        if !own(vm, init) {
            return Err(vm.type_error(format!("{cn}() takes no arguments")));
        }
        return vm.allocate(c, &[], &[]);
    }
    vm.allocate(c, args, kw)
}

fn type_by_name(vm: &Vm, name: &str) -> Option<ObjKey> {
    let t = &vm.types;
    Some(match name {
        "object" => t.object,
        "int" => t.int,
        "bool" => t.bool_,
        "float" => t.float,
        "str" => t.str_,
        "bytes" => t.bytes,
        "complex" => t.complex,
        "bytearray" => t.bytearray,
        "list" => t.list,
        "tuple" => t.tuple,
        "dict" => t.dict,
        "set" => t.set,
        "frozenset" => t.frozenset,
        "range" => t.range,
        "slice" => t.slice,
        "NoneType" => t.none,
        _ => return None,
    })
}

/// `list[int]`: a `types.GenericAlias` over the class (PEP 585).
fn class_getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match a {
        [cls, arg] => generic_alias(vm, *cls, *arg),
        _ => {
            let name = match a.first() {
                Some(Value::Obj(k)) => vm.class_name(*k),
                _ => "type".to_string(),
            };
            Err(vm.type_error(format!(
                "{name}.__class_getitem__() takes exactly one argument ({} given)",
                a.len().saturating_sub(1)
            )))
        }
    }
}

/// `types.GenericAlias(origin, args)` (`type[int]` too, which type's subscript makes).
pub fn generic_alias(vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    call_in_types(vm, "GenericAlias", &[origin, args])
}

/// Calls `types.<name>(*args)`: the typing objects written in Python (py/types.py).
fn call_in_types(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let types = vm.import_absolute("types")?;
    let key = vm.intern(name);
    let f = vm.getattr(types, key);
    vm.heap.decref(types);
    let f = f?;
    let r = vm.call(f, args);
    vm.heap.decref(f);
    r
}

/// `it.__length_hint__()` of the builtin iterators: how many items are left.
fn length_hint(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args(vm, a, kw, "__length_hint__", 0)?;
    let Some(k) = a[0].as_obj() else {
        return Ok(Value::Int(0));
    };
    let seq_len = |vm: &Vm, seq: Value| match seq.as_obj().map(|s| vm.heap.kind(s)) {
        Some(Kind::List(l)) => l.len(),
        Some(Kind::Tuple(t)) => t.len(),
        Some(Kind::Bytes(b)) => b.b.len(),
        Some(Kind::ByteArray(b)) => b.len(),
        _ => 0,
    };
    let n: usize = match vm.heap.kind(k) {
        Kind::Iter(it) => match &**it {
            Iter::Seq { seq, index, .. } => seq_len(vm, *seq).saturating_sub(*index),
            Iter::Reversed { seq, index } if *index <= seq_len(vm, *seq) => *index,
            Iter::Str { s, byte } => vm
                .str_of(*s)
                .and_then(|s| s.get(*byte..))
                .map_or(0, |rest| rest.chars().count()),
            Iter::Range { next, stop, step } => {
                let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
                let n = if step > 0 && next < stop {
                    (stop - next + step - 1) / step
                } else if step < 0 && next > stop {
                    (next - stop - step - 1) / -step
                } else {
                    0
                };
                n as usize
            }
            Iter::BigRange(r) => {
                let left = r.2.clone();
                return Ok(vm.int_from_big(left));
            }
            Iter::Dict { remaining, .. } => *remaining,
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `type.__or__`/`__ror__`: `int | None` makes a `types.UnionType` (PEP 604).
fn type_or(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__or__", 1)?[0];
    union_or(vm, a[0], other)
}

fn type_ror(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let other = args(vm, a, kw, "__ror__", 1)?[0];
    union_or(vm, other, a[0])
}

fn union_or(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    call_in_types(vm, "_union_or", &[a, b])
}

fn install_class_getitem(vm: &mut Vm) {
    let t = &vm.types;
    let types = [t.list, t.tuple, t.dict, t.set, t.frozenset];
    let key = vm.intern("__class_getitem__");
    for class in types {
        let f = vm.new_native("__class_getitem__", class_getitem, Value::Obj(class));
        let cm = vm.heap.alloc(Kind::ClassMethod(f));
        vm.class_dict_set(class, key, cm);
    }
    let tp = vm.types.type_;
    vm.add_methods(tp, &[("__or__", type_or), ("__ror__", type_ror)]);
}

/// Gives a native class `__class_getitem__` (`re.Pattern[str]`), as the builtin containers have.
pub fn add_class_getitem(vm: &mut Vm, class: crate::heap::ObjKey) {
    let key = vm.intern("__class_getitem__");
    let f = vm.new_native("__class_getitem__", class_getitem, Value::Obj(class));
    let cm = vm.heap.alloc(Kind::ClassMethod(f));
    vm.class_dict_set(class, key, cm);
}

/// `T.__new__` for the types user classes can derive from: a static method holding the
/// allocator bound to `T`, as CPython's tp_new wrapper is.
fn install_new(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.object,
        t.int,
        t.bool_,
        t.float,
        t.str_,
        t.bytes,
        t.bytearray,
        t.complex,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.base_exception,
    ];
    for class in types {
        install_bound_new(vm, class, builtin_new);
    }
}

/// `class.__new__`: a static method holding `f` bound to the class (`<built-in method __new__
/// of type object>`), so `super().__new__(cls)` passes `cls` on unbound.
pub fn install_bound_new(vm: &mut Vm, class: ObjKey, f: NativeFn) {
    let native = vm.new_native("__new__", f, Value::Obj(class));
    // The reference new_native took to the owner becomes the bound receiver's.
    if let Value::Obj(k) = native {
        if let Kind::Native(n) = vm.heap.kind_mut(k) {
            n.bound = Value::Obj(class);
            n.owner = Value::None;
        }
    }
    let sm = vm.heap.alloc(Kind::StaticMethod(native));
    let key = vm.names.new;
    vm.class_dict_set(class, key, sm);
}

/// Puts each builtin type's dunders in its dict, as CPython's do; a name the type's own
/// module installed already (`str.__mod__`, `list.__init__`) keeps that native, now shown
/// as the slot wrapper CPython has there.
pub fn install(vm: &mut Vm) {
    for &(tname, name, flavor) in SLOTS {
        let Some(class) = type_by_name(vm, tname) else {
            continue;
        };
        let key = vm.intern(name);
        let existing = vm.ns_lookup(class, key);
        if existing.is_none() {
            let value = match flavor {
                Flavor::Unhashable => Value::None,
                _ => {
                    let f = match (tname, name) {
                        ("object", _) => object_native_for(name),
                        ("bool", "__and__" | "__rand__") => Some(bool_and as NativeFn),
                        ("bool", "__or__" | "__ror__") => Some(bool_or as NativeFn),
                        ("bool", "__xor__" | "__rxor__") => Some(bool_xor as NativeFn),
                        ("bool", "__repr__") => Some(bool_repr as NativeFn),
                        _ => native_for(name),
                    };
                    let Some(f) = f else { continue };
                    vm.new_native(name, f, Value::Obj(class))
                }
            };
            vm.class_dict_set(class, key, value);
        }
        // `__init__` is called for real (`super().__init__(…)`); the rest stand in for ops.
        let stands_in = name != "__init__";
        if let Some(Value::Obj(k)) = vm.ns_lookup(class, key) {
            if let Kind::Native(n) = vm.heap.kind_mut(k) {
                n.slot = flavor == Flavor::Slot;
                n.stands_in = stands_in;
            }
        }
    }
    install_new(vm);
    install_class_getitem(vm);
    super::descriptor_wrappers::install(vm);
    let t = &vm.types;
    let hinted = [
        t.it_list_iterator,
        t.it_tuple_iterator,
        t.it_list_reverseiterator,
        t.it_str_ascii_iterator,
        t.it_str_iterator,
        t.it_bytes_iterator,
        t.it_bytearray_iterator,
        t.it_range_iterator,
        t.it_longrange_iterator,
        t.it_dict_keyiterator,
        t.it_dict_valueiterator,
        t.it_dict_itemiterator,
    ];
    for class in hinted {
        vm.add_methods(class, &[("__length_hint__", length_hint)]);
    }
    let t = &vm.types;
    let mut iterators = t.iterator_types().to_vec();
    iterators.extend([t.iterator, t.generator]);
    for class in iterators {
        for (name, f) in [("__iter__", iter as NativeFn), ("__next__", next)] {
            let key = vm.intern(name);
            if vm.ns_lookup(class, key).is_some() {
                continue;
            }
            let v = vm.new_native(name, f, Value::Obj(class));
            if let Value::Obj(k) = v {
                if let Kind::Native(n) = vm.heap.kind_mut(k) {
                    n.slot = true;
                    n.stands_in = true;
                }
            }
            vm.class_dict_set(class, key, v);
        }
    }
}
