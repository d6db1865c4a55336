//! The `traceback` module: its Python part (py/traceback.py: FrameSummary, the print and
//! format functions' signatures) over `_traceback`, the natives that format with the
//! interpreter's own traceback printer, so `traceback.print_exc()` and an uncaught exception
//! print the same text.

use crate::heap::object::TracebackEntry;
use crate::heap::Value;
use crate::vm::exc::{limit_entries, TracebackStyle};
use crate::vm::native::Kwargs;
use crate::vm::traceback_lines::{entry_marks, frame_chunks, frame_name, stripped_line};
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("py/traceback.py");

/// `limit` as the module takes it: None, or an int.
fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(&v) => vm.c_int_arg(v).map(|n| Some(n as i64)),
    }
}

fn string_list(vm: &mut Vm, chunks: Vec<String>) -> Value {
    let items: Vec<Value> = chunks.into_iter().map(|s| vm.new_str(s)).collect();
    vm.new_list(items)
}

/// `_format_exception(value, tb, own, limit, chain)`: the chunks of a printed traceback;
/// `own` means the exception's own `__traceback__` (else `tb`, None for no frames).
fn format_exception(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let value = a.first().copied().unwrap_or(Value::None);
    let own = a.get(2).is_none_or(|v| vm.truthy(*v).unwrap_or(true));
    let style = TracebackStyle {
        limit: limit_arg(vm, a.get(3))?,
        chain: a.get(4).is_none_or(|v| vm.truthy(*v).unwrap_or(true)),
        traceback: if own { None } else { a.get(1).copied() },
        hints: false,
    };
    let chunks = vm.exception_chunks(value, &style);
    Ok(string_list(vm, chunks))
}

/// `_format_exception_only(value)`: `["Type: message\n"]`.
fn format_exception_only(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let value = a.first().copied().unwrap_or(Value::None);
    let chunks = if value.is(Value::None) {
        vec!["NoneType: None\n".to_string()]
    } else {
        vm.exception_only_chunks(value, false)
    };
    Ok(string_list(vm, chunks))
}

/// `_format_tb(tb, limit)`: one string per frame of a traceback chain.
fn format_tb(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let tb = a.first().copied().unwrap_or(Value::None);
    let limit = limit_arg(vm, a.get(1))?;
    let entries = limit_entries(vm.traceback_chain(tb), limit);
    let chunks = frame_chunks(&entries);
    Ok(string_list(vm, chunks))
}

/// (filename, lineno, name, line, marks) tuples for FrameSummary, outermost first; marks is
/// the line of `^` under the failing expression, or None.
fn entry_tuples(vm: &mut Vm, entries: &[TracebackEntry]) -> Value {
    let items: Vec<Value> = entries
        .iter()
        .map(|e| {
            let file = vm.new_str(e.code.source.name.clone());
            let name = vm.new_str(frame_name(e).to_string());
            let line = match stripped_line(&e.code.source, e.line) {
                Some(l) => vm.new_str(l),
                None => Value::None,
            };
            let marks = match entry_marks(e) {
                Some(m) => vm.new_str(m),
                None => Value::None,
            };
            vm.new_tuple(vec![file, Value::Int(e.line as i64), name, line, marks])
        })
        .collect();
    vm.new_list(items)
}

/// `_tb_entries(tb, limit)`.
fn tb_entries(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let tb = a.first().copied().unwrap_or(Value::None);
    let limit = limit_arg(vm, a.get(1))?;
    let entries = limit_entries(vm.traceback_chain(tb), limit);
    Ok(entry_tuples(vm, &entries))
}

/// `_stack_entries(frame, limit)`: the frame and its callers, outermost first; `limit`
/// counts from the given frame outwards, as `extract_stack` does.
fn stack_entries(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let limit = limit_arg(vm, a.get(1))?;
    let frame = a.first().copied().unwrap_or(Value::None);
    let max = limit.filter(|n| *n >= 0).map(|n| n as usize);
    let mut entries = vm.frame_chain(frame, max);
    entries.reverse();
    // A negative limit keeps the oldest frames.
    if let Some(n) = limit.filter(|n| *n < 0) {
        entries.truncate(n.unsigned_abs() as usize);
    }
    Ok(entry_tuples(vm, &entries))
}

/// `frame.clear()`.
fn frame_clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if let Some(k) = a.first().and_then(|v| v.as_obj()) {
        vm.clear_frame(k)?;
    }
    Ok(Value::None)
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn with_traceback(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (Some(&exc), Some(&tb)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    };
    if let Some(k) = exc.as_obj() {
        let tb = vm.incref(tb);
        if let Some(r) = vm.write_special_field(k, "__traceback__", Some(tb)) {
            r?;
        }
    }
    Ok(vm.incref(exc))
}

/// The methods of frames and exceptions that belong with tracebacks.
pub fn install(vm: &mut Vm) {
    let (frame, base_exception) = (vm.types.frame, vm.types.base_exception);
    vm.add_methods(frame, &[("clear", frame_clear)]);
    vm.add_methods(base_exception, &[("with_traceback", with_traceback)]);
}

/// The `_traceback` natives, then `traceback` itself run from its Python source.
pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let natives = super::new_module(
        vm,
        "_traceback",
        &[
            ("_format_exception", format_exception),
            ("_format_exception_only", format_exception_only),
            ("_format_tb", format_tb),
            ("_tb_entries", tb_entries),
            ("_stack_entries", stack_entries),
        ],
        &[],
    );
    vm.set_loaded_module("_traceback", natives);
    super::python_module(vm, "traceback", SOURCE)
}
