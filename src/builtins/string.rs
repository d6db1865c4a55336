//! `str` methods and `%`-formatting.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::numeric::percent::{self, Arg, PercentArgs, PercentHost};
use crate::numeric::NumError;
use crate::vm::native::Kwargs;
use crate::vm::{PyErr, PyResult, Vm};

fn s(vm: &Vm, v: Value) -> String {
    vm.str_of(v).unwrap_or("").to_string()
}

fn arg_str(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(x) => Ok(x.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{what} arg must be None or str, not {t}")))
        }
    }
}

/// What `numeric::percent` needs from the interpreter: items of a mapping and the value of one
/// argument for one conversion. Values fetched from a mapping are owned here until the end.
struct PercentVm<'a> {
    vm: &'a mut Vm,
    fetched: Vec<Value>,
}

impl PercentHost for PercentVm<'_> {
    type Obj = Value;
    type Error = HostError;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, HostError> {
        let k = self.vm.new_str(key);
        let r = self.vm.getitem(*mapping, k);
        self.vm.decref(k);
        let v = r?;
        self.fetched.push(v);
        Ok(v)
    }

    fn convert(&mut self, obj: &Value, conv: char) -> Result<Arg, HostError> {
        let vm = &mut *self.vm;
        let v = *obj;
        Ok(match conv {
            's' => Arg::Str(vm.str(v)?),
            'r' => Arg::Str(vm.repr(v)?),
            'a' => Arg::Str(ascii_escape(&vm.repr(v)?)),
            _ => match v {
                Value::Float(f) => Arg::Float(f),
                _ => match vm.to_big(v) {
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
enum HostError {
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
fn ascii_escape(r: &str) -> String {
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
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = s(vm, fmt);
    let (tuple, is_mapping) = match args {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Tuple(_) => (Some(vm.seq_items(args)), false),
            Kind::Str(_) => (None, false),
            // CPython's PyMapping_Check: anything with __getitem__ (lists too).
            Kind::Dict(_) | Kind::List(_) | Kind::Range(_) => (None, true),
            Kind::Instance(_) => (None, vm.special(args, vm.names.getitem).is_some()),
            _ => (None, false),
        },
        _ => (None, false),
    };
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
    };
    let r = percent::percent_format(&mut host, &f, pargs);
    let fetched = std::mem::take(&mut host.fetched);
    vm.heap.decref_all(fetched);
    match r {
        Ok(out) => Ok(vm.new_str(out)),
        Err(HostError::Py(e)) => Err(e),
        Err(HostError::Num(e)) => Err(vm.num_err(e)),
    }
}

macro_rules! str_fn {
    ($name:ident, |$vm:ident, $a:ident| $body:expr) => {
        fn $name($vm: &mut Vm, $a: &[Value], _: Kwargs) -> PyResult<Value> {
            $body
        }
    };
}

str_fn!(upper, |vm, a| {
    let r = s(vm, a[0]).to_uppercase();
    Ok(vm.new_str(r))
});
str_fn!(lower, |vm, a| {
    let r = s(vm, a[0]).to_lowercase();
    Ok(vm.new_str(r))
});
str_fn!(strip, |vm, a| {
    let t = s(vm, a[0]);
    let r = match a.get(1).filter(|v| !v.is(Value::None)) {
        Some(c) => {
            let cs = arg_str(vm, *c, "strip")?;
            t.trim_matches(|ch| cs.contains(ch)).to_string()
        }
        None => t.trim().to_string(),
    };
    Ok(vm.new_str(r))
});
str_fn!(lstrip, |vm, a| {
    let r = s(vm, a[0]).trim_start().to_string();
    Ok(vm.new_str(r))
});
str_fn!(rstrip, |vm, a| {
    let t = s(vm, a[0]);
    let r = match a.get(1).filter(|v| !v.is(Value::None)) {
        Some(c) => {
            let cs = arg_str(vm, *c, "rstrip")?;
            t.trim_end_matches(|ch| cs.contains(ch)).to_string()
        }
        None => t.trim_end().to_string(),
    };
    Ok(vm.new_str(r))
});
str_fn!(split, |vm, a| {
    let t = s(vm, a[0]);
    let parts: Vec<String> = match a.get(1).filter(|v| !v.is(Value::None)) {
        Some(sep) => {
            let sep = arg_str(vm, *sep, "split")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            t.split(sep.as_str()).map(String::from).collect()
        }
        None => t.split_whitespace().map(String::from).collect(),
    };
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
});
str_fn!(join, |vm, a| {
    let sep = s(vm, a[0]);
    let items = vm.iterate(a[1])?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match vm.str_of(*it) {
            Some(x) => parts.push(x.to_string()),
            None => {
                let t = vm.type_name(*it);
                vm.heap.decref_all(items);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    vm.heap.decref_all(items);
    Ok(vm.new_str(parts.join(&sep)))
});
str_fn!(replace, |vm, a| {
    let t = s(vm, a[0]);
    let (old, new) = (s(vm, a[1]), s(vm, a[2]));
    let r = match a.get(3) {
        Some(Value::Int(n)) if *n >= 0 => t.replacen(old.as_str(), &new, *n as usize),
        _ => t.replace(old.as_str(), &new),
    };
    Ok(vm.new_str(r))
});
str_fn!(startswith, |vm, a| {
    let t = s(vm, a[0]);
    if let Value::Obj(k) = a[1] {
        if matches!(vm.heap.kind(k), Kind::Tuple(_)) {
            let opts = vm.seq_items(a[1]);
            return Ok(Value::Bool(
                opts.iter()
                    .any(|o| t.starts_with(vm.str_of(*o).unwrap_or("\u{0}"))),
            ));
        }
    }
    let p = arg_str(vm, a[1], "startswith")?;
    Ok(Value::Bool(t.starts_with(p.as_str())))
});
str_fn!(endswith, |vm, a| {
    let t = s(vm, a[0]);
    if let Value::Obj(k) = a[1] {
        if matches!(vm.heap.kind(k), Kind::Tuple(_)) {
            let opts = vm.seq_items(a[1]);
            return Ok(Value::Bool(
                opts.iter()
                    .any(|o| t.ends_with(vm.str_of(*o).unwrap_or("\u{0}"))),
            ));
        }
    }
    let p = arg_str(vm, a[1], "endswith")?;
    Ok(Value::Bool(t.ends_with(p.as_str())))
});
str_fn!(find, |vm, a| {
    let (t, p) = (s(vm, a[0]), s(vm, a[1]));
    Ok(Value::Int(
        t.find(p.as_str())
            .map_or(-1, |b| t[..b].chars().count() as i64),
    ))
});
str_fn!(index, |vm, a| {
    let (t, p) = (s(vm, a[0]), s(vm, a[1]));
    match t.find(p.as_str()) {
        Some(b) => Ok(Value::Int(t[..b].chars().count() as i64)),
        None => Err(vm.value_error("substring not found".into())),
    }
});
str_fn!(count, |vm, a| {
    let (t, p) = (s(vm, a[0]), s(vm, a[1]));
    let n = if p.is_empty() {
        t.chars().count() + 1
    } else {
        t.matches(p.as_str()).count()
    };
    Ok(Value::Int(n as i64))
});
str_fn!(isdigit, |vm, a| {
    let t = s(vm, a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()),
    ))
});
str_fn!(isalpha, |vm, a| {
    let t = s(vm, a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(char::is_alphabetic),
    ))
});
str_fn!(isspace, |vm, a| {
    let t = s(vm, a[0]);
    Ok(Value::Bool(
        !t.is_empty() && t.chars().all(char::is_whitespace),
    ))
});
str_fn!(isupper, |vm, a| {
    let t = s(vm, a[0]);
    Ok(Value::Bool(
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
    ))
});
str_fn!(islower, |vm, a| {
    let t = s(vm, a[0]);
    Ok(Value::Bool(
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
    ))
});
str_fn!(capitalize, |vm, a| {
    let t = s(vm, a[0]);
    let mut cs = t.chars();
    let r = match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(vm.new_str(r))
});
str_fn!(title, |vm, a| {
    let t = s(vm, a[0]);
    let mut out = String::new();
    let mut prev_alpha = false;
    for c in t.chars() {
        if prev_alpha {
            out.extend(c.to_lowercase())
        } else {
            out.extend(c.to_uppercase())
        }
        prev_alpha = c.is_alphabetic();
    }
    Ok(vm.new_str(out))
});
str_fn!(format_method, |vm, a| {
    let t = s(vm, a[0]);
    let mut out = String::new();
    let mut auto = 1;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut field = String::new();
                for ch in chars.by_ref() {
                    if ch == '}' {
                        break;
                    }
                    field.push(ch);
                }
                let (name, spec) = match field.split_once(':') {
                    Some((n, sp)) => (n.to_string(), sp.to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match name.split_once('!') {
                    Some((n, c)) => (n.to_string(), c.chars().next()),
                    None => (name, None),
                };
                let v = if name.is_empty() {
                    let v = a.get(auto).copied();
                    auto += 1;
                    v
                } else {
                    name.parse::<usize>()
                        .ok()
                        .and_then(|i| a.get(i + 1).copied())
                };
                let Some(v) = v else {
                    return Err(vm.exception_with_msg(
                        vm.types.index_error,
                        format!(
                            "Replacement index {} out of range for positional args tuple",
                            auto - 2
                        ),
                    ));
                };
                let piece = match conv {
                    Some('r') => {
                        let r = vm.repr(v)?;
                        vm.format_value_str(&r, &spec)?
                    }
                    Some('s') => {
                        let r = vm.str(v)?;
                        vm.format_value_str(&r, &spec)?
                    }
                    _ => vm.format(v, &spec)?,
                };
                out.push_str(&piece);
            }
            c => out.push(c),
        }
    }
    Ok(vm.new_str(out))
});

impl Vm {
    fn format_value_str(&mut self, s: &str, spec: &str) -> PyResult<String> {
        let v = self.new_str(s);
        let r = self.format(v, spec);
        self.heap.decref(v);
        r
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.str_;
    vm.add_methods(
        t,
        &[
            ("upper", upper),
            ("lower", lower),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("split", split),
            ("join", join),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("index", index),
            ("count", count),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("capitalize", capitalize),
            ("title", title),
            ("format", format_method),
        ],
    );
}
