//! Type version tags and the subclass lists that keep them exact. Every class carries a version
//! (CPython's `tp_version_tag`): a lookup cache keyed by (class, version) stays valid until the
//! class's dict, bases or mro change, or those of a class it inherits from, because a change
//! gives the class and all its subclasses, transitively, fresh versions.

use super::Vm;
use crate::heap::object::Kind;
use crate::heap::ObjKey;

impl Vm {
    /// Records a new class on its bases' `__subclasses__()` lists and gives it its first version.
    pub fn link_subclass(&mut self, class: ObjKey) {
        let bases = match self.heap.kind(class) {
            Kind::Class(c) => c.bases.clone(),
            _ => return,
        };
        for b in bases {
            if let Kind::Class(bc) = self.heap.kind_mut(b) {
                bc.subclasses.push(class);
            }
        }
        self.type_modified(class);
    }

    /// The class (or one it inherits from) changed: it and every subclass get new versions.
    pub fn type_modified(&mut self, class: ObjKey) {
        self.type_cache.invalidate();
        self.special_cache.invalidate();
        let mut work = vec![class];
        while let Some(k) = work.pop() {
            self.next_type_version = self.next_type_version.wrapping_add(1).max(1);
            let v = self.next_type_version;
            if let Kind::Class(c) = self.heap.kind_mut(k) {
                c.version = v;
                work.extend(c.subclasses.iter().copied());
            }
        }
    }

    /// The live classes that name `class` among their bases, in creation order.
    pub fn subclasses(&self, class: ObjKey) -> Vec<ObjKey> {
        match self.heap.kind(class) {
            Kind::Class(c) => c.subclasses.clone(),
            _ => Vec::new(),
        }
    }
}
