//! `%mem gc [GEN]` (run a collection now and report what it found and freed), `%mem
//! thresholds` (show or set them, through `gc.set_threshold` so bad values get its errors) and
//! `%mem check` (the heap verifier).

use std::time::Instant;

use colored::Colorize;
use serde_json::json;

use super::{eval, human_bytes, json_line};
use crate::heap::gc::NUM_GENERATIONS;
use crate::heap::size::object_size;
use crate::heap::Value;
use crate::vm::{PyResult, Vm};

fn live(vm: &Vm) -> (usize, usize) {
    vm.heap
        .iter()
        .fold((0, 0), |(n, b), (_, o)| (n + 1, b + object_size(o)))
}

pub fn gc(vm: &mut Vm, arg: &str, json: bool) -> PyResult<String> {
    let generation = if arg.trim().is_empty() {
        NUM_GENERATIONS - 1
    } else {
        let v = eval(vm, arg)?;
        let g = vm.ssize_arg(v);
        vm.heap.decref(v);
        let g = g?;
        if !(0..NUM_GENERATIONS as i64).contains(&g) {
            return Err(vm.value_error("invalid generation".into()));
        }
        g as usize
    };
    let (objects_before, bytes_before) = live(vm);
    let finalizers_before = vm.heap.gc.finalizers_called;
    let started = Instant::now();
    let unreachable = vm.collect_now(generation);
    let elapsed = started.elapsed();
    let (objects_after, bytes_after) = live(vm);
    let finalizers = vm.heap.gc.finalizers_called - finalizers_before;
    let freed_objects = objects_before.saturating_sub(objects_after);
    let freed_bytes = bytes_before.saturating_sub(bytes_after);
    if json {
        return Ok(json_line(json!({
            "generation": generation,
            "unreachable": unreachable,
            "freed_objects": freed_objects,
            "freed_bytes": freed_bytes,
            "finalizers": finalizers,
            "seconds": elapsed.as_secs_f64(),
        })));
    }
    Ok(format!(
        "generation-{generation} collection: {unreachable} unreachable, {finalizers} finalizer{} run, \
         {freed_objects} objects ({}) freed, in {:.1} ms\n",
        if finalizers == 1 { "" } else { "s" },
        human_bytes(freed_bytes),
        elapsed.as_secs_f64() * 1000.0
    ))
}

pub fn thresholds(vm: &mut Vm, args: &str, json: bool) -> PyResult<String> {
    if !args.trim().is_empty() {
        // gc.set_threshold itself, with each word as an int (or, failing that, a str), so a
        // bad value gets its TypeError.
        let values: Vec<Value> = args
            .split_whitespace()
            .map(|w| match w.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(w),
            })
            .collect();
        let gc = crate::builtins::import_module(vm, "gc")?;
        let key = vm.intern("set_threshold");
        let set = vm.getattr(gc, key);
        vm.heap.decref(gc);
        let set = set?;
        let r = vm.call(set, &values);
        vm.heap.decref(set);
        for v in values {
            vm.heap.decref(v);
        }
        vm.heap.decref(r?);
    }
    let gc = &vm.heap.gc;
    let (count, threshold) = (gc.count, gc.threshold);
    if json {
        return Ok(json_line(json!({"thresholds": threshold, "counts": count})));
    }
    Ok(format!(
        "thresholds {} {} {}, counts {} {} {}\n",
        threshold[0], threshold[1], threshold[2], count[0], count[1], count[2]
    ))
}

pub fn check(vm: &mut Vm, json: bool) -> String {
    let problems = vm.heap_check();
    if json {
        return json_line(json!({"ok": problems.is_empty(), "problems": problems}));
    }
    if problems.is_empty() {
        let (objects, bytes) = live(vm);
        return format!(
            "{}: {objects} objects ({}), every refcount, generation list and byte count exact\n",
            "OK".green(),
            human_bytes(bytes)
        );
    }
    let mut out = format!("{}:\n", format!("{} problems", problems.len()).red());
    for p in &problems {
        out.push_str(&format!("  {p}\n"));
    }
    out
}
