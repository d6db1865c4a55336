//! `%mem leaks`: advice from the heap, each finding with what it holds and the command that
//! frees it: objects only the output cache keeps, the last exception's frames, cycles waiting
//! for the collector, a disabled collector, and big variables no cell has read for a while
//! (with the classic advice: build intermediates inside a function).

use serde_json::json;

use super::{human_bytes, json_line, paths};
use crate::heap::gc::is_tracked;
use crate::heap::size::object_size;
use crate::heap::snapshot::Snapshot;
use crate::heap::Value;
use crate::notebook::shell::{self, with_shell};
use crate::vm::Vm;

/// A variable this big that no cell has read for `STALE_CELLS` cells is worth a `del`.
const BIG: usize = 1 << 20;
const STALE_CELLS: u32 = 3;

struct Finding {
    kind: &'static str,
    what: String,
    bytes: usize,
    fix: String,
}

/// The roots that are the output cache: its names, `Out`'s alias `_oh`, and the shell's own
/// reference to `Out`.
pub(super) fn is_cache_root(name: &str) -> bool {
    paths::is_output_cache_name(name) || matches!(name, "_oh" | "<shell's Out>")
}

fn is_last_exception_root(name: &str) -> bool {
    matches!(
        name,
        "sys.last_type" | "sys.last_value" | "sys.last_traceback"
    )
}

/// Bytes of the objects `all` reaches that `without` does not.
pub(super) fn only_through(vm: &Vm, all: &Snapshot, without: &Snapshot) -> (usize, usize) {
    let mut bytes = 0;
    let mut count = 0;
    for (k, o) in vm.heap.iter() {
        if all.is_reached(k) && !without.is_reached(k) {
            bytes += object_size(o);
            count += 1;
        }
    }
    (count, bytes)
}

pub fn leaks(vm: &mut Vm, json: bool) -> String {
    let (all, scopes) = paths::snapshot(vm);
    let mut findings = Vec::new();

    let (without_cache, _) = paths::snapshot_without(vm, is_cache_root);
    let (count, bytes) = only_through(vm, &all, &without_cache);
    if count > 0 {
        let out = shell::get_global(vm, "Out").unwrap_or(Value::None);
        let pinned: Vec<String> = cache_entries(vm, out)
            .into_iter()
            .filter(|(_, v)| v.as_obj().is_some_and(|k| !without_cache.is_reached(k)))
            .map(|(n, _)| format!("Out[{n}]"))
            .collect();
        findings.push(Finding {
            kind: "output_cache",
            what: format!(
                "{} only the output cache keeps ({})",
                if pinned.is_empty() {
                    "values".to_string()
                } else {
                    pinned.join(", ")
                },
                objects(count)
            ),
            bytes,
            fix: "%reset -f out".into(),
        });
    }

    let (without_exc, _) = paths::snapshot_without(vm, is_last_exception_root);
    let (count, bytes) = only_through(vm, &all, &without_exc);
    if count > 0 {
        findings.push(Finding {
            kind: "last_exception",
            what: format!(
                "the last exception's frames and their locals ({})",
                objects(count)
            ),
            bytes,
            fix: "%reset -f  (or: del sys.last_type, sys.last_value, sys.last_traceback)".into(),
        });
    }

    let (mut count, mut bytes) = (0, 0);
    for (k, o) in vm.heap.iter() {
        if is_tracked(o) && !all.is_reached(k) && !scopes.contains(&k) {
            count += 1;
            bytes += object_size(o);
        }
    }
    if count > 0 {
        findings.push(Finding {
            kind: "unreachable",
            what: format!("{count} unreachable objects (cycles) waiting for the collector"),
            bytes,
            fix: "gc.collect()".into(),
        });
    }
    if !vm.heap.gc.enabled {
        findings.push(Finding {
            kind: "gc_disabled",
            what: "the cycle collector is disabled: cycles are never freed".into(),
            bytes: 0,
            fix: "gc.enable()".into(),
        });
    }

    let stale = stale_variables(vm, &all);
    for (name, retained, since) in &stale {
        findings.push(Finding {
            kind: "stale_variable",
            what: format!(
                "{name} holds {} and no cell has read it since {}",
                human_bytes(*retained),
                since.map_or("it was assigned".into(), |n| format!("In [{n}]"))
            ),
            bytes: *retained,
            fix: format!("del {name}"),
        });
    }
    if stale.len() >= 2 {
        let names: Vec<&str> = stale.iter().map(|(n, _, _)| n.as_str()).collect();
        findings.push(Finding {
            kind: "advice",
            what: format!(
                "{} look like intermediate steps: build them inside a function and return only \
                 the result, and they are freed when it returns",
                names.join(", ")
            ),
            bytes: stale.iter().map(|s| s.1).sum(),
            fix: format!("def step(...): ...  # computing {}", names.join(", ")),
        });
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.bytes));

    if json {
        return json_line(json!({
            "findings": findings.iter().map(|f| json!({
                "kind": f.kind, "what": f.what, "bytes": f.bytes, "fix": f.fix,
            })).collect::<Vec<_>>(),
        }));
    }
    if findings.is_empty() {
        return "no leaks found: everything alive is held by a variable you use\n".into();
    }
    let mut out = String::new();
    for f in &findings {
        let size = if f.bytes > 0 {
            format!("{:>10}  ", human_bytes(f.bytes))
        } else {
            " ".repeat(12)
        };
        out.push_str(&format!(
            "{size}{}\n{}fix: {}\n",
            f.what,
            " ".repeat(12),
            f.fix
        ));
    }
    out
}

/// `Out`'s entries: (count, value).
fn cache_entries(vm: &Vm, out: Value) -> Vec<(i64, Value)> {
    match out.as_obj().map(|k| vm.heap.kind(k)) {
        Some(crate::heap::Kind::Dict(d)) => d
            .iter()
            .filter_map(|e| match e.key {
                Value::Int(n) => Some((n, e.value)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Big variables (retaining at least `BIG` bytes) not read in the last `STALE_CELLS` cells:
/// (name, retained bytes, the cell that last read it).
fn stale_variables(vm: &mut Vm, all: &Snapshot) -> Vec<(String, usize, Option<u32>)> {
    let now = with_shell(vm, |sh, _| sh.count).unwrap_or(1);
    let mut out = Vec::new();
    for (i, root) in all.roots.iter().enumerate() {
        let name = root.name.as_str();
        if name.contains('.') || name.starts_with('<') || shell::is_hidden(vm, name, root.value) {
            continue;
        }
        let retained = all.retained_by_root(i);
        if retained < BIG {
            continue;
        }
        let (assigned, read) = with_shell(vm, |sh, _| {
            (
                sh.assigned_in.get(name).copied(),
                sh.read_in.get(name).copied(),
            )
        })
        .unwrap_or_default();
        let last_use = read.max(assigned).unwrap_or(0);
        if now.saturating_sub(last_use) > STALE_CELLS {
            let since = read.filter(|r| Some(*r) >= assigned);
            out.push((name.to_string(), retained, since));
        }
    }
    out.sort_by_key(|v| std::cmp::Reverse(v.1));
    out
}

/// `1 object`, `3 objects`.
fn objects(count: usize) -> String {
    format!("{count} object{}", if count == 1 { "" } else { "s" })
}
