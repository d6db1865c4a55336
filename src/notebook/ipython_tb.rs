//! Tracebacks as IPython 8/9 prints them in its "Context" mode without colour: a 75-dash rule,
//! the exception name with `Traceback (most recent call last)` right-aligned, then each frame
//! as `Cell In[3], line 2, in f(a)` (or `File PATH:LINE, in f(a)` for a file) with its source
//! lines around the failing one (`---->` marks it), chained exceptions first, and CPython's
//! last line. SyntaxErrors are shown as IPython shows them: located in the cell, no rule.

use std::rc::Rc;

use super::session::{cell_number, CellError, ErrorKind};
use crate::compile::code::{Code, CodeKind};
use crate::heap::object::{Kind, TracebackEntry};
use crate::heap::{ObjKey, Value};
use crate::syntax::error::SyntaxError;
use crate::vm::Vm;

const RULE_WIDTH: usize = 75;
/// Lines shown before and after the failing one (IPython's context of 5).
const BEFORE: u32 = 2;
const AFTER: u32 = 2;
/// A run of identical frames longer than this is summarised.
const REPEAT_CUTOFF: usize = 3;

/// The traceback of an uncaught exception, line by line.
pub fn format(vm: &mut Vm, exc: Value) -> Vec<String> {
    let mut lines = vec!["-".repeat(RULE_WIDTH)];
    let mut chain = Vec::new();
    collect_chain(vm, exc, &mut chain);
    for (e, link) in chain {
        if !link.is_empty() {
            lines.push(String::new());
            lines.push(link.to_string());
            lines.push(String::new());
        }
        exception_block(vm, e, &mut lines);
    }
    lines
}

/// Oldest first: each exception with the sentence printed before it (linking it to the
/// older one it was raised from or while handling).
fn collect_chain(vm: &Vm, exc: Value, out: &mut Vec<(Value, &'static str)>) {
    let mut seen: Vec<ObjKey> = Vec::new();
    let mut cur = exc;
    while let Value::Obj(k) = cur {
        seen.push(k);
        let (cause, context, suppress) = match vm.heap.kind(k) {
            Kind::Exception(e) => (e.cause, e.context, e.suppress_context),
            _ => (Value::None, Value::None, true),
        };
        let (next, link) = if !cause.is(Value::None) {
            (
                cause,
                "The above exception was the direct cause of the following exception:",
            )
        } else if !suppress && !context.is(Value::None) {
            (
                context,
                "During handling of the above exception, another exception occurred:",
            )
        } else {
            (Value::None, "")
        };
        let fresh = next.as_obj().is_some_and(|n| !seen.contains(&n));
        out.push((cur, if fresh { link } else { "" }));
        cur = if fresh { next } else { Value::None };
    }
    out.reverse();
}

fn exception_block(vm: &mut Vm, exc: Value, lines: &mut Vec<String>) {
    let (name, _) = name_and_value(vm, exc);
    let title = "Traceback (most recent call last)";
    let pad = RULE_WIDTH.saturating_sub(title.len());
    lines.push(format!("{name:<pad$}{title}"));
    let entries: Vec<TracebackEntry> = match exc {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Exception(e) => e.traceback.iter().rev().cloned().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut i = 0;
    while i < entries.len() {
        let same = entries[i..]
            .iter()
            .take_while(|e| Rc::ptr_eq(&e.code, &entries[i].code) && e.line == entries[i].line)
            .count();
        if same > REPEAT_CUTOFF + 1 {
            frame(&entries[i], lines);
            frame(&entries[i + 1], lines);
            lines.push(format!(
                "    [... skipping similar frames: {} at line {} ({} times)]",
                frame_function(&entries[i].code),
                entries[i].line,
                same - 3
            ));
            lines.push(String::new());
            frame(&entries[i + same - 1], lines);
            i += same;
            continue;
        }
        frame(&entries[i], lines);
        i += 1;
    }
    lines.push(vm.exception_line(exc));
}

fn frame_function(code: &Code) -> String {
    code.qualname
        .rsplit('.')
        .next()
        .unwrap_or(&code.name)
        .to_string()
}

/// One frame: its header, its context lines, a blank line.
fn frame(e: &TracebackEntry, lines: &mut Vec<String>) {
    let file = &e.code.source;
    let place = match cell_number(&file.name) {
        Some(n) => format!("Cell In[{n}], line {}", e.line),
        None => format!("File {}:{}", home_relative(&file.name), e.line),
    };
    let header = if e.code.kind == CodeKind::Module {
        place
    } else {
        format!("{place}, in {}{}", e.code.qualname, argument_list(&e.code))
    };
    lines.push(header);
    let (first, last) = scope_lines(&e.code);
    let lo = e.line.saturating_sub(BEFORE).max(first);
    let hi = (e.line + AFTER).min(last);
    let shown: Vec<(u32, &str)> = (lo..=hi)
        .filter_map(|n| file.line(n).map(|t| (n, t)))
        .collect();
    let indent = shown
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(_, t)| t.len() - t.trim_start().len())
        .min()
        .unwrap_or(0);
    let width = hi.to_string().len();
    for (n, text) in shown {
        let text = text.trim_end_matches(['\n', '\r']);
        let body = text.get(indent..).unwrap_or(text.trim_start());
        let marker = if n == e.line { "---->" } else { "     " };
        lines.push(
            format!("{marker} {n:>width$} {body}")
                .trim_end()
                .to_string(),
        );
    }
    lines.push(String::new());
}

/// `~/…` for a path under the home directory, as IPython shortens it.
fn home_relative(path: &str) -> String {
    if let Ok(home) = std::env::var("HOME") {
        if !home.is_empty() && home != "/" {
            if let Some(rest) = path.strip_prefix(&home) {
                if rest.starts_with('/') {
                    return format!("~{rest}");
                }
            }
        }
    }
    path.to_string()
}

/// `(a, b, c, *args, **kw)`: positional and keyword-only names, then the star parameters.
fn argument_list(code: &Code) -> String {
    let named = (code.argcount + code.kwonlyargcount) as usize;
    let mut parts: Vec<String> = code.varnames.iter().take(named).cloned().collect();
    let mut slot = named;
    if code.varargs {
        parts.push(format!(
            "*{}",
            code.varnames.get(slot).map_or("args", |s| s)
        ));
        slot += 1;
    }
    if code.varkw {
        parts.push(format!(
            "**{}",
            code.varnames.get(slot).map_or("kwargs", |s| s)
        ));
    }
    format!("({})", parts.join(", "))
}

/// The first and last line of the code's own scope: the whole file for a module, else the
/// definition through the last line indented deeper than it.
fn scope_lines(code: &Code) -> (u32, u32) {
    let file = &code.source;
    let total = file.text.lines().count() as u32;
    if code.kind == CodeKind::Module {
        return (1, total);
    }
    let first = code.firstlineno.max(1);
    let def_indent = match file.line(first) {
        Some(t) => t.len() - t.trim_start().len(),
        None => return (first, total),
    };
    let mut last = first;
    for n in first + 1..=total {
        let Some(t) = file.line(n) else { break };
        if t.trim().is_empty() {
            continue;
        }
        if t.len() - t.trim_start().len() <= def_indent {
            break;
        }
        last = n;
    }
    (first, last)
}

/// The exception's class name and `str()`, as nbformat's `ename`/`evalue`.
pub fn name_and_value(vm: &mut Vm, exc: Value) -> (String, String) {
    let line = vm.exception_line(exc);
    match line.split_once(": ") {
        Some((name, value)) => (name.to_string(), value.to_string()),
        None => (line, String::new()),
    }
}

/// A SyntaxError in cell `n`, as IPython shows it: CPython's lines with the file line
/// replaced by `Cell In[n], line L`.
pub fn syntax_error(e: &SyntaxError, source: &str, n: u32) -> CellError {
    let marker = "\u{0}cell\u{0}";
    let text = e.render_cpython(source, marker);
    let text = text.replacen(
        &format!("File \"{marker}\", line "),
        &format!("Cell In[{n}], line "),
        1,
    );
    let traceback: Vec<String> = text
        .trim_end_matches('\n')
        .split('\n')
        .map(str::to_string)
        .collect();
    CellError {
        kind: ErrorKind::Syntax,
        ename: e.kind.name().to_string(),
        evalue: e.msg.clone(),
        traceback,
    }
}
