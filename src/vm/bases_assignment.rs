//! `C.__bases__ = (…)` (CPython's `type_set_bases`): the new bases are checked, the class and
//! every class that inherits from it get their mro recomputed, the `__subclasses__()` lists
//! move and the type versions change. `typing.NamedTuple` and generic TypedDicts rely on it.

use super::{PyResult, Vm};
use crate::heap::object::{hook_bit, Kind};
use crate::heap::{ObjKey, Value};

impl Vm {
    /// Assigns `value` (borrowed) as the bases of the Python class `k`.
    pub(super) fn assign_bases(&mut self, k: ObjKey, value: Value) -> PyResult<()> {
        let cn = self.class_name(k);
        let items = match value.as_obj().map(|v| self.heap.kind(v)) {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => {
                let t = self.type_name(value);
                return Err(
                    self.type_error(format!("can only assign tuple to {cn}.__bases__, not {t}"))
                );
            }
        };
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {cn}.__bases__, not ()"
            )));
        }
        let mut bases = Vec::with_capacity(items.len());
        for item in items {
            let Some(b) = item
                .as_obj()
                .filter(|b| matches!(self.heap.kind(*b), Kind::Class(_)))
            else {
                let t = self.type_name(item);
                return Err(self.type_error(format!(
                    "{cn}.__bases__ must be tuple of classes, not '{t}'"
                )));
            };
            if self.is_subclass(b, k) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle".into()));
            }
            bases.push(b);
        }
        let new_base = self.best_base(&bases)?;
        let old_base = match self.heap.kind(k) {
            Kind::Class(c) => c.base.unwrap_or(self.types.object),
            _ => return Ok(()),
        };
        // CPython compares how instances are freed (a builtin type's way differs from a
        // class statement's, apart from its containers') and then their layouts.
        let (new, old) = (self.class_name(new_base), self.class_name(old_base));
        if self.is_builtin_class(new_base) != self.is_builtin_class(old_base) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new}' deallocator differs from '{old}'"
            )));
        }
        if self.solid_base(new_base) != self.solid_base(old_base) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new}' object layout differs from '{old}'"
            )));
        }
        let mut mro = self.linearize(&bases)?;
        mro.insert(0, k);
        let old_bases = self.replace_bases(k, bases, new_base, mro);
        if let Err(e) = self.recompute_subclass_mros(k) {
            // Put everything back as it was: the old bases linearized before.
            let old_mro = match self.linearize(&old_bases) {
                Ok(mut m) => {
                    m.insert(0, k);
                    m
                }
                Err(again) => {
                    self.heap.decref(again.0);
                    vec![k, old_base]
                }
            };
            let undone = self.replace_bases(k, old_bases, old_base, old_mro);
            for b in undone {
                self.heap.decref(Value::Obj(b));
            }
            self.recompute_subclass_mros(k).ok();
            return Err(e);
        }
        for b in old_bases {
            self.heap.decref(Value::Obj(b));
        }
        Ok(())
    }

    /// Installs new bases (borrowed, increfed here), base and mro on `k`, moving it between
    /// the bases' subclass lists; returns the old bases, whose references the caller now owns.
    fn replace_bases(
        &mut self,
        k: ObjKey,
        bases: Vec<ObjKey>,
        base: ObjKey,
        mro: Vec<ObjKey>,
    ) -> Vec<ObjKey> {
        for b in &bases {
            self.heap.incref(Value::Obj(*b));
        }
        let old = match self.heap.kind_mut(k) {
            Kind::Class(c) => {
                c.base = Some(base);
                c.mro = mro;
                std::mem::replace(&mut c.bases, bases.clone())
            }
            _ => Vec::new(),
        };
        for b in &old {
            if let Kind::Class(bc) = self.heap.kind_mut(*b) {
                bc.subclasses.retain(|s| *s != k);
            }
        }
        for b in &bases {
            if let Kind::Class(bc) = self.heap.kind_mut(*b) {
                bc.subclasses.push(k);
            }
        }
        self.refresh_inherited_flags(k);
        self.type_modified(k);
        old
    }

    /// The classes below `k`, breadth first, get their mro (and inherited flags) anew.
    fn recompute_subclass_mros(&mut self, k: ObjKey) -> PyResult<()> {
        let mut work: Vec<ObjKey> = self.subclasses(k);
        let mut i = 0;
        while i < work.len() {
            let s = work[i];
            i += 1;
            let bases = match self.heap.kind(s) {
                Kind::Class(c) => c.bases.clone(),
                _ => continue,
            };
            let mut mro = self.linearize(&bases)?;
            mro.insert(0, s);
            if let Kind::Class(c) = self.heap.kind_mut(s) {
                c.mro = mro;
            }
            self.refresh_inherited_flags(s);
            work.extend(self.subclasses(s));
        }
        Ok(())
    }

    /// `has_del` and the attribute-hook bits come from the class's own namespace and its
    /// bases; recomputed when the bases change.
    fn refresh_inherited_flags(&mut self, k: ObjKey) {
        let Kind::Class(c) = self.heap.kind(k) else {
            return;
        };
        let mut hooks = 0;
        let mut has_del = false;
        for b in &c.bases {
            if let Kind::Class(bc) = self.heap.kind(*b) {
                hooks |= bc.hooks;
                has_del |= bc.has_del;
            }
        }
        for e in c.dict.iter() {
            match self.str_of(e.key) {
                Some("__del__") => has_del = true,
                Some(n) => hooks |= hook_bit(n),
                None => {}
            }
        }
        if let Kind::Class(c) = self.heap.kind_mut(k) {
            c.hooks = hooks;
            c.has_del = has_del;
        }
    }
}
