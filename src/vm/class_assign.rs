//! `obj.__class__ = C`: an instance changes class when both classes are user classes with
//! the same instance layout (the same builtin base and the same `__slots__`), with CPython's
//! errors otherwise. The type version tags are untouched: the object's class changed, not any
//! class, so per-class caches stay valid.

use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};

impl Vm {
    /// Sets `obj.__class__` to `value` (owned).
    pub(super) fn assign_class(&mut self, obj: Value, value: Value) -> PyResult<()> {
        let r = self.check_class_assignment(obj, value);
        let new = match r {
            Ok(new) => new,
            Err(e) => {
                self.heap.decref(value);
                return Err(e);
            }
        };
        let Some(k) = obj.as_obj() else {
            self.heap.decref(value);
            return Ok(());
        };
        let slot = match self.heap.kind_mut(k) {
            Kind::Instance(i) => &mut i.class,
            Kind::Exception(e) => &mut e.class,
            _ => {
                self.heap.decref(value);
                return Ok(());
            }
        };
        // The reference `value` carries becomes the instance's.
        let old = std::mem::replace(slot, new);
        self.heap.decref(Value::Obj(old));
        Ok(())
    }

    fn check_class_assignment(&mut self, obj: Value, value: Value) -> PyResult<ObjKey> {
        let new = match value.as_obj() {
            Some(c) if matches!(self.heap.kind(c), Kind::Class(_)) => c,
            _ => {
                let t = self.type_name(value);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{t}' object"
                )));
            }
        };
        let old = self.type_of(obj);
        let instance = matches!(
            obj.as_obj().map(|k| self.heap.kind(k)),
            Some(Kind::Instance(_) | Kind::Exception(_))
        );
        if !instance || self.is_builtin_class(new) || self.is_builtin_class(old) {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .into(),
            ));
        }
        let same_layout = self.class_layout(new) == self.class_layout(old)
            && self.builtin_base(new) == self.builtin_base(old)
            && self.instance_layout(new) == self.instance_layout(old);
        if !same_layout {
            let (nn, on) = (self.class_name(new), self.class_name(old));
            return Err(self.type_error(format!(
                "__class__ assignment: '{nn}' object layout differs from '{on}'"
            )));
        }
        Ok(new)
    }

    /// Whether instances have a `__dict__` and weak references, and the `__slots__` names
    /// along the class's mro, base first: what decides whether two classes lay out instances
    /// alike.
    fn instance_layout(&self, class: ObjKey) -> (bool, bool, Vec<Box<str>>) {
        match self.heap.kind(class) {
            Kind::Class(c) => (c.dictless, c.weakref, c.slots.clone()),
            _ => (false, false, Vec::new()),
        }
    }
}
