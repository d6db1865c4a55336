//! The generator type's methods (`send`, `throw`, `close`) with CPython's argument checks; the
//! protocol itself is vm/generators.rs.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::call::GenResult;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// The generator a method was called on (`generator.send(5, 1)` is refused as CPython does).
fn receiver(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<ObjKey> {
    match a.first() {
        Some(&Value::Obj(k)) if matches!(vm.heap.kind(k), Kind::Generator(_)) => Ok(k),
        Some(&v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'generator' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method generator.{name}() needs an argument"
        ))),
    }
}

fn no_keywords(vm: &mut Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("generator.{name}() takes no keyword arguments")))
    }
}

/// What a resumption gives Python code: the yielded value, or StopIteration carrying the
/// return value.
fn answer(vm: &mut Vm, r: PyResult<GenResult>) -> PyResult<Value> {
    match r? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn send(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = receiver(vm, "send", a)?;
    no_keywords(vm, "send", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let r = vm.gen_send(k, a[1]);
    answer(vm, r)
}

/// `throw(value)`, `throw(type[, value[, tb]])`: the exception to raise (owned), normalized as
/// CPython's `_gen_throw` does.
fn exception_to_throw(vm: &mut Vm, typ: Value, val: Value, tb: Value) -> PyResult<PyErr> {
    if !tb.is(Value::None) {
        let is_tb = matches!(tb, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Traceback(_)));
        if !is_tb {
            return Err(vm.type_error("throw() third argument must be a traceback object".into()));
        }
    }
    let exc = match typ {
        Value::Obj(k)
            if matches!(vm.heap.kind(k), Kind::Class(_))
                && vm.is_subclass(k, vm.types.base_exception) =>
        {
            if !val.is(Value::None) && vm.isinstance(val, k) {
                vm.incref(val)
            } else {
                let args: Vec<Value> = match val {
                    Value::None => Vec::new(),
                    Value::Obj(t) if matches!(vm.heap.kind(t), Kind::Tuple(_)) => {
                        let Kind::Tuple(items) = vm.heap.kind(t) else {
                            unreachable!("checked above")
                        };
                        items.to_vec()
                    }
                    v => vec![v],
                };
                // A class that cannot be built: its error is what gets thrown instead.
                let r = match vm.call(typ, &args) {
                    Ok(r) => r,
                    Err(e) => return Ok(e),
                };
                if !vm.isinstance(r, vm.types.base_exception) {
                    let t = vm.type_name(r);
                    vm.heap.decref(r);
                    let class = vm.repr(typ)?;
                    return Err(vm.type_error(format!(
                        "calling {class} should have returned an instance of BaseException, not {t}"
                    )));
                }
                r
            }
        }
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Exception(_)) => {
            if !val.is(Value::None) {
                return Err(
                    vm.type_error("instance exception may not have a separate value".into())
                );
            }
            vm.incref(typ)
        }
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {t}"
            )));
        }
    };
    Ok(PyErr(exc))
}

fn throw(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = receiver(vm, "throw", a)?;
    no_keywords(vm, "throw", kw)?;
    let given = a.len() - 1;
    if given == 0 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0".into()));
    }
    if given > 3 {
        return Err(vm.type_error(format!("throw expected at most 3 arguments, got {given}")));
    }
    let arg = |i: usize| a.get(i).copied().unwrap_or(Value::None);
    let exc = exception_to_throw(vm, a[1], arg(2), arg(3))?;
    let r = vm.gen_throw(k, exc, &a[1..]);
    answer(vm, r)
}

fn close(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = receiver(vm, "close", a)?;
    no_keywords(vm, "close", kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "generator.close() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    vm.gen_close(k)?;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] =
        &[("send", send), ("throw", throw), ("close", close)];
    let t = vm.types.generator;
    vm.add_methods(t, methods);
}
