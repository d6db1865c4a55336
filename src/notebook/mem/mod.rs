//! `%mem`: what is alive on the heap, why, and what `del` would free (../shared/MEM.md). One
//! file per family of commands; `paths.rs` names the roots and writes paths as accessors.
//! Every command answers in text, or as one JSON object with `--json`.

mod alloc_sites;
pub mod cells;
mod collect;
mod flame;
mod graph;
pub(crate) mod leaks;
pub mod names;
mod paths;
mod summary;
pub mod trace;
mod vars;
mod why;

use crate::heap::Value;
use crate::notebook::shell::usage_error;
use crate::vm::{PyResult, Vm};

const USAGE: &str = "\
%mem [--json]                 live objects and bytes, by type and by generation
%mem vars [--json]            each variable: refcount, bytes, retained bytes
%mem why EXPR [--json]        the reference paths that keep EXPR's value alive
%mem refs EXPR [--json]       what EXPR's value refers to, and what refers to it
%mem gc [GEN] [--json]        run a collection now and report it
%mem thresholds [T0 [T1 [T2]]] show or set the collector's thresholds
%mem check [--json]           verify every refcount and generation list
%mem diff [--json]            what the previous cell allocated, freed and peaked at
%mem timeline [--json]        bytes and objects after each cell, and the cells that grew most
%mem auto on|off              one line after every cell: live and peak bytes
%mem leaks [--json]           what is kept alive by accident, and the command that frees it
%mem graph EXPR [--depth N] [--dot FILE]  the objects below EXPR's value, cycles marked
%mem trace [on|off|gc]        log each collection (gc), and each object freed (on)
%mem where EXPR [--json]      the cell and line that allocated EXPR's value
%mem where --top [--json]     live bytes by the line that allocated them
%mem where --peak [--json]    the same near the peak of the last cell that grew
%mem flame [--peak] [--folded FILE | --svg FILE]  live bytes by allocation stack
%mem stacks [on|off]          record each allocation's whole call stack (off: cell and line)";

const NOT_ON_HEAP: &str =
    "not a heap object: an immediate value (int, float, bool, None) that nothing keeps alive\n";

/// `%mem ARGS`.
pub fn mem_magic(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    let json = words.contains(&"--json");
    words.retain(|w| *w != "--json");
    let (command, rest) = match words.split_first() {
        Some((c, rest)) => (*c, rest.join(" ")),
        None => ("", String::new()),
    };
    let out = match command {
        "" => summary::summary(vm, json),
        "vars" if rest.is_empty() => vars::vars(vm, json),
        "why" if !rest.is_empty() => why::why(vm, &rest, json)?,
        "refs" if !rest.is_empty() => why::refs(vm, &rest, json)?,
        "gc" => collect::gc(vm, &rest, json)?,
        "thresholds" => collect::thresholds(vm, &rest, json)?,
        "check" if rest.is_empty() => collect::check(vm, json),
        "diff" if rest.is_empty() => cells::diff(vm, json),
        "leaks" if rest.is_empty() => leaks::leaks(vm, json),
        "graph" if !rest.is_empty() => graph::graph(vm, &rest)?,
        "trace" => match trace::trace(vm, &rest) {
            Some(text) => text,
            None => return Err(usage_error(vm, format!("%mem trace [on|off|gc]\n{USAGE}"))),
        },
        "timeline" if rest.is_empty() => cells::timeline(vm, json),
        "where" if rest == "--top" => alloc_sites::top(vm, json),
        "where" if rest == "--peak" => alloc_sites::peak(vm, json),
        "where" if !rest.is_empty() && !rest.starts_with("--") => {
            alloc_sites::where_expr(vm, &rest, json)?
        }
        "flame" => flame::flame(vm, &rest)?,
        "stacks" => match alloc_sites::stacks(vm, &rest) {
            Some(text) => text,
            None => return Err(usage_error(vm, format!("%mem stacks [on|off]\n{USAGE}"))),
        },
        "auto" => match cells::auto(vm, &rest) {
            Some(text) => text,
            None => return Err(usage_error(vm, format!("%mem auto on|off\n{USAGE}"))),
        },
        _ => {
            let msg = format!(
                "%mem {}: unknown command or missing argument\n{USAGE}",
                line.trim()
            );
            return Err(usage_error(vm, msg));
        }
    };
    vm.out.out(&out);
    Ok(Value::None)
}

/// Writes `bytes` to `path` (`--dot`, `--svg`, `--folded`), failing with the OSError Python's
/// `open(path, 'w')` would raise.
fn write_file(vm: &mut Vm, path: &str, bytes: &[u8]) -> PyResult<()> {
    std::fs::write(path, bytes).map_err(|e| crate::builtins::io::os_error(vm, &e, path))
}

/// A JSON answer, one line.
fn json_line(v: serde_json::Value) -> String {
    format!("{v}\n")
}

/// Bytes in human units, as the tables show them: `812 B`, `4.0 KiB`, `76.3 MiB`.
pub fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut value = n as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// Rows as an aligned table: the first column left-aligned, the others right-aligned; the
/// header bold on a terminal.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let cols = header.len();
    let mut width: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(cols) {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut s = String::new();
        for (i, c) in cells.enumerate() {
            if i == 0 {
                s.push_str(&format!("{c:<w$}", w = width[0]));
            } else {
                s.push_str(&format!("  {c:>w$}", w = width[i]));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    // The header in bold on a terminal (colored decides: none when piped or NO_COLOR).
    let mut out = {
        use colored::Colorize;
        let text = line(&mut header.iter().copied());
        format!("{}\n", text.trim_end().bold())
    };
    for r in rows {
        out.push_str(&line(&mut r.iter().map(String::as_str)));
    }
    out
}

/// Evaluates EXPR in the cell scope: its value (owned), or the exception it raised.
fn eval(vm: &mut Vm, expr: &str) -> PyResult<Value> {
    super::magics::run_source(vm, expr.trim(), "<mem>")
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_units() {
        assert_eq!(super::human_bytes(812), "812 B");
        assert_eq!(super::human_bytes(4096), "4.0 KiB");
        assert_eq!(super::human_bytes(80_000_000), "76.3 MiB");
    }
}
