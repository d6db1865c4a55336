//! The methods `bytes` and `bytearray` share (a bytearray's give bytearrays): decode and hex,
//! find/index/count, startswith/endswith, split/rsplit/splitlines/partition, join, strip,
//! replace, the ASCII case mappings and predicates, padding, expandtabs, translate/maketrans
//! and fromhex. Every position is a byte index.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::objects::bytes::{from_hex, hex, is_space};
use crate::vm::int_args::Index;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

use super::bytes::{buffer, data, decode_value, find, new_like, recv, str_arg};
use super::string::{adjust, check_positional, no_args, parse_tuple, unpack_kw};

// ------------------------------------------------------------------ decode, hex

fn decode(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "decode")?;
    let [enc, errors] = unpack_kw(vm, args, kw, "decode", ["encoding", "errors"])?;
    let enc = match enc {
        Some(v) => str_arg(vm, v, "decode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(v) => str_arg(vm, v, "decode", "errors")?,
        None => "strict".into(),
    };
    let s = decode_value(vm, a[0], &enc, &errors)?;
    Ok(vm.new_str(s))
}

fn hex_method(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "hex")?;
    let [sep, per] = unpack_kw(vm, args, kw, "hex", ["sep", "bytes_per_sep"])?;
    let sep = match sep {
        None => None,
        Some(v) => {
            let s: Vec<char> = match (vm.str_of(v), vm.bytes_of(v)) {
                (Some(s), _) => s.chars().collect(),
                (_, Some(b)) => b.iter().map(|&c| c as char).collect(),
                _ => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("sep must be str or bytes., not {t}")));
                }
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            if !s[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(s[0])
        }
    };
    let per = match per {
        Some(v) => vm.c_int_arg(v)? as i64,
        None => 1,
    };
    let s = hex(data(vm, a[0]), sep, per);
    Ok(vm.new_str(s))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a classmethod: `a[0]` is the class).
fn fromhex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = &a[1..];
    check_positional(vm, args, kw, "fromhex", 1, 1)?;
    let Some(s) = vm.str_of(args[0]).map(str::to_string) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let b = match from_hex(&s) {
        Ok(b) => b,
        Err(at) => {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            )))
        }
    };
    let class = a[0];
    let t = vm.types;
    let v = if class.is(Value::Obj(t.bytearray)) {
        vm.heap.alloc(Kind::ByteArray(b))
    } else {
        let made = vm.new_bytes(b);
        if class.is(Value::Obj(t.bytes)) {
            made
        } else {
            // A subclass: cls(bytes), as CPython calls it.
            let r = vm.call(class, &[made]);
            vm.heap.decref(made);
            return r;
        }
    };
    Ok(v)
}

// ------------------------------------------------------------------ find and friends

/// A byte to look for: an int in range(256) or a bytes-like object.
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_of(v) {
        return Ok(b.to_vec());
    }
    match vm.try_index(v)? {
        Some(Index::Fits(i)) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)".into())),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

/// `sub[, start[, end]]`, resolved to the byte range to search.
fn finds_args(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
) -> PyResult<(Vec<u8>, usize, usize)> {
    let args = recv(vm, a, name)?;
    parse_tuple(vm, args, kw, name, 1, 3)?;
    let sub = sub_arg(vm, args[0])?;
    let start = vm.slice_index(args.get(1).copied())?;
    let end = vm.slice_index(args.get(2).copied())?;
    let (s, e) = adjust(start, end, data(vm, a[0]).len());
    Ok((sub, s as usize, e.max(0) as usize))
}

fn find_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<i64> {
    let (sub, s, e) = finds_args(vm, a, kw, name)?;
    if s > e || e - s < sub.len() {
        return Ok(-1);
    }
    let hay = &data(vm, a[0])[s..e];
    Ok(find(hay, &sub, rev).map_or(-1, |i| (s + i) as i64))
}

fn find_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, a, kw, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, a, kw, "rfind", true).map(Value::Int)
}

fn index_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    match find_impl(vm, a, kw, name, rev)? {
        -1 => Err(vm.value_error("subsection not found".into())),
        i => Ok(Value::Int(i)),
    }
}

fn index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    index_impl(vm, a, kw, "index", false)
}

fn rindex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    index_impl(vm, a, kw, "rindex", true)
}

fn count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (sub, s, e) = finds_args(vm, a, kw, "count")?;
    if s > e {
        return Ok(Value::Int(0));
    }
    let hay = &data(vm, a[0])[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find(&hay[i..], &sub, false) {
        n += 1;
        i += p + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, end_: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    parse_tuple(vm, args, kw, name, 1, 3)?;
    let start = vm.slice_index(args.get(1).copied())?;
    let end = vm.slice_index(args.get(2).copied())?;
    let (s, e) = adjust(start, end, data(vm, a[0]).len());
    match vm.bytes_of(args[0]).map(<[u8]>::to_vec) {
        Some(c) => Ok(Value::Bool(affix_hit(data(vm, a[0]), &c, s, e, end_))),
        None if matches!(
            args[0].as_obj().map(|k| vm.heap.kind(k)),
            Some(Kind::Tuple(_))
        ) =>
        {
            // Each item is tested in turn; one that matches ends the search before a bad one.
            let items = vm.seq_items(args[0]);
            for it in items {
                let Some(c) = vm.bytes_of(it) else {
                    let t = vm.type_name(it);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                };
                if affix_hit(data(vm, a[0]), c, s, e, end_) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        None => {
            let t = vm.type_name(args[0]);
            let what = if end_ { "endswith" } else { "startswith" };
            Err(vm.type_error(format!(
                "{what} first arg must be bytes or a tuple of bytes, not {t}"
            )))
        }
    }
}

/// Whether `d[s:e]` starts (or ends) with `c`.
fn affix_hit(d: &[u8], c: &[u8], s: i64, e: i64, end_: bool) -> bool {
    if s > d.len() as i64 || s > e {
        return false;
    }
    let hay = &d[s as usize..e as usize];
    if end_ {
        hay.ends_with(c)
    } else {
        hay.starts_with(c)
    }
}

fn startswith(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, a, kw, "startswith", false)
}

fn endswith(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, a, kw, "endswith", true)
}

// ------------------------------------------------------------------ split and join

fn pieces(vm: &mut Vm, like: Value, parts: Vec<Vec<u8>>) -> Value {
    let items = parts.into_iter().map(|p| new_like(vm, like, p)).collect();
    vm.new_list(items)
}

fn split_args(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    let args = recv(vm, a, name)?;
    let [sep, maxsplit] = unpack_kw(vm, args, kw, name, ["sep", "maxsplit"])?;
    let sep = match sep {
        None => None,
        Some(v) if v.is(Value::None) => None,
        Some(v) => {
            let b = buffer(vm, v)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(b)
        }
    };
    let maxsplit = match maxsplit {
        Some(v) => vm.ssize_arg(v)?,
        None => -1,
    };
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

fn split_whitespace(d: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = max;
    if rev {
        let mut end = d.len();
        loop {
            while end > 0 && is_space(d[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if left == 0 {
                out.push(d[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !is_space(d[start - 1]) {
                start -= 1;
            }
            out.push(d[start..end].to_vec());
            left -= 1;
            end = start;
        }
        out.reverse();
    } else {
        let mut i = 0;
        loop {
            while i < d.len() && is_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if left == 0 {
                out.push(d[i..].to_vec());
                break;
            }
            let start = i;
            while i < d.len() && !is_space(d[i]) {
                i += 1;
            }
            out.push(d[start..i].to_vec());
            left -= 1;
        }
    }
    out
}

fn split_sep(d: &[u8], sep: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = max;
    if rev {
        let mut end = d.len();
        while left > 0 {
            match find(&d[..end], sep, true) {
                Some(p) => {
                    out.push(d[p + sep.len()..end].to_vec());
                    end = p;
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(d[..end].to_vec());
        out.reverse();
    } else {
        let mut start = 0;
        while left > 0 {
            match find(&d[start..], sep, false) {
                Some(p) => {
                    out.push(d[start..start + p].to_vec());
                    start += p + sep.len();
                    left -= 1;
                }
                None => break,
            }
        }
        out.push(d[start..].to_vec());
    }
    out
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    let (sep, max) = split_args(vm, a, kw, name)?;
    let d = data(vm, a[0]);
    let parts = match sep {
        None => split_whitespace(d, max, rev),
        Some(s) => split_sep(d, &s, max, rev),
    };
    Ok(pieces(vm, a[0], parts))
}

fn split(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, a, kw, "split", false)
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, a, kw, "rsplit", true)
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "splitlines")?;
    let [keep] = unpack_kw(vm, args, kw, "splitlines", ["keepends"])?;
    let keep = match keep {
        Some(v) => vm.c_int_arg(v)? != 0,
        None => false,
    };
    let d = data(vm, a[0]);
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < d.len() {
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(d[j..eol].to_vec());
        j = i;
    }
    Ok(pieces(vm, a[0], out))
}

fn partition_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 1, 1)?;
    let sep = buffer(vm, args[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let d = data(vm, a[0]).to_vec();
    let found = find(&d, &sep, rev);
    let parts = match found {
        Some(p) => [d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), d],
        None => [d, Vec::new(), Vec::new()],
    };
    let mut items: Vec<Value> = parts.into_iter().map(|p| new_like(vm, a[0], p)).collect();
    // A bytes receiver gives back the separator object it was passed.
    if found.is_some() && !super::bytes::is_bytearray(vm, a[0]) {
        let old = std::mem::replace(&mut items[1], vm.incref(args[0]));
        vm.heap.decref(old);
    }
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, kw, "partition", false)
}

fn rpartition(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, kw, "rpartition", true)
}

fn join(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "join")?;
    check_positional(vm, args, kw, "join", 1, 1)?;
    if !vm.has_iter(args[0]) {
        return Err(vm.type_error("can only join an iterable".into()));
    }
    let items = vm.iterate(args[0])?;
    let mut out = Vec::new();
    let sep = data(vm, a[0]).to_vec();
    for (i, &it) in items.iter().enumerate() {
        let Some(b) = super::buffer::bytes_like(vm, it) else {
            let t = vm.type_name(it);
            vm.heap.decref_all(items);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    vm.heap.decref_all(items);
    Ok(new_like(vm, a[0], out))
}

// ------------------------------------------------------------------ strip, replace, affixes

fn strip_impl(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    l: bool,
    r: bool,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 0, 1)?;
    let chars = match args.first() {
        None => None,
        Some(v) if v.is(Value::None) => None,
        Some(&v) => Some(buffer(vm, v)?),
    };
    let strip = |c: &u8| match &chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    };
    let d = data(vm, a[0]);
    let mut s = 0;
    let mut e = d.len();
    if l {
        while s < e && strip(&d[s]) {
            s += 1;
        }
    }
    if r {
        while e > s && strip(&d[e - 1]) {
            e -= 1;
        }
    }
    let out = d[s..e].to_vec();
    Ok(new_like(vm, a[0], out))
}

fn strip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "rstrip", false, true)
}

fn replace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "replace")?;
    check_positional(vm, args, kw, "replace", 2, 3)?;
    let old = buffer(vm, args[0])?;
    let new = buffer(vm, args[1])?;
    let mut left = match args.get(2) {
        Some(&v) => vm.ssize_arg(v)?,
        None => -1,
    };
    if left < 0 {
        left = i64::MAX;
    }
    let d = data(vm, a[0]);
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // An empty pattern matches between every two bytes and at both ends.
        for (i, &c) in d.iter().enumerate() {
            if (i as i64) < left {
                out.extend_from_slice(&new);
            }
            out.push(c);
        }
        if (d.len() as i64) < left {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while left > 0 {
            match find(&d[i..], &old, false) {
                Some(p) => {
                    out.extend_from_slice(&d[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                    left -= 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&d[i..]);
    }
    Ok(new_like(vm, a[0], out))
}

fn affix_remove(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, suffix: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 1, 1)?;
    let x = buffer(vm, args[0])?;
    let d = data(vm, a[0]);
    let out = if suffix && !x.is_empty() && d.ends_with(&x) {
        d[..d.len() - x.len()].to_vec()
    } else if !suffix && d.starts_with(&x) {
        d[x.len()..].to_vec()
    } else {
        d.to_vec()
    };
    Ok(new_like(vm, a[0], out))
}

fn removeprefix(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_remove(vm, a, kw, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_remove(vm, a, kw, "removesuffix", true)
}

// ------------------------------------------------------------------ ASCII case and predicates

fn mapped(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    no_args(vm, args, kw, name)?;
    let out = f(data(vm, a[0]));
    Ok(new_like(vm, a[0], out))
}

fn upper(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    mapped(vm, a, kw, "upper", |d| d.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    mapped(vm, a, kw, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    mapped(vm, a, kw, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    mapped(vm, a, kw, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    mapped(vm, a, kw, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    no_args(vm, args, kw, name)?;
    Ok(Value::Bool(f(data(vm, a[0]))))
}

fn all_of(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn isalpha(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isalpha", |d| all_of(d, u8::is_ascii_alphabetic))
}

fn isdigit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isdigit", |d| all_of(d, u8::is_ascii_digit))
}

fn isalnum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isalnum", |d| {
        all_of(d, u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isspace", |d| all_of(d, |c| is_space(*c)))
}

fn isascii(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isascii", |d| d.is_ascii())
}

fn isupper(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn istitle(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ------------------------------------------------------------------ padding and tabs

fn fill_arg(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match vm.bytes_of(v) {
        Some([c]) => Ok(*c),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {t}"
            )))
        }
    }
}

fn pad_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 1, 2)?;
    let width = vm.ssize_arg(args[0])?;
    let fill = fill_arg(vm, args.get(1).copied(), name)?;
    let d = data(vm, a[0]);
    let len = d.len() as i64;
    if width <= len {
        let out = d.to_vec();
        return Ok(new_like(vm, a[0], out));
    }
    let total = (width - len) as usize;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // CPython's rounding: an odd margin puts the extra byte left only for an odd width.
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    super::string::check_size(vm, width as u128)?;
    let d = data(vm, a[0]);
    let mut out = Vec::with_capacity(width as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_like(vm, a[0], out))
}

fn center(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "center")
}

fn ljust(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "ljust")
}

fn rjust(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "rjust")
}

fn zfill(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "zfill")?;
    check_positional(vm, args, kw, "zfill", 1, 1)?;
    let width = vm.ssize_arg(args[0])?;
    let d = data(vm, a[0]).to_vec();
    if width <= d.len() as i64 {
        return Ok(new_like(vm, a[0], d));
    }
    super::string::check_size(vm, width as u128)?;
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let signed = matches!(d.first(), Some(b'+' | b'-'));
    if signed {
        out.push(d[0]);
    }
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(&d[signed as usize..]);
    Ok(new_like(vm, a[0], out))
}

fn expandtabs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "expandtabs")?;
    let [size] = unpack_kw(vm, args, kw, "expandtabs", ["tabsize"])?;
    let size = match size {
        Some(v) => vm.c_int_arg(v)? as i64,
        None => 8,
    };
    let d = data(vm, a[0]);
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0i64;
    for &c in d {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(vm, a[0], out))
}

// ------------------------------------------------------------------ translate

fn translate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "translate")?;
    let (table, delete) = match (args, kw) {
        ([t], []) => (*t, None),
        ([t, d], []) => (*t, Some(*d)),
        ([t], [(k, d)]) if vm.str_of(*k) == Some("delete") => (*t, Some(*d)),
        _ => {
            return Err(vm.type_error(format!(
                "translate() takes at most 2 arguments ({} given)",
                args.len() + kw.len()
            )))
        }
    };
    let table = if table.is(Value::None) {
        None
    } else {
        let t = buffer(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long".into()));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => buffer(vm, d)?,
        None => Vec::new(),
    };
    let d = data(vm, a[0]);
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_like(vm, a[0], out))
}

/// `bytes.maketrans(frm, to)` (static).
fn maketrans(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional(vm, a, kw, "maketrans", 2, 2)?;
    let (frm, to) = (buffer(vm, a[0])?, buffer(vm, a[1])?);
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length".into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

/// Installs the methods on `bytes` and `bytearray` (with the static `maketrans` and the
/// classmethod `fromhex` on both).
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex_method),
        ("find", find_m),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("translate", translate),
    ];
    let t = vm.types;
    for class in [t.bytes, t.bytearray] {
        vm.add_methods(class, methods);
        let f = vm.new_native("maketrans", maketrans, Value::None);
        let sm = vm.heap.alloc(Kind::StaticMethod(f));
        let key = vm.intern("maketrans");
        vm.class_dict_set(class, key, sm);
        let f = vm.new_native("fromhex", fromhex, Value::Obj(class));
        let cm = vm.heap.alloc(Kind::ClassMethod(f));
        let key = vm.intern("fromhex");
        vm.class_dict_set(class, key, cm);
    }
    vm.add_methods(t.bytes, &[("__bytes__", dunder_bytes)]);
    super::bytearray::install(vm);
}

/// `bytes.__bytes__()` (new in 3.11, so `typing.SupportsBytes` matches bytes): the bytes
/// itself, or a plain copy of a subclass instance's.
fn dunder_bytes(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "__bytes__")?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "bytes.__bytes__() takes no arguments ({} given)",
            args.len()
        )));
    }
    if matches!(a[0].as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Bytes(_))) {
        return Ok(vm.incref(a[0]));
    }
    let b = data(vm, a[0]).to_vec();
    Ok(vm.new_bytes(b))
}
