//! `%mem vars`: every variable of the cell scope with its refcount, own bytes and retained
//! bytes (what `del name` followed by a collection would free), largest first; the output
//! cache's names (`Out`, `_`, `_3`) are listed too, as the holders they are.

use serde_json::json;

use super::{human_bytes, json_line, paths, table};
use crate::heap::size::object_size;
use crate::heap::Value;
use crate::notebook::shell::{self, with_shell};
use crate::vm::Vm;

struct Row {
    name: String,
    type_name: String,
    refcount: Option<u32>,
    bytes: usize,
    retained: usize,
    assigned_in: Option<u32>,
    read_in: Option<u32>,
}

pub fn vars(vm: &mut Vm, json: bool) -> String {
    let (snap, _) = paths::snapshot(vm);
    let mut rows = Vec::new();
    for (i, root) in snap.roots.iter().enumerate() {
        let name = root.name.as_str();
        if name.contains('.') || name.starts_with('<') {
            continue;
        }
        let v = root.value;
        let cache_holds =
            paths::is_output_cache_name(name) && !vm.str_of(v).is_some_and(str::is_empty);
        if !cache_holds && shell::is_hidden(vm, name, v) {
            continue;
        }
        let (refcount, bytes) = match v {
            Value::Obj(k) => {
                let o = vm.heap.obj(k);
                (Some(o.rc), object_size(o))
            }
            _ => (None, 0),
        };
        let (assigned_in, read_in) = with_shell(vm, |sh, _| {
            (
                sh.assigned_in.get(name).copied(),
                sh.read_in.get(name).copied(),
            )
        })
        .unwrap_or_default();
        rows.push(Row {
            assigned_in,
            read_in,
            name: name.to_string(),
            type_name: vm.type_name(v),
            refcount,
            bytes,
            retained: snap.retained_by_root(i),
        });
    }
    rows.sort_by(|a, b| b.retained.cmp(&a.retained).then(a.name.cmp(&b.name)));
    if json {
        return json_line(json!({
            "vars": rows.iter().map(|r| json!({
                "name": r.name,
                "type": r.type_name,
                "refcount": r.refcount,
                "bytes": r.bytes,
                "retained_bytes": r.retained,
                "assigned_in": r.assigned_in,
                "read_in": r.read_in,
            })).collect::<Vec<_>>(),
        }));
    }
    if rows.is_empty() {
        return "no variables in the cell scope\n".into();
    }
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.type_name.clone(),
                r.refcount.map_or("-".into(), |n| n.to_string()),
                human_bytes(r.bytes),
                human_bytes(r.retained),
                r.assigned_in.map_or("-".into(), |n| format!("In [{n}]")),
                r.read_in.map_or("-".into(), |n| format!("In [{n}]")),
            ]
        })
        .collect();
    let mut out = table(
        &[
            "name", "type", "refcount", "bytes", "retained", "assigned", "read",
        ],
        &table_rows,
    );
    out.push_str("retained: what `del name` and a collection would free; shared objects count for no single name\n");
    out
}
