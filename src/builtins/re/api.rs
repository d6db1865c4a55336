//! The `_sre` module: what `re` (py/re.py) builds on. `compile` turns a pattern into a
//! `re.Pattern` (its program kept as the instance's Rust data); the pattern's methods
//! (`match`, `search`, `findall`, `finditer`, `split`, `sub`, …) run the matcher and make
//! `re.Match` objects, with CPython's argument handling, empty-match rules and messages.
//! Replacement templates are parsed in Python (`re._compile_template`, cached there), as
//! CPython 3.11 does, so their errors are `re.error`s raised the same way.

use std::cell::Cell;
use std::rc::Rc;

use super::compile::{compile as compile_program, CompileError, Program};
use super::exec::{Interrupted, Matcher, Unit, NONE};
use super::flags::*;
use super::parse::{parse, ParseError};
use crate::builtins::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::int_args::Index;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// A compiled pattern's Rust side.
pub struct Compiled {
    prog: Program,
    is_text: bool,
    /// Group names by number (None for unnamed), for `lastgroup`.
    names: Vec<Option<String>>,
}

/// A match's positions.
struct MatchData {
    marks: Vec<usize>,
    pos: usize,
    endpos: usize,
    lastindex: Option<usize>,
}

/// Where a scanner (`finditer`, `Pattern.scanner`) is in its text.
struct ScanState {
    /// The `pos` the scanner was made with, which its matches report.
    first_pos: usize,
    pos: Cell<usize>,
    endpos: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
    text: Text,
}

/// The text of a subject: bytes (of a bytes-like object or an ASCII str) read from the
/// heap object each time, or the code points of a non-ASCII str, decoded once.
#[derive(Clone)]
enum Text {
    Borrowed,
    Chars(Rc<[char]>),
}

#[derive(Clone, Copy)]
enum Units<'a> {
    Bytes(&'a [u8]),
    Chars(&'a [char]),
}

impl Units<'_> {
    fn len(&self) -> usize {
        match self {
            Units::Bytes(b) => b.len(),
            Units::Chars(c) => c.len(),
        }
    }
}

/// A match found: its capture marks (group 0 first) and the last group closed.
type Found = (Vec<usize>, Option<usize>);

/// What one search needs: where to start, where the text ends, and the mode.
#[derive(Clone, Copy)]
struct Search {
    pos: usize,
    endpos: usize,
    anchored: bool,
    full: bool,
    must_advance: bool,
}

const PATTERN: TypeSpec = TypeSpec {
    module: "re",
    name: "Pattern",
    state: &["_pattern", "_flags", "_groupindex"],
    methods: &[
        ("match", pattern_match),
        ("fullmatch", pattern_fullmatch),
        ("search", pattern_search),
        ("findall", pattern_findall),
        ("finditer", pattern_finditer),
        ("scanner", pattern_scanner),
        ("split", pattern_split),
        ("sub", pattern_sub),
        ("subn", pattern_subn),
        ("__repr__", pattern_repr),
        ("__eq__", pattern_eq),
        ("__ne__", pattern_ne),
        ("__hash__", pattern_hash),
        ("__copy__", same_object),
        ("__deepcopy__", same_object_memo),
    ],
    new: no_new,
    next: None,
    basetype: false,
    getters: &[
        ("pattern", pattern_pattern),
        ("flags", pattern_flags),
        ("groups", pattern_groups),
        ("groupindex", pattern_groupindex),
    ],
};

const MATCH: TypeSpec = TypeSpec {
    module: "re",
    name: "Match",
    state: &["_re", "_string"],
    methods: &[
        ("group", match_group),
        ("__getitem__", match_getitem),
        ("groups", match_groups),
        ("groupdict", match_groupdict),
        ("start", match_start),
        ("end", match_end),
        ("span", match_span),
        ("expand", match_expand),
        ("__repr__", match_repr),
        ("__copy__", same_object),
        ("__deepcopy__", same_object_memo),
    ],
    new: no_new,
    next: None,
    basetype: false,
    getters: &[
        ("re", match_re),
        ("string", match_string),
        ("pos", match_pos),
        ("endpos", match_endpos),
        ("lastindex", match_lastindex),
        ("lastgroup", match_lastgroup),
        ("regs", match_regs),
    ],
};

const SCANNER: TypeSpec = TypeSpec {
    module: "_sre",
    name: "SRE_Scanner",
    state: &["_pattern", "_string"],
    methods: &[("match", scanner_match), ("search", scanner_search)],
    new: no_new,
    next: None,
    basetype: false,
    getters: &[("pattern", scanner_pattern)],
};

pub fn module(vm: &mut Vm) -> Value {
    let m = super::super::new_module(
        vm,
        "_sre",
        &[("compile", sre_compile)],
        &[
            ("MAXREPEAT", Value::Int(super::parse::MAXREPEAT as i64)),
            ("MAXGROUPS", Value::Int((u32::MAX / 2) as i64)),
        ],
    );
    let dict = match m.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Module(md)) => md.dict.as_obj().expect("module dict"),
        _ => return m,
    };
    for spec in [&PATTERN, &MATCH, &SCANNER] {
        let class = native_types::define(vm, dict, spec);
        if spec.name != "SRE_Scanner" {
            super::super::slot_wrappers::add_class_getitem(vm, class);
        }
    }
    m
}

fn no_new(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = native_types::class_arg(a);
    let name = vm.class_name(class);
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

fn same_object(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.incref(a[0]))
}

fn same_object_memo(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::super::parse_args(vm, "__deepcopy__", &a[1..], kw, &["memo"], 1)?;
    Ok(vm.incref(a[0]))
}

fn class(vm: &Vm, name: &'static str) -> ObjKey {
    native_types::class_named(vm, "re", name).expect("_sre is imported")
}

// ---- compile --------------------------------------------------------------------------

/// `_sre.compile(pattern, flags)`: a Pattern, or for a syntax error the tuple
/// `(msg, pos)` (pos None when it has none) that `re` turns into `re.error`.
fn sre_compile(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [pattern, flags] =
        super::super::parse_args(vm, "compile", a, kw, &["pattern", "flags"], 2)?;
    let (pattern, flags) = (
        pattern.unwrap_or(Value::None),
        flags.unwrap_or(Value::Int(0)),
    );
    let flags = match vm.try_index(flags)? {
        Some(Index::Fits(f)) if (0..=u32::MAX as i64).contains(&f) => f as u32,
        _ => return Err(vm.overflow_error("regular expression flags out of range".into())),
    };
    let (units, is_text): (Vec<u32>, bool) = if let Some(s) = vm.str_of(pattern) {
        (s.chars().map(|c| c as u32).collect(), true)
    } else if let Some(b) = vm.bytes_of(pattern) {
        (b.iter().map(|&c| c as u32).collect(), false)
    } else {
        let t = vm.type_name(pattern);
        return Err(vm.type_error(format!(
            "first argument must be string or compiled pattern, not {t}"
        )));
    };
    let parsed = match parse(&units, is_text, flags) {
        Ok(p) => p,
        Err(ParseError::Re { msg, pos }) => return Ok(error_tuple(vm, &msg, pos)),
        Err(ParseError::Overflow(m)) => return Err(vm.overflow_error(m)),
        Err(ParseError::Value(m)) => return Err(vm.value_error(m)),
    };
    let prog = match compile_program(&parsed, is_text) {
        Ok(p) => p,
        Err(CompileError::Re(msg)) => return Ok(error_tuple(vm, &msg, None)),
    };
    let mut names = vec![None; parsed.groups];
    let groupindex = vm.new_dict();
    let gk = groupindex.as_obj().expect("dict");
    for (name, g) in &parsed.names {
        names[*g] = Some(name.clone());
        let k = vm.new_str(name.as_str());
        vm.dict_set(gk, k, Value::Int(*g as i64))?;
        vm.heap.decref(k);
    }
    let compiled = Compiled {
        prog,
        is_text,
        names,
    };
    let class = class(vm, "Pattern");
    vm.heap.incref(pattern);
    Ok(native_types::instance_with_native(
        vm,
        class,
        vec![pattern, Value::Int(parsed.flags as i64), groupindex],
        Rc::new(compiled),
    ))
}

fn error_tuple(vm: &mut Vm, msg: &str, pos: Option<usize>) -> Value {
    let m = vm.new_str(msg);
    let p = pos.map_or(Value::None, |p| Value::Int(p as i64));
    vm.new_tuple(vec![m, p])
}

fn compiled(vm: &Vm, pattern: Value) -> Rc<Compiled> {
    native_types::native_data::<Compiled>(vm, pattern).expect("a compiled pattern")
}

// ---- subjects -------------------------------------------------------------------------

/// Checks `string` against the pattern's kind and gets its text.
fn subject(vm: &mut Vm, c: &Compiled, string: Value) -> PyResult<Text> {
    if let Some(s) = vm.str_of(string) {
        if !c.is_text {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object".into()));
        }
        if s.is_ascii() {
            return Ok(Text::Borrowed);
        }
        let chars: Rc<[char]> = s.chars().collect();
        return Ok(Text::Chars(chars));
    }
    if vm.bytes_of(string).is_some() {
        if c.is_text {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object".into()));
        }
        return Ok(Text::Borrowed);
    }
    let t = vm.type_name(string);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
}

fn units<'a>(vm: &'a Vm, string: Value, text: &'a Text) -> Units<'a> {
    match text {
        Text::Chars(c) => Units::Chars(c),
        Text::Borrowed => match vm.str_of(string) {
            Some(s) => Units::Bytes(s.as_bytes()),
            None => Units::Bytes(vm.bytes_of(string).unwrap_or(&[])),
        },
    }
}

fn text_len(vm: &Vm, string: Value, text: &Text) -> usize {
    units(vm, string, text).len()
}

/// `string[s:e]` as the match's string type gives it (str for any str; bytes or
/// bytearray as the subject is).
fn slice(vm: &mut Vm, string: Value, text: &Text, s: usize, e: usize) -> Value {
    match text {
        Text::Chars(c) => {
            let out: String = c[s..e].iter().collect();
            vm.new_str(out)
        }
        Text::Borrowed => {
            if let Some(t) = vm.str_of(string) {
                let out = t[s..e].to_string();
                return vm.new_str(out);
            }
            let data = vm
                .bytes_of(string)
                .map(|b| b[s..e].to_vec())
                .unwrap_or_default();
            vm.new_bytes(data)
        }
    }
}

/// Runs one search; the marks of the match (group 0 first), or None.
fn run(
    vm: &mut Vm,
    c: &Compiled,
    string: Value,
    text: &Text,
    s: Search,
) -> PyResult<Option<Found>> {
    let r = {
        let u = units(vm, string, text);
        match u {
            Units::Bytes(b) => search_in(&c.prog, &b[..s.endpos.min(b.len())], s),
            Units::Chars(ch) => search_in(&c.prog, &ch[..s.endpos.min(ch.len())], s),
        }
    };
    match r {
        Ok(found) => Ok(found),
        Err(Interrupted) => {
            vm.check_signals()?;
            Ok(None)
        }
    }
}

fn search_in<T: Unit>(prog: &Program, text: &[T], s: Search) -> Result<Option<Found>, Interrupted> {
    if s.pos > text.len() {
        return Ok(None);
    }
    let mut m = Matcher::new(prog, text);
    if s.must_advance {
        m.no_empty_at = s.pos;
    }
    if m.search(s.pos, s.anchored, s.full)? {
        let last = m.lastindex;
        Ok(Some((std::mem::take(&mut m.marks), last)))
    } else {
        Ok(None)
    }
}

/// `pos` and `endpos` clamped to the text as CPython clamps them.
fn bounds(
    vm: &mut Vm,
    pos: Option<Value>,
    endpos: Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            0
        } else {
            (v as u64).min(len as u64) as usize
        }
    };
    let pos = match pos {
        Some(v) => clamp(vm.ssize_arg(v)?),
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => clamp(vm.ssize_arg(v)?),
        None => len,
    };
    Ok((pos, endpos))
}

// ---- Pattern: matching ----------------------------------------------------------------

fn one_match(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    anchored: bool,
    full: bool,
) -> PyResult<Value> {
    let [string, pos, endpos] =
        super::super::parse_args(vm, name, &a[1..], kw, &["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::None);
    let c = compiled(vm, a[0]);
    let text = subject(vm, &c, string)?;
    let len = text_len(vm, string, &text);
    let (pos, endpos) = bounds(vm, pos, endpos, len)?;
    let s = Search {
        pos,
        endpos,
        anchored,
        full,
        must_advance: false,
    };
    if pos > endpos {
        return Ok(Value::None);
    }
    match run(vm, &c, string, &text, s)? {
        Some((marks, last)) => Ok(new_match(vm, a[0], string, marks, last, pos, endpos)),
        None => Ok(Value::None),
    }
}

fn new_match(
    vm: &mut Vm,
    pattern: Value,
    string: Value,
    marks: Vec<usize>,
    lastindex: Option<usize>,
    pos: usize,
    endpos: usize,
) -> Value {
    let class = class(vm, "Match");
    vm.heap.incref(pattern);
    vm.heap.incref(string);
    native_types::instance_with_native(
        vm,
        class,
        vec![pattern, string],
        Rc::new(MatchData {
            marks,
            pos,
            endpos,
            lastindex,
        }),
    )
}

fn pattern_match(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    one_match(vm, a, kw, "match", true, false)
}

fn pattern_fullmatch(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    one_match(vm, a, kw, "fullmatch", true, true)
}

fn pattern_search(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    one_match(vm, a, kw, "search", false, false)
}

/// Calls `each(start, end, marks)` for successive matches, with CPython's rule that a
/// match right after an empty one must not be empty itself; at most `limit` (0: all).
fn each_match(
    vm: &mut Vm,
    c: &Compiled,
    string: Value,
    text: &Text,
    (pos, endpos, limit): (usize, usize, usize),
    mut each: impl FnMut(&mut Vm, Vec<usize>, Option<usize>) -> PyResult<()>,
) -> PyResult<()> {
    let mut s = Search {
        pos,
        endpos,
        anchored: false,
        full: false,
        must_advance: false,
    };
    let mut n = 0;
    while s.pos <= s.endpos && (limit == 0 || n < limit) {
        let Some((marks, last)) = run(vm, c, string, text, s)? else {
            break;
        };
        let (start, end) = (marks[0], marks[1]);
        each(vm, marks, last)?;
        n += 1;
        s.must_advance = end == start;
        s.pos = end;
    }
    Ok(())
}

fn group_value(
    vm: &mut Vm,
    string: Value,
    text: &Text,
    marks: &[usize],
    g: usize,
    default: Value,
) -> Value {
    let (s, e) = (marks[2 * g], marks[2 * g + 1]);
    if s == NONE || e == NONE || e < s {
        return vm.incref(default);
    }
    slice(vm, string, text, s, e)
}

fn pattern_findall(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [string, pos, endpos] =
        super::super::parse_args(vm, "findall", &a[1..], kw, &["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::None);
    let c = compiled(vm, a[0]);
    let text = subject(vm, &c, string)?;
    let len = text_len(vm, string, &text);
    let (pos, endpos) = bounds(vm, pos, endpos, len)?;
    let groups = c.prog.groups - 1;
    let mut out = Vec::new();
    let empty = slice(vm, string, &text, 0, 0);
    let r = each_match(vm, &c, string, &text, (pos, endpos, 0), |vm, marks, _| {
        let item = match groups {
            0 => slice(vm, string, &text, marks[0], marks[1]),
            1 => group_value(vm, string, &text, &marks, 1, empty),
            n => {
                let items = (1..=n)
                    .map(|g| group_value(vm, string, &text, &marks, g, empty))
                    .collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
        Ok(())
    });
    vm.heap.decref(empty);
    if let Err(e) = r {
        vm.heap.decref_all(out);
        return Err(e);
    }
    Ok(vm.new_list(out))
}

fn pattern_split(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [string, maxsplit] =
        super::super::parse_args(vm, "split", &a[1..], kw, &["string", "maxsplit"], 1)?;
    let string = string.unwrap_or(Value::None);
    let maxsplit = match maxsplit {
        Some(v) => vm.ssize_arg(v)?,
        None => 0,
    };
    let c = compiled(vm, a[0]);
    let text = subject(vm, &c, string)?;
    let len = text_len(vm, string, &text);
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(slice(vm, string, &text, 0, len));
        return Ok(vm.new_list(out));
    }
    let groups = c.prog.groups - 1;
    let mut last = 0;
    let r = each_match(
        vm,
        &c,
        string,
        &text,
        (0, len, maxsplit as usize),
        |vm, marks, _| {
            out.push(slice(vm, string, &text, last, marks[0]));
            for g in 1..=groups {
                out.push(group_value(vm, string, &text, &marks, g, Value::None));
            }
            last = marks[1];
            Ok(())
        },
    );
    if let Err(e) = r {
        vm.heap.decref_all(out);
        return Err(e);
    }
    out.push(slice(vm, string, &text, last, len));
    Ok(vm.new_list(out))
}

fn pattern_scanner(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [string, pos, endpos] =
        super::super::parse_args(vm, "scanner", &a[1..], kw, &["string", "pos", "endpos"], 1)?;
    new_scanner(vm, a[0], string.unwrap_or(Value::None), pos, endpos)
}

fn new_scanner(
    vm: &mut Vm,
    pattern: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> PyResult<Value> {
    let c = compiled(vm, pattern);
    let text = subject(vm, &c, string)?;
    let len = text_len(vm, string, &text);
    let (pos, endpos) = bounds(vm, pos, endpos, len)?;
    let class = native_types::class_named(vm, "_sre", "SRE_Scanner").expect("_sre is imported");
    vm.heap.incref(pattern);
    vm.heap.incref(string);
    Ok(native_types::instance_with_native(
        vm,
        class,
        vec![pattern, string],
        Rc::new(ScanState {
            first_pos: pos,
            pos: Cell::new(pos),
            endpos,
            must_advance: Cell::new(false),
            done: Cell::new(false),
            text,
        }),
    ))
}

fn pattern_finditer(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [string, pos, endpos] =
        super::super::parse_args(vm, "finditer", &a[1..], kw, &["string", "pos", "endpos"], 1)?;
    let scanner = new_scanner(vm, a[0], string.unwrap_or(Value::None), pos, endpos)?;
    let name = vm.intern("search");
    let search = vm.getattr(scanner, name);
    vm.heap.decref(scanner);
    let search = search?;
    let iter = vm.intern("iter");
    let iter_fn = vm.ns_lookup(vm.builtins.as_obj().expect("builtins"), iter);
    let r = match iter_fn {
        Some(f) => vm.call(f, &[search, Value::None]),
        None => Err(vm.type_error("no iter".into())),
    };
    vm.heap.decref(search);
    r
}

fn scan(vm: &mut Vm, a: &[Value], anchored: bool) -> PyResult<Value> {
    let me = a[0];
    let st = native_types::native_data::<ScanState>(vm, me).expect("a scanner");
    if st.done.get() || st.pos.get() > st.endpos {
        return Ok(Value::None);
    }
    let pattern = native_types::state(vm, me, 0);
    let string = native_types::state(vm, me, 1);
    let c = compiled(vm, pattern);
    let s = Search {
        pos: st.pos.get(),
        endpos: st.endpos,
        anchored,
        full: false,
        must_advance: st.must_advance.get(),
    };
    match run(vm, &c, string, &st.text, s)? {
        Some((marks, last)) => {
            let (start, end) = (marks[0], marks[1]);
            st.must_advance.set(start == end);
            st.pos.set(end);
            Ok(new_match(
                vm,
                pattern,
                string,
                marks,
                last,
                st.first_pos,
                s.endpos,
            ))
        }
        None => {
            st.done.set(true);
            Ok(Value::None)
        }
    }
}

fn scanner_match(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    scan(vm, a, true)
}

fn scanner_search(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    scan(vm, a, false)
}

fn scanner_pattern(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(vm.incref(native_types::state(vm, a[0], 0)))
}

// ---- Pattern: substitution -------------------------------------------------------------

/// A replacement: a literal, a callable, or a parsed template (literals and group numbers).
enum Repl {
    Literal(Value),
    Call(Value),
    Template(Vec<Value>),
}

fn pattern_sub(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(subx(vm, a, kw, "sub")?.0)
}

fn pattern_subn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, n) = subx(vm, a, kw, "subn")?;
    Ok(vm.new_tuple(vec![s, Value::Int(n as i64)]))
}

fn repl_of(vm: &mut Vm, pattern: Value, repl: Value) -> PyResult<Repl> {
    if super::super::callable_value(vm, repl) {
        return Ok(Repl::Call(vm.incref(repl)));
    }
    let literal = match vm.str_of(repl) {
        Some(s) => !s.contains('\\'),
        None => vm.bytes_of(repl).is_some_and(|b| !b.contains(&b'\\')),
    };
    if literal {
        return Ok(Repl::Literal(vm.incref(repl)));
    }
    let t = super::super::embedded_support::call_python(
        vm,
        "re",
        "_compile_template",
        &[pattern, repl],
    )?;
    let items = vm.iterate(t);
    vm.heap.decref(t);
    Ok(Repl::Template(items?))
}

fn subx(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str) -> PyResult<(Value, usize)> {
    let [repl, string, count] =
        super::super::parse_args(vm, name, &a[1..], kw, &["repl", "string", "count"], 2)?;
    let (repl, string) = (repl.unwrap_or(Value::None), string.unwrap_or(Value::None));
    let count = match count {
        Some(v) => vm.ssize_arg(v)?,
        None => 0,
    };
    let pattern = a[0];
    let c = compiled(vm, pattern);
    let text = subject(vm, &c, string)?;
    let len = text_len(vm, string, &text);
    let repl = repl_of(vm, pattern, repl)?;
    let mut pieces: Vec<Value> = Vec::new();
    if count < 0 {
        match repl {
            Repl::Literal(v) | Repl::Call(v) => vm.heap.decref(v),
            Repl::Template(items) => vm.heap.decref_all(items),
        }
        let whole = slice(vm, string, &text, 0, len);
        return Ok((join(vm, string, vec![whole])?, 0));
    }
    let count = count as usize;
    let mut last = 0;
    let mut n = 0;
    let r = each_match(
        vm,
        &c,
        string,
        &text,
        (0, len, count),
        |vm, marks, lastindex| {
            let (start, end) = (marks[0], marks[1]);
            if last < start {
                pieces.push(slice(vm, string, &text, last, start));
            }
            match &repl {
                Repl::Literal(v) => pieces.push(vm.incref(*v)),
                Repl::Call(f) => {
                    let m = new_match(vm, pattern, string, marks, lastindex, 0, len);
                    let r = vm.call(*f, &[m]);
                    vm.heap.decref(m);
                    let item = r?;
                    if !item.is(Value::None) {
                        pieces.push(item);
                    }
                }
                Repl::Template(items) => {
                    for &it in items {
                        match it {
                            Value::Int(g) => {
                                let empty = Value::None;
                                let v = group_value(vm, string, &text, &marks, g as usize, empty);
                                if !v.is(Value::None) {
                                    pieces.push(v);
                                }
                            }
                            other => pieces.push(vm.incref(other)),
                        }
                    }
                }
            }
            last = end;
            n += 1;
            Ok(())
        },
    );
    match repl {
        Repl::Literal(v) | Repl::Call(v) => vm.heap.decref(v),
        Repl::Template(items) => vm.heap.decref_all(items),
    }
    if let Err(e) = r {
        vm.heap.decref_all(pieces);
        return Err(e);
    }
    if last < len {
        pieces.push(slice(vm, string, &text, last, len));
    }
    let joined = join(vm, string, pieces)?;
    Ok((joined, n))
}

/// Joins the pieces into the subject's type (str, or bytes for any bytes-like subject).
fn join(vm: &mut Vm, string: Value, pieces: Vec<Value>) -> PyResult<Value> {
    let is_str = vm.str_of(string).is_some();
    let r = if is_str {
        let mut out = String::new();
        let mut bad = None;
        for (i, &p) in pieces.iter().enumerate() {
            match vm.str_of(p) {
                Some(s) => out.push_str(s),
                None => {
                    bad = Some((i, vm.type_name(p)));
                    break;
                }
            }
        }
        match bad {
            None => Ok(vm.new_str(out)),
            Some((i, t)) => Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {t} found"
            ))),
        }
    } else {
        let mut out = Vec::new();
        let mut bad = None;
        for (i, &p) in pieces.iter().enumerate() {
            match vm.bytes_of(p) {
                Some(b) => out.extend_from_slice(b),
                None => {
                    bad = Some((i, vm.type_name(p)));
                    break;
                }
            }
        }
        match bad {
            None => Ok(vm.new_bytes(out)),
            Some((i, t)) => Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            ))),
        }
    };
    vm.heap.decref_all(pieces);
    r
}

// ---- Pattern: attributes and protocol --------------------------------------------------

fn pattern_pattern(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(vm.incref(native_types::state(vm, a[0], 0)))
}

fn pattern_flags(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(native_types::state(vm, a[0], 1))
}

fn pattern_groups(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let c = compiled(vm, a[0]);
    Ok(Value::Int(c.prog.groups as i64 - 1))
}

fn pattern_groupindex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let d = native_types::state(vm, a[0], 2);
    Ok(super::super::mappingproxy::new_proxy(
        vm,
        d.as_obj().expect("dict"),
    ))
}

const FLAG_NAMES: &[(u32, &str)] = &[
    (TEMPLATE, "re.TEMPLATE"),
    (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"),
    (DEBUG, "re.DEBUG"),
    (ASCII, "re.ASCII"),
];

fn pattern_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let pattern = native_types::state(vm, a[0], 0);
    let mut flags = match native_types::state(vm, a[0], 1) {
        Value::Int(f) => f as u32,
        _ => 0,
    };
    let c = compiled(vm, a[0]);
    if c.is_text && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    let r = vm.repr(pattern)?;
    let r: String = r.chars().take(200).collect();
    let mut out = format!("re.compile({r}");
    if flags != 0 {
        let mut names = Vec::new();
        for &(bit, name) in FLAG_NAMES {
            if flags & bit != 0 {
                names.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            names.push(format!("0x{flags:x}"));
        }
        out.push_str(", ");
        out.push_str(&names.join("|"));
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn pattern_key(vm: &mut Vm, v: Value) -> Option<(Value, Value, bool)> {
    let class = class(vm, "Pattern");
    if vm.type_of(v) != class {
        return None;
    }
    let c = compiled(vm, v);
    Some((
        native_types::state(vm, v, 0),
        native_types::state(vm, v, 1),
        c.is_text,
    ))
}

fn pattern_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (pattern_key(vm, a), pattern_key(vm, b)) else {
        return Ok(None);
    };
    if a.is(b) {
        return Ok(Some(true));
    }
    if !x.1.is(y.1) || x.2 != y.2 {
        return Ok(Some(false));
    }
    let r = vm.compare(crate::objects::code::CmpKind::Eq, x.0, y.0)?;
    let t = vm.truthy(r);
    vm.heap.decref(r);
    Ok(Some(t?))
}

fn pattern_eq(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(match pattern_equal(vm, a[0], a[1])? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn pattern_ne(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(match pattern_equal(vm, a[0], a[1])? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

fn pattern_hash(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let p = native_types::state(vm, a[0], 0);
    let h = vm.hash(p)?;
    let flags = match native_types::state(vm, a[0], 1) {
        Value::Int(f) => f,
        _ => 0,
    };
    let mut h = h ^ flags.wrapping_mul(1_000_003);
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

// ---- Match ------------------------------------------------------------------------------

fn match_data(vm: &Vm, m: Value) -> Rc<MatchData> {
    native_types::native_data::<MatchData>(vm, m).expect("a match")
}

/// The match's string and its text.
fn match_text(vm: &mut Vm, m: Value) -> (Value, Text) {
    let string = native_types::state(vm, m, 1);
    let text = match vm.str_of(string) {
        Some(s) if !s.is_ascii() => Text::Chars(s.chars().collect()),
        _ => Text::Borrowed,
    };
    (string, text)
}

/// The group number `g` names (an int or a group name), or IndexError("no such group").
fn group_index(vm: &mut Vm, m: Value, g: Value) -> PyResult<usize> {
    let pattern = native_types::state(vm, m, 0);
    let c = compiled(vm, pattern);
    let n = c.prog.groups;
    let found = match g {
        Value::Bool(b) => Some(b as i64),
        Value::Int(i) => Some(i),
        _ => match vm.try_index(g)? {
            Some(Index::Fits(i)) => Some(i),
            Some(_) => None,
            None => {
                // CPython keeps no groupindex when no group is named.
                let gi = native_types::state(vm, pattern, 2);
                let gk = gi.as_obj().expect("dict");
                let named = c.names.iter().any(|n| n.is_some());
                match if named { vm.dict_get(gk, g)? } else { None } {
                    Some(Value::Int(i)) => Some(i),
                    _ => None,
                }
            }
        },
    };
    match found {
        Some(i) if i >= 0 && (i as usize) < n => Ok(i as usize),
        _ => Err(vm.index_error("no such group")),
    }
}

fn match_group_value(vm: &mut Vm, m: Value, g: Value, default: Value) -> PyResult<Value> {
    let i = group_index(vm, m, g)?;
    let d = match_data(vm, m);
    let (string, text) = match_text(vm, m);
    Ok(group_value(vm, string, &text, &d.marks, i, default))
}

fn match_group(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "Match.group", kw)?;
    let m = a[0];
    match &a[1..] {
        [] => match_group_value(vm, m, Value::Int(0), Value::None),
        [g] => match_group_value(vm, m, *g, Value::None),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for &g in gs {
                match match_group_value(vm, m, g, Value::None) {
                    Ok(v) => out.push(v),
                    Err(e) => {
                        vm.heap.decref_all(out);
                        return Err(e);
                    }
                }
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match_group_value(vm, a[0], a[1], Value::None)
}

fn match_groups(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [default] = super::super::parse_args(vm, "groups", &a[1..], kw, &["default"], 0)?;
    let default = default.unwrap_or(Value::None);
    let d = match_data(vm, a[0]);
    let (string, text) = match_text(vm, a[0]);
    let n = d.marks.len() / 2;
    let items = (1..n)
        .map(|g| group_value(vm, string, &text, &d.marks, g, default))
        .collect();
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [default] = super::super::parse_args(vm, "groupdict", &a[1..], kw, &["default"], 0)?;
    let default = default.unwrap_or(Value::None);
    let d = match_data(vm, a[0]);
    let pattern = native_types::state(vm, a[0], 0);
    let c = compiled(vm, pattern);
    let (string, text) = match_text(vm, a[0]);
    let out = vm.new_dict();
    let ok = out.as_obj().expect("dict");
    for (g, name) in c.names.iter().enumerate() {
        let Some(name) = name else { continue };
        let k = vm.new_str(name.as_str());
        let v = group_value(vm, string, &text, &d.marks, g, default);
        let r = vm.dict_set(ok, k, v);
        vm.heap.decref(k);
        if let Err(e) = r {
            vm.heap.decref(out);
            return Err(e);
        }
    }
    // The names in the order of the pattern's groupindex (definition order).
    Ok(out)
}

fn span_of(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str) -> PyResult<(i64, i64)> {
    native_types::no_keywords(vm, name, kw)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let g = a.get(1).copied().unwrap_or(Value::Int(0));
    let i = group_index(vm, a[0], g)?;
    let d = match_data(vm, a[0]);
    let (s, e) = (d.marks[2 * i], d.marks[2 * i + 1]);
    if s == NONE || e == NONE {
        return Ok((-1, -1));
    }
    Ok((s as i64, e as i64))
}

fn match_start(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, a, kw, "start")?.0))
}

fn match_end(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, a, kw, "end")?.1))
}

fn match_span(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, e) = span_of(vm, a, kw, "span")?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn match_expand(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [template] = super::super::parse_args(vm, "expand", &a[1..], kw, &["template"], 1)?;
    let template = template.unwrap_or(Value::None);
    let pattern = native_types::state(vm, a[0], 0);
    let t = super::super::embedded_support::call_python(
        vm,
        "re",
        "_compile_template",
        &[pattern, template],
    )?;
    let items = vm.iterate(t);
    vm.heap.decref(t);
    let items = items?;
    let d = match_data(vm, a[0]);
    let (string, text) = match_text(vm, a[0]);
    let mut pieces = Vec::new();
    for &it in &items {
        match it {
            Value::Int(g) => {
                let v = group_value(vm, string, &text, &d.marks, g as usize, Value::None);
                if !v.is(Value::None) {
                    pieces.push(v);
                }
            }
            other => pieces.push(vm.incref(other)),
        }
    }
    vm.heap.decref_all(items);
    join(vm, string, pieces)
}

fn match_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = match_data(vm, a[0]);
    let (string, text) = match_text(vm, a[0]);
    let g0 = slice(vm, string, &text, d.marks[0], d.marks[1]);
    let r = vm.repr(g0);
    vm.heap.decref(g0);
    let r: String = r?.chars().take(50).collect();
    let s = format!(
        "<re.Match object; span=({}, {}), match={r}>",
        d.marks[0], d.marks[1]
    );
    Ok(vm.new_str(s))
}

fn match_re(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(vm.incref(native_types::state(vm, a[0], 0)))
}

fn match_string(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(vm.incref(native_types::state(vm, a[0], 1)))
}

fn match_pos(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(Value::Int(match_data(vm, a[0]).pos as i64))
}

fn match_endpos(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(Value::Int(match_data(vm, a[0]).endpos as i64))
}

fn match_lastindex(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(match match_data(vm, a[0]).lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

fn match_lastgroup(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let Some(i) = match_data(vm, a[0]).lastindex else {
        return Ok(Value::None);
    };
    let pattern = native_types::state(vm, a[0], 0);
    let c = compiled(vm, pattern);
    Ok(match c.names.get(i).cloned().flatten() {
        Some(n) => vm.new_str(n),
        None => Value::None,
    })
}

fn match_regs(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let d = match_data(vm, a[0]);
    let n = d.marks.len() / 2;
    let items = (0..n)
        .map(|g| {
            let (s, e) = (d.marks[2 * g], d.marks[2 * g + 1]);
            let (s, e) = if s == NONE || e == NONE {
                (-1, -1)
            } else {
                (s as i64, e as i64)
            };
            vm.new_tuple(vec![Value::Int(s), Value::Int(e)])
        })
        .collect();
    Ok(vm.new_tuple(items))
}
