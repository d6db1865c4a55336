//! The JSON scanner `_json.scan` runs for `json.loads`: a recursive descent over the
//! document's code points with CPython's scanner rules (what counts as a number, which
//! escapes exist, `strict` control characters, object keys shared through a memo) and its
//! error messages and positions, raised as the `json.JSONDecodeError` the caller passes in.
//! The hooks (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`) are called as the Python scanner calls them; `float` and `int` given as
//! the parse functions are done here without a call.

use rustc_hash::FxHashMap;

use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyErr, PyResult, Vm};

struct Scanner {
    chars: Vec<char>,
    doc: Value,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    /// None: the builtin `float` (or `int`), parsed here.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Value,
    error_class: Value,
    /// Keys seen so far, so equal keys share one str object (owned).
    memo: FxHashMap<String, Value>,
}

fn hook(v: Value) -> Option<Value> {
    (!v.is(Value::None)).then_some(v)
}

impl Scanner {
    fn fail(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        let m = vm.new_str(msg);
        let r = vm.call(self.error_class, &[m, self.doc, Value::Int(pos as i64)]);
        vm.heap.decref(m);
        match r {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.chars.get(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        self.chars
            .get(i..i + n)
            .is_some_and(|s| s.iter().copied().eq(word.chars()))
    }

    /// The value starting at `i` and the index after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let Some(&c) = self.chars.get(i) else {
            return Err(self.fail(vm, "Expecting value", i));
        };
        match c {
            '"' => {
                let (s, end) = self.string(vm, i + 1)?;
                Ok((vm.new_str(s), end))
            }
            '{' => vm.deeper(
                " while decoding a JSON object from a unicode string",
                |vm| self.object(vm, i + 1),
            ),
            '[' => vm.deeper(" while decoding a JSON array from a unicode string", |vm| {
                self.array(vm, i + 1)
            }),
            'n' if self.starts_with(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts_with(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts_with(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.starts_with(i, "NaN") => self.constant(vm, "NaN", i),
            'I' if self.starts_with(i, "Infinity") => self.constant(vm, "Infinity", i),
            '-' if self.starts_with(i, "-Infinity") => self.constant(vm, "-Infinity", i),
            '-' | '0'..='9' => self.number(vm, i),
            _ => Err(self.fail(vm, "Expecting value", i)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, i: usize) -> PyResult<(Value, usize)> {
        let s = vm.new_str(name);
        let r = vm.call(self.parse_constant, &[s]);
        vm.heap.decref(s);
        Ok((r?, i + name.len()))
    }

    fn digits_from(&self, mut i: usize) -> usize {
        while matches!(self.chars.get(i), Some('0'..='9')) {
            i += 1;
        }
        i
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let mut i = start;
        if self.chars[i] == '-' {
            i += 1;
        }
        match self.chars.get(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = self.digits_from(i),
            _ => return Err(self.fail(vm, "Expecting value", start)),
        }
        let mut integer = true;
        if self.chars.get(i) == Some(&'.') && matches!(self.chars.get(i + 1), Some('0'..='9')) {
            integer = false;
            i = self.digits_from(i + 2);
        }
        if matches!(self.chars.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.chars.get(j), Some('+' | '-')) {
                j += 1;
            }
            if matches!(self.chars.get(j), Some('0'..='9')) {
                integer = false;
                i = self.digits_from(j + 1);
            }
        }
        let text: String = self.chars[start..i].iter().collect();
        let parse = if integer {
            self.parse_int
        } else {
            self.parse_float
        };
        if let Some(f) = parse {
            let t = vm.new_str(text);
            let r = vm.call(f, &[t]);
            vm.heap.decref(t);
            return Ok((r?, i));
        }
        let v = if integer {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                // Long ones as int(text) parses them, digit limit included.
                Err(_) => match crate::numeric::parse::parse_int(&text, 10) {
                    Ok(b) => vm.int_from_big(b),
                    Err(e) => return Err(vm.num_err(e)),
                },
            }
        } else {
            match text.parse::<f64>() {
                Ok(x) => Value::Float(x),
                Err(_) => return Err(self.fail(vm, "Expecting value", start)),
            }
        };
        Ok((v, i))
    }

    fn hex4(&self, vm: &mut Vm, i: usize) -> PyResult<u32> {
        let digits = self.chars.get(i..i + 4);
        let ok = digits.is_some_and(|d| d.iter().all(char::is_ascii_hexdigit));
        match digits {
            Some(d) if ok => Ok(d
                .iter()
                .fold(0, |n, c| n * 16 + c.to_digit(16).unwrap_or(0))),
            _ => Err(self.fail(vm, "Invalid \\uXXXX escape", i - 1)),
        }
    }

    /// The string whose opening quote is just before `i`, and the index after it.
    fn string(&mut self, vm: &mut Vm, mut i: usize) -> PyResult<(String, usize)> {
        let begin = i - 1;
        let mut out = String::new();
        loop {
            let Some(&c) = self.chars.get(i) else {
                return Err(self.fail(vm, "Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let Some(&esc) = self.chars.get(i + 1) else {
                        return Err(self.fail(vm, "Unterminated string starting at", begin));
                    };
                    let simple = match esc {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        'u' => None,
                        _ => return Err(self.fail(vm, "Invalid \\escape", i)),
                    };
                    if let Some(s) = simple {
                        out.push(s);
                        i += 2;
                        continue;
                    }
                    let mut code = self.hex4(vm, i + 2)?;
                    i += 6;
                    if (0xd800..=0xdbff).contains(&code) && self.starts_with(i, "\\u") {
                        let low = self.hex4(vm, i + 2)?;
                        if (0xdc00..=0xdfff).contains(&low) {
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                            i += 6;
                        }
                    }
                    match char::from_u32(code) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(vm.value_error(format!(
                                "Cellar's str cannot hold the lone surrogate \\u{code:04x}"
                            )))
                        }
                    }
                }
                c if c < ' ' && self.strict => {
                    return Err(self.fail(vm, "Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    fn key(&mut self, vm: &mut Vm, s: String) -> Value {
        if let Some(&k) = self.memo.get(&s) {
            return vm.incref(k);
        }
        let k = vm.new_str(s.clone());
        self.memo.insert(s, vm.incref(k));
        k
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let r = self.object_pairs(vm, i, &mut pairs);
        let end = match r {
            Ok(end) => end,
            Err(e) => {
                for (k, v) in pairs {
                    vm.heap.decref(k);
                    vm.heap.decref(v);
                }
                return Err(e);
            }
        };
        if let Some(h) = self.pairs_hook {
            let items = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let l = vm.new_list(items);
            let r = vm.call(h, &[l]);
            vm.heap.decref(l);
            return Ok((r?, end));
        }
        let d = vm.new_dict();
        let dk = d.as_obj().expect("a dict");
        let mut pairs = pairs.into_iter();
        while let Some((k, v)) = pairs.next() {
            let r = vm.dict_set(dk, k, v);
            vm.heap.decref(k);
            if let Err(e) = r {
                for (k, v) in pairs {
                    vm.heap.decref(k);
                    vm.heap.decref(v);
                }
                vm.heap.decref(d);
                return Err(e);
            }
        }
        if let Some(h) = self.object_hook {
            let r = vm.call(h, &[d]);
            vm.heap.decref(d);
            return Ok((r?, end));
        }
        Ok((d, end))
    }

    /// Reads the members of an object into `pairs` (owned); the index after its `}`.
    fn object_pairs(
        &mut self,
        vm: &mut Vm,
        i: usize,
        pairs: &mut Vec<(Value, Value)>,
    ) -> PyResult<usize> {
        let mut i = self.skip_ws(i);
        if self.chars.get(i) == Some(&'}') {
            return Ok(i + 1);
        }
        loop {
            if self.chars.get(i) != Some(&'"') {
                return Err(self.fail(vm, "Expecting property name enclosed in double quotes", i));
            }
            let (s, end) = self.string(vm, i + 1)?;
            let key = self.key(vm, s);
            i = self.skip_ws(end);
            if self.chars.get(i) != Some(&':') {
                vm.heap.decref(key);
                return Err(self.fail(vm, "Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (value, end) = match self.value(vm, i) {
                Ok(r) => r,
                Err(e) => {
                    vm.heap.decref(key);
                    return Err(e);
                }
            };
            pairs.push((key, value));
            i = self.skip_ws(end);
            match self.chars.get(i) {
                Some('}') => return Ok(i + 1),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(self.fail(vm, "Expecting ',' delimiter", i)),
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let r = self.array_items(vm, i, &mut items);
        match r {
            Ok(end) => Ok((vm.new_list(items), end)),
            Err(e) => {
                vm.heap.decref_all(items);
                Err(e)
            }
        }
    }

    fn array_items(&mut self, vm: &mut Vm, i: usize, items: &mut Vec<Value>) -> PyResult<usize> {
        let mut i = self.skip_ws(i);
        if self.chars.get(i) == Some(&']') {
            return Ok(i + 1);
        }
        loop {
            let (v, end) = self.value(vm, i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.chars.get(i) {
                Some(']') => return Ok(i + 1),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(self.fail(vm, "Expecting ',' delimiter", i)),
            }
        }
    }
}

/// `_json.scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)`: `(value, end)` for the JSON value at `s[idx]`.
pub fn scan(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let [s, idx, strict, object_hook, pairs_hook, parse_float, parse_int, parse_constant, error_class] =
        a
    else {
        return Err(vm.type_error(format!("scan() takes 9 arguments ({} given)", a.len())));
    };
    let Some(text) = vm.str_of(*s) else {
        let t = vm.type_name(*s);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let chars: Vec<char> = text.chars().collect();
    let idx = vm.ssize_arg(*idx)?;
    let strict = vm.truthy(*strict)?;
    let builtin = |f: Value, t| match f {
        Value::Obj(k) if k == t => None,
        _ => hook(f),
    };
    let (float_t, int_t) = (vm.types.float, vm.types.int);
    let mut scanner = Scanner {
        chars,
        doc: *s,
        strict,
        object_hook: hook(*object_hook),
        pairs_hook: hook(*pairs_hook),
        parse_float: builtin(*parse_float, float_t),
        parse_int: builtin(*parse_int, int_t),
        parse_constant: *parse_constant,
        error_class: *error_class,
        memo: FxHashMap::default(),
    };
    let r = if idx < 0 {
        Err(vm.value_error("idx cannot be negative".into()))
    } else {
        scanner.value(vm, idx as usize)
    };
    for (_, k) in scanner.memo.drain() {
        vm.heap.decref(k);
    }
    let (v, end) = r?;
    Ok(vm.new_tuple(vec![v, Value::Int(end as i64)]))
}
