//! The shell's state and the cell scope it builds: IPython's `__main__` namespace (`In`, `Out`,
//! `_`, `_i`, `get_ipython`, `exit` …), the input history, the output cache and its culling,
//! the last exception, and the `get_ipython()` object whose methods the transformed cells call
//! (`run_line_magic`, `run_cell_magic`, `system`, `getoutput`). The state lives in the
//! interpreter's host slot so those native methods reach it; every reference it owns is a named
//! root (`vm.host_roots`), so the verifier and `%mem` see the output cache and the history.

use crate::heap::object::{Instance, Kind, Layout};
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// The state of the interactive shell.
pub struct Shell {
    /// The execution count the next cell gets.
    pub count: u32,
    /// `InteractiveShell.cache_size`: 0 turns the output cache off.
    pub cache_size: usize,
    /// Columns the pretty printer fills (79 when stdout is not a terminal, as IPython).
    pub width: usize,
    pub exit_requested: bool,
    /// The full traceback of the last error (`%tb`).
    pub last_traceback: Option<String>,
    /// (count, transformed source, raw source) of every stored input.
    pub history: Vec<(u32, String, String)>,
    /// The text every output was displayed as, by count (IPython's `output_hist_reprs`, which
    /// `%history -o` prints; text only, so it pins nothing).
    pub output_reprs: std::collections::BTreeMap<u32, String>,
    /// What each cell did to memory (`%mem diff`, `%mem timeline`).
    pub mem_log: Vec<super::mem::cells::CellMem>,
    /// `%mem auto on`: a memory line after every cell.
    pub mem_auto: bool,
    /// Bytes only the output cache kept after the last cell (`%mem auto`'s "pinned by Out").
    pub mem_pinned: usize,
    /// The last cell: its number, the allocator's peak during it, and what was live by site
    /// at its objects' peak (`%mem where --peak`).
    pub mem_peak: Option<(u32, usize, crate::heap::ledger::SiteBytes)>,
    /// The cell that last bound each variable, and the cell that last read it (`%mem vars`).
    pub assigned_in: std::collections::HashMap<String, u32>,
    pub read_in: std::collections::HashMap<String, u32>,
    /// How many names the cell scope held after the last cell (`%mem vars` looks for names
    /// bound behind the code's back when it grows by more than the cell's own).
    pub scope_len: Option<usize>,
    /// `_i00`, `_i`, `_ii`, `_iii` as IPython's history manager keeps them.
    recent_inputs: [String; 4],
    /// The display hook's last three results (its `_`, `__`, `___`), rotated at every
    /// output whether or not the names are updated. Identities only: no references held.
    unders: [Value; 3],
    /// What the hook last bound to `_`, `__`, `___` in the namespace (IPython's
    /// `user_ns_hidden` entries): a name bound to anything else was rebound by the user, and
    /// the hook leaves all three alone. Identities only (slot keys are versioned, so a freed
    /// object's key never matches a new one).
    pushed_unders: [Value; 3],
    /// The `__main__` module (owned by the module table).
    pub main: Value,
    /// The values the namespace started with, by name: hidden from `%who` while unchanged.
    pub initial: Vec<(String, Value)>,
    pub usage_error: ObjKey,
}

const DEFAULT_CACHE_SIZE: usize = 1000;
const WIDTH: usize = 79;

/// Runs `f` with the shell taken out of the interpreter's host slot (None when there is no
/// shell, or when it is already taken by an enclosing call).
pub fn with_shell<R>(vm: &mut Vm, f: impl FnOnce(&mut Shell, &mut Vm) -> R) -> Option<R> {
    let mut host = vm.host.take()?;
    let r = host.downcast_mut::<Shell>().map(|sh| f(sh, vm));
    vm.host = Some(host);
    r
}

/// The `__main__` namespace (borrowed).
pub fn main_dict(vm: &mut Vm) -> Value {
    let main = with_shell(vm, |sh, _| sh.main).unwrap_or(Value::None);
    match main {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Module(m) => m.dict,
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn ns_key(vm: &mut Vm) -> ObjKey {
    main_dict(vm).as_obj().expect("the __main__ namespace")
}

/// Binds `name` in the cell scope (consumes `value`).
pub fn set_global(vm: &mut Vm, name: &str, value: Value) {
    let d = ns_key(vm);
    let key = vm.intern(name);
    vm.ns_set(d, key, value);
}

/// The value bound to `name` in the cell scope (borrowed).
pub fn get_global(vm: &mut Vm, name: &str) -> Option<Value> {
    let d = ns_key(vm);
    let key = vm.intern(name);
    vm.ns_lookup(d, key)
}

/// A builtin by name (borrowed).
pub fn builtin(vm: &mut Vm, name: &str) -> Option<Value> {
    let b = vm.builtins.as_obj()?;
    let key = vm.intern(name);
    vm.ns_lookup(b, key)
}

/// The value a dotted name typed at the prompt denotes (owned): a name of the cell scope or a
/// builtin, then attributes. None when a part is missing (the lookup's error is dropped).
pub fn lookup_dotted(vm: &mut Vm, dotted: &str) -> Option<Value> {
    let name_end = dotted.find(['.', '[']).unwrap_or(dotted.len());
    let found = get_global(vm, &dotted[..name_end]).or_else(|| builtin(vm, &dotted[..name_end]))?;
    let mut v = vm.incref(found);
    let mut rest = &dotted[name_end..];
    // The rest is `.attr` and `[int]` steps, as IPython's help syntax allows.
    while !rest.is_empty() {
        let r = if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            rest = &r[end..];
            let key = vm.intern(&r[..end]);
            vm.getattr(v, key)
        } else {
            let inner = rest.strip_prefix('[').and_then(|r| r.split_once(']'));
            let Some((index, after)) = inner.and_then(|(i, a)| Some((i.parse::<i64>().ok()?, a)))
            else {
                vm.heap.decref(v);
                return None;
            };
            rest = after;
            vm.getitem(v, Value::Int(index))
        };
        vm.heap.decref(v);
        match r {
            Ok(x) => v = x,
            Err(e) => {
                vm.heap.decref(e.0);
                return None;
            }
        }
    }
    Some(v)
}

pub fn del_global(vm: &mut Vm, name: &str) -> bool {
    let d = ns_key(vm);
    let key = vm.intern(name);
    vm.ns_del(d, key)
}

/// A root the shell owns (`v`'s reference is consumed), by the name a user would type for it.
fn own_root(vm: &mut Vm, name: &str, v: Value) {
    vm.host_roots.push((name.to_string(), v));
}

/// Creates `__main__` with IPython's namespace and puts the shell in the host slot.
pub fn install(vm: &mut Vm) {
    let usage_error = {
        let base = vm.types.exception;
        let k = vm.make_class("UsageError", Some(base), Layout::Exception);
        set_class_module(vm, k, "IPython.core.error");
        k
    };
    own_root(vm, "UsageError", Value::Obj(usage_error));
    // IPython's path holds '': imports find the user's modules in the working folder.
    vm.set_first_path_entry("");
    let dict = vm.main_module("");
    let dk = dict.as_obj().expect("dict");
    let main = vm.loaded_module("__main__").unwrap_or(Value::None);
    // IPython's user namespace has no __file__, __cached__ or __annotations__.
    for name in ["__file__", "__cached__", "__annotations__"] {
        let key = vm.intern(name);
        vm.ns_del(dk, key);
    }
    let doc = vm.new_str("Automatically created module for IPython interactive environment");
    let key = vm.intern("__doc__");
    vm.ns_set(dk, key, doc);
    let shell_obj = make_shell_object(vm);
    own_root(vm, "get_ipython()", shell_obj);
    let in_list = {
        let empty = vm.new_str("");
        vm.new_list(vec![empty])
    };
    let out_dict = vm.new_dict();
    own_root(vm, "In", in_list);
    own_root(vm, "Out", out_dict);
    let empty = vm.intern("");
    let shell = Shell {
        count: 1,
        cache_size: DEFAULT_CACHE_SIZE,
        width: WIDTH,
        exit_requested: false,
        last_traceback: None,
        history: Vec::new(),
        output_reprs: Default::default(),
        mem_log: Vec::new(),
        mem_auto: false,
        mem_pinned: 0,
        mem_peak: None,
        scope_len: None,
        assigned_in: Default::default(),
        read_in: Default::default(),
        recent_inputs: Default::default(),
        unders: [empty; 3],
        pushed_unders: [empty; 3],
        main,
        initial: Vec::new(),
        usage_error,
    };
    vm.host = Some(Box::new(shell));
    init_namespace(vm);
}

/// Binds the names IPython's `init_user_ns` puts in the cell scope (`In`, `Out`, `_`, `_i`,
/// `get_ipython`, `exit` …) and remembers them as the hidden initial values.
pub fn init_namespace(vm: &mut Vm) {
    init_namespace_names(vm, true);
}

/// `init_namespace` without `_`, `__`, `___`, `_i`, `_ii`, `_iii` (after `%reset`, IPython
/// leaves those unbound until the next output and input).
pub fn init_namespace_after_reset(vm: &mut Vm) {
    init_namespace_names(vm, false);
}

fn init_namespace_names(vm: &mut Vm, unders: bool) {
    let dk = ns_key(vm);
    let in_list = get_root(vm, "In");
    let out_dict = get_root(vm, "Out");
    let cwd = std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    let cwd = vm.new_str(cwd);
    let dh = vm.new_list(vec![cwd]);
    let builtins = vm.builtins;
    let get_ipython = vm.new_native("get_ipython", get_ipython, Value::None);
    let exit = vm.new_native("exit", request_exit, Value::None);
    let quit = vm.new_native("quit", request_exit, Value::None);
    let open = builtin(vm, "open").unwrap_or(Value::None);
    let empty = vm.intern("");
    let mut initial = Vec::new();
    let entries = [
        ("__builtin__", builtins),
        ("_ih", in_list),
        ("_oh", out_dict),
        ("_dh", dh),
        ("In", in_list),
        ("Out", out_dict),
        ("get_ipython", get_ipython),
        ("exit", exit),
        ("quit", quit),
        ("open", open),
        ("_", empty),
        ("__", empty),
        ("___", empty),
        ("_i", empty),
        ("_ii", empty),
        ("_iii", empty),
    ];
    for (name, v) in entries {
        if !unders && matches!(name, "_" | "__" | "___" | "_i" | "_ii" | "_iii") {
            continue;
        }
        let owned = !matches!(name, "_dh" | "get_ipython" | "exit" | "quit");
        if owned {
            vm.heap.incref(v);
        }
        let key = vm.intern(name);
        vm.ns_set(dk, key, v);
        initial.push((name.to_string(), v));
    }
    with_shell(vm, |sh, _| sh.initial = initial);
}

/// Drops the shell and every reference it owns (before the interpreter's exit).
pub fn uninstall(vm: &mut Vm) {
    vm.host = None;
    for (_, v) in std::mem::take(&mut vm.host_roots) {
        vm.heap.decref(v);
    }
}

fn set_class_module(vm: &mut Vm, class: ObjKey, module: &str) {
    let m = vm.intern(module);
    vm.heap.incref(m);
    if let Kind::Class(c) = vm.heap.kind_mut(class) {
        let old = std::mem::replace(&mut c.module, m);
        vm.heap.decref(old);
    }
}

/// The object `get_ipython()` returns: an instance of a class whose methods are the shell's
/// entry points.
fn make_shell_object(vm: &mut Vm) -> Value {
    let object = vm.types.object;
    let class = vm.make_class("InteractiveShell", Some(object), Layout::Object);
    set_class_module(vm, class, "IPython.core.interactiveshell");
    let methods: &[(&'static str, NativeFn)] = &[
        ("run_line_magic", run_line_magic),
        ("run_cell_magic", run_cell_magic),
        ("system", system),
        ("getoutput", getoutput),
        ("run_cell", run_cell_method),
    ];
    vm.add_methods(class, methods);
    vm.heap.alloc(Kind::Instance(Box::new(Instance::new(
        class,
        Value::Undef,
        0,
    ))))
}

fn get_ipython(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let obj = get_root(vm, "get_ipython()");
    Ok(vm.incref(obj))
}

fn request_exit(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    with_shell(vm, |sh, _| sh.exit_requested = true);
    Ok(Value::None)
}

/// The text of a str argument, or a TypeError naming the method.
fn str_arg(vm: &mut Vm, a: &[Value], i: usize, what: &str) -> PyResult<String> {
    match a.get(i).and_then(|&v| vm.str_of(v).map(str::to_string)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}() needs a str argument"))),
    }
}

fn run_line_magic(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = str_arg(vm, a, 1, "run_line_magic")?;
    let line = str_arg(vm, a, 2, "run_line_magic")?;
    super::magics::line_magic(vm, &name, &line)
}

fn run_cell_magic(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = str_arg(vm, a, 1, "run_cell_magic")?;
    let line = str_arg(vm, a, 2, "run_cell_magic")?;
    let cell = str_arg(vm, a, 3, "run_cell_magic")?;
    super::magics::cell_magic(vm, &name, &line, &cell)
}

fn system(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let cmd = str_arg(vm, a, 1, "system")?;
    super::magics::system(vm, &cmd, false)
}

fn getoutput(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let cmd = str_arg(vm, a, 1, "getoutput")?;
    super::magics::system(vm, &cmd, true)
}

/// `get_ipython().run_cell(source)`: a nested cell (as `%run -i` and tests use it).
fn run_cell_method(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let source = str_arg(vm, a, 1, "run_cell")?;
    let outcome = super::session::run_cell(vm, &source);
    super::replay::print_outcome(vm, &outcome);
    Ok(Value::None)
}

/// A UsageError (IPython's) with `msg`.
pub fn usage_error(vm: &mut Vm, msg: String) -> PyErr {
    let class = with_shell(vm, |sh, _| sh.usage_error).unwrap_or(vm.types.exception);
    vm.exception_with_msg(class, msg)
}

pub fn is_usage_error(vm: &mut Vm, exc: Value) -> bool {
    match with_shell(vm, |sh, _| sh.usage_error) {
        Some(k) => vm.isinstance(exc, k),
        None => false,
    }
}

/// `HistoryManager.store_inputs`: `In`, `_i`, `_ii`, `_iii`, `_iN` (exit/quit not stored).
pub fn store_inputs(vm: &mut Vm, n: u32, transformed: &str, raw: &str) {
    let source = transformed.trim_end_matches('\n').to_string();
    let raw = raw.trim_end_matches('\n').to_string();
    if is_exit_command(raw.trim()) {
        return;
    }
    let in_list = get_root(vm, "In");
    let item = vm.new_str(source.clone());
    if let Some(Kind::List(items)) = in_list.as_obj().map(|k| vm.heap.kind_mut(k)) {
        items.push(item);
    } else {
        vm.heap.decref(item);
    }
    let recent = with_shell(vm, |sh, _| {
        sh.history.push((n, source, raw.clone()));
        let r = &mut sh.recent_inputs;
        r[3] = std::mem::take(&mut r[2]);
        r[2] = std::mem::take(&mut r[1]);
        r[1] = std::mem::replace(&mut r[0], raw.clone());
        r.clone()
    })
    .unwrap_or_default();
    for (name, text) in [
        ("_i", &recent[1]),
        ("_ii", &recent[2]),
        ("_iii", &recent[3]),
    ] {
        let v = vm.new_str(text.clone());
        set_global(vm, name, v);
    }
    let v = vm.new_str(raw);
    set_global(vm, &format!("_i{n}"), v);
}

/// IPython's `_exit_re`: `exit`, `quit`, optionally called.
pub fn is_exit_command(text: &str) -> bool {
    let rest = text
        .strip_prefix("exit")
        .or_else(|| text.strip_prefix("quit"));
    match rest {
        Some(r) => {
            let r = r.trim_start();
            r.is_empty() || (r.starts_with('(') && r.ends_with(')'))
        }
        None => false,
    }
}

/// A root the shell owns (borrowed).
pub fn get_root(vm: &Vm, name: &str) -> Value {
    vm.host_roots
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| *v)
        .unwrap_or(Value::None)
}

/// The display hook for a cell's value `v` (borrowed, not None): its pretty form, then the
/// output cache as IPython's `DisplayHook.update_user_ns` fills it.
pub fn display(vm: &mut Vm, v: Value, n: u32) -> PyResult<Option<String>> {
    let (width, cache_size, unders, pushed) = with_shell(vm, |sh, _| {
        (sh.width, sh.cache_size, sh.unders, sh.pushed_unders)
    })
    .unwrap_or((WIDTH, 0, [Value::None; 3], [Value::None; 3]));
    // A repr that raises still leaves the value in the cache (IPython formats, then
    // updates the namespace, and reports the formatting error).
    let text = super::pretty::pretty(vm, v, width);
    if let Ok(t) = &text {
        with_shell(vm, |sh, _| sh.output_reprs.insert(n, t.clone()));
    }
    let out = get_root(vm, "Out");
    if !v.is(out) {
        if cache_size > 0 && dict_len(vm, out) >= cache_size {
            cull_cache(vm, out);
        }
        // A user who rebinds `_`, `__` or `___` keeps the hook from touching them.
        let mut update = true;
        for (i, name) in ["_", "__", "___"].into_iter().enumerate() {
            if let Some(bound) = get_global(vm, name) {
                if !bound.is(pushed[i]) {
                    update = false;
                }
            }
        }
        let new = [v, unders[0], unders[1]];
        with_shell(vm, |sh, _| {
            sh.unders = new;
            if update {
                sh.pushed_unders = new;
            }
        });
        if update {
            for (name, value) in ["_", "__", "___"].into_iter().zip(new) {
                vm.heap.incref(value);
                set_global(vm, name, value);
            }
        }
        if cache_size > 0 {
            vm.heap.incref(v);
            set_global(vm, &format!("_{n}"), v);
            if let Some(d) = out.as_obj() {
                vm.heap.incref(v);
                vm.dict_set(d, Value::Int(n as i64), v)?;
            }
        }
    }
    text.map(Some)
}

fn dict_len(vm: &Vm, d: Value) -> usize {
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d.len(),
        _ => 0,
    }
}

/// The output cache is full: the oldest 20% (at least 2) of its entries go, with their `_N`
/// names, and IPython's warning says so.
fn cull_cache(vm: &mut Vm, out: Value) {
    let size = dict_len(vm, out);
    let count = ((size as f64 * 0.2) as usize).max(2);
    vm.out.err(&format!(
        "UserWarning: Output cache limit (currently {size} entries) hit.\nFlushing oldest {count} entries.\n"
    ));
    let mut keys: Vec<i64> = match out.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d
            .iter()
            .filter_map(|e| match e.key {
                Value::Int(i) => Some(i),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    keys.sort_unstable();
    for n in keys.into_iter().take(count) {
        del_global(vm, &format!("_{n}"));
        if let Err(e) = vm.delitem(out, Value::Int(n)) {
            vm.heap.decref(e.0);
        }
    }
}

/// `sys.last_type`, `sys.last_value`, `sys.last_traceback` for an uncaught exception.
pub fn set_last_exception(vm: &mut Vm, exc: Value) {
    let Ok(sys) = crate::builtins::import_module(vm, "sys") else {
        return;
    };
    let class = Value::Obj(vm.type_of(exc));
    let tb = vm.traceback_of(exc);
    vm.heap.incref(class);
    vm.heap.incref(exc);
    // setattr consumes each value: the class and the exception get a reference of their own.
    for (name, v) in [
        ("last_type", class),
        ("last_value", exc),
        ("last_traceback", tb),
    ] {
        let key = vm.intern(name);
        if let Err(e) = vm.setattr(sys, key, v) {
            vm.heap.decref(e.0);
        }
    }
    vm.heap.decref(sys);
}

/// Removes `sys.last_*` (`%reset`).
pub fn clear_last_exception(vm: &mut Vm) {
    let Ok(sys) = crate::builtins::import_module(vm, "sys") else {
        return;
    };
    for name in ["last_type", "last_value", "last_traceback"] {
        let key = vm.intern(name);
        // Absent (no exception yet) is fine.
        if let Err(e) = vm.delattr(sys, key) {
            vm.heap.decref(e.0);
        }
    }
    vm.heap.decref(sys);
    with_shell(vm, |sh, _| sh.last_traceback = None);
}

/// `exit`/`quit` are not user variables; neither are the names IPython puts in the namespace
/// while they keep their first value.
pub fn is_hidden(vm: &mut Vm, name: &str, v: Value) -> bool {
    if name.starts_with('_') {
        return true;
    }
    with_shell(vm, |sh, _| {
        sh.initial.iter().any(|(n, first)| n == name && first.is(v))
    })
    .unwrap_or(false)
}

impl Shell {
    pub fn clear_recent_inputs(&mut self) {
        self.recent_inputs = Default::default();
    }
}

/// `_`, `__`, `___` back to '' (the output cache was flushed).
pub fn reset_unders(vm: &mut Vm) {
    let empty = vm.intern("");
    for name in ["_", "__", "___"] {
        vm.heap.incref(empty);
        set_global(vm, name, empty);
    }
    with_shell(vm, |sh, _| {
        sh.unders = [empty; 3];
        sh.pushed_unders = [empty; 3];
    });
}

/// The keys of dict `d` whose value is `obj` (borrowed).
fn keys_holding(vm: &Vm, d: Value, obj: Value) -> Vec<Value> {
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(dict)) => dict
            .iter()
            .filter(|e| e.value.is(obj))
            .map(|e| e.key)
            .collect(),
        _ => Vec::new(),
    }
}

/// `%xdel`: every name of the cell scope bound to `obj`, and every output cache entry holding
/// it, dropped (the shell keeps no hidden reference to it afterwards).
pub fn drop_every_reference(vm: &mut Vm, obj: Value) {
    let d = main_dict(vm);
    let names = keys_holding(vm, d, obj);
    if let Some(dk) = d.as_obj() {
        for key in names {
            vm.ns_del(dk, key);
        }
    }
    let out = get_root(vm, "Out");
    for key in keys_holding(vm, out, obj) {
        if let Err(e) = vm.delitem(out, key) {
            vm.heap.decref(e.0);
        }
    }
    with_shell(vm, |sh, _| {
        for u in sh.unders.iter_mut().chain(sh.pushed_unders.iter_mut()) {
            if u.is(obj) {
                *u = Value::None;
            }
        }
    });
}
