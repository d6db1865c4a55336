//! Tracebacks as IPython 8/9 prints them in its "Context" mode without colour: a 75-dash rule,
//! the exception name with `Traceback (most recent call last)` right-aligned, then each frame
//! as `Cell In[3], line 2, in f(a)` (or `File PATH:LINE, in f(a)` for a file) with its source
//! lines around the failing one (`---->` marks it), chained exceptions first, and CPython's
//! last line. SyntaxErrors are shown as IPython shows them: located in the cell, no rule.

use std::rc::Rc;

use super::session::{cell_number, CellError, ErrorKind};
use crate::heap::object::{Kind, TracebackEntry};
use crate::heap::{ObjKey, Value};
use crate::objects::code::{Code, CodeKind};
use crate::syntax::error::SyntaxError;
use crate::vm::Vm;

const RULE_WIDTH: usize = 75;
/// A run of identical frames longer than this is summarised.
const REPEAT_CUTOFF: usize = 3;

/// The traceback of an uncaught exception, line by line.
pub fn format(vm: &mut Vm, exc: Value) -> Vec<String> {
    let mut lines = vec!["-".repeat(RULE_WIDTH)];
    let mut chain = Vec::new();
    collect_chain(vm, exc, &mut chain);
    let newest = chain.len().saturating_sub(1);
    for (i, (e, link)) in chain.into_iter().enumerate() {
        if !link.is_empty() {
            lines.push(String::new());
            lines.push(link.to_string());
            lines.push(String::new());
        }
        // IPython shows the newest exception with two lines of context each side, the older
        // ones of a chain with one.
        let context = if i == newest { 2 } else { 1 };
        exception_block(vm, e, context, &mut lines);
    }
    lines.extend(vm.c_extension_hint(exc));
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

fn exception_block(vm: &mut Vm, exc: Value, context: u32, lines: &mut Vec<String>) {
    let (name, _) = name_and_value(vm, exc);
    let title = "Traceback (most recent call last)";
    let pad = RULE_WIDTH.saturating_sub(title.len());
    lines.push(format!("{name:<pad$}{title}"));
    let entries: Vec<TracebackEntry> = vm.traceback_entries(exc);
    let mut i = 0;
    while i < entries.len() {
        let same = entries[i..]
            .iter()
            .take_while(|e| Rc::ptr_eq(&e.code, &entries[i].code) && e.line == entries[i].line)
            .count();
        if same > REPEAT_CUTOFF + 1 {
            frame(&entries[i], context, lines);
            frame(&entries[i + 1], context, lines);
            lines.push(format!(
                "    [... skipping similar frames: {} at line {} ({} times)]",
                frame_function(&entries[i].code),
                entries[i].line,
                same - 3
            ));
            lines.push(String::new());
            frame(&entries[i + same - 1], context, lines);
            i += same;
            continue;
        }
        frame(&entries[i], context, lines);
        i += 1;
    }
    let (name, value) = name_and_value(vm, exc);
    lines.push(format!("{name}: {value}"));
}

fn frame_function(code: &Code) -> String {
    code.qualname
        .rsplit('.')
        .next()
        .unwrap_or(&code.name)
        .to_string()
}

/// One frame: its header, its context lines, a blank line.
fn frame(e: &TracebackEntry, context: u32, lines: &mut Vec<String>) {
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
    if file.name.starts_with('<') && cell_number(&file.name).is_none() {
        // Text compiled from a string (`%time`'s `<timed exec>`): stack_data finds no source.
        lines.push(format!(
            "{} 'Could not get source, probably due dynamically evaluated source code.'",
            line_number(e.line, true)
        ));
        return;
    }
    let (first, last) = scope_lines(&e.code);
    let pieces = pieces(file, first, last);
    let at = pieces
        .iter()
        .position(|&(a, b)| a <= e.line && e.line <= b)
        .unwrap_or(0);
    let context = context as usize;
    let chosen = &pieces[at.saturating_sub(context)..(at + context + 1).min(pieces.len())];
    let (lo, hi) = match (chosen.first(), chosen.last()) {
        (Some(a), Some(b)) => (a.0.min(e.line), b.1.max(e.line)),
        _ => (e.line, e.line),
    };
    // Blank lines are not shown.
    let shown: Vec<(u32, &str)> = (lo..=hi)
        .filter_map(|n| file.line(n).map(|t| (n, t)))
        .filter(|(n, t)| *n == e.line || !t.trim().is_empty())
        .collect();
    let indent = shown
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(_, t)| t.len() - t.trim_start().len())
        .min()
        .unwrap_or(0);
    for (n, text) in shown {
        let text = text.trim_end_matches(['\n', '\r']);
        let body = text.get(indent..).unwrap_or(text.trim_start());
        lines.push(
            format!("{} {body}", line_number(n, n == e.line))
                .trim_end()
                .to_string(),
        );
    }
    lines.push(String::new());
}

/// IPython's number column, 7 wide: `     10`, or with the arrow that marks the failing
/// line filling what the number leaves (`----> 7`, `---> 12`, `--> 100`).
fn line_number(n: u32, failing: bool) -> String {
    const WIDTH: usize = 7;
    let digits = n.to_string();
    if !failing {
        return format!("{digits:>WIDTH$}");
    }
    let arrow = match WIDTH.saturating_sub(digits.len()) {
        pad @ 2.. => format!("{}> ", "-".repeat(pad - 2)),
        1 => ">".to_string(),
        _ => String::new(),
    };
    format!("{arrow}{digits}")
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

/// The lines `first..=last` cut into IPython's (stack_data's) pieces, which is what its
/// context counts: each logical line (a statement, a block header, a comment line, with the
/// lines its brackets, strings and backslashes run on to) is one piece; blank lines are none.
fn pieces(file: &crate::objects::code::SourceFile, first: u32, last: u32) -> Vec<(u32, u32)> {
    let mut pieces = Vec::new();
    let mut n = first;
    while n <= last {
        let Some(text) = file.line(n) else { break };
        if text.trim().is_empty() {
            n += 1;
            continue;
        }
        let start = n;
        let mut scanner = super::input_complete::Scanner::default();
        let mut line = text;
        loop {
            scanner.feed(line);
            scanner.feed("\n");
            let continued = scanner.is_open() || line.trim_end().ends_with('\\');
            if !continued || n >= last {
                break;
            }
            n += 1;
            match file.line(n) {
                Some(t) => line = t,
                None => break,
            }
        }
        pieces.push((start, n));
        n += 1;
    }
    pieces
}

/// The first and last line of the code's own scope: the whole file for a module, else the
/// definition through the last line indented deeper than it.
pub(super) fn scope_lines(code: &Code) -> (u32, u32) {
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

/// The exception's bare class name and `str()`, as IPython prints the last line (always
/// with `": "`, never with CPython's "Did you mean") and nbformat stores `ename`/`evalue`.
pub fn name_and_value(vm: &mut Vm, exc: Value) -> (String, String) {
    let name = vm.type_name(exc);
    let value = match vm.str(exc) {
        Ok(s) => s,
        Err(e) => {
            vm.heap.decref(e.0);
            "<exception str() failed>".into()
        }
    };
    (name, value)
}

/// The caret line of a rendered SyntaxError as one `^` at the error's column.
fn one_caret(text: &str, e: &SyntaxError, source: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let loc = e.location(source);
    let caret = lines
        .iter()
        .position(|l| l.trim_start().starts_with('^') && l.trim().chars().all(|c| c == '^'));
    let code_line = caret.map_or(1, |i| i - 1);
    if let Some(i) = caret {
        lines.remove(i);
    }
    if let Some(code) = lines.get(code_line).cloned() {
        if code.starts_with("    ") && code_line >= 1 {
            let raw = crate::syntax::error::LineIndex::new(source)
                .line_text(source, loc.line)
                .to_string();
            let stripped = raw
                .chars()
                .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                .count();
            let col = (loc.offset as isize - 1 - stripped as isize).max(0) as usize;
            lines.insert(code_line + 1, format!("    {}^", " ".repeat(col)));
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// A SyntaxError in cell `n`, as IPython shows it: CPython's lines with the file line
/// replaced by `Cell In[n], line L`.
pub fn syntax_error(e: &SyntaxError, source: &str, n: u32) -> CellError {
    syntax_error_at(e, source, |line| format!("Cell In[{n}], line {line}"))
}

/// The IndentationError of IPython's own `tokenize` pass over a cell, which IPython shows as
/// an error in a file named `<tokenize>`.
pub fn tokenize_error(e: &SyntaxError, source: &str) -> CellError {
    syntax_error_at(e, source, |line| format!("File <tokenize>:{line}"))
}

fn syntax_error_at(e: &SyntaxError, source: &str, place: impl Fn(&str) -> String) -> CellError {
    let marker = "\u{0}cell\u{0}";
    let text = e.render_cpython(source, marker);
    // IPython's caret is always one `^`, also for IndentationError.
    let text = one_caret(&text, e, source);
    let file_line = format!("File \"{marker}\", line ");
    let text = match text.find(&file_line) {
        Some(at) => {
            let rest = &text[at + file_line.len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            format!(
                "{}{}{}",
                &text[..at],
                place(&rest[..digits]),
                &rest[digits..]
            )
        }
        None => text,
    };
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
