//! `%mem where EXPR` (the cell and line that allocated a value, with its call stack when
//! `%mem stacks on` recorded one), `%mem where --top` (live bytes by the line that allocated
//! them, tracemalloc's view), `%mem where --peak` (the same at the last cell's peak, memray's
//! view, exact: heap/ledger.rs) and `%mem stacks on|off`. Stamps come from heap/sites.rs.

use rustc_hash::FxHashMap;
use serde_json::json;

use super::{eval, human_bytes, json_line, table};
use crate::heap::ledger::SiteBytes;
use crate::heap::sites::{Site, NO_SITE};
use crate::heap::Value;
use crate::notebook::session::{cell_number, file_place};
use crate::notebook::shell::with_shell;
use crate::vm::{PyResult, Vm};

/// Lines listed in full; more are counted (`--json` lists all).
const MAX_ROWS: usize = 20;

/// Where a site is, as a user reads it: `In [3]` for a cell, the file name otherwise.
pub fn place(site: &Site) -> String {
    file_place(&site.file)
}

/// `In [3], line 2` or `helpers.py, line 7, in load`.
pub fn site_text(site: &Site) -> String {
    let at = format!("{}, line {}", place(site), site.line);
    if &*site.function == "<module>" {
        at
    } else {
        format!("{at}, in {}", site.function)
    }
}

fn site_json(site: Option<&Site>) -> serde_json::Value {
    match site {
        Some(s) => json!({
            "cell": cell_number(&s.file),
            "file": &*s.file,
            "line": s.line,
            "function": &*s.function,
        }),
        None => json!({"cell": null, "file": null, "line": null, "function": null}),
    }
}

/// What allocated objects carry when no Python code was running.
const NO_CODE: &str = "no Python code (startup or the shell)";

/// `%mem where EXPR`.
pub fn where_expr(vm: &mut Vm, expr: &str, json: bool) -> PyResult<String> {
    let v = eval(vm, expr)?;
    let Value::Obj(k) = v else {
        return Ok(if json {
            json_line(json!({"heap_object": false}))
        } else {
            super::NOT_ON_HEAP.to_string()
        });
    };
    let stamp = vm.heap.obj(k).site;
    let bytes = crate::heap::size::object_size(vm.heap.obj(k));
    let t = vm.type_name(v);
    vm.heap.decref(v);
    let stack: Vec<Option<Site>> = vm
        .heap
        .sites
        .stack(stamp)
        .into_iter()
        .map(|s| vm.heap.sites.resolve(s))
        .collect();
    let leaf = vm.heap.sites.resolve(stamp);
    if json {
        let mut answer = site_json(leaf.as_ref());
        answer["heap_object"] = json!(true);
        answer["type"] = json!(t);
        answer["bytes"] = json!(bytes);
        answer["stack"] = stack.iter().map(|s| site_json(s.as_ref())).collect();
        return Ok(json_line(answer));
    }
    let head = format!("{expr}: {t} object, {}", human_bytes(bytes));
    let Some(leaf) = leaf else {
        return Ok(format!("{head}, allocated by {NO_CODE}\n"));
    };
    let mut out = format!("{head}, allocated at {}\n", site_text(&leaf));
    // With stacks on, the callers, innermost first (the leaf is the last entry).
    for s in stack.iter().rev().skip(1).flatten() {
        out.push_str(&format!("  called from {}\n", site_text(s)));
    }
    Ok(out)
}

/// One row of `where --top`: a line, with the bytes and objects it allocated that are alive.
struct Row {
    site: Option<Site>,
    bytes: usize,
    objects: u64,
}

/// Groups per-stamp figures by line (stamps of one line, or of one line under different
/// stacks, add up), largest first.
fn by_line(vm: &Vm, rec: &SiteBytes) -> Vec<Row> {
    let mut lines: FxHashMap<Option<Site>, (usize, u64)> = FxHashMap::default();
    for &(stamp, bytes, objects) in &rec.sites {
        let site = vm.heap.sites.resolve(stamp);
        let e = lines.entry(site).or_default();
        e.0 += bytes;
        e.1 += u64::from(objects);
    }
    let mut rows: Vec<Row> = lines
        .into_iter()
        .map(|(site, (bytes, objects))| Row {
            site,
            bytes,
            objects,
        })
        .collect();
    rows.sort_by(|a, b| {
        b.bytes.cmp(&a.bytes).then_with(|| {
            a.site
                .as_ref()
                .map(|s| s.line)
                .cmp(&b.site.as_ref().map(|s| s.line))
        })
    });
    rows
}

fn rows_json(rows: &[Row]) -> Vec<serde_json::Value> {
    rows.iter()
        .map(|r| {
            let mut v = site_json(r.site.as_ref());
            v["bytes"] = json!(r.bytes);
            v["objects"] = json!(r.objects);
            v
        })
        .collect()
}

fn rows_table(rows: &[Row]) -> String {
    let shown: Vec<Vec<String>> = rows
        .iter()
        .take(MAX_ROWS)
        .map(|r| {
            vec![
                r.site
                    .as_ref()
                    .map_or_else(|| NO_CODE.to_string(), site_text),
                human_bytes(r.bytes),
                r.objects.to_string(),
            ]
        })
        .collect();
    let mut out = table(&["allocated at", "bytes", "objects"], &shown);
    if rows.len() > MAX_ROWS {
        out.push_str(&format!("... and {} more lines\n", rows.len() - MAX_ROWS));
    }
    out
}

/// `%mem where --top`: every live object's bytes by the line that allocated it.
pub fn top(vm: &mut Vm, json: bool) -> String {
    let rec = vm.heap.bytes_by_stamp();
    let rows = by_line(vm, &rec);
    let (bytes, objects) = rows
        .iter()
        .fold((0, 0), |(b, n), r| (b + r.bytes, n + r.objects));
    if json {
        return json_line(json!({"bytes": bytes, "objects": objects, "sites": rows_json(&rows)}));
    }
    let mut out = format!(
        "{} live in {objects} objects, by the line that allocated them:\n",
        human_bytes(bytes)
    );
    out.push_str(&rows_table(&rows));
    out
}

/// The last cell: its number, the allocator's peak during it and what was live at its
/// objects' peak.
pub fn last_peak(vm: &mut Vm) -> Option<(u32, usize, SiteBytes)> {
    with_shell(vm, |sh, _| sh.mem_peak.clone()).flatten()
}

/// The answer about a peak before any cell ran.
pub const NO_PEAK: &str = "no cell has run yet\n";

/// `%mem where --peak`: what was live, by the line that allocated it, at the moment the last
/// cell's objects took the most bytes.
pub fn peak(vm: &mut Vm, json: bool) -> String {
    let Some((cell, peak, rec)) = last_peak(vm) else {
        return if json {
            json_line(json!({"cell": null, "sites": []}))
        } else {
            NO_PEAK.to_string()
        };
    };
    let rows = by_line(vm, &rec);
    let objects: u64 = rows.iter().map(|r| r.objects).sum();
    let at = vm.heap.sites.resolve(rec.at);
    if json {
        return json_line(json!({
            "cell": cell,
            "peak_bytes": rec.live,
            "objects": objects,
            "at": site_json(at.as_ref()),
            "allocator_peak_bytes": peak,
            "sites": rows_json(&rows),
        }));
    }
    let when = match &at {
        Some(s) => format!(", at {}", site_text(s)),
        None => String::new(),
    };
    let mut out = format!(
        "In [{cell}]'s objects peaked at {} in {objects} objects{when} (the process: {}); \
         live then, by the line that allocated them:\n",
        human_bytes(rec.live),
        human_bytes(peak)
    );
    out.push_str(&rows_table(&rows));
    out
}

/// The lines that grew the heap most from `start` to `peak`, for `%%mem`: at most `n`, the
/// cell's own (compiled as `cell_file`) as `line 2 in <listcomp> (7.6 MiB)`, others
/// as `In [1], line 3, in make (1.2 MiB)`.
pub fn top_lines_grown(
    vm: &Vm,
    start: &SiteBytes,
    peak: &SiteBytes,
    cell_file: &str,
    n: usize,
) -> Vec<String> {
    let before: FxHashMap<u32, usize> = start.sites.iter().map(|&(s, b, _)| (s, b)).collect();
    let grown = SiteBytes {
        live: peak.live,
        at: peak.at,
        sites: peak
            .sites
            .iter()
            .filter_map(|&(s, bytes, objects)| {
                let was = before.get(&s).copied().unwrap_or(0);
                (bytes > was).then_some((s, bytes - was, objects))
            })
            .collect(),
    };
    let cell = cell_number(cell_file);
    by_line(vm, &grown)
        .iter()
        .filter(|r| {
            // The enclosing cell's own code (the `%%mem` call) is not what the user wrote.
            r.site.as_ref().is_some_and(|s| {
                &*s.file == cell_file || cell.is_none() || cell_number(&s.file) != cell
            })
        })
        .take(n)
        .filter_map(|r| {
            let s = r.site.as_ref()?;
            let at = if &*s.file == cell_file {
                match &*s.function {
                    "<module>" => format!("line {}", s.line),
                    f => format!("line {} in {f}", s.line),
                }
            } else {
                site_text(s)
            };
            Some(format!("{at} ({})", human_bytes(r.bytes)))
        })
        .collect()
}

/// `%mem stacks on|off`.
pub fn stacks(vm: &mut Vm, arg: &str) -> Option<String> {
    let on = match arg.trim() {
        "on" => true,
        "off" => false,
        "" => {
            let state = if vm.heap.sites.stacks { "on" } else { "off" };
            return Some(format!("allocation stacks are {state}\n"));
        }
        _ => return None,
    };
    vm.heap.sites.stacks = on;
    vm.heap.sites.chain = NO_SITE;
    Some(if on {
        "allocation stacks on: objects allocated from now on record their whole call stack\n"
            .to_string()
    } else {
        "allocation stacks off: objects record their cell and line\n".to_string()
    })
}
