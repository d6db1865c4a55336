//! The `array` module: `array.array`, a typed sequence whose items live in the instance's own
//! buffer (`ArrayData`) as the machine stores them, and its iterator. Items are converted
//! on the way in with CPython's range checks and messages, and on the way out to ints,
//! floats or one-character strings. A memoryview over an array sees its bytes directly
//! (`buffer.rs`), and the array refuses to resize while one does.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::native_types::{self, TypeSpec};
use crate::heap::object::{ArrayData, Instance, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::code::CmpKind;
use crate::vm::int_args::{Index, Overflow};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

// ---- items ------------------------------------------------------------------------------

/// One item as read from the buffer.
enum Item {
    Int(i64),
    Unsigned(u64),
    Float(f64),
    Char(u32),
}

fn raw<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut r = [0u8; N];
    r.copy_from_slice(&b[..N]);
    r
}

fn decode(code: u8, b: &[u8]) -> Item {
    match code {
        b'b' => Item::Int(b[0] as i8 as i64),
        b'B' => Item::Int(b[0] as i64),
        b'h' => Item::Int(i16::from_ne_bytes(raw(b)) as i64),
        b'H' => Item::Int(u16::from_ne_bytes(raw(b)) as i64),
        b'i' => Item::Int(i32::from_ne_bytes(raw(b)) as i64),
        b'I' => Item::Int(u32::from_ne_bytes(raw(b)) as i64),
        b'l' | b'q' => Item::Int(i64::from_ne_bytes(raw(b))),
        b'L' | b'Q' => Item::Unsigned(u64::from_ne_bytes(raw(b))),
        b'f' => Item::Float(f32::from_ne_bytes(raw(b)) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(raw(b))),
        _ => Item::Char(u32::from_ne_bytes(raw(b))),
    }
}

fn item_value(vm: &mut Vm, it: Item) -> Value {
    match it {
        Item::Int(i) => Value::Int(i),
        Item::Unsigned(u) => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.int_from_big(BigInt::from(u)),
        },
        Item::Float(f) => Value::Float(f),
        Item::Char(c) => vm.new_str(char::from_u32(c).unwrap_or('\u{fffd}').to_string()),
    }
}

/// Item `i` of array `a` as a new value (None past the end).
pub fn item(vm: &mut Vm, a: Value, i: usize) -> Option<Value> {
    let d = data(vm, a)?;
    let n = itemsize(d.code);
    let b = d.bytes.get(i * n..(i + 1) * n)?;
    let it = decode(d.code, b);
    Some(item_value(vm, it))
}

fn overflow(vm: &mut Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg.into())
}

/// The integer an item stands for, by `__index__`, as i128 (None: beyond even that, with
/// its sign).
fn int_item(vm: &mut Vm, v: Value) -> PyResult<Result<i128, bool>> {
    match v {
        Value::Int(i) => Ok(Ok(i as i128)),
        Value::Bool(b) => Ok(Ok(b as i128)),
        _ => {
            let b = super::math::index_big(vm, v)?;
            Ok(b.to_i128().ok_or(b.sign() == num_bigint::Sign::Minus))
        }
    }
}

/// Checks `x` against a C integer type's range, with the message CPython's converter for
/// that typecode gives.
fn int_in_range(vm: &mut Vm, code: u8, x: Result<i128, bool>) -> PyResult<i128> {
    const LONG: &str = "Python int too large to convert to C long";
    const ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEG_UINT: &str = "can't convert negative value to unsigned int";
    const LL: &str = "int too big to convert";
    let (lo, hi, what) = match code {
        b'b' => (i8::MIN as i128, i8::MAX as i128, "signed char"),
        b'B' => (0, u8::MAX as i128, "unsigned byte integer"),
        b'h' => (i16::MIN as i128, i16::MAX as i128, "signed short integer"),
        b'H' => (0, u16::MAX as i128, "unsigned short"),
        b'i' => (i32::MIN as i128, i32::MAX as i128, "signed integer"),
        b'I' => (0, u32::MAX as i128, "unsigned int"),
        b'l' => (i64::MIN as i128, i64::MAX as i128, ""),
        b'L' => (0, u64::MAX as i128, ""),
        b'q' => (i64::MIN as i128, i64::MAX as i128, ""),
        _ => (0, u64::MAX as i128, ""),
    };
    let x = match (code, x) {
        (b'q' | b'Q', Err(neg)) => {
            return Err(overflow(
                vm,
                if neg && code == b'Q' {
                    "can't convert negative int to unsigned"
                } else {
                    LL
                },
            ))
        }
        (b'I' | b'L', Err(true)) => return Err(overflow(vm, NEG_UINT)),
        (b'I' | b'L', Err(false)) => return Err(overflow(vm, ULONG)),
        (_, Err(_)) => return Err(overflow(vm, LONG)),
        (_, Ok(x)) => x,
    };
    if (lo..=hi).contains(&x) {
        return Ok(x);
    }
    let msg = match code {
        b'I' | b'L' if x < 0 => NEG_UINT.to_string(),
        b'Q' if x < 0 => "can't convert negative int to unsigned".into(),
        b'q' | b'Q' => LL.into(),
        b'L' => ULONG.into(),
        b'l' => LONG.into(),
        b'I' if x > u64::MAX as i128 => ULONG.into(),
        b'b' | b'B' | b'h' | b'H' | b'i' if !(i64::MIN as i128..=i64::MAX as i128).contains(&x) => {
            LONG.into()
        }
        _ if x > hi => format!("{what} is greater than maximum"),
        _ => format!("{what} is less than minimum"),
    };
    Err(overflow(vm, &msg))
}

/// `v` converted to typecode `code`'s machine representation (the first itemsize bytes).
fn encode(vm: &mut Vm, code: u8, v: Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' | b'd' => {
            let x = match v {
                Value::Float(x) => x,
                _ => super::math::to_double(vm, v)?,
            };
            if code == b'f' {
                out[..4].copy_from_slice(&(x as f32).to_ne_bytes());
            } else {
                out = x.to_ne_bytes();
            }
        }
        b'u' => {
            let c = vm.str_of(v).and_then(|s| {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let Some(c) = c else {
                return Err(vm.type_error("array item must be unicode character".into()));
            };
            out[..4].copy_from_slice(&(c as u32).to_ne_bytes());
        }
        _ => {
            let x = int_item(vm, v)?;
            let x = int_in_range(vm, code, x)?;
            let n = itemsize(code);
            // Two's complement keeps the low bytes right for signed and unsigned alike.
            out[..n].copy_from_slice(&(x as i64 as u64).to_ne_bytes()[..n]);
        }
    }
    Ok(out)
}

// ---- the instance's data ------------------------------------------------------------------

pub fn data(vm: &Vm, a: Value) -> Option<&ArrayData> {
    match a.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Instance(i)) => i.array(),
        _ => None,
    }
}

pub fn data_mut(vm: &mut Vm, a: Value) -> Option<&mut ArrayData> {
    match a.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Instance(i)) => i.array_mut(),
        _ => None,
    }
}

/// Whether `v` is an array (or an instance of a subclass).
pub fn is_array(vm: &Vm, v: Value) -> bool {
    data(vm, v).is_some()
}

fn code_of(vm: &Vm, a: Value) -> u8 {
    data(vm, a).map_or(b'b', |d| d.code)
}

fn len(vm: &Vm, a: Value) -> usize {
    data(vm, a).map_or(0, |d| d.bytes.len() / itemsize(d.code))
}

fn bytes_of(vm: &Vm, a: Value) -> &[u8] {
    data(vm, a).map_or(&[], |d| &d.bytes)
}

fn new_array(vm: &mut Vm, class: ObjKey, code: u8, bytes: Vec<u8>) -> Value {
    vm.heap.incref(Value::Obj(class));
    let n = vm.slot_count(class);
    let inst = Instance::new_array(class, n, ArrayData { code, bytes });
    vm.heap.alloc(Kind::Instance(Box::new(inst)))
}

/// A new `array.array` (never a subclass: slicing, `+` and `*` make plain arrays).
fn plain(vm: &mut Vm, code: u8, bytes: Vec<u8>) -> PyResult<Value> {
    let Some(class) = native_types::class_named(vm, "array", "array") else {
        return Err(vm.runtime_error("array.array is not defined".into()));
    };
    Ok(new_array(vm, class, code, bytes))
}

/// Refuses to change the length of an array a memoryview is looking at.
fn check_resizable(vm: &mut Vm, a: Value) -> PyResult<()> {
    match a.as_obj() {
        Some(k) if super::buffer::is_exported(vm, k) => Err(super::buffer::buffer_error(
            vm,
            "cannot resize an array that is exporting buffers",
        )),
        _ => Ok(()),
    }
}

/// Appends the bytes of one encoded item.
fn push(vm: &mut Vm, a: Value, item: [u8; 8]) {
    if let Some(d) = data_mut(vm, a) {
        let n = itemsize(d.code);
        d.bytes.extend_from_slice(&item[..n]);
    }
}

fn items_of(vm: &mut Vm, a: Value) -> Vec<Value> {
    (0..len(vm, a)).filter_map(|i| item(vm, a, i)).collect()
}

fn release(vm: &mut Vm, items: Vec<Value>) {
    for v in items {
        vm.heap.decref(v);
    }
}

// ---- methods ------------------------------------------------------------------------------

fn exactly_one(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "array.{name}() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    Ok(a[1])
}

fn no_args(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<()> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "array.{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

fn append(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exactly_one(vm, "append", a)?;
    let item = encode(vm, code_of(vm, a[0]), v)?;
    check_resizable(vm, a[0])?;
    push(vm, a[0], item);
    Ok(Value::None)
}

/// Appends each item of `iterable`, stopping at the first that does not convert (the items
/// before it stay, as in CPython).
fn extend_from(vm: &mut Vm, a: Value, iterable: Value) -> PyResult<()> {
    if let Some(d) = data(vm, iterable) {
        if d.code != code_of(vm, a) {
            return Err(vm.type_error("can only extend with array of same kind".into()));
        }
        let more = d.bytes.clone();
        check_resizable(vm, a)?;
        if let Some(d) = data_mut(vm, a) {
            d.bytes.extend_from_slice(&more);
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let code = code_of(vm, a);
    let r = vm.for_each_next(it, |vm, x| {
        let item = encode(vm, code, x);
        vm.heap.decref(x);
        check_resizable(vm, a)?;
        push(vm, a, item?);
        Ok(crate::vm::iter::Step::Next)
    });
    vm.heap.decref(it);
    r
}

fn extend(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exactly_one(vm, "extend", a)?;
    extend_from(vm, a[0], v)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", a.len() - 1)));
    }
    let i = vm.as_ssize(a[1], Overflow::Clamp)?;
    let item = encode(vm, code_of(vm, a[0]), a[2])?;
    check_resizable(vm, a[0])?;
    let n = len(vm, a[0]) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    if let Some(d) = data_mut(vm, a[0]) {
        let size = itemsize(d.code);
        d.bytes
            .splice(at * size..at * size, item[..size].iter().copied());
    }
    Ok(Value::None)
}

/// Removes item `i` (in range), returning its bytes' value.
fn remove_at(vm: &mut Vm, a: Value, i: usize) -> Value {
    let v = item(vm, a, i).unwrap_or(Value::None);
    if let Some(d) = data_mut(vm, a) {
        let size = itemsize(d.code);
        d.bytes.drain(i * size..(i + 1) * size);
    }
    v
}

fn pop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let i = match a.get(1) {
        Some(&v) => vm.as_ssize(v, Overflow::IndexError)?,
        None => -1,
    };
    let n = len(vm, a[0]) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, a[0])?;
    Ok(remove_at(vm, a[0], at as usize))
}

/// The first position in `start..stop` holding an item equal to `x`.
fn find(vm: &mut Vm, a: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(len(vm, a)) {
        let Some(v) = item(vm, a, i) else { break };
        let eq = vm.eq(v, x);
        vm.heap.decref(v);
        if eq? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn count(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = exactly_one(vm, "count", a)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(vm, a[0], x, i, usize::MAX)? {
        n += 1;
        i = p + 1;
    }
    Ok(Value::Int(n))
}

/// A `start`/`stop` bound of `index()`, clamped into the array as slices are.
fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(&v) = v else { return Ok(default) };
    let i = vm.as_ssize(v, Overflow::Clamp)?;
    Ok(if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    })
}

fn index(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if !(2..=4).contains(&a.len()) {
        return Err(vm.type_error(format!(
            "index expected at least 1 argument, got {}",
            a.len() - 1
        )));
    }
    let n = len(vm, a[0]);
    let start = bound(vm, a.get(2), n, 0)?;
    let stop = bound(vm, a.get(3), n, n)?;
    match find(vm, a[0], a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array".into())),
    }
}

fn remove(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = exactly_one(vm, "remove", a)?;
    match find(vm, a[0], x, 0, usize::MAX)? {
        Some(i) => {
            check_resizable(vm, a[0])?;
            let v = remove_at(vm, a[0], i);
            vm.heap.decref(v);
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array".into())),
    }
}

fn reverse(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "reverse", a)?;
    if let Some(d) = data_mut(vm, a[0]) {
        let size = itemsize(d.code);
        let items: Vec<Vec<u8>> = d.bytes.chunks(size).rev().map(<[u8]>::to_vec).collect();
        d.bytes = items.concat();
    }
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "byteswap", a)?;
    if let Some(d) = data_mut(vm, a[0]) {
        let size = itemsize(d.code);
        d.bytes.chunks_mut(size).for_each(<[u8]>::reverse);
    }
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "buffer_info", a)?;
    let addr = data(vm, a[0]).map_or(0, |d| d.bytes.as_ptr() as usize as i64);
    let n = len(vm, a[0]) as i64;
    Ok(vm.new_tuple(vec![Value::Int(addr), Value::Int(n)]))
}

fn tobytes(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "tobytes", a)?;
    let b = bytes_of(vm, a[0]).to_vec();
    Ok(vm.new_bytes(b))
}

/// Appends raw machine bytes (a whole number of items).
fn append_bytes(vm: &mut Vm, a: Value, more: Vec<u8>) -> PyResult<()> {
    if !more.len().is_multiple_of(itemsize(code_of(vm, a))) {
        return Err(vm.value_error("bytes length not a multiple of item size".into()));
    }
    if !more.is_empty() {
        check_resizable(vm, a)?;
    }
    if let Some(d) = data_mut(vm, a) {
        d.bytes.extend_from_slice(&more);
    }
    Ok(())
}

fn frombytes(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exactly_one(vm, "frombytes", a)?;
    let more = super::bytes::buffer(vm, v)?;
    append_bytes(vm, a[0], more)?;
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "tolist", a)?;
    let items = items_of(vm, a[0]);
    Ok(vm.new_list(items))
}

fn fromlist(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exactly_one(vm, "fromlist", a)?;
    let items = match v.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::List(l)) => l.clone(),
        _ => return Err(vm.type_error("arg must be list".into())),
    };
    // Held while converting: an item's `__index__` may change the list.
    for &x in &items {
        vm.heap.incref(x);
    }
    // All or nothing: every item converts before any is appended.
    let code = code_of(vm, a[0]);
    let size = itemsize(code);
    let mut more = Vec::with_capacity(items.len() * size);
    let mut r = Ok(());
    for &x in &items {
        match encode(vm, code, x) {
            Ok(b) => more.extend_from_slice(&b[..size]),
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    release(vm, items);
    r?;
    append_bytes(vm, a[0], more)?;
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "tounicode", a)?;
    if code_of(vm, a[0]) != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays".into()));
    }
    let s: String = bytes_of(vm, a[0])
        .chunks(4)
        .map(|c| char::from_u32(u32::from_ne_bytes(raw(c))).unwrap_or('\u{fffd}'))
        .collect();
    Ok(vm.new_str(s))
}

fn fromunicode(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = exactly_one(vm, "fromunicode", a)?;
    let Some(s) = vm.str_of(v).map(str::to_string) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if code_of(vm, a[0]) != b'u' {
        return Err(
            vm.value_error("fromunicode() may only be called on unicode type arrays".into())
        );
    }
    let more: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
    append_bytes(vm, a[0], more)?;
    Ok(Value::None)
}

fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let key = vm.intern(name);
    let f = vm.getattr(obj, key)?;
    let r = vm.call(f, args);
    vm.heap.decref(f);
    r
}

fn fromfile(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "fromfile expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let n = vm.as_ssize(a[2], Overflow::Clamp)?;
    if n < 0 {
        return Err(vm.value_error("negative count".into()));
    }
    let want = n as usize * itemsize(code_of(vm, a[0]));
    let got = call_method(vm, a[1], "read", &[Value::Int(want as i64)])?;
    let b = vm.bytes_of(got).map(<[u8]>::to_vec);
    vm.heap.decref(got);
    let Some(b) = b else {
        return Err(vm.type_error("read() didn't return bytes".into()));
    };
    let size = itemsize(code_of(vm, a[0]));
    let whole = b.len() - b.len() % size;
    append_bytes(vm, a[0], b[..whole].to_vec())?;
    if b.len() != want {
        return Err(vm.exception_with_msg(
            vm.types.eof_error,
            "read() didn't return enough bytes".into(),
        ));
    }
    Ok(Value::None)
}

fn tofile(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let f = exactly_one(vm, "tofile", a)?;
    let b = bytes_of(vm, a[0]).to_vec();
    let b = vm.new_bytes(b);
    let r = call_method(vm, f, "write", &[b]);
    vm.heap.decref(b);
    vm.heap.decref(r?);
    Ok(Value::None)
}

// ---- the sequence protocol ------------------------------------------------------------------

fn index_arg(vm: &mut Vm, a: Value, idx: Value, msg: &str) -> PyResult<usize> {
    let i = match vm.try_index(idx)? {
        Some(Index::Fits(i)) => i,
        Some(Index::Huge { .. }) => return Err(vm.cannot_fit(idx, Overflow::IndexError)),
        None => return Err(vm.type_error("array indices must be integers".into())),
    };
    let n = len(vm, a) as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (arr, idx) = (a[0], a[1]);
    if let Value::Int(i) = idx {
        let n = len(vm, arr) as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            return Ok(item(vm, arr, j as usize).unwrap_or(Value::None));
        }
    }
    if vm.is_slice(idx) {
        let n = len(vm, arr);
        let pos = vm.slice_positions(idx, n)?;
        let code = code_of(vm, arr);
        let size = itemsize(code);
        let src = bytes_of(vm, arr);
        let b: Vec<u8> = pos
            .iter()
            .flat_map(|&p| src[p * size..(p + 1) * size].iter().copied())
            .collect();
        return plain(vm, code, b);
    }
    let i = index_arg(vm, arr, idx, "array index out of range")?;
    Ok(item(vm, arr, i).unwrap_or(Value::None))
}

fn setitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (arr, idx, v) = (a[0], a[1], a[2]);
    if vm.is_slice(idx) {
        assign_slice(vm, arr, idx, v)?;
        return Ok(Value::None);
    }
    let i = index_arg(vm, arr, idx, "array assignment index out of range")?;
    let code = code_of(vm, arr);
    let item = encode(vm, code, v)?;
    if let Some(d) = data_mut(vm, arr) {
        let size = itemsize(code);
        if let Some(slot) = d.bytes.get_mut(i * size..(i + 1) * size) {
            slot.copy_from_slice(&item[..size]);
        }
    }
    Ok(Value::None)
}

/// `a[i:j:k] = other` (an array of the same typecode).
fn assign_slice(vm: &mut Vm, arr: Value, idx: Value, v: Value) -> PyResult<()> {
    let Some(other) = data(vm, v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "can only assign array (not \"{t}\") to array slice"
        )));
    };
    if other.code != code_of(vm, arr) {
        return Err(vm.type_error("bad argument type for built-in operation".into()));
    }
    let new = other.bytes.clone();
    let n = len(vm, arr);
    let size = itemsize(code_of(vm, arr));
    let (start, stop, step) = vm.slice_indices(idx, n)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        if stop - start != new.len() / size {
            check_resizable(vm, arr)?;
        }
        if let Some(d) = data_mut(vm, arr) {
            d.bytes.splice(start * size..stop * size, new);
        }
        return Ok(());
    }
    let pos = vm.slice_positions(idx, n)?;
    if new.is_empty() && !pos.is_empty() {
        check_resizable(vm, arr)?;
        delete_positions(vm, arr, &pos);
        return Ok(());
    }
    if pos.len() * size != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            new.len() / size,
            pos.len()
        )));
    }
    if let Some(d) = data_mut(vm, arr) {
        for (p, chunk) in pos.into_iter().zip(new.chunks(size)) {
            d.bytes[p * size..(p + 1) * size].copy_from_slice(chunk);
        }
    }
    Ok(())
}

fn delete_positions(vm: &mut Vm, arr: Value, pos: &[usize]) {
    if let Some(d) = data_mut(vm, arr) {
        let size = itemsize(d.code);
        let mut drop = vec![false; d.bytes.len() / size];
        for &p in pos {
            if let Some(x) = drop.get_mut(p) {
                *x = true;
            }
        }
        let kept: Vec<u8> = d
            .bytes
            .chunks(size)
            .zip(drop)
            .filter(|(_, gone)| !gone)
            .flat_map(|(c, _)| c.iter().copied())
            .collect();
        d.bytes = kept;
    }
}

fn delitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (arr, idx) = (a[0], a[1]);
    if vm.is_slice(idx) {
        let n = len(vm, arr);
        let pos = vm.slice_positions(idx, n)?;
        if !pos.is_empty() {
            check_resizable(vm, arr)?;
            delete_positions(vm, arr, &pos);
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, arr, idx, "array assignment index out of range")?;
    check_resizable(vm, arr)?;
    let v = remove_at(vm, arr, i);
    vm.heap.decref(v);
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(len(vm, a[0]) as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(find(vm, a[0], a[1], 0, usize::MAX)?.is_some()))
}

/// The type's own name (`_PyType_Name`): `array`, or a subclass's.
fn own_name(vm: &Vm, v: Value) -> String {
    match vm.heap.kind(vm.type_of(v)) {
        Kind::Class(c) => vm.str_of(c.name).unwrap_or("?").to_string(),
        _ => "?".into(),
    }
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let arr = a[0];
    let name = own_name(vm, arr);
    let code = code_of(vm, arr);
    if len(vm, arr) == 0 {
        return Ok(vm.new_str(format!("{name}('{}')", code as char)));
    }
    let inner = if code == b'u' {
        let s = tounicode(vm, &[arr], &[])?;
        let r = vm.repr(s);
        vm.heap.decref(s);
        r?
    } else {
        let l = tolist(vm, &[arr], &[])?;
        let r = vm.repr(l);
        vm.heap.decref(l);
        r?
    };
    Ok(vm.new_str(format!("{name}('{}', {inner})", code as char)))
}

/// Arrays compare with arrays only, item by item by value (two NaNs differ: each item is
/// a fresh object, so no identity shortcut applies).
fn compare(vm: &mut Vm, a: &[Value], op: CmpKind) -> PyResult<Value> {
    let (x, y) = (a[0], a[1]);
    if !is_array(vm, y) {
        return Ok(Value::NotImplemented);
    }
    let (nx, ny) = (len(vm, x), len(vm, y));
    if nx != ny && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    for i in 0..nx.min(ny) {
        let (Some(vx), Some(vy)) = (item(vm, x, i), item(vm, y, i)) else {
            break;
        };
        let r = vm.compare(CmpKind::Eq, vx, vy).and_then(|r| {
            let t = vm.truthy(r);
            vm.heap.decref(r);
            t
        });
        let same = match r {
            Ok(s) => s,
            Err(e) => {
                vm.heap.decref(vx);
                vm.heap.decref(vy);
                return Err(e);
            }
        };
        if !same {
            let r = match op {
                CmpKind::Eq => Ok(Value::Bool(false)),
                CmpKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(op, vx, vy),
            };
            vm.heap.decref(vx);
            vm.heap.decref(vy);
            return r;
        }
        vm.heap.decref(vx);
        vm.heap.decref(vy);
    }
    let (nx, ny) = (nx as i64, ny as i64);
    Ok(Value::Bool(match op {
        CmpKind::Eq => nx == ny,
        CmpKind::Ne => nx != ny,
        CmpKind::Lt => nx < ny,
        CmpKind::Le => nx <= ny,
        CmpKind::Gt => nx > ny,
        _ => nx >= ny,
    }))
}

macro_rules! comparisons {
    ($($name:ident => $op:expr),*) => {$(
        fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            compare(vm, a, $op)
        }
    )*};
}

comparisons!(eq => CmpKind::Eq, ne => CmpKind::Ne, lt => CmpKind::Lt, le => CmpKind::Le,
    gt => CmpKind::Gt, ge => CmpKind::Ge);

fn add(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(other) = data(vm, a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can only append array (not \"{t}\") to array")));
    };
    let code = code_of(vm, a[0]);
    if other.code != code {
        return Err(vm.type_error("bad argument type for built-in operation".into()));
    }
    let mut b = bytes_of(vm, a[0]).to_vec();
    b.extend_from_slice(bytes_of(vm, a[1]));
    plain(vm, code, b)
}

fn iadd(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if !is_array(vm, a[1]) {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{t}\")")));
    }
    extend_from(vm, a[0], a[1])?;
    Ok(vm.incref(a[0]))
}

/// The repeat count of `a * n`.
fn repeat_count(vm: &mut Vm, n: Value, size: usize) -> PyResult<usize> {
    let count = match vm.try_index(n)? {
        Some(Index::Fits(c)) => c.max(0) as usize,
        Some(Index::Huge { negative: true }) => 0,
        Some(Index::Huge { .. }) => return Err(vm.memory_error()),
        None => {
            let t = vm.type_name(n);
            return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
        }
    };
    if size > 0 && count > isize::MAX as usize / size {
        return Err(vm.memory_error());
    }
    Ok(count)
}

fn mul(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = bytes_of(vm, a[0]).len();
    let count = repeat_count(vm, a[1], b)?;
    let code = code_of(vm, a[0]);
    let b = bytes_of(vm, a[0]).repeat(count);
    plain(vm, code, b)
}

fn imul(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let b = bytes_of(vm, a[0]).len();
    let count = repeat_count(vm, a[1], b)?;
    if b > 0 && count != 1 {
        check_resizable(vm, a[0])?;
    }
    if let Some(d) = data_mut(vm, a[0]) {
        d.bytes = d.bytes.repeat(count);
    }
    Ok(vm.incref(a[0]))
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = vm.type_of(a[0]);
    let code = code_of(vm, a[0]);
    let b = bytes_of(vm, a[0]).to_vec();
    Ok(new_array(vm, class, code, b))
}

fn typecode(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    not_writable(vm, a, "typecode")?;
    let c = code_of(vm, a[0]) as char;
    Ok(vm.new_str(c.to_string()))
}

fn itemsize_attr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    not_writable(vm, a, "itemsize")?;
    Ok(Value::Int(itemsize(code_of(vm, a[0])) as i64))
}

fn not_writable(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<()> {
    if a.len() > 1 {
        return Err(vm.attribute_error(format!(
            "attribute '{name}' of 'array.array' objects is not writable"
        )));
    }
    Ok(())
}

fn sizeof(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let k = a[0].as_obj().expect("an array");
    let n = crate::heap::size::object_size(vm.heap.obj(k));
    Ok(Value::Int(n as i64))
}

/// CPython's machine format code for a typecode's items in this machine's (little-endian)
/// order, which `_array_reconstructor` reads back.
fn mformat(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    }
}

fn reduce_ex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let proto = exactly_one(vm, "__reduce_ex__", a)?;
    let proto = vm.c_long_arg(proto)?;
    let arr = a[0];
    let class = vm.type_of(arr);
    vm.heap.incref(Value::Obj(class));
    let dict = match vm.heap.kind(arr.as_obj().expect("an array")) {
        Kind::Instance(i) if !i.dict.is_empty() || !i.dict_value().is_undef() => {
            let k = arr.as_obj().expect("an array");
            vm.instance_dict(k)
        }
        _ => Value::None,
    };
    let code = code_of(vm, arr);
    let tc = vm.new_str((code as char).to_string());
    if proto < 3 {
        let items = if code == b'u' {
            tounicode(vm, &[arr], &[])?
        } else {
            tolist(vm, &[arr], &[])?
        };
        let args = vm.new_tuple(vec![tc, items]);
        return Ok(vm.new_tuple(vec![Value::Obj(class), args, dict]));
    }
    let module = super::import_module(vm, "array")?;
    let key = vm.intern("_array_reconstructor");
    let f = vm.getattr(module, key);
    vm.heap.decref(module);
    let f = f?;
    let b = bytes_of(vm, arr).to_vec();
    let b = vm.new_bytes(b);
    let args = vm.new_tuple(vec![Value::Obj(class), tc, Value::Int(mformat(code)), b]);
    Ok(vm.new_tuple(vec![f, args, dict]))
}

fn deepcopy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    copy(vm, &a[..1], &[])
}

// ---- construction ---------------------------------------------------------------------------

fn typecode_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let c = vm.str_of(v).and_then(|s| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    });
    let Some(c) = c else {
        let t = match v {
            Value::None => "None".to_string(),
            _ => vm.type_name(v),
        };
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {t}"
        )));
    };
    if !c.is_ascii() || !TYPECODES.contains(c) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)".into())
        );
    }
    Ok(c as u8)
}

/// `array(typecode[, initializer])`, for `array.array` and its subclasses.
fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = native_types::class_arg(a);
    if Some(class) == native_types::class_named(vm, "array", "array") {
        native_types::no_keywords(vm, "array.array", kw)?;
    }
    let args = &a[1..];
    if args.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)".into()));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let code = typecode_arg(vm, args[0])?;
    let init = args.get(1).copied();
    let mut bytes = Vec::new();
    let mut rest = None;
    match init {
        None => {}
        Some(v) if vm.str_of(v).is_some() => {
            if code != b'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            let s = vm.str_of(v).unwrap_or("").to_string();
            bytes = s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
        }
        Some(v) if vm.bytes_of(v).is_some() => {
            let b = vm.bytes_of(v).map(<[u8]>::to_vec).unwrap_or_default();
            if !b.len().is_multiple_of(itemsize(code)) {
                return Err(vm.value_error("bytes length not a multiple of item size".into()));
            }
            bytes = b;
        }
        Some(v) if data(vm, v).is_some_and(|d| d.code == b'u') && code != b'u' => {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        Some(v) if data(vm, v).is_some_and(|d| d.code == code) => {
            bytes = bytes_of(vm, v).to_vec();
        }
        Some(v) => rest = Some(v),
    }
    let arr = new_array(vm, class, code, bytes);
    if let Some(v) = rest {
        if let Err(e) = extend_from_items(vm, arr, v) {
            vm.heap.decref(arr);
            return Err(e);
        }
    }
    Ok(arr)
}

/// Fills a new array from an iterable (an array of another typecode gives its values).
fn extend_from_items(vm: &mut Vm, arr: Value, v: Value) -> PyResult<()> {
    if is_array(vm, v) {
        let items = items_of(vm, v);
        let code = code_of(vm, arr);
        let mut r = Ok(());
        for &x in &items {
            match encode(vm, code, x) {
                Ok(item) => push(vm, arr, item),
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        release(vm, items);
        return r;
    }
    extend_from(vm, arr, v)
}

/// `array._array_reconstructor(cls, typecode, mformat_code, items)`: what pickling
/// protocol 3 and later unpickle an array with.
fn reconstructor(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 4 {
        return Err(vm.type_error(format!(
            "_array_reconstructor expected 4 arguments, got {}",
            a.len()
        )));
    }
    let class = match a[0].as_obj() {
        Some(k) if matches!(vm.heap.kind(k), Kind::Class(_)) => k,
        _ => {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("first argument must be a type object, not {t}")));
        }
    };
    let code = typecode_arg(vm, a[1])?;
    let mf = vm.c_long_arg(a[2])?;
    if mf != mformat(code) {
        return Err(vm.value_error("third argument must be a valid machine format code.".into()));
    }
    let Some(b) = vm.bytes_of(a[3]).map(<[u8]>::to_vec) else {
        let t = vm.type_name(a[3]);
        return Err(vm.type_error(format!("fourth argument should be bytes, not {t}")));
    };
    if !b.len().is_multiple_of(itemsize(code)) {
        return Err(vm.value_error("string length not a multiple of item size".into()));
    }
    let tc = vm.new_str((code as char).to_string());
    let empty = vm.call(Value::Obj(class), &[tc]);
    vm.heap.decref(tc);
    let arr = empty?;
    if let Some(d) = data_mut(vm, arr) {
        d.bytes = b;
    }
    Ok(arr)
}

// ---- the iterator -----------------------------------------------------------------------------
// State: 0 the array (Undef once exhausted), 1 the next position.

fn iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(class) = native_types::class_named(vm, "array", "arrayiterator") else {
        return Err(vm.runtime_error("array.arrayiterator is not defined".into()));
    };
    let arr = vm.incref(a[0]);
    Ok(native_types::instance(vm, class, vec![arr, Value::Int(0)]))
}

fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let arr = native_types::state(vm, it, 0);
    if arr.is_undef() {
        return Ok(None);
    }
    let pos = match native_types::state(vm, it, 1) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    match item(vm, arr, pos) {
        Some(v) => {
            native_types::set_state(vm, it, 1, Value::Int(pos as i64 + 1));
            Ok(Some(v))
        }
        None => {
            native_types::set_state(vm, it, 0, Value::Undef);
            Ok(None)
        }
    }
}

const ARRAY_METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("buffer_info", buffer_info),
    ("byteswap", byteswap),
    ("count", count),
    ("extend", extend),
    ("frombytes", frombytes),
    ("fromfile", fromfile),
    ("fromlist", fromlist),
    ("fromunicode", fromunicode),
    ("index", index),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("tobytes", tobytes),
    ("tofile", tofile),
    ("tolist", tolist),
    ("tounicode", tounicode),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
    ("__reduce_ex__", reduce_ex),
    ("__sizeof__", sizeof),
    ("__len__", dunder_len),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
];

const TYPES: &[TypeSpec] = &[
    TypeSpec {
        module: "array",
        name: "array",
        state: &[],
        methods: ARRAY_METHODS,
        new,
        next: None,
        basetype: true,
        getters: &[("typecode", typecode), ("itemsize", itemsize_attr)],
    },
    TypeSpec {
        module: "array",
        name: "arrayiterator",
        state: &["_array", "_index"],
        methods: &[],
        new: native_types::no_direct_new,
        next: Some(iter_next),
        basetype: false,
        getters: &[],
    },
];

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[("_array_reconstructor", reconstructor)];
    let codes = vm.new_str(TYPECODES);
    let m = super::new_module(vm, "array", funcs, &[("typecodes", codes)]);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    for spec in TYPES {
        let class = native_types::define(vm, dk, spec);
        if spec.name == "array" {
            // Arrays are unhashable; `ArrayType` is the old name.
            let key = vm.intern("__hash__");
            vm.class_dict_set(class, key, Value::None);
            let key = vm.intern("ArrayType");
            vm.heap.incref(Value::Obj(class));
            vm.ns_set(dk, key, Value::Obj(class));
        }
    }
    m
}
