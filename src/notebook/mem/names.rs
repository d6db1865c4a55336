//! Which cell last assigned each variable and which last read it, for `%mem vars` and `%mem
//! leaks`. Assignments are seen by comparing the cell scope before and after a cell (a name
//! whose value changed identity); reads are the names the cell's own code loads (its top
//! level and the comprehensions it runs inline, not the bodies of functions it defines, which
//! run later).

use std::collections::HashMap;

use crate::compile::code::{CodeKind, Op};
use crate::heap::{Kind, Value};
use crate::notebook::shell::{self, with_shell};
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

/// The names a cell's code reads: resolved against the heap (the constants are str objects).
pub fn reads(vm: &Vm, code_value: Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut work = vec![code_value];
    while let Some(v) = work.pop() {
        let Some(Kind::Code(code)) = v.as_obj().map(|k| vm.heap.kind(k)) else {
            continue;
        };
        for op in &code.ops {
            if let Op::LoadGlobal(i) | Op::LoadName(i) = op {
                if let Some(name) = code.consts.get(*i as usize).and_then(|c| vm.str_of(*c)) {
                    out.push(name.to_string());
                }
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
    out
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

/// Records cell `n`: the names it read, and the names whose value it changed.
pub fn after(vm: &mut Vm, n: u32, before: Before, read: Vec<String>) {
    let assigned = changed(vm, &before);
    with_shell(vm, |sh, _| {
        for name in assigned {
            sh.assigned_in.insert(name, n);
        }
        for name in read {
            sh.read_in.insert(name, n);
        }
    });
}
