//! Which cell last assigned each variable and which last read it, for `%mem vars` and `%mem
//! leaks`: the names the cell's own code stores and loads (its top level and the
//! comprehensions it runs inline, not the bodies of functions it defines, which run later),
//! and the output cache's names when it shows a value. `%%mem` also compares the scope
//! before and after its cell (`before`, `changed`).

use std::collections::HashMap;

use crate::heap::{Kind, Value};
use crate::notebook::shell::{self, with_shell};
use crate::objects::code::{CodeKind, Op};
use crate::vm::Vm;

/// Each global's value identity before the cell ran.
pub struct Before(HashMap<String, Value>);

fn globals(vm: &mut Vm) -> HashMap<String, Value> {
    let d = shell::main_dict(vm);
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(dict)) => dict
            .iter()
            .filter_map(|e| vm.str_of(e.key).map(|s| (s.to_string(), e.value)))
            .collect(),
        _ => HashMap::new(),
    }
}

pub fn before(vm: &mut Vm) -> Before {
    Before(globals(vm))
}

/// The names a cell's code reads and binds: resolved against the heap (the constants are str
/// objects).
pub struct Used {
    reads: Vec<String>,
    writes: Vec<String>,
}

pub fn used(vm: &Vm, code_value: Value) -> Used {
    let mut used = Used {
        reads: Vec::new(),
        writes: Vec::new(),
    };
    let mut work = vec![code_value];
    while let Some(v) = work.pop() {
        let Some(Kind::Code(code)) = v.as_obj().map(|k| vm.heap.kind(k)) else {
            continue;
        };
        for op in &code.ops {
            let (list, i) = match op {
                Op::LoadGlobal(i) | Op::LoadName(i) => (&mut used.reads, i),
                Op::StoreGlobal(i) | Op::StoreName(i) => (&mut used.writes, i),
                _ => continue,
            };
            if let Some(name) = code.consts.get(*i as usize).and_then(|c| vm.str_of(*c)) {
                list.push(name.to_string());
            }
        }
        for c in &code.consts {
            if let Some(Kind::Code(inner)) = c.as_obj().map(|k| vm.heap.kind(k)) {
                if inner.kind == CodeKind::Comprehension {
                    work.push(*c);
                }
            }
        }
    }
    used
}

/// The names bound to a new value since `before`, sorted.
pub fn changed(vm: &mut Vm, before: &Before) -> Vec<String> {
    let now = globals(vm);
    let mut names: Vec<String> = now
        .iter()
        .filter(|(name, v)| !before.0.get(*name).is_some_and(|old| old.is(**v)))
        .map(|(name, _)| name.clone())
        .collect();
    names.sort();
    names
}

/// Records cell `n`: the names its code read and bound, and the output cache's names when it
/// displayed a value (`display`: its count). Read from the code, not by comparing the scope
/// around each cell, so a cell costs the same however many globals there are.
///
/// Names the code cannot show (bound through `globals()`, a `global` statement in a function
/// it called, `%run -i`) are found when the scope grew by more than the cell's own new names:
/// only then are its keys walked, so ordinary cells cost nothing per global.
pub fn after(vm: &mut Vm, n: u32, used: Used, display: bool) {
    let now_len = match shell::main_dict(vm).as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d.len(),
        _ => 0,
    };
    let unexplained = with_shell(vm, |sh, _| {
        let mut new = 0;
        let mut bind = |sh: &mut shell::Shell, name: String| {
            new += usize::from(sh.assigned_in.insert(name, n).is_none());
        };
        for name in used.writes {
            bind(sh, name);
        }
        if display {
            for name in ["_", "__", "___"] {
                bind(sh, name.to_string());
            }
            bind(sh, format!("_{n}"));
        }
        for name in used.reads {
            sh.read_in.insert(name, n);
        }
        // The shell binds `_iN` itself every cell.
        let grew = sh
            .scope_len
            .is_some_and(|before| now_len > before + new + 1);
        sh.scope_len = Some(now_len);
        grew
    })
    .unwrap_or(false);
    if unexplained {
        bind_unseen(vm, n);
    }
}

/// Gives cell `n` every variable no cell is recorded as binding (but the shell's own names).
fn bind_unseen(vm: &mut Vm, n: u32) {
    let names: Vec<String> = globals(vm).into_keys().collect();
    with_shell(vm, |sh, _| {
        for name in names {
            let shells = sh.initial.iter().any(|(i, _)| *i == name) || is_input_history(&name);
            if !shells && !sh.assigned_in.contains_key(&name) {
                sh.assigned_in.insert(name, n);
            }
        }
    });
}

/// `_i`, `_ii`, `_iii`, `_iN`: the input history's names.
fn is_input_history(name: &str) -> bool {
    matches!(name, "_i" | "_ii" | "_iii")
        || name
            .strip_prefix("_i")
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}
