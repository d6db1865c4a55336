//! `str` methods on characters: case mappings (upper, lower, casefold, swapcase, title,
//! capitalize) with CPython's full mappings and final-sigma rule, the `is…` predicates with
//! CPython 3.11's Unicode tables, padding (center, ljust, rjust, zfill, expandtabs) and
//! translate/maketrans.

use std::cmp::Ordering;

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

use super::string::{
    char_len, check_positional, check_size, is_space, need_str_arg, no_args, no_kw, one_arg, recv,
    text, unpack_kw,
};
use super::string_tables as tables;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

pub(crate) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

pub(crate) fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DECIMAL, c)
    }
}

/// The value of a decimal digit (any script), as CPython's `Py_UNICODE_TODECIMAL`.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    let i = tables::DECIMAL
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .ok()?;
    Some((cp - tables::DECIMAL[i].0) % 10)
}

pub(crate) fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DIGIT, c)
    }
}

pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::NUMERIC, c)
    }
}

pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(tables::PRINTABLE, c)
    }
}

/// Category Lt (the titlecase digraphs and Greek capitals with prosgegrammeni).
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLECASE, c)
}

/// Unicode's Lowercase property, as of CPython 3.11.
fn is_lower(c: char) -> bool {
    c.is_lowercase() != (!c.is_ascii() && in_table(tables::LOWER_FLIP, c))
}

/// Unicode's Uppercase property, as of CPython 3.11.
fn is_upper(c: char) -> bool {
    c.is_uppercase() != (!c.is_ascii() && in_table(tables::UPPER_FLIP, c))
}

fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// Letters CPython 3.11 has no case mapping for (newer than its Unicode tables).
fn unmapped(c: char) -> bool {
    (c as u32) >= 0x19b && in_table(tables::NO_CASE_MAP, c)
}

fn push_upper(out: &mut String, c: char) {
    if unmapped(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn xid_start(c: char) -> bool {
    unicode_ident::is_xid_start(c) != (!c.is_ascii() && in_table(tables::XID_START_FLIP, c))
}

fn xid_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c) != (!c.is_ascii() && in_table(tables::XID_CONTINUE_FLIP, c))
}

/// Unicode's Case_Ignorable, read off the standard library's final-sigma rule (which skips
/// exactly the case-ignorable characters): only needed next to a capital sigma.
fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    let sigma_before = |tail: char| {
        let mut s = String::from("A\u{3a3}");
        s.push(c);
        s.push(tail);
        s.to_lowercase().chars().nth(1)
    };
    // "AΣcB": σ unless c is neither ignorable nor cased; "AΣc1": ς unless c is cased and not
    // ignorable.
    let probed = sigma_before('B') == Some('\u{3c3}') && sigma_before('1') == Some('\u{3c2}');
    probed != in_table(tables::CASE_IGNORABLE_FLIP, c)
}

/// CPython's `handle_capital_sigma`: the lowercase of the Σ at `i`.
fn lower_sigma(cs: &[char], i: usize) -> char {
    let before = cs[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let after = cs[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// The full lowercase of `cs[i]` in its context (CPython's `lower_ucs4`).
fn push_lower(out: &mut String, cs: &[char], i: usize) {
    if cs[i] == '\u{3a3}' {
        out.push(lower_sigma(cs, i));
    } else if unmapped(cs[i]) {
        out.push(cs[i]);
    } else {
        out.extend(cs[i].to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match lookup_map(tables::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

fn case_method(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    no_args(vm, args, kw, name)?;
    let r = f(text(vm, a[0]));
    Ok(vm.new_str(r))
}

fn do_upper(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(t.len());
    t.chars().for_each(|c| push_upper(&mut out, c));
    out
}

fn do_lower(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    (0..cs.len()).for_each(|i| push_lower(&mut out, &cs, i));
    out
}

fn do_casefold(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match lookup_map(tables::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None if unmapped(c) => out.push(c),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn do_swapcase(t: &str) -> String {
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in cs.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &cs, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn do_title(t: &str) -> String {
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &cs, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn do_capitalize(t: &str) -> String {
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    if let Some(&first) = cs.first() {
        push_title(&mut out, first);
    }
    for i in 1..cs.len() {
        push_lower(&mut out, &cs, i);
    }
    out
}

pub fn upper(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "upper", do_upper)
}

pub fn lower(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "lower", do_lower)
}

pub fn casefold(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "casefold", do_casefold)
}

pub fn swapcase(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "swapcase", do_swapcase)
}

pub fn title(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "title", do_title)
}

pub fn capitalize(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    case_method(vm, a, kw, "capitalize", do_capitalize)
}

// ------------------------------------------------------------------ predicates

fn predicate(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    no_args(vm, args, kw, name)?;
    Ok(Value::Bool(f(text(vm, a[0]))))
}

/// Non-empty and every character satisfies `f`.
fn all_chars(t: &str, f: fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

fn do_isupper(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

fn do_islower(t: &str) -> bool {
    let mut cased = false;
    for c in t.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

fn do_istitle(t: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in t.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
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
}

pub(crate) fn do_isidentifier(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if c == '_' || xid_start(c) => cs.all(xid_continue),
        _ => false,
    }
}

pub fn isdigit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isdigit", |t| all_chars(t, is_digit))
}

pub fn isdecimal(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isdecimal", |t| all_chars(t, is_decimal))
}

pub fn isnumeric(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isnumeric", |t| all_chars(t, is_numeric))
}

pub fn isalpha(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isalpha", |t| all_chars(t, is_alpha))
}

pub fn isalnum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isalnum", |t| {
        all_chars(t, |c| {
            is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
        })
    })
}

pub fn isspace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isspace", |t| all_chars(t, is_space))
}

pub fn isupper(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isupper", do_isupper)
}

pub fn islower(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "islower", do_islower)
}

pub fn istitle(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "istitle", do_istitle)
}

pub fn isidentifier(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isidentifier", do_isidentifier)
}

pub fn isprintable(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isprintable", |t| t.chars().all(is_printable))
}

pub fn isascii(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    predicate(vm, a, kw, "isascii", str::is_ascii)
}

// ------------------------------------------------------------------ padding

#[derive(Clone, Copy)]
enum Justify {
    Center,
    Left,
    Right,
}

fn pad_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, how: Justify) -> PyResult<Value> {
    let args = recv(vm, a, name)?;
    check_positional(vm, args, kw, name, 1, 2)?;
    let width = vm.ssize_arg(args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(v) => {
            let Some(s) = vm.str_of(*v) else {
                let t = vm.type_name(*v);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {t}"
                )));
            };
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(vm.type_error(
                        "The fill character must be exactly one character long".into(),
                    ))
                }
            }
        }
    };
    let n = char_len(vm, a[0]) as i64;
    if width <= n {
        return Ok(vm.incref(a[0]));
    }
    let marg = width - n;
    let size = text(vm, a[0]).len() as u128 + marg as u128 * fill.len_utf8() as u128;
    check_size(vm, size)?;
    let left = match how {
        Justify::Center => marg / 2 + (marg & width & 1),
        Justify::Left => 0,
        Justify::Right => marg,
    };
    let t = text(vm, a[0]);
    let cap = t.len() + marg as usize * fill.len_utf8();
    let mut out = vm.string_with_capacity(cap)?;
    let t = text(vm, a[0]);
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, (marg - left) as usize));
    Ok(vm.new_str(out))
}

pub fn center(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "center", Justify::Center)
}

pub fn ljust(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "ljust", Justify::Left)
}

pub fn rjust(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "rjust", Justify::Right)
}

pub fn zfill(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "zfill")?;
    let w = one_arg(vm, args, kw, "zfill")?;
    let width = vm.ssize_arg(w)?;
    let n = char_len(vm, a[0]) as i64;
    if n >= width {
        return Ok(vm.incref(a[0]));
    }
    let fill = (width - n) as usize;
    let size = text(vm, a[0]).len() as u128 + fill as u128;
    check_size(vm, size)?;
    let t = text(vm, a[0]);
    let cap = t.len() + fill;
    let mut out = vm.string_with_capacity(cap)?;
    let t = text(vm, a[0]);
    let body = match t.chars().next() {
        Some(sign @ ('+' | '-')) => {
            out.push(sign);
            &t[1..]
        }
        _ => t,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(vm.new_str(out))
}

pub fn expandtabs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "expandtabs")?;
    let [tabsize] = unpack_kw(vm, args, kw, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        Some(v) => vm.c_int_arg(v)? as i64,
        None => 8,
    };
    let t = text(vm, a[0]);
    if !t.contains('\t') {
        return Ok(vm.incref(a[0]));
    }
    if tabsize > 0 {
        let size = t.len() as u128 + t.matches('\t').count() as u128 * tabsize as u128;
        check_size(vm, size)?;
    }
    let out = expand_tabs(text(vm, a[0]), tabsize);
    Ok(vm.new_str(out))
}

/// `str.expandtabs(tabsize)`: each tab becomes the spaces to the next multiple of `tabsize`
/// (none when it is 0 or less); a newline or carriage return restarts the column.
pub fn expand_tabs(t: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(t.len());
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                    col += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

// ------------------------------------------------------------------ translate / maketrans

pub fn translate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "translate")?;
    let table = one_arg(vm, args, kw, "translate")?;
    let chars: Vec<char> = text(vm, a[0]).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for c in chars {
        let v = match vm.getitem(table, Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) => {
                if vm.isinstance(e.0, vm.types.lookup_error) {
                    vm.decref(e.0);
                    out.push(c);
                    continue;
                }
                return Err(e);
            }
        };
        let code = match v {
            Value::None => None,
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(k) => match vm.heap.kind(k) {
                Kind::Str(s) => {
                    out.push_str(&s.s);
                    None
                }
                Kind::BigInt(_) => Some(-1),
                _ => {
                    vm.decref(v);
                    return Err(
                        vm.type_error("character mapping must return integer, None or str".into())
                    );
                }
            },
            _ => {
                return Err(
                    vm.type_error("character mapping must return integer, None or str".into())
                )
            }
        };
        vm.decref(v);
        if let Some(i) = code {
            if !(0..0x110000).contains(&i) {
                return Err(vm.value_error("character mapping must be in range(0x110000)".into()));
            }
            out.push(char::from_u32(i as u32).unwrap_or('\u{fffd}'));
        }
    }
    Ok(vm.new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method: no receiver).
pub fn maketrans(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw(vm, kw, "maketrans")?;
    check_positional(vm, a, kw, "maketrans", 1, 3)?;
    if let Some(y) = a.get(1) {
        need_str_arg(vm, *y, "maketrans", "argument 2")?;
    }
    if let Some(z) = a.get(2) {
        need_str_arg(vm, *z, "maketrans", "argument 3")?;
    }
    let d = vm.new_dict();
    let dk = d.as_obj().expect("dict");
    let r = if a.len() == 1 {
        maketrans_dict(vm, dk, a[0])
    } else {
        maketrans_strs(vm, dk, a)
    };
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

fn maketrans_dict(vm: &mut Vm, dk: crate::heap::ObjKey, src: Value) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = match src {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let is_dict = matches!(src, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Dict(_)));
    if !is_dict {
        return Err(
            vm.type_error("if you give only one argument to maketrans it must be a dict".into())
        );
    }
    // No Python code runs below (int keys), so the borrowed entries stay valid.
    for (k, v) in entries {
        let key = match k {
            Value::Int(_) | Value::Bool(_) => k,
            Value::Obj(o) => match vm.heap.kind(o) {
                Kind::BigInt(_) => k,
                Kind::Str(s) if s.chars == 1 => {
                    Value::Int(s.s.chars().next().unwrap_or('\0') as i64)
                }
                Kind::Str(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1".into())
                    )
                }
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers".into())
                    )
                }
            },
            _ => {
                return Err(
                    vm.type_error("keys in translate table must be strings or integers".into())
                )
            }
        };
        vm.heap.incref(v);
        vm.dict_set(dk, key, v)?;
    }
    Ok(())
}

fn maketrans_strs(vm: &mut Vm, dk: crate::heap::ObjKey, a: &[Value]) -> PyResult<()> {
    if vm.str_of(a[0]).is_none() {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument".into(),
        ));
    }
    let x: Vec<char> = text(vm, a[0]).chars().collect();
    let y: Vec<char> = text(vm, a[1]).chars().collect();
    if x.len() != y.len() {
        return Err(
            vm.value_error("the first two maketrans arguments must have equal length".into())
        );
    }
    for (cx, cy) in x.into_iter().zip(y) {
        vm.dict_set(dk, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z: Vec<char> = text(vm, *z).chars().collect();
        for c in z {
            vm.dict_set(dk, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(())
}
