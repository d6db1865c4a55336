//! The class statement and metaclasses: `class C(B, metaclass=M, **kw)` picks the most derived
//! metaclass of `M` and the bases' (or fails with CPython's "metaclass conflict"), asks it for
//! the body's namespace (`__prepare__`), runs the body there, then calls it as
//! `M(name, bases, ns, **kw)`. With plain `type` the class is made directly.

use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};

impl Vm {
    /// `__build_class__(body, name, *bases, **kw)` (`kw` a dict or None, borrowed).
    pub(super) fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        kw: Value,
    ) -> PyResult<Value> {
        let (resolved, orig) = self.update_bases(bases)?;
        let r = self.build_class_from(body, name, &resolved, orig, kw);
        self.heap.decref_all(resolved);
        if let Some(o) = orig {
            self.heap.decref(o);
        }
        r
    }

    /// CPython's update_bases: a base that is not a class but has `__mro_entries__`
    /// (`Generic[T]`, `NamedTuple`) is replaced by what that returns. The bases (owned), and
    /// the original tuple (owned) when any was replaced.
    fn update_bases(&mut self, bases: &[Value]) -> PyResult<(Vec<Value>, Option<Value>)> {
        let key = self.intern("__mro_entries__");
        let mut out: Vec<Value> = Vec::with_capacity(bases.len());
        let mut orig: Option<Value> = None;
        for &b in bases {
            let is_class =
                matches!(b, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Class(_)));
            let entries = if is_class {
                None
            } else {
                match self.lookup_attr(b, key) {
                    Ok(e) => e,
                    Err(e) => {
                        self.heap.decref_all(out);
                        return Err(e);
                    }
                }
            };
            let Some(f) = entries else {
                out.push(self.incref(b));
                continue;
            };
            let t = *orig.get_or_insert_with(|| {
                let items = bases.iter().map(|v| self.incref(*v)).collect();
                self.new_tuple(items)
            });
            let r = self.call(f, &[t]);
            self.heap.decref(f);
            let fail = |vm: &mut Vm, out: Vec<Value>, orig: Option<Value>, e: super::PyErr| {
                vm.heap.decref_all(out);
                if let Some(o) = orig {
                    vm.heap.decref(o);
                }
                Err(e)
            };
            let r = match r {
                Ok(r) => r,
                Err(e) => return fail(self, out, orig, e),
            };
            match r.as_obj().map(|k| self.heap.kind(k)) {
                Some(Kind::Tuple(items)) => {
                    let items = items.to_vec();
                    for v in items {
                        out.push(self.incref(v));
                    }
                    self.heap.decref(r);
                }
                _ => {
                    self.heap.decref(r);
                    let e = self.type_error("__mro_entries__ must return a tuple".into());
                    return fail(self, out, orig, e);
                }
            }
        }
        Ok((out, orig))
    }

    fn build_class_from(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        orig_bases: Option<Value>,
        kw: Value,
    ) -> PyResult<Value> {
        let mut base_classes = Vec::with_capacity(bases.len());
        for b in bases {
            match b {
                Value::Obj(k) if matches!(self.heap.kind(*k), Kind::Class(_)) => {
                    base_classes.push(*k)
                }
                _ => return Err(self.type_error("bases must be types".into())),
            }
        }
        let mut kwargs: Vec<(Value, Value)> = match kw.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        let explicit = kwargs
            .iter()
            .position(|(k, _)| self.str_of(*k) == Some("metaclass"))
            .map(|i| kwargs.remove(i).1);
        let meta = match explicit {
            Some(m) => m,
            None => Value::Obj(match base_classes.first() {
                Some(&b) => self.type_of(Value::Obj(b)),
                None => self.types.type_,
            }),
        };
        // A class as metaclass: the most derived of it and the bases' metaclasses.
        let meta = match meta {
            Value::Obj(m) if matches!(self.heap.kind(m), Kind::Class(_)) => {
                Value::Obj(self.most_derived_metaclass(m, bases)?)
            }
            other => other,
        };
        if meta.is(Value::Obj(self.types.type_)) {
            let ns = self.new_dict();
            let r = self.run_class_body(body, ns).and_then(|()| {
                self.set_orig_bases(ns, orig_bases)?;
                let nsk = ns.as_obj().expect("ns");
                self.create_class_with(None, name, &base_classes, nsk, &kwargs)
            });
            self.heap.decref(ns);
            return r;
        }
        let bases_t = {
            let items = bases.iter().map(|b| self.incref(*b)).collect();
            self.new_tuple(items)
        };
        let r = self.build_class_with(meta, body, name, bases_t, orig_bases, &kwargs);
        self.heap.decref(bases_t);
        r
    }

    /// `ns["__orig_bases__"] = orig` after the body, when `__mro_entries__` changed the bases.
    fn set_orig_bases(&mut self, ns: Value, orig: Option<Value>) -> PyResult<()> {
        let Some(orig) = orig else { return Ok(()) };
        let key = self.intern("__orig_bases__");
        self.heap.incref(orig);
        self.setitem(ns, key, orig)
    }

    fn build_class_with(
        &mut self,
        meta: Value,
        body: Value,
        name: Value,
        bases: Value,
        orig_bases: Option<Value>,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let prepare = self.intern("__prepare__");
        let ns = match self.lookup_attr(meta, prepare)? {
            Some(p) => {
                let r = self.call_kw(p, &[name, bases], kwargs);
                self.heap.decref(p);
                r?
            }
            None => self.new_dict(),
        };
        let r = self
            .run_class_body(body, ns)
            .and_then(|()| self.set_orig_bases(ns, orig_bases))
            .and_then(|()| self.call_kw(meta, &[name, bases, ns], kwargs));
        self.heap.decref(ns);
        r
    }

    /// The metaclass a class with these bases gets when `meta` is asked for: the one that
    /// derives from all the others.
    pub fn most_derived_metaclass(&mut self, meta: ObjKey, bases: &[Value]) -> PyResult<ObjKey> {
        let mut winner = meta;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases"
                    .into(),
            ));
        }
        Ok(winner)
    }

    /// `C(*args)` for a class whose metaclass is not `type`: the metaclass's own `__call__`
    /// if it has one, else the usual instantiation.
    pub(super) fn call_class_with_meta(
        &mut self,
        class: ObjKey,
        args: &[Value],
        kwargs: super::native::Kwargs,
    ) -> PyResult<Value> {
        if let Some(f) = self.special(Value::Obj(class), self.names.call) {
            if !matches!(f, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Native(_))) {
                self.heap.incref(f);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(class));
                full.extend_from_slice(args);
                let r = self.call_kw(f, &full, kwargs);
                self.heap.decref(f);
                return r;
            }
        }
        self.instantiate(class, args, kwargs)
    }

    /// A class body's namespace that is not a plain dict (a metaclass's `__prepare__` gave a
    /// dict subclass or another mapping): names go through its `__getitem__`/`__setitem__`.
    pub(super) fn is_mapping_namespace(&self, ns: ObjKey) -> bool {
        matches!(self.heap.kind(ns), Kind::Instance(_))
    }

    /// `ns[name]` for such a namespace (owned), or None when it raises KeyError.
    pub(super) fn mapping_ns_get(&mut self, ns: ObjKey, name: Value) -> PyResult<Option<Value>> {
        match self.getitem(Value::Obj(ns), name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(e.0, self.types.key_error) => {
                self.heap.decref(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// The metaclass of `class` when it is a user class (not `type`).
    pub fn user_metaclass(&self, class: ObjKey) -> Option<ObjKey> {
        match self.heap.kind(class) {
            Kind::Class(c) => c.metaclass,
            _ => None,
        }
    }
}
