//! `%mem flame [--peak] [--folded FILE | --svg FILE]`: live bytes (or those near the last growing
//! cell's peak) by allocation stack, as folded stacks (`frame;frame;frame bytes`, the input of
//! every flame graph tool) or an SVG flame graph drawn by the `inferno` crate. Without
//! `%mem stacks on` each stack is one frame: the cell and line.

use rustc_hash::FxHashMap;

use super::alloc_sites::{last_peak, place, NO_PEAK};
use crate::heap::ledger::SiteBytes;
use crate::notebook::shell::usage_error;
use crate::vm::{PyResult, Vm};

/// Stacks printed when no file is given.
const SHOWN_STACKS: usize = 40;

const FLAME_USAGE: &str = "%mem flame [--peak] [--folded FILE | --svg FILE]";

enum Output {
    Text,
    Folded(String),
    Svg(String),
}

/// One frame as a flame graph shows it: `f (In [3]:4)`, `<module> (In [5]:1)`.
fn frame(vm: &Vm, site: u32) -> String {
    match vm.heap.sites.resolve(site) {
        Some(s) => format!("{} ({}:{})", s.function, place(&s), s.line),
        None => "<no Python code>".to_string(),
    }
}

/// Folded stacks, one line per distinct stack, heaviest first.
fn folded(vm: &Vm, rec: &SiteBytes) -> Vec<String> {
    let mut stacks: FxHashMap<String, usize> = FxHashMap::default();
    for &(stamp, bytes, _) in &rec.sites {
        let sites = vm.heap.sites.stack(stamp);
        let names: Vec<String> = if sites.is_empty() {
            vec![frame(vm, stamp)]
        } else {
            sites.iter().map(|&s| frame(vm, s)).collect()
        };
        // `;` separates frames in the folded format.
        let key = names
            .iter()
            .map(|n| n.replace(';', ":"))
            .collect::<Vec<_>>()
            .join(";");
        *stacks.entry(key).or_default() += bytes;
    }
    let mut lines: Vec<(String, usize)> = stacks.into_iter().collect();
    lines.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    lines
        .into_iter()
        .map(|(stack, bytes)| format!("{stack} {bytes}"))
        .collect()
}

pub fn flame(vm: &mut Vm, args: &str) -> PyResult<String> {
    let mut peak = false;
    let mut output = Output::Text;
    let mut words = args.split_whitespace();
    while let Some(w) = words.next() {
        match (w, words.clone().next()) {
            ("--peak", _) => peak = true,
            ("--folded", Some(f)) => {
                output = Output::Folded(f.to_string());
                words.next();
            }
            ("--svg", Some(f)) => {
                output = Output::Svg(f.to_string());
                words.next();
            }
            _ => return Err(usage_error(vm, format!("{FLAME_USAGE}\n{}", super::USAGE))),
        }
    }
    let (rec, title) = if peak {
        match last_peak(vm) {
            Some((cell, _, rec)) => (rec, format!("Live bytes at In [{cell}]'s peak")),
            None => return Ok(NO_PEAK.to_string()),
        }
    } else {
        (
            vm.heap.bytes_by_stamp(),
            "Live bytes by allocation stack".to_string(),
        )
    };
    let lines = folded(vm, &rec);
    let total: usize = rec.sites.iter().map(|s| s.1).sum();
    match output {
        Output::Text => {
            // The heaviest stacks; a file takes them all.
            let mut shown: String = lines
                .iter()
                .take(SHOWN_STACKS)
                .map(|l| format!("{l}\n"))
                .collect();
            if lines.len() > SHOWN_STACKS {
                shown.push_str(&format!(
                    "... and {} more stacks (--folded FILE writes them all)\n",
                    lines.len() - SHOWN_STACKS
                ));
            }
            Ok(shown)
        }
        Output::Folded(path) => {
            let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
            super::write_file(vm, &path, text.as_bytes())?;
            Ok(format!(
                "wrote {path}: {} stacks, {} (render: inferno-flamegraph {path} > flame.svg)\n",
                lines.len(),
                super::human_bytes(total)
            ))
        }
        Output::Svg(path) => {
            let mut opts = inferno::flamegraph::Options::default();
            opts.title = title;
            opts.count_name = "bytes".to_string();
            let mut svg = Vec::new();
            if let Err(e) = inferno::flamegraph::from_lines(
                &mut opts,
                lines.iter().map(String::as_str),
                &mut svg,
            ) {
                return Err(crate::builtins::io::os_error(vm, &e, &path));
            }
            super::write_file(vm, &path, &svg)?;
            Ok(format!(
                "wrote {path}: a flame graph of {} in {} stacks\n",
                super::human_bytes(total),
                lines.len()
            ))
        }
    }
}
