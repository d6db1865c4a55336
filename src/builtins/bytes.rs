//! `bytes` and `bytearray`, one home: construction, the operators (`+`, `*`, `%`, comparisons,
//! `in`), subscripts and item assignment, repr and hash, and the receiver and argument checks
//! their methods share. The methods themselves are in `bytes_methods` (search, split, strip,
//! case, padding, translate, encode/decode) and `bytearray` (the mutating ones).

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::numeric::percent::Arg;
use crate::numeric::NumError;
use crate::objects::bytes::repr_bytes;
use crate::objects::code::CmpKind;
use crate::vm::int_args::{Index, Overflow};
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

use super::codecs;
use super::string::HostError;

/// `PyBytesObject_SIZE`: the header CPython allocates before a bytes object's data.
const BYTES_HEADER: i64 = 33;

/// The data of a bytes-like value (empty for anything else; callers have checked).
pub(crate) fn data(vm: &Vm, v: Value) -> &[u8] {
    vm.bytes_of(v).unwrap_or_default()
}

/// Whether `v` (or the builtin value of a subclass instance) is a bytearray.
pub(crate) fn is_bytearray(vm: &Vm, v: Value) -> bool {
    let v = vm.unwrap_payload(v);
    matches!(
        v.as_obj().map(|k| vm.heap.kind(k)),
        Some(Kind::ByteArray(_))
    )
}

/// A new object of the receiver's builtin kind: methods of a bytearray give bytearrays.
pub(crate) fn new_like(vm: &mut Vm, like: Value, b: Vec<u8>) -> Value {
    if is_bytearray(vm, like) {
        vm.heap.alloc(Kind::ByteArray(b))
    } else {
        vm.new_bytes(b)
    }
}

/// The receiver of a bytes or bytearray method; returns the other arguments.
pub(crate) fn recv<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match a.first() {
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
        Some(v) if vm.bytes_of(*v).is_none() => {
            let t = vm.type_name(*v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object"
            )))
        }
        Some(_) => Ok(&a[1..]),
    }
}

/// A bytes-like argument's data, or "a bytes-like object is required, not 'str'".
pub(crate) fn buffer(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match super::buffer::bytes_like(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// One byte from an integer (`b[i] = v`, `append`, `in`): an index in range(0, 256).
pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match vm.index_of(v)? {
        Index::Fits(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)".into())),
    }
}

// ------------------------------------------------------------------ construction

/// `bytes(...)` and `bytearray(...)` (exact classes; subclasses get this as their payload).
pub fn construct(vm: &mut Vm, a: &[Value], kw: Kwargs, mutable: bool) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    let [source, encoding, errors] =
        super::string::unpack_kw(vm, a, kw, name, ["source", "encoding", "errors"])?;
    let data = from_source(vm, source, encoding, errors, mutable)?;
    Ok(if mutable {
        vm.heap.alloc(Kind::ByteArray(data))
    } else {
        vm.new_bytes(data)
    })
}

fn from_source(
    vm: &mut Vm,
    source: Option<Value>,
    encoding: Option<Value>,
    errors: Option<Value>,
    mutable: bool,
) -> PyResult<Vec<u8>> {
    let Some(src) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument".into()));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument".into()));
        }
        return Ok(Vec::new());
    };
    if vm.str_of(src).is_some() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding".into()));
        };
        let fname = if mutable { "bytearray" } else { "bytes" };
        let enc = str_arg(vm, enc, fname, "encoding")?;
        let errs = match errors {
            Some(e) => str_arg(vm, e, fname, "errors")?,
            None => "strict".into(),
        };
        return encode_value(vm, src, &enc, &errs);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument".into()));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument".into()));
    }
    if let Some(b) = super::buffer::bytes_like(vm, src) {
        return Ok(b);
    }
    if !mutable {
        let hook = vm.intern("__bytes__");
        if let Some(f) = vm.user_special(src, hook) {
            let r = vm.call(f, &[src])?;
            let out = match r.as_obj().map(|k| vm.heap.kind(k)) {
                Some(Kind::Bytes(b)) => Ok(b.b.to_vec()),
                _ if vm.bytes_of(r).is_some() && !is_bytearray(vm, r) => Ok(data(vm, r).to_vec()),
                _ => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
                }
            };
            vm.heap.decref(r);
            return out;
        }
    }
    if let Some(i) = vm.try_index(src)? {
        let n = match i {
            Index::Fits(n) if n < 0 => return Err(vm.value_error("negative count".into())),
            Index::Fits(n) => n as u128,
            Index::Huge { negative: true } => return Err(vm.value_error("negative count".into())),
            Index::Huge { .. } => {
                return Err(vm.exception_with_msg(
                    vm.types.overflow_error,
                    "cannot fit 'int' into an index-sized integer".into(),
                ))
            }
        };
        // CPython's size check leaves room for the bytes object's header.
        if !mutable && n > (i64::MAX - BYTES_HEADER) as u128 {
            return Err(
                vm.exception_with_msg(vm.types.overflow_error, "byte string is too large".into())
            );
        }
        super::string::check_size(vm, n)?;
        return Ok(vec![0; n as usize]);
    }
    if !vm.has_iter(src) {
        let t = vm.type_name(src);
        let what = if mutable { "bytearray" } else { "bytes" };
        return Err(vm.type_error(format!("cannot convert '{t}' object to {what}")));
    }
    let msg = if mutable {
        "byte must be in range(0, 256)"
    } else {
        "bytes must be in range(0, 256)"
    };
    ints_to_bytes(vm, src, msg)
}

/// The bytes an iterable of ints stands for; `range_msg` is the ValueError for an int outside
/// range(256).
pub(crate) fn ints_to_bytes(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    let mut failed = None;
    for &it in &items {
        match vm.index_of(it) {
            Ok(Index::Fits(i)) if (0..256).contains(&i) => out.push(i as u8),
            Ok(_) => {
                failed = Some(vm.value_error(range_msg.into()));
                break;
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.heap.decref_all(items);
    match failed {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// A str argument by keyword name, with Argument Clinic's message.
pub(crate) fn str_arg(vm: &mut Vm, v: Value, func: &str, arg: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{func}() argument '{arg}' must be str, not {t}")))
        }
    }
}

/// `s.encode(encoding, errors)` for a str value.
pub(crate) fn encode_value(vm: &mut Vm, s: Value, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = codecs::lookup(enc) else {
        return Err(codecs::unknown_encoding(vm, enc, "codecs.encode()"));
    };
    let text = vm.str_of(s).unwrap_or("").to_string();
    codecs::encode(vm, &text, codec, errors, s)
}

/// `b.decode(encoding, errors)` for a bytes-like value.
pub(crate) fn decode_value(vm: &mut Vm, b: Value, enc: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = codecs::lookup(enc) else {
        return Err(codecs::unknown_encoding(vm, enc, "codecs.decode()"));
    };
    let bytes = data(vm, b).to_vec();
    codecs::decode(vm, &bytes, codec, errors, b)
}

// ------------------------------------------------------------------ repr, hash, compare

/// `repr(b)`: `b'..'`, or `bytearray(b'..')` (where CPython escapes a `'` whichever quote it
/// picks).
pub fn repr(vm: &Vm, v: Value) -> String {
    let b = data(vm, v);
    if is_bytearray(vm, v) {
        let inner = repr_bytes(b);
        let inner = if inner.starts_with("b\"") {
            inner.replace('\'', "\\'")
        } else {
            inner
        };
        let name = vm.type_name(v);
        format!("{name}({inner})")
    } else {
        repr_bytes(b)
    }
}

/// `a OP b` for two bytes-like values (None when `b` is not one).
pub fn compare(vm: &Vm, op: CmpKind, a: Value, b: Value) -> Option<bool> {
    let (x, y) = (vm.bytes_of(a)?, vm.bytes_of(b)?);
    let ord = x.cmp(y);
    Some(match op {
        CmpKind::Eq => ord.is_eq(),
        CmpKind::Ne => ord.is_ne(),
        CmpKind::Lt => ord.is_lt(),
        CmpKind::Le => ord.is_le(),
        CmpKind::Gt => ord.is_gt(),
        CmpKind::Ge => ord.is_ge(),
    })
}

// ------------------------------------------------------------------ operators

/// `a + b` where `a` is bytes-like: the result has `a`'s kind.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let Some(y) = super::buffer::bytes_like(vm, b) else {
        let t = vm.type_name(b);
        let l = vm.type_name(vm.unwrap_payload(a));
        return Err(vm.type_error(format!("can't concat {t} to {l}")));
    };
    let n = data(vm, a).len() + y.len();
    super::string::check_size(vm, n as u128)?;
    let mut out = Vec::with_capacity(n);
    out.extend_from_slice(data(vm, a));
    out.extend_from_slice(&y);
    Ok(new_like(vm, a, out))
}

/// `b * n`.
pub fn repeat(vm: &mut Vm, b: Value, n: Value) -> PyResult<Value> {
    let count = vm.as_ssize(n, Overflow::OverflowError)?.max(0) as usize;
    let len = data(vm, b).len();
    if len > 0 && count > isize::MAX as usize / len {
        return Err(vm.memory_error());
    }
    super::string::check_size(vm, (len * count) as u128)?;
    let out = data(vm, b).repeat(count);
    Ok(new_like(vm, b, out))
}

/// `x in b`: an integer byte or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, b: Value, x: Value) -> PyResult<bool> {
    if let Some(needle) = vm.bytes_of(x) {
        let hay = data(vm, b);
        return Ok(find(hay, needle, false).is_some());
    }
    match vm.try_index(x)? {
        Some(Index::Fits(i)) if (0..256).contains(&i) => Ok(data(vm, b).contains(&(i as u8))),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)".into())),
        None => {
            let t = vm.type_name(x);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The first (or last) position of `needle` in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut starts = 0..=hay.len() - needle.len();
    let hit = |&i: &usize| hay[i..].starts_with(needle);
    if rev {
        starts.rev().find(hit)
    } else {
        starts.find(hit)
    }
}

/// `b[idx]`: an int, or a new object of `b`'s kind for a slice.
pub fn getitem(vm: &mut Vm, b: Value, idx: Value) -> PyResult<Value> {
    let len = data(vm, b).len();
    let mutable = is_bytearray(vm, b);
    if vm.is_slice(idx) {
        let pos = vm.slice_positions(idx, len)?;
        let d = data(vm, b);
        let out: Vec<u8> = pos.iter().map(|&p| d[p]).collect();
        return Ok(new_like(vm, b, out));
    }
    let i = if mutable {
        vm.seq_index_or(idx, len, "bytearray", None)?
    } else {
        vm.seq_index_or(idx, len, "byte", Some("index out of range"))?
    };
    // `__index__` may have changed a bytearray: its length now decides.
    match data(vm, b).get(i) {
        Some(&c) => Ok(Value::Int(c as i64)),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

// ------------------------------------------------------------------ `%`-formatting

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// One argument of a bytes `%`-format: `%s`/`%b` take bytes-like objects (or `__bytes__`),
/// `%r`/`%a` are `ascii()`, `%c` a byte; numbers as for str.
pub(crate) fn percent_arg(vm: &mut Vm, obj: Value, conv: char) -> Result<Arg, HostError> {
    let v = obj;
    let n = vm.unwrap_payload(v);
    Ok(match conv {
        's' => {
            if let Some(b) = vm.bytes_of(v) {
                return Ok(Arg::Str(latin1(b)));
            }
            let hook = vm.intern("__bytes__");
            if let Some(f) = vm.user_special(v, hook) {
                let r = vm.call(f, &[v])?;
                let s = vm.bytes_of(r).map(latin1);
                vm.heap.decref(r);
                if let Some(s) = s {
                    return Ok(Arg::Str(s));
                }
            }
            let t = vm.type_name(v);
            return Err(HostError::Py(vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                ))));
        }
        'r' | 'a' => Arg::Str(super::string::ascii_escape(&vm.repr(v)?)),
        'c' => {
            if let Some(b) = vm.bytes_of(v) {
                if b.len() == 1 {
                    return Ok(Arg::Str(latin1(b)));
                }
            }
            match vm.try_index(n)? {
                Some(Index::Fits(i)) if (0..256).contains(&i) => {
                    Arg::Str(char::from(i as u8).to_string())
                }
                Some(_) => {
                    return Err(HostError::Num(NumError::overflow(
                        "%c arg not in range(256)",
                    )))
                }
                None => {
                    return Err(HostError::Num(NumError::type_error(
                        "%c requires an integer in range(256) or a single byte",
                    )))
                }
            }
        }
        _ => match n {
            Value::Float(f) => Arg::Float(f),
            _ => match vm.to_big(n) {
                Some(b) => Arg::Int(b),
                None => Arg::Other(vm.type_name(v)),
            },
        },
    })
}

/// `b % args`: formatted through latin-1 text, so every byte survives the round trip.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = latin1(data(vm, fmt));
    let out = super::string::run_percent(vm, &f, args, true)?;
    let b: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(new_like(vm, fmt, b))
}
