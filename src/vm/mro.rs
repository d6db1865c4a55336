//! A new class's place among its bases: the method resolution order as the C3 linearization of
//! the bases (CPython's `mro_implementation`), the base whose instance layout it extends
//! (`best_base`), and CPython's errors for duplicate bases, inconsistent orders and
//! conflicting layouts.

use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::value::ObjKey;

impl Vm {
    /// The mro of a class with these bases, the class itself left out.
    pub fn linearize(&mut self, bases: &[ObjKey]) -> PyResult<Vec<ObjKey>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].contains(b) {
                let n = self.class_name(*b);
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        if let [single] = bases {
            return Ok(self.mro_of(*single));
        }
        let mut to_merge: Vec<Vec<ObjKey>> = bases.iter().map(|b| self.mro_of(*b)).collect();
        to_merge.push(bases.to_vec());
        let mut result = Vec::new();
        loop {
            to_merge.retain(|seq| !seq.is_empty());
            if to_merge.is_empty() {
                return Ok(result);
            }
            // The first head that is in no list's tail comes next.
            let next = to_merge
                .iter()
                .map(|seq| seq[0])
                .find(|head| !to_merge.iter().any(|seq| seq[1..].contains(head)));
            let Some(next) = next else {
                return Err(self.mro_conflict(&to_merge));
            };
            result.push(next);
            for seq in &mut to_merge {
                if seq[0] == next {
                    seq.remove(0);
                }
            }
        }
    }

    fn mro_of(&self, class: ObjKey) -> Vec<ObjKey> {
        match self.heap.kind(class) {
            Kind::Class(c) => c.mro.clone(),
            _ => vec![class],
        }
    }

    /// CPython's message names the heads still waiting, each once, in the lists' order.
    fn mro_conflict(&mut self, to_merge: &[Vec<ObjKey>]) -> super::PyErr {
        let mut heads: Vec<ObjKey> = Vec::new();
        for seq in to_merge {
            if !heads.contains(&seq[0]) {
                heads.push(seq[0]);
            }
        }
        let names: Vec<String> = heads.iter().map(|k| self.class_name(*k)).collect();
        self.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    }

    /// The base whose layout the new class's instances extend: the one with the most derived
    /// builtin layout, the first base when all are plain objects.
    pub fn best_base(&mut self, bases: &[ObjKey]) -> PyResult<ObjKey> {
        let mut best = bases[0];
        let mut best_solid = self.solid_base(best);
        for &b in &bases[1..] {
            let solid = self.solid_base(b);
            if self.is_subclass(best_solid, solid) {
                continue;
            }
            if !self.is_subclass(solid, best_solid) {
                return Err(self.type_error("multiple bases have instance lay-out conflict".into()));
            }
            best = b;
            best_solid = solid;
        }
        Ok(best)
    }

    /// The nearest class in `class`'s base chain that fixes a builtin layout of its own or
    /// adds slots (`object` for plain classes), as CPython's `solid_base`.
    pub(super) fn solid_base(&self, class: ObjKey) -> ObjKey {
        let mut k = class;
        while let Kind::Class(c) = self.heap.kind(k) {
            match c.base {
                Some(b)
                    if !(c.builtin && c.layout != self.class_layout(b))
                        && c.slots.len() == self.slot_count(b) =>
                {
                    k = b
                }
                _ => break,
            }
        }
        k
    }
}
