//! The `sys` module: reference counts and sizes as this heap sees them, the recursion limit,
//! `argv`, `version`, `maxsize`.

use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn getrefcount(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match vm.heap.refcount(a[0]) {
        Some(n) => n as i64,
        None => 4294967295,
    }))
}

fn getsizeof(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match a[0] {
        Value::Obj(k) => crate::heap::size::object_size(vm.heap.obj(k)) as i64,
        _ => 24,
    }))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let n = vm.c_int_arg(a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    vm.recursion_limit = n as u32;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.exit([status])`: raises SystemExit(status).
fn exit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!("exit expected at most 1 argument, got {}", a.len())));
    }
    let items: Vec<Value> = a.iter().map(|&v| vm.incref(v)).collect();
    let args = vm.new_tuple(items);
    let e = vm.new_exception(vm.types.system_exit, args);
    Err(crate::vm::PyErr(e))
}

pub fn module(vm: &mut Vm) -> Value {
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    let version = vm.new_str(format!(
        "3.11.7 (cellar {}) [Rust]",
        env!("CARGO_PKG_VERSION")
    ));
    let stdout = super::io::console_file(vm, crate::heap::object::Console::Stdout);
    let stderr = super::io::console_file(vm, crate::heap::object::Console::Stderr);
    super::new_module(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("getsizeof", getsizeof),
            ("setrecursionlimit", setrecursionlimit),
            ("getrecursionlimit", getrecursionlimit),
            ("exit", exit),
        ],
        &[
            ("argv", argv),
            ("version", version),
            ("maxsize", Value::Int(i64::MAX)),
            ("stdout", stdout),
            ("stderr", stderr),
        ],
    )
}
