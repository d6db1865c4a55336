//! The roots as a notebook user knows them, and paths from them written as Python accessors.
//! A root is a name in the cell scope (`x`, `Out`, `_3`), a module attribute
//! (`sys.last_traceback`, `builtins.len`), a running frame's local, or one of the interpreter's
//! own holders (`<interned strings>`). A path is its root's name, then one step per edge:
//! `[2]`, `['rows']`, `.attr`, or a label where Python has no accessor (`<key>`,
//! `<frame f() local b>`).

use std::collections::HashSet;

use crate::heap::snapshot::{RootEntry, Snapshot};
use crate::heap::{Edge, Kind, ObjKey, Value};
use crate::notebook::shell;
use crate::vm::roots::Root;
use crate::vm::Vm;

/// The heap from the user's roots (cell scope first, so a value is named by its variable
/// before any other holder), and the namespaces whose entries are those roots.
pub fn snapshot(vm: &mut Vm) -> (Snapshot, HashSet<ObjKey>) {
    snapshot_without(vm, |_| false)
}

/// The same without the roots `skip` names (what would still be alive without them).
pub fn snapshot_without(vm: &mut Vm, skip: impl Fn(&str) -> bool) -> (Snapshot, HashSet<ObjKey>) {
    let main = shell::main_dict(vm);
    let mut roots: Vec<RootEntry> = Vec::new();
    let mut scopes: HashSet<ObjKey> = HashSet::new();
    if let Some(k) = main.as_obj() {
        scopes.insert(k);
        // `Out` and `In` before their aliases (`_oh`, `_ih`), so paths read `Out[3]`.
        let mut entries = dict_entries(vm, main, "");
        entries.sort_by_key(|e| !matches!(e.name.as_str(), "Out" | "In"));
        roots.extend(entries);
    }
    let mut other = Vec::new();
    vm.for_each_root(|root, v| other.push((root_name(vm, root), root, v)));
    for (name, root, v) in other {
        match root {
            Root::SysModules => {
                // Each module's globals are roots named `module.name`; the table itself and
                // the modules are scopes, not values a user holds.
                if let Some(k) = v.as_obj() {
                    scopes.insert(k);
                }
                for entry in dict_entries(vm, v, "") {
                    let Some(mk) = entry.value.as_obj() else {
                        continue;
                    };
                    scopes.insert(mk);
                    if let Kind::Module(m) = vm.heap.kind(mk) {
                        let dict = m.dict;
                        if let Some(dk) = dict.as_obj() {
                            scopes.insert(dk);
                        }
                        if !matches!(entry.name.as_str(), "__main__" | "builtins") {
                            roots.extend(dict_entries(vm, dict, &format!("{}.", entry.name)));
                        }
                    }
                }
            }
            Root::Builtins => {
                if let Some(k) = v.as_obj() {
                    scopes.insert(k);
                }
                roots.extend(dict_entries(vm, v, "builtins."));
            }
            _ => roots.push(RootEntry { name, value: v }),
        }
    }
    roots.retain(|r| !skip(&r.name));
    let snap = Snapshot::new(&vm.heap, roots, &scopes);
    (snap, scopes)
}

/// The output cache's names in the cell scope: `Out`, `_`, `__`, `___` and `_N`.
pub fn is_output_cache_name(name: &str) -> bool {
    matches!(name, "_" | "__" | "___" | "Out")
        || name
            .strip_prefix('_')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `prefix + name` for each string key of a dict, with its value.
fn dict_entries(vm: &Vm, dict: Value, prefix: &str) -> Vec<RootEntry> {
    match dict.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d
            .iter()
            .map(|e| RootEntry {
                name: format!("{prefix}{}", vm.str_of(e.key).unwrap_or("<key>")),
                value: e.value,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn root_name(_vm: &Vm, root: Root) -> String {
    match root {
        Root::Frame {
            function,
            local: Some(local),
        } => format!("<frame {function}() local {local}>"),
        Root::Frame {
            function,
            local: None,
        } => format!("<frame {function}() value stack>"),
        Root::FrameObject { function } => format!("<frame object of {function}()>"),
        Root::Builtins => "builtins".into(),
        Root::HandledException => "<exception being handled>".into(),
        Root::Interned => "<interned strings>".into(),
        Root::SysModules => "sys.modules".into(),
        Root::SysPath => "sys.path".into(),
        Root::Importing(name) => format!("<module {name} being imported>"),
        Root::BuiltinType => "<builtin types>".into(),
        Root::NativeType(module, name) => format!("{module}.{name}"),
        Root::PendingFinalizer => "<finalizer about to run>".into(),
        Root::PendingWeakCallback => "<weakref callback about to run>".into(),
        Root::Host(name) => format!("<shell's {name}>"),
        Root::GcCallbacks => "gc.callbacks".into(),
        Root::GcGarbage => "gc.garbage".into(),
    }
}

/// One edge of a path, owned (so rendering may call back into the interpreter).
enum Step {
    Index(usize),
    Key,
    Value(Value),
    Attr(Value),
    Field(&'static str),
    Local(String, String),
    GeneratorLocal(String),
    GeneratorStack(usize),
    Slot(String),
    Const(usize),
    Member,
    Source(usize),
}

/// Each of `holder`'s edges as a step, with the value it holds.
fn steps_of(vm: &Vm, holder: ObjKey) -> Vec<(Step, Value)> {
    let kind = &vm.heap.obj(holder).kind;
    let function = match kind {
        Kind::Frame(f) => f.code.name.clone(),
        _ => String::new(),
    };
    let slot_names = match kind {
        Kind::Instance(i) => vm.slot_names(i.class),
        Kind::Exception(e) => vm.slot_names(e.class),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    kind.for_each_edge(|edge, v| {
        let step = match edge {
            Edge::Item(i) => Step::Index(i),
            Edge::Member => Step::Member,
            Edge::Key => Step::Key,
            Edge::DictValue(k) => Step::Value(k),
            Edge::Attr(k) => Step::Attr(k),
            Edge::Field(f) => Step::Field(f),
            Edge::Local(name) => Step::Local(function.clone(), name.to_string()),
            Edge::GeneratorLocal(name) => Step::GeneratorLocal(name.to_string()),
            Edge::GeneratorStack(i) => Step::GeneratorStack(i),
            Edge::Slot(i) => Step::Slot(slot_names.get(i).cloned().unwrap_or_default()),
            Edge::Const(i) => Step::Const(i),
            Edge::Source(i) => Step::Source(i),
        };
        out.push((step, v));
    });
    out
}

/// The step from `holder` to `child`: the first of `holder`'s edges that holds `child`.
fn step(vm: &Vm, holder: ObjKey, child: ObjKey) -> Option<Step> {
    steps_of(vm, holder)
        .into_iter()
        .find(|(_, v)| v.as_obj() == Some(child))
        .map(|(s, _)| s)
}

/// `holder`'s references, each with its step written out (`[0]`, `.name`, `<key>`).
pub fn labelled_referents(vm: &mut Vm, holder: ObjKey) -> Vec<(String, Value)> {
    let steps = steps_of(vm, holder);
    steps
        .into_iter()
        .filter(|(_, v)| !v.is_undef())
        .map(|(s, v)| (render(vm, s), v))
        .collect()
}

fn render(vm: &mut Vm, step: Step) -> String {
    match step {
        Step::Index(i) => format!("[{i}]"),
        Step::Key => "<key>".into(),
        Step::Value(k) => format!("[{}]", key_repr(vm, k)),
        Step::Attr(k) => format!(".{}", vm.str_of(k).unwrap_or("?")),
        Step::Field(f) if f.starts_with('<') => f.to_string(),
        Step::Field(f) => format!(".{f}"),
        Step::Local(function, name) => format!("<frame {function}() local {name}>"),
        Step::GeneratorLocal(name) => format!("<generator frame local {name}>"),
        Step::GeneratorStack(i) => format!("<generator frame stack {i}>"),
        Step::Slot(name) => format!(".{name}"),
        Step::Const(i) => format!("<constant {i}>"),
        Step::Member => "<member>".into(),
        Step::Source(i) => format!("<iterator {i}>"),
    }
}

/// A dict key as Python shows it in a subscript; only keys whose repr runs no user code.
fn key_repr(vm: &mut Vm, k: Value) -> String {
    let plain = match k {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) => matches!(vm.heap.kind(o), Kind::Str(_) | Kind::BigInt(_)),
        _ => false,
    };
    if plain {
        if let Ok(s) = vm.repr(k) {
            return s;
        }
    }
    format!("<{} key>", vm.type_name(k))
}

/// A path as its steps: the root's name first. `Out` followed by `[3]` is one step, `Out[3]`,
/// as the user saw it.
pub fn path_steps(vm: &mut Vm, snap: &Snapshot, root: usize, chain: &[ObjKey]) -> Vec<String> {
    let mut steps = vec![snap.roots[root].name.clone()];
    let mut owned = Vec::new();
    for pair in chain.windows(2) {
        owned.push(step(vm, pair[0], pair[1]));
    }
    for s in owned {
        let text = s.map_or_else(|| "<?>".to_string(), |s| render(vm, s));
        let merge =
            steps.len() == 1 && matches!(steps[0].as_str(), "Out" | "In") && text.starts_with('[');
        if merge {
            steps[0].push_str(&text);
        } else {
            steps.push(text);
        }
    }
    name_last_exception(vm, &mut steps, chain);
    steps
}

/// A path from `sys.last_traceback` (or `sys.last_value`) into a frame the last exception
/// keeps starts with that frame as the user knows it: `last exception (In [5], f() local b)`
/// instead of `sys.last_traceback`, `.tb_next`, `.tb_frame`, `<frame f() local b>`.
fn name_last_exception(vm: &Vm, steps: &mut Vec<String>, chain: &[ObjKey]) {
    if !matches!(
        steps.first().map(String::as_str),
        Some("sys.last_traceback" | "sys.last_value")
    ) {
        return;
    }
    // steps[j + 1] is the edge into chain[j + 1].
    let Some(j) = steps.iter().skip(1).position(|s| s == ".tb_frame") else {
        return;
    };
    let Some(Kind::Frame(frame)) = chain.get(j + 1).map(|&k| vm.heap.kind(k)) else {
        return;
    };
    let place = crate::notebook::session::file_place(&frame.code.source.name);
    let function = frame.code.qualname.clone();
    let local = steps
        .get(j + 2)
        .and_then(|s| s.strip_prefix('<')?.strip_suffix('>'))
        .and_then(|s| s.split_once(" local "))
        .map(|(_, name)| name.to_string());
    let (name, through) = match local {
        Some(local) => (format!("{function}() local {local}"), j + 2),
        None => (format!("{function}() frame"), j + 1),
    };
    let root = format!("last exception ({place}, {name})");
    steps.splice(0..=through, [root]);
}

/// The text form of a path: accessors joined directly, labels after a space.
pub fn path_text(steps: &[String]) -> String {
    let mut out = String::new();
    for (i, s) in steps.iter().enumerate() {
        if i > 0 && s.starts_with('<') {
            out.push(' ');
        }
        out.push_str(s);
    }
    out
}
