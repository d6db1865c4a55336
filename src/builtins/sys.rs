//! The `sys` module: reference counts and sizes as this heap sees them, the recursion limit,
//! `argv`, `version`, `maxsize`.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn getrefcount(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = super::exactly_one(vm, "sys.getrefcount", a)?;
    Ok(Value::Int(match vm.heap.refcount(v) {
        Some(n) => n as i64,
        None => 4294967295,
    }))
}

/// `sys.getsizeof(object[, default])`: the bytes this heap gives the object, or what a
/// class's own `__sizeof__` says plus the collector's header (CPython's 16 bytes), with
/// `default` standing in when that `__sizeof__` fails with a TypeError.
fn getsizeof(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [obj, default] = super::parse_args(vm, "getsizeof", a, kw, &["object", "default"], 0)?;
    let Some(obj) = obj else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)".into()));
    };
    let key = vm.intern("__sizeof__");
    let own = vm
        .special(obj, key)
        .filter(|m| matches!(m, Value::Obj(k) if matches!(vm.heap.kind(*k), Kind::Function(_))));
    let Some(method) = own else {
        return Ok(Value::Int(match obj {
            Value::Obj(k) => crate::heap::size::object_size(vm.heap.obj(k)) as i64,
            _ => 24,
        }));
    };
    match own_sizeof(vm, method, obj) {
        Err(e) if default.is_some() && vm.isinstance(e.0, vm.types.type_error) => {
            vm.heap.decref(e.0);
            Ok(vm.incref(default.expect("checked")))
        }
        r => Ok(Value::Int(r? + 16)),
    }
}

fn own_sizeof(vm: &mut Vm, method: Value, obj: Value) -> PyResult<i64> {
    let r = vm.call(method, &[obj])?;
    if !vm.isinstance(r, vm.types.int) {
        vm.heap.decref(r);
        return Err(vm.type_error("an integer is required".into()));
    }
    let n = vm.ssize_arg(r);
    vm.heap.decref(r);
    let n = n?;
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0".into()));
    }
    Ok(n)
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = super::exactly_one(vm, "sys.setrecursionlimit", a)?;
    let n = vm.c_int_arg(v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    vm.recursion_limit = n as u32;
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::parse_args::<0>(vm, "get_int_max_str_digits", a, kw, &[], 0)?;
    Ok(Value::Int(crate::numeric::parse::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit; below 640 is refused.
fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [n] = super::parse_args(vm, "set_int_max_str_digits", a, kw, &["maxdigits"], 1)?;
    let n = vm.ssize_arg(n.unwrap_or(Value::None))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640".into()));
    }
    crate::numeric::parse::set_max_str_digits(n as usize);
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
    // PyErr_SetObject's rule: no value or None gives no args, a tuple is the args itself.
    let args = match a.first() {
        None | Some(Value::None) => vm.new_tuple(vec![]),
        Some(&t) if vm.isinstance(t, vm.types.tuple) => {
            let items = vm.iterate(t)?;
            vm.new_tuple(items)
        }
        Some(&v) => {
            let v = vm.incref(v);
            vm.new_tuple(vec![v])
        }
    };
    let e = vm.new_exception(vm.types.system_exit, args);
    Err(crate::vm::PyErr(e))
}

/// `sys.excepthook(type, value, traceback)` (and `sys.__excepthook__`): writes the exception's
/// traceback to `sys.stderr`, as an uncaught exception shows it.
fn excepthook(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    let text = vm.format_traceback(a[1]);
    write_stderr(vm, &text)?;
    Ok(Value::None)
}

/// Text written through `sys.stderr` (the process's stderr when it is gone or None).
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    let stream = super::io::sys_stream(vm, "stderr").filter(|s| !s.is(Value::None));
    let Some(stream) = stream else {
        vm.out.err(text);
        return Ok(());
    };
    let key = vm.intern("write");
    let write = vm.getattr(stream, key)?;
    let s = vm.new_str(text);
    let r = vm.call(write, &[s]);
    vm.heap.decref(s);
    vm.heap.decref(write);
    r.map(|v| vm.heap.decref(v))
}

/// The attributes `sys` makes when a program first asks for one: a session that never does
/// holds no path strings (they would make %mem's startup figures depend on where the binary
/// lives). Once made they sit in the module's namespace like any other (borrowed).
pub fn lazy_attribute(vm: &mut Vm, dict: ObjKey, name: &str) -> Option<Value> {
    const LAZY: [&str; 7] = [
        "executable",
        "_base_executable",
        "prefix",
        "exec_prefix",
        "base_prefix",
        "base_exec_prefix",
        "orig_argv",
    ];
    if !LAZY.contains(&name) {
        return None;
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let prefix = exe
        .parent()
        .and_then(|bin| bin.parent())
        .map_or_else(|| "/".to_string(), |p| p.to_string_lossy().into_owned());
    let exe = exe.to_string_lossy().into_owned();
    for attr in LAZY {
        let key = vm.intern(attr);
        if vm.ns_lookup(dict, key).is_some() {
            continue;
        }
        let value = match attr {
            "executable" | "_base_executable" => vm.new_str(exe.clone()),
            "orig_argv" => {
                let argv: Vec<Value> = std::env::args_os()
                    .map(|a| vm.new_str(a.to_string_lossy().into_owned()))
                    .collect();
                vm.new_list(argv)
            }
            _ => vm.new_str(prefix.clone()),
        };
        vm.ns_set(dict, key, value);
    }
    let key = vm.intern(name);
    vm.ns_lookup(dict, key)
}

/// Whether `hook` is Cellar's own `sys.excepthook`.
pub fn is_default_excepthook(vm: &Vm, hook: Value) -> bool {
    matches!(hook.as_obj().map(|k| vm.heap.kind(k)),
        Some(Kind::Native(n)) if n.name == "excepthook" && n.bound.is_undef())
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
    let s = super::exactly_one(vm, "sys.intern", a)?;
    if vm.payload(s).is_some_and(|p| vm.str_of(p).is_some()) {
        let t = vm.type_name(s);
        return Err(vm.type_error(format!("can't intern {t}")));
    }
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
    let stdin = super::io::console_file(vm, crate::heap::object::Console::Stdin);
    let names: Vec<Value> = super::NATIVE_MODULE_NAMES
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    let builtin_module_names = vm.new_tuple(names);
    let platlibdir = vm.new_str("lib");
    let (modules, path) = (vm.sys_modules, vm.sys_path);
    vm.heap.incref(modules);
    vm.heap.incref(path);
    let values = [
        ("argv", argv),
        ("builtin_module_names", builtin_module_names),
        ("platlibdir", platlibdir),
        ("version", version),
        ("maxsize", Value::Int(i64::MAX)),
        ("stdout", stdout),
        ("stderr", stderr),
        ("stdin", stdin),
        ("modules", modules),
        ("path", path),
    ];
    let m = super::new_module(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("getsizeof", getsizeof),
            ("setrecursionlimit", setrecursionlimit),
            ("getrecursionlimit", getrecursionlimit),
            ("exit", exit),
            ("excepthook", excepthook),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("_getframe", getframe),
            ("exc_info", exc_info),
            ("exception", exception),
            ("intern", intern),
        ],
        &values,
    );
    super::run_support(vm, m, include_str!("py/sys_support.py"), "<cellar sys>");
    m
}
