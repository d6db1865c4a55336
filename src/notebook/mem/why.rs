//! `%mem why EXPR` (the reference paths that keep a value alive, shortest first, each named
//! from its root) and `%mem refs EXPR` (its referents and referrers).

use std::collections::HashSet;

use serde_json::json;

use super::{eval, human_bytes, json_line, paths, table, NOT_ON_HEAP};
use crate::heap::gc::{gen_of, is_tracked};
use crate::heap::size::object_size;
use crate::heap::snapshot::Snapshot;
use crate::heap::{ObjKey, Value};
use crate::vm::{PyResult, Vm};

/// Paths listed in full; more are counted.
const MAX_PATHS: usize = 20;

/// Referents and referrers listed in full; more are counted (`--json` lists all).
const MAX_ROWS: usize = 20;

/// Every reference path to `k` from the roots: one per holder (each root entry that holds it,
/// and each reachable object that refers to it, through that holder's shortest path).
fn paths_to(vm: &mut Vm, snap: &Snapshot, scopes: &HashSet<ObjKey>, k: ObjKey) -> Vec<Vec<String>> {
    let mut found: Vec<(usize, Vec<ObjKey>)> = Vec::new();
    for (i, r) in snap.roots.iter().enumerate() {
        if r.value.as_obj() == Some(k) {
            found.push((i, vec![k]));
        }
    }
    for h in referrers(vm, scopes, k) {
        if let Some((root, mut chain)) = snap.path_to(h) {
            chain.push(k);
            found.push((root, chain));
        }
    }
    found.sort_by_key(|(_, chain)| chain.len());
    let mut out: Vec<Vec<String>> = Vec::new();
    for (root, chain) in found {
        let steps = paths::path_steps(vm, snap, root, &chain);
        if !out.contains(&steps) {
            out.push(steps);
        }
    }
    out
}

/// The objects holding a reference to `k`, but the namespaces whose entries are roots.
fn referrers(vm: &Vm, scopes: &HashSet<ObjKey>, k: ObjKey) -> Vec<ObjKey> {
    let mut out = Vec::new();
    for (h, o) in vm.heap.iter() {
        if scopes.contains(&h) {
            continue;
        }
        let mut holds = false;
        o.kind.for_each_referent(|v| holds |= v.as_obj() == Some(k));
        if holds {
            out.push(h);
        }
    }
    out
}

fn describe(vm: &mut Vm, k: ObjKey, own_refs: u32) -> String {
    let o = vm.heap.obj(k);
    let (rc, size) = (o.rc.saturating_sub(own_refs), object_size(o));
    let t = vm.type_name(Value::Obj(k));
    format!("{t} object, {}, refcount {rc}", human_bytes(size))
}

pub fn why(vm: &mut Vm, expr: &str, json: bool) -> PyResult<String> {
    let v = eval(vm, expr)?;
    let Value::Obj(k) = v else {
        return Ok(if json {
            json_line(json!({"paths": [], "unreachable": false, "heap_object": false}))
        } else {
            NOT_ON_HEAP.to_string()
        });
    };
    let (snap, scopes) = paths::snapshot(vm);
    let mut found = paths_to(vm, &snap, &scopes, k);
    if scopes.contains(&k) {
        // A module or its namespace: the roots are its entries; the module table holds it.
        found.insert(0, vec!["<module table>".to_string()]);
    }
    let unreachable = found.is_empty();
    let gen = {
        let o = vm.heap.obj(k);
        is_tracked(o).then(|| gen_of(o))
    };
    let retained = snap.retained_by_object(k);
    let head = describe(vm, k, 1);
    vm.heap.decref(v);
    if json {
        return Ok(json_line(json!({
            "retained_bytes": retained,
            "paths": found,
            "unreachable": unreachable,
            "heap_object": true,
            "generation": gen,
        })));
    }
    let mut out = format!("{expr}: {head}\n");
    if retained > 0 {
        out.push_str(&format!(
            "it and what only it reaches: {}\n",
            human_bytes(retained)
        ));
    }
    if unreachable {
        out.push_str(&match gen {
            Some(g) => format!(
                "unreachable: nothing from the roots leads to it; the next generation-{g} collection frees it\n"
            ),
            None => "unreachable: held only by garbage the collector has not examined yet\n".into(),
        });
        return Ok(out);
    }
    out.push_str(&format!(
        "alive through {} path{}, shortest first:\n",
        found.len(),
        if found.len() == 1 { "" } else { "s" }
    ));
    for steps in found.iter().take(MAX_PATHS) {
        out.push_str(&format!("  {}\n", paths::path_text(steps)));
    }
    if found.len() > MAX_PATHS {
        out.push_str(&format!("  ... and {} more\n", found.len() - MAX_PATHS));
    }
    Ok(out)
}

pub fn refs(vm: &mut Vm, expr: &str, json: bool) -> PyResult<String> {
    let v = eval(vm, expr)?;
    let Value::Obj(k) = v else {
        return Ok(if json {
            json_line(json!({"referents": [], "referrers": [], "heap_object": false}))
        } else {
            NOT_ON_HEAP.to_string()
        });
    };
    let referents = paths::labelled_referents(vm, k);
    let (snap, scopes) = paths::snapshot(vm);
    // A root entry holds it as a name: shown with the type "name" (Undef marks it).
    let mut holders: Vec<(String, Value)> = Vec::new();
    for r in snap.roots.iter().filter(|r| r.value.as_obj() == Some(k)) {
        holders.push((r.name.clone(), Value::Undef));
    }
    for h in referrers(vm, &scopes, k) {
        let name = match snap.path_to(h) {
            Some((root, chain)) => paths::path_text(&paths::path_steps(vm, &snap, root, &chain)),
            None => "(unreachable)".into(),
        };
        holders.push((name, Value::Obj(h)));
    }
    let head = describe(vm, k, 1);
    let rows =
        |vm: &mut Vm, items: &[(String, Value)]| -> Vec<(String, String, Option<u32>, usize)> {
            items
                .iter()
                .map(|(label, r)| {
                    if r.is_undef() {
                        return (label.clone(), "name".to_string(), None, 0);
                    }
                    let (rc, size) = match r {
                        Value::Obj(rk) => {
                            let o = vm.heap.obj(*rk);
                            (Some(o.rc), object_size(o))
                        }
                        _ => (None, 0),
                    };
                    (label.clone(), vm.type_name(*r), rc, size)
                })
                .collect()
        };
    let referent_rows = rows(vm, &referents);
    let holder_rows = rows(vm, &holders);
    vm.heap.decref(v);
    if json {
        let as_json = |rows: &[(String, String, Option<u32>, usize)]| {
            rows.iter()
                .map(|(l, t, rc, b)| json!({"label": l, "type": t, "refcount": rc, "bytes": b}))
                .collect::<Vec<_>>()
        };
        return Ok(json_line(json!({
            "referents": as_json(&referent_rows),
            "referrers": as_json(&holder_rows),
            "heap_object": true,
        })));
    }
    let render = |rows: &[(String, String, Option<u32>, usize)]| {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|(l, t, rc, b)| {
                vec![
                    l.clone(),
                    t.clone(),
                    rc.map_or("-".into(), |n| n.to_string()),
                    human_bytes(*b),
                ]
            })
            .collect();
        table(&["", "type", "refcount", "bytes"], &cells)
    };
    let mut out = format!("{expr}: {head}\n");
    for (title, rows) in [
        ("refers to", &referent_rows),
        ("referred to by", &holder_rows),
    ] {
        out.push_str(&format!("{title} {}:\n", rows.len()));
        if !rows.is_empty() {
            out.push_str(&render(&rows[..rows.len().min(MAX_ROWS)]));
        }
        if rows.len() > MAX_ROWS {
            out.push_str(&format!("... and {} more\n", rows.len() - MAX_ROWS));
        }
    }
    Ok(out)
}
