//! What the `match` statement asks of objects at run time (CPython's MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS): which values sequence
//! and mapping patterns accept, a mapping's values for the pattern's keys (through its `get`),
//! and a class pattern's attributes (positional ones named by `__match_args__`).

use super::{PyResult, Vm};
use crate::heap::object::{Kind, ViewKind};
use crate::heap::Value;

impl Vm {
    /// Sequence patterns match lists, tuples and ranges (and their subclasses), never str,
    /// bytes or bytearray.
    pub fn match_sequence(&self, v: Value) -> bool {
        let v = self.unwrap_payload(v);
        matches!(
            v.as_obj().map(|k| self.heap.kind(k)),
            Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range(_) | Kind::BigRange(_))
        )
    }

    /// Mapping patterns match dicts (and subclasses) and mappingproxies.
    pub fn match_mapping(&self, v: Value) -> bool {
        let v = self.unwrap_payload(v);
        match v.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::Dict(_)) => true,
            Some(Kind::DictView(d)) => d.kind == ViewKind::Proxy,
            _ => false,
        }
    }

    /// The values of `keys` (a tuple) in the subject, looked up with its `get` as CPython does
    /// (so `__missing__` is never called): a tuple, or None when a key is absent.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = self.seq_items(keys);
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact = matches!(
            subject.as_obj().map(|k| self.heap.kind(k)),
            Some(Kind::Dict(_))
        );
        let get_name = self.intern("get");
        let get = if exact {
            None
        } else {
            Some(self.getattr(subject, get_name)?)
        };
        // The "not found" marker `get` returns for a missing key.
        let dummy = self.new_list(Vec::new());
        let mut values = Vec::with_capacity(keys.len());
        let mut result = Ok(None);
        for (i, &key) in keys.iter().enumerate() {
            for &earlier in &keys[..i] {
                match self.eq(earlier, key) {
                    Ok(true) => {
                        let r = self.repr(key).unwrap_or_default();
                        result = Err(
                            self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                        );
                    }
                    Ok(false) => {}
                    Err(e) => result = Err(e),
                }
                if result.is_err() {
                    break;
                }
            }
            if result.is_err() {
                break;
            }
            let found = match (get, subject.as_obj()) {
                (None, Some(k)) => self.dict_get(k, key).map(|v| v.map(|v| self.incref(v))),
                (Some(g), _) => self.call(g, &[key, dummy]).map(|v| {
                    if v.is(dummy) {
                        self.heap.decref(v);
                        None
                    } else {
                        Some(v)
                    }
                }),
                _ => Ok(None),
            };
            match found {
                Ok(Some(v)) => values.push(v),
                Ok(None) => {
                    result = Ok(Some(()));
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.heap.decref(dummy);
        if let Some(g) = get {
            self.heap.decref(g);
        }
        match result {
            Ok(None) => Ok(self.new_tuple(values)),
            Ok(Some(())) => {
                self.heap.decref_all(values);
                Ok(Value::None)
            }
            Err(e) => {
                self.heap.decref_all(values);
                Err(e)
            }
        }
    }

    /// `case cls(p0, p1, k=p2)`: the attributes to match, or None when the subject is no
    /// instance of `cls` or lacks one of them.
    pub fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        names: Value,
        nargs: usize,
    ) -> PyResult<Value> {
        let Some(ck) = cls
            .as_obj()
            .filter(|k| matches!(self.heap.kind(*k), Kind::Class(_)))
        else {
            return Err(self.type_error("called match pattern must be a type".into()));
        };
        // PyObject_IsInstance: a metaclass's `__instancecheck__` decides.
        let is_instance =
            match crate::builtins::user_check(self, cls, subject, "__instancecheck__")? {
                Some(r) => r,
                None => self.isinstance(subject, ck),
            };
        if !is_instance {
            return Ok(Value::None);
        }
        let cname = self.class_name(ck);
        let mut attr_names: Vec<Value> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        let mut result: PyResult<bool> = Ok(true);
        if nargs > 0 {
            let key = self.intern("__match_args__");
            let match_args = match self.getattr(cls, key) {
                Ok(v) => Some(v),
                Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                    self.heap.decref(e.0);
                    None
                }
                Err(e) => return Err(e),
            };
            match match_args {
                Some(m)
                    if matches!(m.as_obj().map(|k| self.heap.kind(k)), Some(Kind::Tuple(_))) =>
                {
                    let items = self.seq_items(m).to_vec();
                    if nargs > items.len() {
                        self.heap.decref(m);
                        let n = items.len();
                        let s = if n == 1 { "" } else { "s" };
                        return Err(self.type_error(format!(
                            "{cname}() accepts {n} positional sub-pattern{s} ({nargs} given)"
                        )));
                    }
                    for &name in &items[..nargs] {
                        if self.str_of(name).is_none() {
                            let t = self.type_name(name);
                            self.heap.decref(m);
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {t})"
                            )));
                        }
                        attr_names.push(name);
                    }
                    // The names stay alive through the tuple until the attributes are read.
                    result = self.read_attrs(subject, &cname, &attr_names, &mut attrs, &[]);
                    self.heap.decref(m);
                }
                Some(m) => {
                    let t = self.type_name(m);
                    self.heap.decref(m);
                    return Err(self
                        .type_error(format!("{cname}.__match_args__ must be a tuple (got {t})")));
                }
                None if nargs == 1 && self.matches_self(ck) => {
                    attrs.push(self.incref(subject));
                }
                None => {
                    let (n, s) = if self.matches_self(ck) {
                        (1, "")
                    } else {
                        (0, "s")
                    };
                    return Err(self.type_error(format!(
                        "{cname}() accepts {n} positional sub-pattern{s} ({nargs} given)"
                    )));
                }
            }
        }
        if matches!(result, Ok(true)) {
            let kw: Vec<Value> = self.seq_items(names).to_vec();
            result = self.read_attrs(subject, &cname, &kw, &mut attrs, &attr_names);
        }
        match result {
            Ok(true) => Ok(self.new_tuple(attrs)),
            Ok(false) => {
                self.heap.decref_all(attrs);
                Ok(Value::None)
            }
            Err(e) => {
                self.heap.decref_all(attrs);
                Err(e)
            }
        }
    }

    /// Reads `names` off the subject into `out`; false when one is missing (AttributeError).
    fn read_attrs(
        &mut self,
        subject: Value,
        cname: &str,
        names: &[Value],
        out: &mut Vec<Value>,
        earlier: &[Value],
    ) -> PyResult<bool> {
        for (i, &name) in names.iter().enumerate() {
            let n = self.str_of(name).unwrap_or("").to_string();
            let dup = earlier
                .iter()
                .chain(&names[..i])
                .any(|e| self.str_of(*e) == Some(n.as_str()));
            if dup {
                return Err(self.type_error(format!(
                    "{cname}() got multiple sub-patterns for attribute '{n}'"
                )));
            }
            let key = self.intern(&n);
            match self.getattr(subject, key) {
                Ok(v) => out.push(v),
                Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                    self.heap.decref(e.0);
                    return Ok(false);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }

    /// The builtin types whose one positional sub-pattern matches the subject itself
    /// (`case int(x)`), subclasses included.
    fn matches_self(&self, class: crate::heap::ObjKey) -> bool {
        let t = &self.types;
        let selfish = [
            t.bool_,
            t.bytearray,
            t.bytes,
            t.dict,
            t.float,
            t.frozenset,
            t.int,
            t.list,
            t.set,
            t.str_,
            t.tuple,
        ];
        selfish.iter().any(|&s| self.is_subclass(class, s))
    }

    /// `**rest`: a new dict of the subject's items without the pattern's keys.
    pub fn copy_dict_without_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let dict = self.types.dict;
        let rest = crate::builtins::construct(
            self,
            dict,
            crate::heap::object::Layout::Dict,
            &[subject],
            &[],
        )?;
        for key in self.seq_items(keys).to_vec() {
            if let Err(e) = self.delitem(rest, key) {
                self.heap.decref(rest);
                return Err(e);
            }
        }
        Ok(rest)
    }
}
