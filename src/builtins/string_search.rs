//! `str` methods that search or cut: find/rfind/index/rindex/count, startswith/endswith,
//! replace, split/rsplit/splitlines, partition/rpartition, join, strip/lstrip/rstrip,
//! removeprefix/removesuffix. Positions are code point indices, as in CPython.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

use super::string::{
    adjust, byte_pos, char_index, check_positional, is_linebreak, is_space, need_str, need_str_arg,
    one_arg, parse_tuple, pystr, recv, text, unpack_kw,
};

/// The interned empty string (owned), as CPython's shared `''`.
pub(crate) fn empty_str(vm: &mut Vm) -> Value {
    let v = vm.intern("");
    vm.incref(v)
}

/// A new string for `this[b..e]` (byte range), or `this` itself when that is all of it.
fn piece(vm: &mut Vm, this: Value, b: usize, e: usize) -> Value {
    let t = text(vm, this);
    if b == 0 && e == t.len() {
        return vm.incref(this);
    }
    if b == e {
        return empty_str(vm);
    }
    let s: Box<str> = t[b..e].into();
    vm.new_str(s)
}

/// A list of pieces of `this` (byte ranges).
fn pieces_list(vm: &mut Vm, this: Value, ranges: &[(usize, usize)]) -> Value {
    let items = ranges.iter().map(|&(b, e)| piece(vm, this, b, e)).collect();
    vm.new_list(items)
}

// ------------------------------------------------------------------ find and friends

/// The arguments of find/index/count/startswith/endswith: `sub[, start[, end]]`.
fn finds_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
) -> PyResult<(Value, Option<i64>, Option<i64>)> {
    parse_tuple(vm, args, kw, name, 1, 3)?;
    let start = vm.slice_index(args.get(1).copied())?;
    let end = vm.slice_index(args.get(2).copied())?;
    Ok((args[0], start, end))
}

/// Where `sub` first (or last) occurs in `this[start:end]`, as a code point index.
fn find_at(
    vm: &Vm,
    this: Value,
    sub: Value,
    start: Option<i64>,
    end: Option<i64>,
    rev: bool,
) -> Option<usize> {
    let (p, sp) = (pystr(vm, this)?, pystr(vm, sub)?);
    let (start, end) = adjust(start, end, p.chars);
    if end - start < sp.chars as i64 {
        return None;
    }
    let t: &str = &p.s;
    let hay = &t[byte_pos(p, start as usize)..byte_pos(p, end as usize)];
    let r = if rev {
        hay.rfind(&*sp.s)
    } else {
        hay.find(&*sp.s)
    }?;
    Some(start as usize + char_index(hay, r))
}

fn find_impl(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let args = recv(vm, a, name)?;
    let (sub, start, end) = finds_args(vm, args, kw, name)?;
    need_str(vm, sub)?;
    Ok(find_at(vm, a[0], sub, start, end, rev))
}

pub fn find(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let r = find_impl(vm, a, kw, "find", false)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

pub fn rfind(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let r = find_impl(vm, a, kw, "rfind", true)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

pub fn index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, a, kw, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found".into())),
    }
}

pub fn rindex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, a, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found".into())),
    }
}

pub fn count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "count")?;
    let (sub, start, end) = finds_args(vm, args, kw, "count")?;
    need_str(vm, sub)?;
    let (Some(p), Some(sp)) = (pystr(vm, a[0]), pystr(vm, sub)) else {
        return Ok(Value::Int(0));
    };
    let (start, end) = adjust(start, end, p.chars);
    if end - start < sp.chars as i64 {
        return Ok(Value::Int(0));
    }
    if sp.chars == 0 {
        return Ok(Value::Int(end - start + 1));
    }
    let t: &str = &p.s;
    let hay = &t[byte_pos(p, start as usize)..byte_pos(p, end as usize)];
    Ok(Value::Int(hay.matches(&*sp.s).count() as i64))
}

/// CPython's `tailmatch`: whether `sub` is at the start (or end) of `this[start:end]`.
fn tailmatch(
    vm: &Vm,
    this: Value,
    sub: Value,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (Some(p), Some(sp)) = (pystr(vm, this), pystr(vm, sub)) else {
        return false;
    };
    let (start, end) = adjust(start, end, p.chars);
    let end = end - sp.chars as i64;
    if end < start {
        return false;
    }
    if sp.chars == 0 {
        return true;
    }
    let t: &str = &p.s;
    let pos = if at_end { end } else { start };
    t[byte_pos(p, pos as usize)..].starts_with(&*sp.s)
}

fn starts_ends(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, at_end: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    let (sub, start, end) = finds_args(vm, args, kw, name)?;
    if let Value::Obj(k) = sub {
        if matches!(vm.heap.kind(k), Kind::Tuple(_)) {
            for item in vm.seq_items(sub) {
                if vm.str_of(item).is_none() {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {t}"))
                    );
                }
                if tailmatch(vm, a[0], item, start, end, at_end) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    if vm.str_of(sub).is_none() {
        let t = vm.type_name(sub);
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {t}"
        )));
    }
    Ok(Value::Bool(tailmatch(vm, a[0], sub, start, end, at_end)))
}

pub fn startswith(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    starts_ends(vm, a, kw, "startswith", false)
}

pub fn endswith(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    starts_ends(vm, a, kw, "endswith", true)
}

// ------------------------------------------------------------------ replace

pub fn replace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "replace")?;
    check_positional(vm, args, kw, "replace", 2, 3)?;
    need_str_arg(vm, args[0], "replace", "argument 1")?;
    need_str_arg(vm, args[1], "replace", "argument 2")?;
    let count = match args.get(2) {
        Some(v) => vm.ssize_arg(*v)?,
        None => -1,
    };
    let r = {
        let (t, old, new) = (text(vm, a[0]), text(vm, args[0]), text(vm, args[1]));
        if count == 0 || args[0].is(args[1]) || !t.contains(old) {
            None
        } else if count < 0 {
            Some(t.replace(old, new))
        } else {
            Some(t.replacen(old, new, count as usize))
        }
    };
    Ok(match r {
        Some(s) => vm.new_str(s),
        None => vm.incref(a[0]),
    })
}

// ------------------------------------------------------------------ split

fn char_at(t: &str, i: usize) -> char {
    t[i..].chars().next().unwrap_or('\0')
}

fn char_before(t: &str, i: usize) -> char {
    t[..i].chars().next_back().unwrap_or('\0')
}

/// `split()` / `rsplit()` without a separator: runs of non-whitespace (byte ranges).
fn split_ws(t: &str, mut max: usize, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let len = t.len();
    if !rev {
        let mut i = 0;
        while max > 0 {
            while i < len && is_space(char_at(t, i)) {
                i += char_at(t, i).len_utf8();
            }
            if i == len {
                break;
            }
            let j = i;
            while i < len && !is_space(char_at(t, i)) {
                i += char_at(t, i).len_utf8();
            }
            out.push((j, i));
            max -= 1;
        }
        while i < len && is_space(char_at(t, i)) {
            i += char_at(t, i).len_utf8();
        }
        if i < len {
            out.push((i, len));
        }
    } else {
        let mut i = len;
        while max > 0 {
            while i > 0 && is_space(char_before(t, i)) {
                i -= char_before(t, i).len_utf8();
            }
            if i == 0 {
                break;
            }
            let j = i;
            while i > 0 && !is_space(char_before(t, i)) {
                i -= char_before(t, i).len_utf8();
            }
            out.push((i, j));
            max -= 1;
        }
        while i > 0 && is_space(char_before(t, i)) {
            i -= char_before(t, i).len_utf8();
        }
        if i > 0 {
            out.push((0, i));
        }
        out.reverse();
    }
    out
}

/// `split(sep)` / `rsplit(sep)` with a non-empty separator (byte ranges).
fn split_sep(t: &str, sep: &str, mut max: usize, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !rev {
        let mut pos = 0;
        while max > 0 {
            match t[pos..].find(sep) {
                Some(f) => {
                    out.push((pos, pos + f));
                    pos += f + sep.len();
                    max -= 1;
                }
                None => break,
            }
        }
        out.push((pos, t.len()));
    } else {
        let mut end = t.len();
        while max > 0 {
            match t[..end].rfind(sep) {
                Some(f) => {
                    out.push((f + sep.len(), end));
                    end = f;
                    max -= 1;
                }
                None => break,
            }
        }
        out.push((0, end));
        out.reverse();
    }
    out
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    let [sep, maxsplit] = unpack_kw(vm, args, kw, name, ["sep", "maxsplit"])?;
    let sep = sep.filter(|v| !v.is(Value::None));
    if let Some(s) = sep {
        if vm.str_of(s).is_none() {
            let t = vm.type_name(s);
            return Err(vm.type_error(format!("must be str or None, not {t}")));
        }
    }
    let maxsplit = match maxsplit {
        Some(v) => vm.ssize_arg(v)?,
        None => -1,
    };
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let ranges = {
        let t = text(vm, a[0]);
        match sep {
            None => Some(split_ws(t, max, rev)),
            Some(s) => {
                let s = text(vm, s);
                (!s.is_empty()).then(|| split_sep(t, s, max, rev))
            }
        }
    };
    match ranges {
        Some(r) => Ok(pieces_list(vm, a[0], &r)),
        None => Err(vm.value_error("empty separator".into())),
    }
}

pub fn split(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, a, kw, "split", false)
}

pub fn rsplit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, a, kw, "rsplit", true)
}

pub fn splitlines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "splitlines")?;
    let [keep] = unpack_kw(vm, args, kw, "splitlines", ["keepends"])?;
    let keep = match keep {
        Some(v) => (vm.c_int_arg(v)? as i64) != 0,
        None => false,
    };
    let ranges = {
        let t = text(vm, a[0]);
        let len = t.len();
        let mut out = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < len {
            while i < len && !is_linebreak(char_at(t, i)) {
                i += char_at(t, i).len_utf8();
            }
            let mut eol = i;
            if i < len {
                let c = char_at(t, i);
                if c == '\r' && t[i + 1..].starts_with('\n') {
                    i += 2;
                } else {
                    i += c.len_utf8();
                }
                if keep {
                    eol = i;
                }
            }
            out.push((j, eol));
            j = i;
        }
        out
    };
    Ok(pieces_list(vm, a[0], &ranges))
}

// ------------------------------------------------------------------ partition

fn partition_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    let sep = one_arg(vm, args, kw, name)?;
    need_str(vm, sep)?;
    let found = {
        let (t, s) = (text(vm, a[0]), text(vm, sep));
        if s.is_empty() {
            None
        } else {
            Some(if rev { t.rfind(s) } else { t.find(s) }.map(|f| (f, f + s.len())))
        }
    };
    let Some(found) = found else {
        return Err(vm.value_error("empty separator".into()));
    };
    let items = match found {
        Some((b, e)) => {
            let len = text(vm, a[0]).len();
            let head = piece(vm, a[0], 0, b);
            let s = vm.incref(sep);
            let tail = piece(vm, a[0], e, len);
            vec![head, s, tail]
        }
        None => {
            let this = vm.incref(a[0]);
            let (e1, e2) = (empty_str(vm), empty_str(vm));
            if rev {
                vec![e1, e2, this]
            } else {
                vec![this, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

pub fn partition(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, kw, "partition", false)
}

pub fn rpartition(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, kw, "rpartition", true)
}

// ------------------------------------------------------------------ join

/// All items of the argument of `join` (owned), with CPython's "can only join an iterable".
fn join_items(vm: &mut Vm, src: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(k) = src {
        if matches!(vm.heap.kind(k), Kind::List(_) | Kind::Tuple(_)) {
            return vm.iterate(src);
        }
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) => {
            if vm.isinstance(e.0, vm.types.type_error) {
                vm.decref(e.0);
                return Err(vm.type_error("can only join an iterable".into()));
            }
            return Err(e);
        }
    };
    // Collected fallibly, with Ctrl-C honoured (the iterator is its own iterable).
    let out = vm.iterate(it);
    vm.decref(it);
    out
}

pub fn join(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "join")?;
    let src = one_arg(vm, args, kw, "join")?;
    let items = join_items(vm, src)?;
    // One exact str is the answer itself; a str subclass item still makes a new str.
    let exact =
        |vm: &Vm, v: Value| matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Str(_)));
    if items.len() == 1 && exact(vm, items[0]) {
        return Ok(items[0]);
    }
    if let Some(i) = items.iter().position(|v| vm.str_of(*v).is_none()) {
        let t = vm.type_name(items[i]);
        vm.heap.decref_all(items);
        return Err(vm.type_error(format!(
            "sequence item {i}: expected str instance, {t} found"
        )));
    }
    let total = items.iter().map(|v| text(vm, *v).len()).sum::<usize>()
        + text(vm, a[0]).len() * items.len().saturating_sub(1);
    let out = join_into(vm, a[0], &items, total);
    vm.heap.decref_all(items);
    Ok(vm.new_str(out?))
}

/// The joined text of `items` (all str) with `sep` between them, `total` bytes long; Ctrl-C
/// stops a long join.
fn join_into(vm: &mut Vm, sep: Value, items: &[Value], total: usize) -> PyResult<String> {
    let mut out = vm.string_with_capacity(total)?;
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(text(vm, sep));
        }
        out.push_str(text(vm, *v));
        if i.is_multiple_of(crate::vm::interrupts::CHECK_EVERY) {
            vm.check_signals()?;
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ strip

fn strip_impl(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 0, 1)?;
    let chars = args.first().copied().filter(|v| !v.is(Value::None));
    if let Some(c) = chars {
        if vm.str_of(c).is_none() {
            return Err(vm.type_error(format!("{name} arg must be None or str")));
        }
    }
    let (b, e) = {
        let t = text(vm, a[0]);
        let set = chars.map(|c| text(vm, c));
        let strip = |c: char| match set {
            Some(s) => s.contains(c),
            None => is_space(c),
        };
        let b = if left {
            t.len() - t.trim_start_matches(strip).len()
        } else {
            0
        };
        let e = if right {
            b + t[b..].trim_end_matches(strip).len()
        } else {
            t.len()
        };
        (b, e)
    };
    Ok(piece(vm, a[0], b, e))
}

pub fn strip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, a, kw, "rstrip", false, true)
}

fn remove_affix(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, suffix: bool) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    let p = one_arg(vm, args, kw, name)?;
    if vm.str_of(p).is_none() {
        let t = vm.type_name(p);
        return Err(vm.type_error(format!("{name}() argument must be str, not {t}")));
    }
    let (t, x) = (text(vm, a[0]), text(vm, p));
    let (b, e) = if x.is_empty() {
        (0, t.len())
    } else if suffix && t.ends_with(x) {
        (0, t.len() - x.len())
    } else if !suffix && t.starts_with(x) {
        (x.len(), t.len())
    } else {
        (0, t.len())
    };
    Ok(piece(vm, a[0], b, e))
}

pub fn removeprefix(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_affix(vm, a, kw, "removeprefix", false)
}

pub fn removesuffix(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_affix(vm, a, kw, "removesuffix", true)
}
