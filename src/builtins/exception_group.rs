//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), written in Python
//! (py/exception_group.py) and loaded into builtins the first time either name is looked up
//! (parsing the source at every start cost 9M instructions and 5 MiB), and the two steps of
//! `except*` the interpreter asks them for: a clause's match (`CHECK_EG_MATCH`) and what to
//! raise after the last clause (`PREP_RERAISE_STAR`).

use crate::heap::Value;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("py/exception_group.py");

/// The names this module puts in builtins when it loads.
pub const NAMES: [&str; 2] = ["BaseExceptionGroup", "ExceptionGroup"];

/// Runs the module and puts both classes in builtins (once); the helpers stay reachable as
/// static methods of BaseExceptionGroup (`_check_eg_match`, `_prep_reraise_star`).
pub fn install(vm: &mut Vm) {
    if vm.exception_groups_loaded {
        return;
    }
    vm.exception_groups_loaded = true;
    let module = match super::python_module(vm, "exception_group", SOURCE) {
        Ok(m) => m,
        Err(e) => {
            // A bug in the embedded source: say so, and run without exception groups.
            let text = vm.format_traceback(e.0);
            vm.heap.decref(e.0);
            eprintln!("cellar: the exception_group module failed to load:\n{text}");
            return;
        }
    };
    let builtins = vm.builtins.as_obj().expect("builtins dict");
    for name in NAMES {
        let key = vm.intern(name);
        if let Ok(class) = vm.getattr(module, key) {
            vm.ns_set(builtins, key, class);
        }
    }
    vm.heap.decref(module);
}

/// Calls `BaseExceptionGroup.<helper>(args…)`.
fn helper(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    install(vm);
    let key = vm.intern("BaseExceptionGroup");
    let class = vm
        .builtins
        .as_obj()
        .and_then(|b| vm.ns_lookup(b, key))
        .unwrap_or(Value::None);
    let attr = vm.intern(name);
    let f = vm.getattr(class, attr)?;
    let r = vm.call(f, args);
    vm.heap.decref(f);
    r
}

/// `except* T`: (rest, match) for the exception still unhandled.
pub fn check_eg_match(vm: &mut Vm, exc: Value, typ: Value) -> PyResult<(Value, Value)> {
    let pair = helper(vm, "_check_eg_match", &[exc, typ])?;
    let items = vm.seq_items(pair).to_vec();
    let (rest, matched) = (items[0], items[1]);
    vm.heap.incref(rest);
    vm.heap.incref(matched);
    vm.heap.decref(pair);
    Ok((rest, matched))
}

/// After the last `except*` clause: None, or the exception to raise.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult<Value> {
    helper(vm, "_prep_reraise_star", &[orig, excs])
}

impl Vm {
    /// A builtin that loads on first use (the exception group classes): its value in
    /// builtins (borrowed) once loaded, None for any other missing name.
    pub fn lazy_builtin(&mut self, name: Value) -> Option<Value> {
        if self.exception_groups_loaded || !NAMES.contains(&self.str_of(name)?) {
            return None;
        }
        install(self);
        self.builtins.as_obj().and_then(|b| self.ns_lookup(b, name))
    }
}
