//! The JSON encoder `_json.encode` runs for `json.dumps` (`JSONEncoder.encode`): the text of
//! an object as CPython's encoder writes it, with its separators, indentation, key
//! conversions and order (`sort_keys` sorts the items), float reprs, string escapes, the
//! circular-reference check and the `default` hook for objects of no JSON type.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

struct Encoder {
    /// Ids of the containers being encoded (None: `check_circular=False`).
    markers: Option<Vec<Value>>,
    default: Value,
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    /// Whether CPython would use its C encoder (no indent), whose NaN message differs.
    c_messages: bool,
    out: String,
}

/// A JSON string literal for `s`.
pub fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' || (ensure_ascii && c > '~') => {
                let n = c as u32;
                if n >= 0x10000 {
                    let m = n - 0x10000;
                    let (hi, lo) = (0xd800 | (m >> 10), 0xdc00 | (m & 0x3ff));
                    out.push_str(&format!("\\u{hi:04x}\\u{lo:04x}"));
                } else {
                    out.push_str(&format!("\\u{n:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float_text(&self, vm: &mut Vm, x: f64) -> PyResult<String> {
        let text = if x.is_nan() {
            "NaN"
        } else if x == f64::INFINITY {
            "Infinity"
        } else if x == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(crate::numeric::float_repr::repr_f64(x));
        };
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(vm.value_error(if self.c_messages {
                msg.to_string()
            } else {
                format!("{msg}: {}", crate::numeric::float_repr::repr_f64(x))
            }));
        }
        Ok(text.to_string())
    }

    /// The text of a str, None, bool, int or float (subclasses too), or None.
    fn scalar(&self, vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
        let v = match v {
            Value::None => return Ok(Some("null".into())),
            Value::Bool(b) => return Ok(Some(if b { "true" } else { "false" }.into())),
            Value::Int(i) => return Ok(Some(i.to_string())),
            Value::Float(x) => return self.float_text(vm, x).map(Some),
            Value::Obj(_) => vm.unwrap_payload(v),
            _ => return Ok(None),
        };
        if let Some(s) = vm.str_of(v) {
            let mut out = String::with_capacity(s.len() + 2);
            quote(s, self.ensure_ascii, &mut out);
            return Ok(Some(out));
        }
        match v {
            Value::Bool(b) => Ok(Some(if b { "true" } else { "false" }.into())),
            Value::Int(i) => Ok(Some(i.to_string())),
            Value::Float(x) => self.float_text(vm, x).map(Some),
            Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => big_text(vm, v),
            _ => Ok(None),
        }
    }

    fn enter(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if m.iter().any(|x| x.is(o)) {
                return Err(vm.value_error("Circular reference detected".into()));
            }
            m.push(o);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if let Some(m) = &mut self.markers {
            m.pop();
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, o: Value, level: usize) -> PyResult<()> {
        if let Some(text) = self.scalar(vm, o)? {
            self.out.push_str(&text);
            return Ok(());
        }
        let inner = vm.unwrap_payload(o);
        match inner.as_obj().map(|k| vm.heap.kind(k)) {
            Some(Kind::List(_) | Kind::Tuple(_)) => vm
                .deeper(" while encoding a JSON object", |vm| {
                    self.list(vm, o, inner, level)
                }),
            Some(Kind::Dict(_)) => vm.deeper(" while encoding a JSON object", |vm| {
                self.dict(vm, o, level)
            }),
            _ => {
                self.enter(vm, o)?;
                let replaced = vm.call(self.default, &[o])?;
                let r = vm.deeper(" while encoding a JSON object", |vm| {
                    self.value(vm, replaced, level)
                });
                vm.heap.decref(replaced);
                r?;
                self.leave();
                Ok(())
            }
        }
    }

    fn list(&mut self, vm: &mut Vm, o: Value, seq: Value, level: usize) -> PyResult<()> {
        // A subclass is iterated (its own `__iter__`), as PySequence_Fast does.
        let items = if o.is(seq) {
            let items = vm.seq_items(seq);
            for &v in &items {
                vm.heap.incref(v);
            }
            items
        } else {
            vm.iterate(o)?
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        if let Err(e) = self.enter(vm, o) {
            vm.heap.decref_all(items);
            return Err(e);
        }
        self.out.push('[');
        self.newline(level + 1);
        let mut r = Ok(());
        for (n, &v) in items.iter().enumerate() {
            if n > 0 {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            r = self.value(vm, v, level + 1);
            if r.is_err() {
                break;
            }
        }
        vm.heap.decref_all(items);
        r?;
        self.newline(level);
        self.out.push(']');
        self.leave();
        Ok(())
    }

    /// The (key, value) pairs of a dict (owned), in order, sorted by `sort_keys`.
    fn items(&self, vm: &mut Vm, d: Value) -> PyResult<Vec<(Value, Value)>> {
        let exact = matches!(d.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Dict(_)));
        let list = if exact {
            let pairs: Vec<(Value, Value)> = d
                .as_obj()
                .and_then(|k| vm.namespace(k))
                .map(|dd| dd.iter().map(|e| (e.key, e.value)).collect())
                .unwrap_or_default();
            if !self.sort_keys {
                for &(k, v) in &pairs {
                    vm.heap.incref(k);
                    vm.heap.incref(v);
                }
                return Ok(pairs);
            }
            let tuples = pairs
                .into_iter()
                .map(|(k, v)| {
                    vm.heap.incref(k);
                    vm.heap.incref(v);
                    vm.new_tuple(vec![k, v])
                })
                .collect();
            vm.new_list(tuples)
        } else {
            let name = vm.intern("items");
            let f = vm.getattr(d, name)?;
            let r = vm.call(f, &[]);
            vm.heap.decref(f);
            let view = r?;
            let items = vm.iterate(view);
            vm.heap.decref(view);
            let items = items?;
            vm.new_list(items)
        };
        let list = if self.sort_keys {
            let sorted = super::super::sorted(vm, &[list], &[]);
            vm.heap.decref(list);
            sorted?
        } else {
            list
        };
        let tuples = vm.seq_items(list);
        let mut out = Vec::with_capacity(tuples.len());
        for t in tuples {
            let kv = vm.seq_items(t);
            if let [k, v] = kv[..] {
                vm.heap.incref(k);
                vm.heap.incref(v);
                out.push((k, v));
            }
        }
        vm.heap.decref(list);
        Ok(out)
    }

    /// A dict key's text (None: skipped).
    fn key_text(&self, vm: &mut Vm, k: Value) -> PyResult<Option<String>> {
        let inner = vm.unwrap_payload(k);
        if let Some(s) = vm.str_of(inner) {
            return Ok(Some(s.to_string()));
        }
        match inner {
            Value::Float(x) => return self.float_text(vm, x).map(Some),
            Value::Bool(b) => return Ok(Some(if b { "true" } else { "false" }.into())),
            Value::None => return Ok(Some("null".into())),
            Value::Int(i) => return Ok(Some(i.to_string())),
            Value::Obj(o) if matches!(vm.heap.kind(o), Kind::BigInt(_)) => {
                return big_text(vm, inner)
            }
            _ => {}
        }
        if self.skipkeys {
            return Ok(None);
        }
        let t = vm.type_name(k);
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {t}"
        )))
    }

    fn dict(&mut self, vm: &mut Vm, o: Value, level: usize) -> PyResult<()> {
        let inner = vm.unwrap_payload(o);
        let empty = inner
            .as_obj()
            .and_then(|k| vm.namespace(k))
            .is_some_and(|d| d.is_empty());
        if empty {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, o)?;
        let pairs = self.items(vm, o)?;
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        let mut r = Ok(());
        let mut rest = pairs.iter();
        for &(k, v) in rest.by_ref() {
            let key = match self.key_text(vm, k) {
                Ok(Some(key)) => key,
                Ok(None) => continue,
                Err(e) => {
                    r = Err(e);
                    break;
                }
            };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            first = false;
            quote(&key, self.ensure_ascii, &mut self.out);
            let sep = self.key_sep.clone();
            self.out.push_str(&sep);
            r = self.value(vm, v, level + 1);
            if r.is_err() {
                break;
            }
        }
        for (k, v) in pairs {
            vm.heap.decref(k);
            vm.heap.decref(v);
        }
        r?;
        self.newline(level);
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

fn text_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be a string, not {t}")))
        }
    }
}

/// `_json.encode(o, check_circular, default, ensure_ascii, allow_nan, sort_keys, skipkeys,
/// indent, key_separator, item_separator)`: `o` as JSON text.
pub fn encode(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let [o, check_circular, default, ensure_ascii, allow_nan, sort_keys, skipkeys, indent, key_sep, item_sep] =
        a
    else {
        return Err(vm.type_error(format!("encode() takes 10 arguments ({} given)", a.len())));
    };
    let indent = match *indent {
        Value::None => None,
        v if vm.str_of(v).is_some() => Some(text_arg(vm, v, "indent")?),
        v => {
            let n = vm.index_value(v)?;
            Some(" ".repeat(n.max(0) as usize))
        }
    };
    let mut enc = Encoder {
        markers: vm.truthy(*check_circular)?.then(Vec::new),
        default: *default,
        ensure_ascii: vm.truthy(*ensure_ascii)?,
        allow_nan: vm.truthy(*allow_nan)?,
        sort_keys: vm.truthy(*sort_keys)?,
        skipkeys: vm.truthy(*skipkeys)?,
        c_messages: indent.is_none(),
        indent,
        key_sep: text_arg(vm, *key_sep, "key_separator")?,
        item_sep: text_arg(vm, *item_sep, "item_separator")?,
        out: String::new(),
    };
    enc.value(vm, *o, 0)?;
    Ok(vm.new_str(enc.out))
}

/// A big int's digits, under the interpreter's digit limit as `int.__repr__` is.
fn big_text(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    let Some(b) = vm.to_big(v) else {
        return Ok(None);
    };
    match crate::numeric::parse::int_to_decimal(&b) {
        Ok(s) => Ok(Some(s)),
        Err(e) => Err(vm.num_err(e)),
    }
}
