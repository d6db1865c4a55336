//! Methods of `slice` objects: `indices(length)`, exact for ints of any size as CPython's
//! _PySlice_GetLongIndices computes it.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// `slice.indices(length)`: (start, stop, step) for a sequence of that length.
fn indices(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let parts = match a[0] {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Slice(p) => **p,
            _ => [Value::None; 3],
        },
        _ => [Value::None; 3],
    };
    let length = vm.index_big(a[1])?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let bound = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
        if v.is(Value::None) {
            return Ok(None);
        }
        match vm.index_big_opt(v)? {
            Some(b) => Ok(Some(b)),
            None => Err(vm.type_error(
                "slice indices must be integers or None or have an __index__ method".into(),
            )),
        }
    };
    let step = bound(vm, parts[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero".into()));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |i: BigInt| {
        let i = if i.is_negative() { i + &length } else { i };
        if i < lower {
            lower.clone()
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let start = match bound(vm, parts[0])? {
        Some(s) => clamp(s),
        None if backwards => upper.clone(),
        None => lower.clone(),
    };
    let stop = match bound(vm, parts[1])? {
        Some(s) => clamp(s),
        None if backwards => lower.clone(),
        None => upper.clone(),
    };
    let items = vec![
        vm.int_from_big(start),
        vm.int_from_big(stop),
        vm.int_from_big(step),
    ];
    Ok(vm.new_tuple(items))
}

pub fn install(vm: &mut Vm) {
    let s = vm.types.slice;
    vm.add_methods(s, &[("indices", indices)]);
}
