//! What only a `bytearray` does: change in place. Its methods (append, extend, insert, pop,
//! remove, reverse, clear, copy), item and slice assignment and deletion, and `+=`/`*=`.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::int_args::{Index, Overflow};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

use super::bytes::{byte_value, data};
use super::string::check_positional;

/// The bytearray a method works on (a subclass instance's payload), and the other arguments.
fn target<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<(ObjKey, &'a [Value])> {
    let me = a.first().map(|v| vm.unwrap_payload(*v));
    match me {
        Some(Value::Obj(k)) if matches!(vm.heap.kind(k), Kind::ByteArray(_)) => Ok((k, &a[1..])),
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

/// Refuses to change the length of a bytearray a memoryview is looking at.
fn check_resizable(vm: &mut Vm, k: ObjKey) -> PyResult<()> {
    if super::buffer::is_exported(vm, k) {
        return Err(super::buffer::buffer_error(
            vm,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn buf(vm: &mut Vm, k: ObjKey) -> &mut Vec<u8> {
    match vm.heap.kind_mut(k) {
        Kind::ByteArray(b) => b,
        _ => unreachable!("checked by target()"),
    }
}

fn append(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "append")?;
    check_positional(vm, args, kw, "append", 1, 1)?;
    let c = byte_value(vm, args[0])?;
    check_resizable(vm, k)?;
    buf(vm, k).push(c);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
fn ints_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer::bytes_like(vm, v) {
        return Ok(b);
    }
    super::bytes::ints_to_bytes(vm, v, "byte must be in range(0, 256)")
}

fn extend(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "extend")?;
    check_positional(vm, args, kw, "extend", 1, 1)?;
    if vm.bytes_of(args[0]).is_none() && !vm.has_iter(args[0]) {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("can't extend bytearray with {t}")));
    }
    let more = ints_of(vm, args[0])?;
    check_resizable(vm, k)?;
    super::string::check_size(vm, (data(vm, Value::Obj(k)).len() + more.len()) as u128)?;
    buf(vm, k).extend(more);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "insert")?;
    check_positional(vm, args, kw, "insert", 2, 2)?;
    let i = vm.as_ssize(args[0], Overflow::Clamp)?;
    let c = byte_value(vm, args[1])?;
    check_resizable(vm, k)?;
    let b = buf(vm, k);
    let len = b.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.insert(at as usize, c);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "pop")?;
    check_positional(vm, args, kw, "pop", 0, 1)?;
    let i = match args.first() {
        Some(&v) => vm.as_ssize(v, Overflow::IndexError)?,
        None => -1,
    };
    let len = buf(vm, k).len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, k)?;
    Ok(Value::Int(buf(vm, k).remove(at as usize) as i64))
}

fn remove(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "remove")?;
    check_positional(vm, args, kw, "remove", 1, 1)?;
    let c = byte_value(vm, args[0])?;
    check_resizable(vm, k)?;
    let b = buf(vm, k);
    match b.iter().position(|&x| x == c) {
        Some(p) => {
            b.remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray".into())),
    }
}

fn reverse(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "reverse")?;
    check_positional(vm, args, kw, "reverse", 0, 0)?;
    buf(vm, k).reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "clear")?;
    check_positional(vm, args, kw, "clear", 0, 0)?;
    check_resizable(vm, k)?;
    *buf(vm, k) = Vec::new();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "copy")?;
    check_positional(vm, args, kw, "copy", 0, 0)?;
    let b = buf(vm, k).clone();
    Ok(vm.heap.alloc(Kind::ByteArray(b)))
}

/// `b[idx] = value` (value borrowed).
pub fn setitem(vm: &mut Vm, k: ObjKey, idx: Value, value: Value) -> PyResult<()> {
    if !vm.is_slice(idx) {
        let len = buf(vm, k).len();
        let i = vm.seq_index_or(idx, len, "bytearray", None)?;
        let c = byte_value(vm, value)?;
        // User code (`__index__`) may have resized the buffer meanwhile.
        let b = buf(vm, k);
        if i >= b.len() {
            return Err(vm.index_error("bytearray index out of range"));
        }
        b[i] = c;
        return Ok(());
    }
    // The value first (iterating it may run code that resizes the buffer), then the slice
    // against the length that results.
    let new = if vm.bytes_of(value).is_some() || (vm.has_iter(value) && vm.str_of(value).is_none())
    {
        ints_of(vm, value)?
    } else {
        return Err(vm.type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)".into(),
        ));
    };
    let len = buf(vm, k).len();
    let (start, stop, step) = vm.slice_indices(idx, len)?;
    if step == 1 {
        let stop = stop.max(start);
        if (stop - start) as usize != new.len() {
            check_resizable(vm, k)?;
        }
        buf(vm, k).splice(start as usize..stop as usize, new);
        return Ok(());
    }
    let pos = vm.slice_positions(idx, len)?;
    if new.is_empty() {
        // `b[::2] = b''` deletes those bytes, as CPython does.
        check_resizable(vm, k)?;
        return delete_positions(vm, k, pos);
    }
    if pos.len() != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            pos.len()
        )));
    }
    let b = buf(vm, k);
    for (p, c) in pos.into_iter().zip(new) {
        b[p] = c;
    }
    Ok(())
}

/// `del b[idx]`.
pub fn delitem(vm: &mut Vm, k: ObjKey, idx: Value) -> PyResult<()> {
    let len = buf(vm, k).len();
    if !vm.is_slice(idx) {
        let i = vm.seq_index_or(idx, len, "bytearray", None)?;
        check_resizable(vm, k)?;
        let b = buf(vm, k);
        if i >= b.len() {
            return Err(vm.index_error("bytearray index out of range"));
        }
        b.remove(i);
        return Ok(());
    }
    let pos = vm.slice_positions(idx, len)?;
    if !pos.is_empty() {
        check_resizable(vm, k)?;
    }
    delete_positions(vm, k, pos)
}

/// Removes the bytes at `pos` (positions within the current length; others are ignored).
fn delete_positions(vm: &mut Vm, k: ObjKey, pos: Vec<usize>) -> PyResult<()> {
    let b = buf(vm, k);
    let mut drop = vec![false; b.len()];
    for p in pos {
        if let Some(d) = drop.get_mut(p) {
            *d = true;
        }
    }
    let mut i = 0;
    b.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
    Ok(())
}

/// `b += other` in place (None when `other` is no bytes-like object).
pub fn iadd(vm: &mut Vm, k: ObjKey, other: Value) -> PyResult<Option<()>> {
    let Some(more) = super::buffer::bytes_like(vm, other) else {
        return Ok(None);
    };
    check_resizable(vm, k)?;
    let total = buf(vm, k).len() + more.len();
    super::string::check_size(vm, total as u128)?;
    buf(vm, k).extend(more);
    Ok(Some(()))
}

/// `b *= n` in place.
pub fn imul(vm: &mut Vm, k: ObjKey, n: Value) -> PyResult<()> {
    let count = match vm.index_of(n)? {
        Index::Fits(c) => c.max(0) as usize,
        Index::Huge { negative: true } => 0,
        Index::Huge { .. } => return Err(vm.memory_error()),
    };
    let len = buf(vm, k).len();
    if len > 0 && count > isize::MAX as usize / len {
        return Err(vm.memory_error());
    }
    super::string::check_size(vm, (len * count) as u128)?;
    if len > 0 && count != 1 {
        check_resizable(vm, k)?;
    }
    let b = buf(vm, k);
    *b = b.repeat(count);
    Ok(())
}

/// `bytearray.__init__(source, encoding, errors)`: the buffer refilled, as `bytearray(...)`
/// would make it (a subclass's own `__init__` reaches it through `super()`).
fn init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (k, args) = target(vm, a, "__init__")?;
    let fresh = super::bytes::construct(vm, args, kw, true)?;
    let data = super::bytes::data(vm, fresh).to_vec();
    vm.heap.decref(fresh);
    check_resizable(vm, k)?;
    *buf(vm, k) = data;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    let t = vm.types.bytearray;
    vm.add_methods(t, methods);
}
