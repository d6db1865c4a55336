//! `int.to_bytes` and `int.from_bytes`: an int's two's-complement bytes, with CPython's
//! defaults (length 1, big-endian, unsigned) and errors.

use num_bigint::{BigInt, Sign};

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

use super::string::unpack_kw;

/// Reads `byteorder` ('big' unless given) and `signed` (keyword only).
fn order_and_sign(
    vm: &mut Vm,
    order: Option<Value>,
    kw: Kwargs,
    name: &str,
) -> PyResult<(bool, bool)> {
    let little = match order {
        None => false,
        Some(v) => match vm.str_of(v) {
            Some("little") => true,
            Some("big") => false,
            Some(_) => {
                return Err(vm.value_error("byteorder must be either 'little' or 'big'".into()))
            }
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {t}"
                )));
            }
        },
    };
    let mut signed = false;
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("signed") => signed = vm.truthy(*v)?,
            Some("byteorder" | "length" | "bytes") => {}
            other => {
                let other = other.unwrap_or("").to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok((little, signed))
}

/// The keyword arguments other than `signed` (which the positional parser must not see).
fn without_signed(vm: &Vm, kw: Kwargs) -> Vec<(Value, Value)> {
    kw.iter()
        .filter(|(k, _)| vm.str_of(*k) != Some("signed"))
        .copied()
        .collect()
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = vm.unwrap_payload(a[0]);
    let Some(n) = vm.to_big(n) else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!(
            "descriptor 'to_bytes' for 'int' objects doesn't apply to a '{t}' object"
        )));
    };
    let pos_kw = without_signed(vm, kw);
    let [length, order] = unpack_kw(vm, &a[1..], &pos_kw, "to_bytes", ["length", "byteorder"])?;
    let (little, signed) = order_and_sign(vm, order, kw, "to_bytes")?;
    let length = match length {
        Some(v) => vm.ssize_arg(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative".into()));
    }
    if !signed && n.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned".into()));
    }
    let mut bytes = n.to_signed_bytes_be();
    if !signed {
        // The unsigned form has no sign byte.
        if bytes.len() > 1 && bytes[0] == 0 {
            bytes.remove(0);
        }
        if n.sign() == Sign::NoSign {
            bytes.clear();
        }
    } else if n.sign() == Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert".into()));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn from_bytes(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = a[0];
    let pos_kw = without_signed(vm, kw);
    let [src, order] = unpack_kw(vm, &a[1..], &pos_kw, "from_bytes", ["bytes", "byteorder"])?;
    let Some(src) = src else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into()));
    };
    let (little, signed) = order_and_sign(vm, order, kw, "from_bytes")?;
    if vm.str_of(src).is_some() || vm.try_index(src)?.is_some() {
        let t = vm.type_name(src);
        return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
    }
    let mut data = match vm.bytes_of(src) {
        Some(b) => b.to_vec(),
        None => {
            let b = super::bytes::construct(vm, &[src], &[], false)?;
            let d = super::bytes::data(vm, b).to_vec();
            vm.heap.decref(b);
            d
        }
    };
    if little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = vm.int_from_big(n);
    if class.is(Value::Obj(vm.types.int)) {
        return Ok(v);
    }
    // A subclass: cls(n), as CPython calls it.
    let r = vm.call(class, &[v]);
    vm.heap.decref(v);
    r
}

/// The int value of a method's receiver (an int subclass instance's value).
fn receiver(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<BigInt> {
    let n = vm.unwrap_payload(a[0]);
    match vm.to_big(n) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(a[0]);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'int' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

/// `n.bit_length()`: bits of |n| without leading zeros.
fn bit_length(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "bit_length", 0, 0)?;
    let n = receiver(vm, a, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

/// `n.bit_count()`: ones in the binary form of |n|.
fn bit_count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "bit_count", 0, 0)?;
    let n = receiver(vm, a, "bit_count")?;
    let ones: u32 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones())
        .sum();
    Ok(Value::Int(ones as i64))
}

/// `n.as_integer_ratio()`: `(n, 1)`, a plain int even for a bool or an int subclass.
fn as_integer_ratio(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "as_integer_ratio", 0, 0)?;
    let n = receiver(vm, a, "as_integer_ratio")?;
    let n = vm.int_from_big(n);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

/// `n.__getnewargs__()`: `(int(n),)`, what copy and pickle rebuild an int from.
fn getnewargs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::string::check_positional(vm, &a[1..], kw, "__getnewargs__", 0, 0)?;
    let n = receiver(vm, a, "__getnewargs__")?;
    let n = vm.int_from_big(n);
    Ok(vm.new_tuple(vec![n]))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.int;
    vm.add_methods(
        t,
        &[
            ("to_bytes", to_bytes),
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("as_integer_ratio", as_integer_ratio),
            ("__getnewargs__", getnewargs),
        ],
    );
    let f = vm.new_native("from_bytes", from_bytes, Value::Obj(t));
    let cm = vm.heap.alloc(Kind::ClassMethod(f));
    let key = vm.intern("from_bytes");
    vm.class_dict_set(t, key, cm);
}
