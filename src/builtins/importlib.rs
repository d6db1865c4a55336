//! `__import__` and the `importlib` module (`import_module`, `reload`, `invalidate_caches`):
//! thin entries into the interpreter's import system (`vm/import.rs`).

use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("import_module", import_module),
        ("reload", reload),
        ("invalidate_caches", invalidate_caches),
    ];
    super::new_module(vm, "importlib", funcs, &[])
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn dunder_import(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let [name, globals, _, fromlist, level] =
        super::parse_args(vm, "__import__", a, kw, &names, 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(text) = vm.str_of(name).map(str::to_string) else {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("__import__() argument 1 must be str, not {t}")));
    };
    let level = match level {
        None => 0,
        Some(Value::Int(n)) if n >= 0 => n as usize,
        Some(Value::Int(_)) => return Err(vm.value_error("level must be >= 0".into())),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    let fromlist = match fromlist {
        None | Some(Value::None) => Vec::new(),
        Some(v) => {
            let items = vm.iterate(v)?;
            let bad = items.iter().find(|i| vm.str_of(**i).is_none()).copied();
            if let Some(b) = bad {
                let t = vm.type_name(b);
                vm.heap.decref_all(items);
                return Err(vm.type_error(format!("Item in ``from list'' must be str, not {t}")));
            }
            let texts = items
                .iter()
                .filter_map(|i| vm.str_of(*i).map(str::to_string))
                .collect();
            vm.heap.decref_all(items);
            texts
        }
    };
    vm.dunder_import(&text, globals.unwrap_or(Value::None), &fromlist, level)
}

/// `importlib.import_module(name, package=None)`: the module itself, not its top package.
fn import_module(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [name, package] = super::parse_args(vm, "import_module", a, kw, &["name", "package"], 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(text) = vm.str_of(name).map(str::to_string) else {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("'{t}' object is not subscriptable")));
    };
    let bare = text.trim_start_matches('.');
    let level = text.len() - bare.len();
    let full = if level == 0 {
        bare.to_string()
    } else {
        let package = match package.and_then(|p| vm.str_of(p)) {
            Some(p) => p.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "the 'package' argument is required to perform a relative import for '{text}'"
                )))
            }
        };
        vm.resolve_in(bare, level, &package)?
    };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name".into()));
    }
    vm.import_absolute(&full)
}

fn reload(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [module] = super::parse_args(vm, "reload", a, kw, &["module"], 1)?;
    vm.reload_module(module.unwrap_or(Value::None))
}

/// Cellar keeps no finder caches: the path is searched afresh on each first import.
fn invalidate_caches(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}
