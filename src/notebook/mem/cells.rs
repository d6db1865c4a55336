//! What each cell did to memory, recorded as it runs (a few counters, no heap walk): objects
//! allocated and freed, the bytes the allocator held before and after, the high-water mark
//! during the cell and the collections it triggered. `%mem diff`, `%mem timeline` and `%mem
//! auto` read these records.

use serde_json::json;

use super::{human_bytes, json_line, table};
use crate::heap::arena::KindCount;
use crate::heap::budget;
use crate::heap::object::{KIND_COUNT, KIND_NAMES};
use crate::notebook::shell::with_shell;
use crate::vm::Vm;

/// The counters at one moment.
#[derive(Debug, Clone)]
pub struct Mark {
    kinds: [KindCount; KIND_COUNT],
    classes: rustc_hash::FxHashMap<(crate::heap::ObjKey, usize), KindCount>,
    bytes: usize,
    collections: u64,
}

impl Mark {
    /// Now, and the allocator's peak restarted from here (the cell's own high-water mark).
    pub fn start(vm: &mut Vm) -> Mark {
        budget::reset_peak();
        vm.heap.start_peak();
        Mark::now(vm)
    }

    /// Objects allocated so far, of every kind.
    fn allocations(&self) -> u64 {
        self.kinds.iter().map(|c| c.allocated).sum()
    }

    /// Objects freed so far, of every kind.
    fn deallocations(&self) -> u64 {
        self.kinds.iter().map(|c| c.freed).sum()
    }

    fn now(vm: &Vm) -> Mark {
        Mark {
            kinds: vm.heap.kind_counts.0,
            classes: vm.heap.class_counts.clone(),
            bytes: budget::live(),
            collections: vm.heap.gc.stats.iter().map(|s| s.collections).sum(),
        }
    }
}

/// One cell's record.
#[derive(Debug, Clone)]
pub struct CellMem {
    pub cell: u32,
    pub allocated_objects: u64,
    pub freed_objects: u64,
    pub bytes_before: usize,
    pub bytes_after: usize,
    pub peak_bytes: usize,
    pub collections: u64,
    /// Heap objects alive after the cell.
    pub objects: u64,
    /// Objects allocated and freed during the cell, by type (those with any).
    pub types: Vec<TypeCount>,
}

/// One type's objects allocated and freed during a cell.
#[derive(Debug, Clone)]
pub struct TypeCount {
    /// The kind's name, or for instances and exceptions their class's.
    pub name: String,
    pub allocated: u64,
    pub freed: u64,
}

impl TypeCount {
    fn net(&self) -> i64 {
        self.allocated as i64 - self.freed as i64
    }
}

/// Adds `allocated` and `freed` to the row named `name`.
fn add_row(out: &mut Vec<TypeCount>, name: &str, allocated: u64, freed: u64) {
    if allocated == 0 && freed == 0 {
        return;
    }
    match out.iter_mut().find(|t| t.name == name) {
        Some(t) => {
            t.allocated += allocated;
            t.freed += freed;
        }
        None => out.push(TypeCount {
            name: name.to_string(),
            allocated,
            freed,
        }),
    }
}

/// The per-type counts between two marks, largest net change first. Instances and exceptions
/// count under their class's name (classes of one name, as a cell run twice defines, share a
/// row).
fn types_between(vm: &Vm, before: &Mark, after: &Mark) -> Vec<TypeCount> {
    let mut out: Vec<TypeCount> = Vec::new();
    let mut kinds = after.kinds;
    for (&(class, kind), a) in &after.classes {
        let b = before
            .classes
            .get(&(class, kind))
            .copied()
            .unwrap_or_default();
        let (allocated, freed) = (a.allocated - b.allocated, a.freed - b.freed);
        let name = vm
            .heap
            .class_name(class)
            .unwrap_or_else(|| "(a deleted class)".into());
        add_row(&mut out, &name, allocated, freed);
        // What stays under the kind's own name is what no class count saw.
        if let Some(k) = kinds.get_mut(kind) {
            k.allocated = k.allocated.saturating_sub(allocated);
            k.freed = k.freed.saturating_sub(freed);
        }
    }
    for (i, name) in KIND_NAMES.iter().enumerate() {
        let allocated = kinds[i].allocated - before.kinds[i].allocated;
        let freed = kinds[i].freed - before.kinds[i].freed;
        add_row(&mut out, name, allocated, freed);
    }
    out.sort_by(|a, b| {
        (b.net().unsigned_abs(), b.allocated)
            .cmp(&(a.net().unsigned_abs(), a.allocated))
            .then(a.name.cmp(&b.name))
    });
    out
}

impl CellMem {
    fn net(&self) -> i64 {
        self.bytes_after as i64 - self.bytes_before as i64
    }
}

/// Records cell `n`, started at `before`; the line `%mem auto` prints, when it is on. A cell
/// of `%mem` commands only observes: the peak it reports stays the last cell's.
pub fn finish(vm: &mut Vm, n: u32, before: Mark, observing: bool) -> Option<String> {
    // Read before `after`, so that the record's memory is not the cell's.
    let at_peak = (!observing).then(|| vm.heap.at_peak());
    vm.heap.ledger.stop();
    let after = Mark::now(vm);
    let peak = budget::peak().max(after.bytes);
    if let Some(at_peak) = at_peak {
        with_shell(vm, |sh, _| sh.mem_peak = Some((n, peak, at_peak)));
    }
    let record = CellMem {
        cell: n,
        allocated_objects: after.allocations() - before.allocations(),
        freed_objects: after.deallocations() - before.deallocations(),
        bytes_before: before.bytes,
        bytes_after: after.bytes,
        peak_bytes: peak,
        collections: after.collections - before.collections,
        objects: after.allocations() - after.deallocations(),
        types: types_between(vm, &before, &after),
    };
    let auto = with_shell(vm, |sh, _| sh.mem_auto).unwrap_or(false);
    // What the output cache alone keeps, now and after the previous cell (only computed while
    // `%mem auto` is on: it walks the heap).
    let pinned = if auto { pinned_by_out(vm) } else { 0 };
    let before_pinned =
        with_shell(vm, |sh, _| std::mem::replace(&mut sh.mem_pinned, pinned)).unwrap_or(0);
    let line = auto_line(&record, pinned as i64 - before_pinned as i64);
    with_shell(vm, |sh, _| {
        sh.mem_log.push(record);
        auto.then_some(line)
    })
    .flatten()
}

/// Bytes only the output cache (`Out`, `_`, `_N`, …) keeps alive.
fn pinned_by_out(vm: &mut Vm) -> usize {
    let (all, _) = super::paths::snapshot(vm);
    let (without, _) = super::paths::snapshot_without(vm, super::leaks::is_cache_root);
    super::leaks::only_through(vm, &all, &without).1
}

fn signed(n: i64) -> String {
    let text = human_bytes(n.unsigned_abs() as usize);
    if n < 0 {
        format!("-{text}")
    } else {
        format!("+{text}")
    }
}

fn auto_line(r: &CellMem, pinned: i64) -> String {
    format!(
        "In [{}]: {} live ({} pinned by Out), peak {} during the cell, heap {}\n",
        r.cell,
        signed(r.net()),
        signed(pinned),
        signed(r.peak_bytes as i64 - r.bytes_before as i64),
        human_bytes(r.bytes_after)
    )
}

/// `%mem auto on|off`.
pub fn auto(vm: &mut Vm, arg: &str) -> Option<String> {
    let on = match arg.trim() {
        "on" => true,
        "off" => false,
        _ => return None,
    };
    with_shell(vm, |sh, _| sh.mem_auto = on);
    if on {
        // The first line's "pinned by Out" counts from here.
        let pinned = pinned_by_out(vm);
        with_shell(vm, |sh, _| sh.mem_pinned = pinned);
    }
    Some(format!(
        "%mem auto is {}\n",
        if on {
            "on: one line after every cell"
        } else {
            "off"
        }
    ))
}

/// The record of the cell before the one running `%mem diff`.
pub fn diff(vm: &mut Vm, json: bool) -> String {
    let last = with_shell(vm, |sh, _| sh.mem_log.last().cloned()).flatten();
    let Some(r) = last else {
        return if json {
            json_line(json!({"cell": null}))
        } else {
            "no cell has run yet\n".into()
        };
    };
    if json {
        return json_line(json!({
            "cell": r.cell,
            "allocated_objects": r.allocated_objects,
            "freed_objects": r.freed_objects,
            "net_objects": r.allocated_objects as i64 - r.freed_objects as i64,
            "net_bytes": r.net(),
            "peak_bytes": r.peak_bytes - r.bytes_before,
            "collections": r.collections,
            "types": r.types.iter().map(|t| json!({
                "type": t.name,
                "allocated": t.allocated,
                "freed": t.freed,
                "net": t.net(),
            })).collect::<Vec<_>>(),
        }));
    }
    let rows: Vec<Vec<String>> = r
        .types
        .iter()
        .take(DIFF_TYPES)
        .map(|t| {
            vec![
                t.name.to_string(),
                t.allocated.to_string(),
                t.freed.to_string(),
                format!("{:+}", t.net()),
            ]
        })
        .collect();
    let mut out = format!(
        "In [{}]: {} objects allocated, {} freed (net {:+}); {} net, peak {} above the start; {} collection{}\n",
        r.cell,
        r.allocated_objects,
        r.freed_objects,
        r.allocated_objects as i64 - r.freed_objects as i64,
        signed(r.net()),
        human_bytes(r.peak_bytes - r.bytes_before),
        r.collections,
        if r.collections == 1 { "" } else { "s" }
    );
    if !rows.is_empty() {
        out.push_str(&table(&["type", "allocated", "freed", "net"], &rows));
    }
    if r.types.len() > DIFF_TYPES {
        out.push_str(&format!(
            "... and {} more types\n",
            r.types.len() - DIFF_TYPES
        ));
    }
    out
}

/// Types listed in `%mem diff`'s table (`--json` lists all).
const DIFF_TYPES: usize = 10;

/// Cells listed in the chart; the growth ranking covers all of them.
const CHART_CELLS: usize = 40;
const BAR: usize = 40;

/// `%mem timeline`: live bytes and objects after each cell, as a chart, and the cells that
/// grew memory most.
pub fn timeline(vm: &mut Vm, json: bool) -> String {
    let log = with_shell(vm, |sh, _| sh.mem_log.clone()).unwrap_or_default();
    if json {
        return json_line(json!({
            "cells": log.iter().map(|r| json!({
                "cell": r.cell, "bytes": r.bytes_after, "objects": r.objects,
            })).collect::<Vec<_>>(),
        }));
    }
    if log.is_empty() {
        return "no cell has run yet\n".into();
    }
    let max = log.iter().map(|r| r.bytes_after).max().unwrap_or(1).max(1);
    let shown = &log[log.len().saturating_sub(CHART_CELLS)..];
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|r| {
            let width = (r.bytes_after as u128 * BAR as u128 / max as u128) as usize;
            vec![
                format!("In [{}]", r.cell),
                human_bytes(r.bytes_after),
                r.objects.to_string(),
                "█".repeat(width.max(1)),
            ]
        })
        .collect();
    let mut out = table(&["cell", "bytes", "objects", ""], &rows);
    let mut growth: Vec<&CellMem> = log.iter().filter(|r| r.net() > 0).collect();
    growth.sort_by_key(|r| std::cmp::Reverse(r.net()));
    if !growth.is_empty() {
        out.push_str("grew most: ");
        let top: Vec<String> = growth
            .iter()
            .take(3)
            .map(|r| format!("In [{}] {}", r.cell, signed(r.net())))
            .collect();
        out.push_str(&top.join(", "));
        out.push('\n');
    }
    out
}

/// `%%mem`: runs the cell, then reports what it did: net and peak bytes, objects allocated and
/// freed, collections, and the names it left values under with what each retains.
pub fn cell_magic(vm: &mut Vm, cell: &str) -> crate::vm::PyResult<crate::heap::Value> {
    let before_names = super::names::before(vm);
    let mark = Mark::start(vm);
    let at_start = vm.heap.bytes_by_stamp();
    // The body is compiled as this cell's code, a blank line standing for `%%mem`, so its
    // allocation sites and traceback lines are the cell's own (`In [5], line 2`).
    let source = format!("\n{}", crate::notebook::transform::transform_cell(cell));
    let n = with_shell(vm, |sh, _| sh.count).unwrap_or(1);
    let name = crate::notebook::session::code_name(&source, n);
    let result = super::super::magics::run_source(vm, &source, &name);
    let after = Mark::now(vm);
    let peak = budget::peak().max(after.bytes);
    // The lines that allocated most of what was live at the cell's peak; the enclosing cell
    // goes on recording its own.
    let rec = vm.heap.at_peak();
    let lines = super::alloc_sites::top_lines_grown(vm, &at_start, &rec, &name, 3);
    let names = super::names::changed(vm, &before_names);
    let (snap, _) = super::paths::snapshot(vm);
    let mut left = Vec::new();
    for name in &names {
        if name.starts_with('_') {
            continue;
        }
        if let Some(i) = snap.roots.iter().position(|r| &r.name == name) {
            let t = vm.type_name(snap.roots[i].value);
            left.push(format!(
                "{name} ({t}, {})",
                human_bytes(snap.retained_by_root(i))
            ));
        }
    }
    let collections = after.collections - mark.collections;
    let mut out = format!(
        "%%mem: {} net, peak {} during the cell; {} objects allocated, {} freed; {} collection{}\n",
        signed(after.bytes as i64 - mark.bytes as i64),
        signed(peak as i64 - mark.bytes as i64),
        after.allocations() - mark.allocations(),
        after.deallocations() - mark.deallocations(),
        collections,
        if collections == 1 { "" } else { "s" }
    );
    if !lines.is_empty() {
        out.push_str(&format!("allocated most: {}\n", lines.join(", ")));
    }
    out.push_str(&if left.is_empty() {
        "left no new names behind\n".to_string()
    } else {
        format!("left alive: {}\n", left.join(", "))
    });
    vm.flush_stdout();
    vm.out.out(&out);
    result
}
