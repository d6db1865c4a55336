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

/// `sys._getframe([depth])`: the frame object `depth` calls up from the caller.
fn getframe(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let depth = match a.first() {
        Some(&v) => vm.c_int_arg(v)?,
        None => 0,
    };
    vm.getframe(depth.max(0) as usize)
}

/// `sys.exc_info()`: the exception being handled as (type, value, traceback), or Nones.
fn exc_info(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let exc = vm.current_exception();
    if exc.is(Value::None) {
        return Ok(vm.new_tuple(vec![Value::None; 3]));
    }
    let class = vm.incref(Value::Obj(vm.type_of(exc)));
    let tb = vm.traceback_of(exc);
    let exc = vm.incref(exc);
    Ok(vm.new_tuple(vec![class, exc, tb]))
}

/// `sys.intern(s)`: the interned string equal to `s`, which becomes it if there was none.
fn intern(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = a[0];
    let Some(text) = vm.str_of(s).map(str::to_string) else {
        // Argument Clinic names None itself, other values by their type.
        let t = if s.is(Value::None) {
            "None".to_string()
        } else {
            vm.type_name(s)
        };
        return Err(vm.type_error(format!("intern() argument must be str, not {t}")));
    };
    let v = match vm.interned.get(text.as_str()) {
        Some(&v) => v,
        None => {
            // The interned table owns its strings (a root), as CPython's does.
            vm.heap.incref(s);
            vm.interned.insert(text.into(), s);
            s
        }
    };
    Ok(vm.incref(v))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let exc = vm.current_exception();
    Ok(vm.incref(exc))
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
    let (modules, path) = (vm.sys_modules, vm.sys_path);
    vm.heap.incref(modules);
    vm.heap.incref(path);
    let m = super::new_module(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("getsizeof", getsizeof),
            ("setrecursionlimit", setrecursionlimit),
            ("getrecursionlimit", getrecursionlimit),
            ("exit", exit),
            ("_getframe", getframe),
            ("exc_info", exc_info),
            ("exception", exception),
            ("intern", intern),
        ],
        &[
            ("argv", argv),
            ("version", version),
            ("maxsize", Value::Int(i64::MAX)),
            ("stdout", stdout),
            ("stderr", stderr),
            ("modules", modules),
            ("path", path),
        ],
    );
    super::run_support(vm, m, include_str!("py/sys_support.py"), "<cellar sys>");
    m
}
