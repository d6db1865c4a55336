//! `str` methods: the receiver check and CPython's argument parsing (with its exact messages)
//! live here, the methods themselves in `string_search` (find, split, replace, join, strip, …),
//! `string_case` (case mappings, predicates, padding, translate) and `string_format`
//! (`str.format`); plus `%`-formatting. Indices are in code points, never bytes.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::numeric::percent::{self, Arg, PercentArgs, PercentHost};
use crate::numeric::NumError;
use crate::objects::str::PyStr;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

use super::{string_case as case, string_format as sfmt, string_search as search};

/// The text of a str value ("" for anything else; callers have checked).
pub(crate) fn text(vm: &Vm, v: Value) -> &str {
    vm.str_of(v).unwrap_or("")
}

pub(crate) fn pystr(vm: &Vm, v: Value) -> Option<&PyStr> {
    match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Length in code points of a str value.
pub(crate) fn char_len(vm: &Vm, v: Value) -> usize {
    pystr(vm, v).map_or(0, |s| s.chars)
}

/// Byte offset of code point `i` (clamped to the end).
pub(crate) fn byte_at(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    if s.is_ascii() {
        return i;
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Byte offset of code point `i` of a str (clamped to the end), using its cached length.
pub(crate) fn byte_pos(p: &PyStr, i: usize) -> usize {
    if i >= p.chars {
        p.s.len()
    } else if p.is_ascii() {
        i
    } else {
        byte_at(&p.s, i)
    }
}

/// MemoryError if a result of `bytes` bytes cannot be built (beyond any address space, or
/// over the memory budget), as CPython's failed allocation would raise it.
pub(crate) fn check_size(vm: &mut Vm, bytes: u128) -> PyResult<()> {
    match usize::try_from(bytes) {
        Ok(n) if n <= isize::MAX as usize => vm.check_budget(n),
        _ => Err(vm.memory_error()),
    }
}

/// Number of code points in `s[..b]`.
pub(crate) fn char_index(s: &str, b: usize) -> usize {
    let head = &s[..b];
    if head.is_ascii() {
        b
    } else {
        head.chars().count()
    }
}

/// CPython's ADJUST_INDICES: start/end of a slice of a string of `len` code points.
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Python's `str.isspace` for one character (Unicode bidi WS/B/S or category Zs).
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// The line boundaries of `str.splitlines`.
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ------------------------------------------------------------------ argument checking

/// The receiver of a str method (CPython's descriptor check); returns the other arguments.
pub(crate) fn recv<'a>(vm: &mut Vm, a: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match a.first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(v) if vm.str_of(*v).is_none() => {
            let t = vm.type_name(*v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
        Some(_) => Ok(&a[1..]),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Methods that take no keyword arguments.
pub(crate) fn no_kw(vm: &mut Vm, kw: Kwargs, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("str.{name}() takes no keyword arguments")))
    }
}

/// METH_NOARGS methods (`upper`, `isdigit`, …).
pub(crate) fn no_args(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str) -> PyResult<()> {
    no_kw(vm, kw, name)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// METH_O methods (`join`, `partition`, …): their one argument.
pub(crate) fn one_arg(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str) -> PyResult<Value> {
    no_kw(vm, kw, name)?;
    if args.len() == 1 {
        Ok(args[0])
    } else {
        Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.len()
        )))
    }
}

/// Argument Clinic's positional-only check: "center expected at least 1 argument, got 0".
pub(crate) fn check_positional(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, kw, name)?;
    let n = args.len();
    let (bound, which) = if n < min {
        (min, "at least ")
    } else if n > max {
        (max, "at most ")
    } else {
        return Ok(());
    };
    let which = if min == max { "" } else { which };
    Err(vm.type_error(format!(
        "{name} expected {which}{bound} argument{}, got {n}",
        plural(bound)
    )))
}

/// PyArg_ParseTuple's count check: "find() takes at least 1 argument (0 given)".
pub(crate) fn parse_tuple(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(vm, kw, name)?;
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let which = if min == max {
        "exactly"
    } else if n < min {
        "at least"
    } else {
        "at most"
    };
    let bound = if n < min { min } else { max };
    Err(vm.type_error(format!(
        "{name}() takes {which} {bound} argument{} ({n} given)",
        plural(bound)
    )))
}

/// `_PyArg_UnpackKeywords` for methods whose parameters are all optional and may be given by
/// keyword (`split`, `splitlines`, `expandtabs`).
pub(crate) fn unpack_kw<const N: usize>(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    let nargs = args.len();
    let total = nargs + kw.len();
    if total > N {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {keyword}argument{} ({total} given)",
            plural(N)
        )));
    }
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(*a);
    }
    let find = |vm: &Vm, key: &str| {
        kw.iter()
            .find(|(k, _)| vm.str_of(*k) == Some(key))
            .map(|(_, v)| *v)
    };
    let mut left = kw.len();
    for i in nargs..N {
        if let Some(v) = find(vm, names[i]) {
            out[i] = Some(v);
            left -= 1;
        }
    }
    if left > 0 {
        for (i, n) in names.iter().enumerate().take(nargs) {
            if find(vm, n).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in kw {
            let k = vm.str_of(*k).unwrap_or("").to_string();
            if !names.contains(&k.as_str()) {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok(out)
}

/// A str argument of a method, or CPython's "must be str, not int".
pub(crate) fn need_str(vm: &mut Vm, v: Value) -> PyResult<()> {
    if vm.str_of(v).is_some() {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("must be str, not {t}")))
}

/// Clinic's bad-argument message: "replace() argument 1 must be str, not int".
pub(crate) fn need_str_arg(vm: &mut Vm, v: Value, func: &str, which: &str) -> PyResult<()> {
    if vm.str_of(v).is_some() {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("{func}() {which} must be str, not {t}")))
}

// ------------------------------------------------------------------ encoding

/// `s.encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "encode")?;
    let [enc, errors] = unpack_kw(vm, args, kw, "encode", ["encoding", "errors"])?;
    let enc = match enc {
        Some(v) => super::bytes::str_arg(vm, v, "encode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(v) => super::bytes::str_arg(vm, v, "encode", "errors")?,
        None => "strict".into(),
    };
    let b = super::bytes::encode_value(vm, a[0], &enc, &errors)?;
    Ok(vm.new_bytes(b))
}

/// `str(b, encoding, errors)`: the bytes decoded (CPython's `str(object=b'', encoding=…)`).
pub(crate) fn str_decode(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [obj, enc, errors] = unpack_kw(vm, a, kw, "str", ["object", "encoding", "errors"])?;
    let obj = match obj {
        Some(o) => o,
        None => return Ok(vm.new_str("")),
    };
    if vm.bytes_of(obj).is_none() {
        if vm.str_of(obj).is_some() {
            return Err(vm.type_error("decoding str is not supported".into()));
        }
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {t} found"
        )));
    }
    let enc = match enc {
        Some(v) => super::bytes::str_arg(vm, v, "str", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(v) => super::bytes::str_arg(vm, v, "str", "errors")?,
        None => "strict".into(),
    };
    let s = super::bytes::decode_value(vm, obj, &enc, &errors)?;
    Ok(vm.new_str(s))
}

// ------------------------------------------------------------------ special methods

fn dunder_getnewargs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "__getnewargs__")?;
    no_args(vm, args, kw, "__getnewargs__")?;
    let t: Box<str> = text(vm, a[0]).into();
    let copy = vm.new_str(t);
    Ok(vm.new_tuple(vec![copy]))
}

// ------------------------------------------------------------------ `%`-formatting

/// What `numeric::percent` needs from the interpreter: items of a mapping and the value of one
/// argument for one conversion. Values fetched from a mapping are owned here until the end.
/// A bytes format (`bytes`) is formatted as latin-1 text: its keys are bytes and its
/// conversions are bytes' own (builtins/bytes.rs).
struct PercentVm<'a> {
    vm: &'a mut Vm,
    fetched: Vec<Value>,
    bytes: bool,
}

impl PercentHost for PercentVm<'_> {
    type Obj = Value;
    type Error = HostError;

    fn bytes_mode(&self) -> bool {
        self.bytes
    }

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, HostError> {
        let k = if self.bytes {
            let b: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
            self.vm.new_bytes(b)
        } else {
            self.vm.new_str(key)
        };
        let r = self.vm.getitem(*mapping, k);
        self.vm.decref(k);
        let v = r?;
        self.fetched.push(v);
        Ok(v)
    }

    fn convert(&mut self, obj: &Value, conv: char) -> Result<Arg, HostError> {
        let vm = &mut *self.vm;
        let v = *obj;
        if self.bytes {
            return super::bytes::percent_arg(vm, v, conv);
        }
        // Numeric conversions read an int or float subclass's value.
        let n = vm.unwrap_payload(v);
        Ok(match conv {
            's' => Arg::Str(vm.str(v)?),
            'r' => Arg::Str(vm.repr(v)?),
            'a' => Arg::Str(ascii_escape(&vm.repr(v)?)),
            _ => match n {
                Value::Float(f) => Arg::Float(f),
                _ => match vm.to_big(n) {
                    Some(b) => Arg::Int(b),
                    None => match vm.str_of(v) {
                        Some(t) => Arg::Str(t.to_string()),
                        None => Arg::Other(vm.type_name(v)),
                    },
                },
            },
        })
    }
}

/// A failure while formatting: an exception from Python code, or the formatter's own error.
pub(crate) enum HostError {
    Py(PyErr),
    Num(NumError),
}

impl From<NumError> for HostError {
    fn from(e: NumError) -> HostError {
        HostError::Num(e)
    }
}

impl From<PyErr> for HostError {
    fn from(e: PyErr) -> HostError {
        HostError::Py(e)
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped as Python does.
pub(crate) fn ascii_escape(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        match c as u32 {
            n if n < 0x80 => out.push(c),
            n if n < 0x100 => out.push_str(&format!("\\x{n:02x}")),
            n if n < 0x10000 => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `fmt % args`.
/// How `fmt % args` takes its right operand: a tuple's items, or one object that is a mapping
/// when it has `__getitem__` (CPython's PyMapping_Check: lists too) and is no str (nor, for
/// a bytes format, bytes or bytearray).
pub(crate) fn percent_operand(
    vm: &Vm,
    args: Value,
    bytes_format: bool,
) -> (Option<Vec<Value>>, bool) {
    match args {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Tuple(_) => (Some(vm.seq_items(args)), false),
            Kind::Str(_) => (None, false),
            Kind::Bytes(_) | Kind::ByteArray(_) => (None, !bytes_format),
            Kind::Dict(_) | Kind::List(_) | Kind::Range(_) | Kind::BigRange(_) => (None, true),
            Kind::Instance(i) => match i
                .payload()
                .and_then(|p| Some((p, vm.heap.kind(p.as_obj()?))))
            {
                // A tuple subclass (a namedtuple) is the tuple of arguments.
                Some((p, Kind::Tuple(_))) => (Some(vm.seq_items(p)), false),
                // A dict or list subclass (OrderedDict, defaultdict) is a mapping by its
                // builtin `__getitem__`.
                Some((_, Kind::Dict(_) | Kind::List(_))) => (None, true),
                _ => (None, vm.special(args, vm.names.getitem).is_some()),
            },
            _ => (None, false),
        },
        _ => (None, false),
    }
}

pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = text(vm, fmt).to_string();
    let out = run_percent(vm, &f, args, false)?;
    Ok(vm.new_str(out))
}

/// `fmt % args` for a str format, or (`bytes`) a bytes format read as latin-1 text.
pub(crate) fn run_percent(vm: &mut Vm, fmt: &str, args: Value, bytes: bool) -> PyResult<String> {
    let (tuple, is_mapping) = percent_operand(vm, args, bytes);
    let pargs = match &tuple {
        Some(items) => PercentArgs::Tuple(items),
        None => PercentArgs::Single {
            obj: args,
            is_mapping,
        },
    };
    let mut host = PercentVm {
        vm,
        fetched: Vec::new(),
        bytes,
    };
    let r = percent::percent_format(&mut host, fmt, pargs);
    let fetched = std::mem::take(&mut host.fetched);
    vm.heap.decref_all(fetched);
    match r {
        Ok(out) => Ok(out),
        Err(HostError::Py(e)) => Err(e),
        Err(HostError::Num(e)) => Err(vm.num_err(e)),
    }
}

/// Installs the str methods (and the static `str.maketrans`).
pub fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    let methods: &[(&'static str, NativeFn)] = &[
        ("split", search::split),
        ("rsplit", search::rsplit),
        ("splitlines", search::splitlines),
        ("join", search::join),
        ("strip", search::strip),
        ("lstrip", search::lstrip),
        ("rstrip", search::rstrip),
        ("find", search::find),
        ("rfind", search::rfind),
        ("index", search::index),
        ("rindex", search::rindex),
        ("count", search::count),
        ("replace", search::replace),
        ("startswith", search::startswith),
        ("endswith", search::endswith),
        ("partition", search::partition),
        ("rpartition", search::rpartition),
        ("removeprefix", search::removeprefix),
        ("removesuffix", search::removesuffix),
        ("upper", case::upper),
        ("lower", case::lower),
        ("casefold", case::casefold),
        ("swapcase", case::swapcase),
        ("title", case::title),
        ("capitalize", case::capitalize),
        ("center", case::center),
        ("ljust", case::ljust),
        ("rjust", case::rjust),
        ("zfill", case::zfill),
        ("expandtabs", case::expandtabs),
        ("isdigit", case::isdigit),
        ("isdecimal", case::isdecimal),
        ("isnumeric", case::isnumeric),
        ("isalpha", case::isalpha),
        ("isalnum", case::isalnum),
        ("isspace", case::isspace),
        ("isupper", case::isupper),
        ("islower", case::islower),
        ("istitle", case::istitle),
        ("isidentifier", case::isidentifier),
        ("isprintable", case::isprintable),
        ("isascii", case::isascii),
        ("translate", case::translate),
        ("format", sfmt::format),
        ("format_map", sfmt::format_map),
        ("__getnewargs__", dunder_getnewargs),
        ("encode", encode),
    ];
    vm.add_methods(t, methods);
    let f = vm.new_native("maketrans", case::maketrans, Value::None);
    let sm = vm.heap.alloc(Kind::StaticMethod(f));
    let key = vm.intern("maketrans");
    vm.class_dict_set(t, key, sm);
}
