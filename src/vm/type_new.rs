//! `type(name, bases, dict)`: a class made at run time, as a class statement with that body
//! would make it (`__module__` from the caller's globals, `__qualname__` the name).

use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::value::{ObjKey, Value};

impl Vm {
    pub fn type_new(&mut self, args: &[Value]) -> PyResult<Value> {
        self.type_new_meta(self.types.type_, args, &[])
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`: the metaclass actually used is the
    /// most derived of `meta` and the bases' metaclasses.
    pub fn type_new_meta(
        &mut self,
        meta: ObjKey,
        args: &[Value],
        kwargs: super::native::Kwargs,
    ) -> PyResult<Value> {
        let [name, bases, ns] = [args[0], args[1], args[2]];
        if self.str_of(name).is_none() {
            return Err(self.type_new_arg_error(1, "str", name));
        }
        let Some(Kind::Tuple(items)) = bases.as_obj().map(|k| self.heap.kind(k)) else {
            return Err(self.type_new_arg_error(2, "tuple", bases));
        };
        let items = items.to_vec();
        // The metaclasses of the bases must line up before anything else is checked (a base
        // that is not a class makes a conflict with its type).
        let winner = self.most_derived_metaclass(meta, &items)?;
        // A dict subclass (from a metaclass's `__prepare__`) counts by the dict it holds.
        let ns = self.unwrap_payload(ns);
        if !matches!(ns.as_obj().map(|k| self.heap.kind(k)), Some(Kind::Dict(_))) {
            return Err(self.type_new_arg_error(3, "dict", args[2]));
        }
        let mut classes: Vec<ObjKey> = Vec::with_capacity(items.len());
        for b in items {
            match b.as_obj() {
                Some(k) if matches!(self.heap.kind(k), Kind::Class(_)) => classes.push(k),
                _ => {
                    let t = self.type_name(b);
                    return Err(self.type_error(format!(
                        "type.__new__() argument 2 must be a tuple of types, not {t}"
                    )));
                }
            }
        }
        // The class gets a namespace of its own: the caller's dict is only read.
        let body = self.new_dict();
        let bk = body.as_obj().expect("dict");
        let entries: Vec<(Value, Value)> = match self.heap.kind(ns.as_obj().expect("dict")) {
            Kind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            self.heap.incref(v);
            self.ns_set(bk, k, v);
        }
        let module_key = self.intern("__module__");
        if self.ns_lookup(bk, module_key).is_none() {
            let caller_name = self.frames.last().and_then(|f| {
                let g = f.globals.as_obj()?;
                let key = self.names.name;
                self.ns_lookup(g, key)
            });
            if let Some(m) = caller_name {
                self.heap.incref(m);
                self.ns_set(bk, module_key, m);
            }
        }
        // `type(name, bases, ns)` whose bases have a metaclass with its own `__new__`: that
        // metaclass makes the class.
        if winner != meta && self.python_new(winner).is_some() {
            self.heap.decref(body);
            return self.call_kw(Value::Obj(winner), args, kwargs);
        }
        let r = self.create_class_with(Some(winner), name, &classes, bk, kwargs);
        self.heap.decref(body);
        r
    }

    /// `C.mro()`: the method resolution order as a new list.
    pub fn mro_list(&mut self, class: Value) -> PyResult<Value> {
        let Some(Kind::Class(c)) = class.as_obj().map(|k| self.heap.kind(k)) else {
            let t = self.type_name(class);
            return Err(self.type_error(format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{t}' object"
            )));
        };
        let items: Vec<Value> = c.mro.iter().map(|k| Value::Obj(*k)).collect();
        for v in &items {
            self.heap.incref(*v);
        }
        Ok(self.new_list(items))
    }

    fn type_new_arg_error(&mut self, n: u32, want: &str, got: Value) -> super::PyErr {
        let t = self.type_name(got);
        self.type_error(format!(
            "type.__new__() argument {n} must be {want}, not {t}"
        ))
    }
}
