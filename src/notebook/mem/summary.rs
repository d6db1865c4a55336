//! `%mem`: the summary. Live objects and bytes by type, and the collector's state per
//! generation (count against threshold, objects, collections run and objects collected).

use std::collections::HashMap;

use serde_json::json;

use super::{human_bytes, json_line, table};
use crate::heap::gc::NUM_GENERATIONS;
use crate::heap::size::object_size;
use crate::heap::Value;
use crate::vm::Vm;

const TOP_TYPES: usize = 10;

pub fn summary(vm: &mut Vm, json: bool) -> String {
    let mut by_type: HashMap<String, (usize, usize)> = HashMap::new();
    let (mut objects, mut bytes) = (0usize, 0usize);
    let keys: Vec<_> = vm.heap.iter().map(|(k, _)| k).collect();
    for k in keys {
        let size = object_size(vm.heap.obj(k));
        let t = vm.type_name(Value::Obj(k));
        let e = by_type.entry(t).or_default();
        e.0 += 1;
        e.1 += size;
        objects += 1;
        bytes += size;
    }
    let mut types: Vec<(String, usize, usize)> =
        by_type.into_iter().map(|(t, (n, b))| (t, n, b)).collect();
    types.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let gc = &vm.heap.gc;
    let gens: Vec<(i64, i64, usize, u64, u64)> = (0..NUM_GENERATIONS)
        .map(|g| {
            (
                gc.count[g],
                gc.threshold[g],
                vm.heap.generation(g).len(),
                gc.stats[g].collections,
                gc.stats[g].collected,
            )
        })
        .collect();
    let collections: u64 = gens.iter().map(|g| g.3).sum();
    let (pending, total, enabled) = (gc.long_lived_pending, gc.long_lived_total, gc.enabled);
    if json {
        return json_line(json!({
            "objects": objects,
            "bytes": bytes,
            "types": types.iter().map(|(t, n, b)| json!({"type": t, "objects": n, "bytes": b})).collect::<Vec<_>>(),
            "generations": gens.iter().map(|g| json!({
                "count": g.0, "threshold": g.1, "objects": g.2, "collections": g.3, "collected": g.4,
            })).collect::<Vec<_>>(),
            "collections": collections,
            "long_lived_pending": pending,
            "long_lived_total": total,
            "enabled": enabled,
        }));
    }
    let mut out = format!("heap: {objects} objects, {}\n\n", human_bytes(bytes));
    let rows: Vec<Vec<String>> = types
        .iter()
        .take(TOP_TYPES)
        .map(|(t, n, b)| vec![t.clone(), n.to_string(), human_bytes(*b)])
        .collect();
    out.push_str(&table(&["type", "objects", "bytes"], &rows));
    if types.len() > TOP_TYPES {
        let (n, b) = types[TOP_TYPES..]
            .iter()
            .fold((0, 0), |acc, t| (acc.0 + t.1, acc.1 + t.2));
        out.push_str(&format!(
            "({} more types: {n} objects, {})\n",
            types.len() - TOP_TYPES,
            human_bytes(b)
        ));
    }
    out.push('\n');
    let rows: Vec<Vec<String>> = gens
        .iter()
        .enumerate()
        .map(|(g, (count, threshold, objs, runs, collected))| {
            vec![
                g.to_string(),
                format!("{count}/{threshold}"),
                objs.to_string(),
                runs.to_string(),
                collected.to_string(),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "generation",
            "count/threshold",
            "objects",
            "collections",
            "collected",
        ],
        &rows,
    ));
    out.push_str(&format!(
        "long-lived objects pending a full collection: {pending} of {total} (it runs past 25%)\n"
    ));
    out.push_str(if enabled {
        "collector: enabled\n"
    } else {
        "collector: disabled (gc.enable() turns it back on)\n"
    });
    out
}
