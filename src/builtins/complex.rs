//! `complex`, one home: construction (`complex(re, im)`, strings, `__complex__`), the
//! operators with ints, floats and complexes, equality, hash, `abs`, and the methods and
//! attributes (`real`, `imag`, `conjugate`). The arithmetic is numeric/complex.rs.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::numeric::complex::{self as cx, C};
use crate::syntax::ast::BinOp;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// A number as a complex: ints and floats (and their subclasses) and complexes.
fn as_complex(vm: &mut Vm, v: Value) -> PyResult<Option<C>> {
    if let Some(z) = vm.complex_of(v) {
        return Ok(Some(z));
    }
    let n = vm.unwrap_payload(v);
    match n {
        Value::Float(f) => Ok(Some(C::new(f, 0.0))),
        Value::Int(i) => Ok(Some(C::new(i as f64, 0.0))),
        Value::Bool(b) => Ok(Some(C::new(b as i64 as f64, 0.0))),
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => {
            let b = vm.to_big(n).unwrap_or_default();
            let f = crate::numeric::arith::int_to_f64(&b).map_err(|e| vm.num_err(e))?;
            Ok(Some(C::new(f, 0.0)))
        }
        _ => Ok(None),
    }
}

/// Whether either operand is a complex (the operators below then apply).
pub fn involved(vm: &Vm, a: Value, b: Value) -> bool {
    vm.complex_of(a).is_some() || vm.complex_of(b).is_some()
}

/// `a OP b` when one side is a complex and the other a number; None otherwise (or for an
/// operator complex does not have, which then raises the usual TypeError).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_complex(vm, a)?, as_complex(vm, b)?) else {
        return Ok(None);
    };
    let z = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => match cx::quot(x, y) {
            Some(z) => z,
            None => {
                let e = vm.types.zero_division_error;
                return Err(vm.exception_with_msg(e, "complex division by zero".into()));
            }
        },
        BinOp::Pow => cx::pow(x, y).map_err(|e| vm.num_err(e))?,
        _ => return Ok(None),
    };
    Ok(Some(vm.new_complex(z)))
}

/// `a == b` with a complex on one side (None: not a number on the other).
pub fn equal(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    let (x, y) = (vm.complex_of(a), vm.complex_of(b));
    let (z, other) = match (x, y) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        _ => return None,
    };
    let other = vm.unwrap_payload(other);
    let real = matches!(other, Value::Float(_) | Value::Int(_) | Value::Bool(_))
        || matches!(other, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)));
    if z.im != 0.0 {
        return real.then_some(false);
    }
    match other {
        Value::Float(f) => Some(z.re == f),
        Value::Int(i) => vm.simple_eq(Value::Float(z.re), Value::Int(i)),
        Value::Bool(b) => Some(z.re == b as i64 as f64),
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => {
            vm.simple_eq(Value::Float(z.re), other)
        }
        _ => None,
    }
}

pub fn hash(z: C) -> i64 {
    let part = |x: f64| crate::numeric::hash::hash_f64(x).unwrap_or(0);
    cx::hash(part(z.re), part(z.im))
}

pub fn abs(vm: &mut Vm, z: C) -> PyResult<Value> {
    cx::abs(z).map(Value::Float).map_err(|e| vm.num_err(e))
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [re, im] = super::string::unpack_kw(vm, a, kw, "complex", ["real", "imag"])?;
    let Some(re) = re else {
        let (i, i_complex) = match im {
            Some(i) => part_value(vm, i, "imag")?,
            None => (C::new(0.0, 0.0), false),
        };
        let real = if i_complex { 0.0 - i.im } else { 0.0 };
        return Ok(vm.new_complex(C::new(real, i.re)));
    };
    if let Some(s) = vm.str_of(re).map(str::to_string) {
        if im.is_some() {
            return Err(
                vm.type_error("complex() can't take second arg if first is a string".into())
            );
        }
        let z = cx::parse(&s).map_err(|e| vm.num_err(e))?;
        return Ok(vm.new_complex(z));
    }
    if let Some(i) = im {
        if vm.str_of(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string".into()));
        }
    }
    let (r, r_complex) = first_value(vm, re)?;
    let Some(im) = im else {
        return Ok(vm.new_complex(r));
    };
    let (i, i_complex) = part_value(vm, im, "imag")?;
    // complex(a, b) = a + b*1j, component-wise as CPython does it: a part that is not a
    // complex adds nothing (not even a zero that would change a -0.0).
    let real = if i_complex { r.re - i.im } else { r.re };
    let imag = if r_complex { i.re + r.im } else { i.re };
    Ok(vm.new_complex(C::new(real, imag)))
}

/// The first argument: a complex, `__complex__`, or a real number (and whether it was complex).
fn first_value(vm: &mut Vm, v: Value) -> PyResult<(C, bool)> {
    let hook = vm.intern("__complex__");
    if let Some(f) = vm.user_special(v, hook) {
        let r = vm.call(f, &[v])?;
        let z = vm.complex_of(r);
        if z.is_none() {
            let t = vm.type_name(r);
            vm.heap.decref(r);
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")));
        }
        vm.heap.decref(r);
        return Ok((z.unwrap_or(C::new(0.0, 0.0)), true));
    }
    part_value(vm, v, "real")
}

/// A real or complex argument; floats through `__float__`/`__index__` as CPython does.
fn part_value(vm: &mut Vm, v: Value, which: &str) -> PyResult<(C, bool)> {
    if let Some(z) = vm.complex_of(v) {
        return Ok((z, true));
    }
    if let Some(z) = as_complex(vm, v)? {
        return Ok((z, false));
    }
    let f = super::float_protocol(vm, v)?;
    match f {
        Some(Value::Float(f)) => Ok((C::new(f, 0.0), false)),
        _ => {
            let t = vm.type_name(v);
            let msg = if which == "real" {
                format!("complex() first argument must be a string or a number, not '{t}'")
            } else {
                format!("complex() second argument must be a number, not '{t}'")
            };
            Err(vm.type_error(msg))
        }
    }
}

fn recv(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<C> {
    match a.first().and_then(|v| vm.complex_of(*v)) {
        Some(z) => Ok(z),
        None => {
            let t = a.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn conjugate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let z = recv(vm, a, "conjugate")?;
    super::string::check_positional(vm, &a[1..], kw, "conjugate", 0, 0)?;
    Ok(vm.new_complex(C::new(z.re, -z.im)))
}

fn dunder_complex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let z = recv(vm, a, "__complex__")?;
    super::string::check_positional(vm, &a[1..], kw, "__complex__", 0, 0)?;
    Ok(vm.new_complex(z))
}

fn getnewargs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let z = recv(vm, a, "__getnewargs__")?;
    super::string::check_positional(vm, &a[1..], kw, "__getnewargs__", 0, 0)?;
    Ok(vm.new_tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

/// `int.conjugate()` and `float.conjugate()`: the number itself (an int for a bool).
fn real_conjugate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "conjugate", 0, 0)?;
    let v = vm.unwrap_payload(a[0]);
    Ok(match v {
        Value::Bool(b) => Value::Int(b as i64),
        _ => vm.incref(v),
    })
}

pub fn install(vm: &mut Vm) {
    let (int, float) = (vm.types.int, vm.types.float);
    vm.add_methods(int, &[("conjugate", real_conjugate)]);
    vm.add_methods(float, &[("conjugate", real_conjugate)]);
    let t = vm.types.complex;
    vm.add_methods(
        t,
        &[
            ("conjugate", conjugate),
            ("__complex__", dunder_complex),
            ("__getnewargs__", getnewargs),
        ],
    );
    for name in ["real", "imag"] {
        let m = vm.new_member(name, t);
        let key = vm.intern(name);
        vm.class_dict_set(t, key, m);
    }
}
