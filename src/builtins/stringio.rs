//! `io.StringIO`'s hot methods in Rust (`__next__`, `readline`, `read`, `write`), installed
//! on py/io.py's class over the state it keeps in its instance attributes: `_data` (the text),
//! `_pos` and `_size` (in code points), `_closed`, and the newline mode (`_newline`, `_sep`,
//! `_seen`). Keeping the state in attributes keeps the text a visible heap object (`%mem`
//! sees it and its size); only the speed is native.
//!
//! Two things keep long streams linear: a write at the end grows `_data` in place while the
//! stream is its only owner, and reading remembers the byte offset of the position, so a
//! non-ASCII text read line by line is not rescanned from its start at each line.

use std::cell::Cell;
use std::rc::Rc;

use super::native_types;
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

const CLOSED: &str = "I/O operation on closed file";

/// Where reading last stopped in a text: code point `chars` starts at byte `bytes`.
#[derive(Clone, Copy, Default)]
struct Hint {
    text: Option<ObjKey>,
    chars: usize,
    bytes: usize,
}

/// The stream's position in its text.
struct Cursor {
    stream: ObjKey,
    text: ObjKey,
    pos: usize,
    size: usize,
}

fn field(vm: &mut Vm, k: ObjKey, name: &str) -> Value {
    let key = vm.intern(name);
    vm.ns_lookup(k, key).unwrap_or(Value::Undef)
}

/// Stores an owned value as the attribute `name`.
fn set_field(vm: &mut Vm, k: ObjKey, name: &str, value: Value) {
    let key = vm.intern(name);
    vm.ns_set(k, key, value);
}

fn count(vm: &mut Vm, k: ObjKey, name: &str) -> Option<usize> {
    match field(vm, k, name) {
        Value::Int(n) if n >= 0 => Some(n as usize),
        _ => None,
    }
}

/// The open stream's cursor, or CPython's errors for a closed or uninitialized one.
fn cursor(vm: &mut Vm, stream: Value) -> PyResult<Cursor> {
    let uninitialized =
        |vm: &mut Vm| vm.value_error("I/O operation on uninitialized object".into());
    let Value::Obj(k) = stream else {
        return Err(uninitialized(vm));
    };
    match field(vm, k, "_closed") {
        Value::Bool(false) => {}
        Value::Bool(true) => return Err(vm.value_error(CLOSED.into())),
        _ => return Err(uninitialized(vm)),
    }
    let text = match field(vm, k, "_data") {
        Value::Obj(t) if matches!(vm.heap.kind(t), Kind::Str(_)) => t,
        _ => return Err(uninitialized(vm)),
    };
    match (count(vm, k, "_pos"), count(vm, k, "_size")) {
        (Some(pos), Some(size)) => Ok(Cursor {
            stream: k,
            text,
            pos,
            size,
        }),
        _ => Err(uninitialized(vm)),
    }
}

fn hint_cell(vm: &mut Vm, stream: ObjKey) -> Rc<Cell<Hint>> {
    if let Some(h) = native_types::native_data::<Cell<Hint>>(vm, Value::Obj(stream)) {
        return h;
    }
    let h = Rc::new(Cell::new(Hint::default()));
    native_types::attach_native(vm, stream, h.clone());
    h
}

/// The byte offset of code point `at` of the cursor's text (clamped to its end).
fn byte_at(vm: &mut Vm, c: &Cursor, at: usize) -> usize {
    let hint = hint_cell(vm, c.stream).get();
    let Kind::Str(s) = vm.heap.kind(c.text) else {
        return 0;
    };
    if s.is_ascii() {
        return at.min(s.s.len());
    }
    // Appends keep earlier offsets valid, so the hint holds while the text object is the same.
    let (from_chars, from_bytes) = match hint.text {
        Some(t) if t == c.text && hint.chars <= at && hint.bytes <= s.s.len() => {
            (hint.chars, hint.bytes)
        }
        _ => (0, 0),
    };
    s.s[from_bytes..]
        .char_indices()
        .nth(at - from_chars)
        .map_or(s.s.len(), |(b, _)| from_bytes + b)
}

/// Moves the position to code point `pos` at byte `bytes` and remembers the pair.
fn advance(vm: &mut Vm, c: &Cursor, pos: usize, bytes: usize) {
    set_field(vm, c.stream, "_pos", Value::Int(pos as i64));
    hint_cell(vm, c.stream).set(Hint {
        text: Some(c.text),
        chars: pos,
        bytes,
    });
}

/// How a line ends when read: `_sep`, or None for any of '\r', '\n' and '\r\n'.
fn separator(vm: &mut Vm, k: ObjKey) -> Option<String> {
    let sep = field(vm, k, "_sep");
    vm.str_of(sep).map(str::to_string)
}

/// The line from the cursor, at most `limit` code points: its text's byte range and length.
fn next_line(vm: &mut Vm, c: &Cursor, limit: Option<usize>) -> (usize, usize, usize) {
    let sep = separator(vm, c.stream);
    let start = byte_at(vm, c, c.pos);
    let end_chars = limit.map_or(c.size, |n| c.size.min(c.pos.saturating_add(n)));
    let stop = if end_chars == c.size {
        usize::MAX
    } else {
        byte_at(vm, c, end_chars)
    };
    let Kind::Str(s) = vm.heap.kind(c.text) else {
        return (0, 0, 0);
    };
    let stop = stop.min(s.s.len());
    let window = &s.s[start..stop];
    let len = match sep.as_deref() {
        None => match window.find(['\r', '\n']) {
            Some(i) if window[i..].starts_with("\r\n") => i + 2,
            Some(i) => i + 1,
            None => window.len(),
        },
        Some(sep) => window.find(sep).map_or(window.len(), |i| i + sep.len()),
    };
    let chars = if s.is_ascii() {
        len
    } else {
        window[..len].chars().count()
    };
    (start, start + len, chars)
}

/// Reads the line at the cursor as a new str and moves past it. Should the recorded size
/// overstate the text (inconsistent attributes), the text's end is the stream's end.
fn take_line(vm: &mut Vm, c: &Cursor, limit: Option<usize>) -> Value {
    let (start, end, chars) = next_line(vm, c, limit);
    let pos = if chars == 0 && limit != Some(0) {
        c.size
    } else {
        c.pos + chars
    };
    advance(vm, c, pos, end);
    slice(vm, c.text, start, end)
}

fn slice(vm: &mut Vm, text: ObjKey, start: usize, end: usize) -> Value {
    let part = match vm.heap.kind(text) {
        Kind::Str(s) => s.s[start..end].to_string(),
        _ => String::new(),
    };
    vm.new_str(part)
}

/// A size argument: an int, None for -1, or what `__index__` gives (py/io.py's `_size`
/// raises CPython's errors for the rest).
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(Value::Int(n)) => Ok(n),
        Some(Value::Bool(b)) => Ok(b as i64),
        Some(v) => {
            let n = super::embedded_support::call_python(vm, "io", "_size", &[v])?;
            match n {
                Value::Int(n) => Ok(n),
                other => {
                    vm.heap.decref(other);
                    Ok(-1)
                }
            }
        }
    }
}

/// The one optional size argument of `read`/`readline`, positional only.
fn optional_size(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<i64> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("StringIO.{name}() takes no keyword arguments")));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    size_arg(vm, a.get(1).copied())
}

fn readline(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let size = optional_size(vm, "readline", a, kw)?;
    let c = cursor(vm, a[0])?;
    if c.pos >= c.size {
        return Ok(vm.new_str(""));
    }
    let limit = usize::try_from(size).ok();
    Ok(take_line(vm, &c, limit))
}

fn read(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let size = optional_size(vm, "read", a, kw)?;
    let c = cursor(vm, a[0])?;
    if c.pos >= c.size {
        return Ok(vm.new_str(""));
    }
    let end = match usize::try_from(size) {
        Ok(n) => c.size.min(c.pos.saturating_add(n)),
        Err(_) => c.size,
    };
    if c.pos == 0 && end == c.size {
        set_field(vm, c.stream, "_pos", Value::Int(end as i64));
        return Ok(vm.incref(Value::Obj(c.text)));
    }
    let (start, stop) = (byte_at(vm, &c, c.pos), byte_at(vm, &c, end));
    advance(vm, &c, end, stop);
    Ok(slice(vm, c.text, start, stop))
}

fn next(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() != 1 || !kw.is_empty() {
        let given = a.len().saturating_sub(1) + kw.len();
        return Err(vm.type_error(format!("expected 0 arguments, got {given}")));
    }
    let stream = a[0];
    let exact = native_types::class_named(vm, "_io", "StringIO");
    if exact != Some(vm.type_of(stream)) {
        // A subclass may define its own readline, which then gives the lines.
        let name = vm.intern("readline");
        let method = vm.getattr(stream, name)?;
        let line = vm.call(method, &[]);
        vm.heap.decref(method);
        let line = line?;
        let Some(text) = vm.str_of(line) else {
            let t = vm.type_name(line);
            vm.heap.decref(line);
            let class = vm.types.os_error;
            return Err(vm.exception_with_msg(
                class,
                format!("readline() should have returned a str object, not '{t}'"),
            ));
        };
        if text.is_empty() {
            vm.heap.decref(line);
            return Err(vm.stop_iteration(Value::None));
        }
        return Ok(line);
    }
    let c = cursor(vm, stream)?;
    if c.pos >= c.size {
        return Err(vm.stop_iteration(Value::None));
    }
    let line = take_line(vm, &c, None);
    if vm.str_of(line).is_some_and(str::is_empty) {
        vm.heap.decref(line);
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// The kinds of line endings in `s`, as the bits of py/io.py's `_SEEN` ('\n' 1, '\r' 2,
/// '\r\n' 4).
fn endings(s: &str) -> i64 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 2,
            b'\n' => seen |= 1,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// `s` as the stream stores it: newline None turns every line ending into '\n', '\r' and
/// '\r\n' turn '\n' into themselves; None and '' also record the endings seen.
fn translated(vm: &mut Vm, stream: ObjKey, s: &str) -> Option<String> {
    let newline = field(vm, stream, "_newline");
    match vm.str_of(newline).map(str::to_string) {
        Some(nl) if nl == "\n" => None,
        Some(nl) if !nl.is_empty() => s.contains('\n').then(|| s.replace('\n', &nl)),
        nl => {
            if let Value::Int(seen) = field(vm, stream, "_seen") {
                if seen != 7 {
                    set_field(vm, stream, "_seen", Value::Int(seen | endings(s)));
                }
            }
            (nl.is_none() && s.contains('\r')).then(|| s.replace("\r\n", "\n").replace('\r', "\n"))
        }
    }
}

fn write(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("StringIO.write() takes no keyword arguments".into()));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "StringIO.write() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let Some(s) = vm.str_of(a[1]).map(str::to_string) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    let c = cursor(vm, a[0])?;
    let written = s.chars().count();
    let (s, n) = match translated(vm, c.stream, &s) {
        Some(t) => {
            let n = t.chars().count();
            (t, n)
        }
        None => (s, written),
    };
    if n == 0 {
        return Ok(Value::Int(written as i64));
    }
    // CPython's limits: a position past ssize_t, a buffer of 4-byte code points past it.
    if c.pos > i64::MAX as usize - n {
        return Err(vm.overflow_error("new position too large".into()));
    }
    let end = c.pos + n;
    if end >= i64::MAX as usize / 4 {
        return Err(vm.overflow_error("new buffer size too large".into()));
    }
    let sole_owner = vm.heap.refcount(Value::Obj(c.text)) == Some(1);
    if c.pos == c.size && sole_owner && vm.str_append_in_place(c.text, &s, n) {
        set_field(vm, c.stream, "_pos", Value::Int(end as i64));
        set_field(vm, c.stream, "_size", Value::Int(end as i64));
        return Ok(Value::Int(written as i64));
    }
    let (head, tail) = if c.pos >= c.size {
        (usize::MAX, usize::MAX)
    } else {
        (byte_at(vm, &c, c.pos), byte_at(vm, &c, end))
    };
    let old_len = match vm.heap.kind(c.text) {
        Kind::Str(old) => old.s.len(),
        _ => return Ok(Value::Int(written as i64)),
    };
    let mut text = String::new();
    // Past the memory budget (a seek far beyond the end): MemoryError, as CPython's realloc.
    vm.reserve_str(&mut text, old_len + c.pos.saturating_sub(c.size) + s.len())?;
    let Kind::Str(old) = vm.heap.kind(c.text) else {
        return Ok(Value::Int(written as i64));
    };
    text.push_str(&old.s[..head.min(old.s.len())]);
    if c.pos > c.size {
        text.extend(std::iter::repeat_n('\0', c.pos - c.size));
    }
    text.push_str(&s);
    if tail < old.s.len() {
        text.push_str(&old.s[tail..]);
    }
    let size = c.size.max(end);
    let text = vm.new_str(text);
    set_field(vm, c.stream, "_data", text);
    set_field(vm, c.stream, "_pos", Value::Int(end as i64));
    set_field(vm, c.stream, "_size", Value::Int(size as i64));
    Ok(Value::Int(written as i64))
}

/// `install_stringio(cls)`: gives py/io.py's StringIO these methods and makes it the class
/// `__next__` reads directly (a subclass's lines come from its readline).
pub fn install_stringio(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(Value::Obj(class)) = a.first().copied() else {
        return Err(vm.type_error("install_stringio() needs the class".into()));
    };
    match vm.heap.kind_mut(class) {
        // Named '_io.StringIO' in messages and reprs, as CPython's C type.
        Kind::Class(c) => c.c_named = true,
        _ => return Err(vm.type_error("install_stringio() needs the class".into())),
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__next__", next),
        ("readline", readline),
        ("read", read),
        ("write", write),
    ];
    vm.add_methods(class, methods);
    native_types::mark_slot(vm, class, "__next__");
    vm.heap.incref(Value::Obj(class));
    if let Some(old) = vm.native_classes.insert(("_io", "StringIO"), class) {
        vm.heap.decref(Value::Obj(old));
    }
    Ok(Value::None)
}
