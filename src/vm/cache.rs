//! Lookup caches. LoadGlobal remembers the entry where it found a name, valid while the dicts
//! it looked in keep their layout stamp (see `Dict::layout`). The type cache remembers what a
//! lookup along a class's mro found (or that it found nothing), valid until some class that
//! already existed changes. The entries check one global epoch rather than the class's own
//! version tag (`type_version.rs`): a hit then reads nothing from the class object, which is
//! most of what a cached lookup costs. The per-class tags stay for caches that sit in one
//! instruction and must survive changes to unrelated classes.

use super::attr::ns_find;
use super::Vm;
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::code::{Code, GlobalSlot};
use crate::objects::dict::Dict;
use slotmap::Key;
use std::cell::Cell;

const TYPE_CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy, Default)]
struct TypeCacheEntry {
    class: ObjKey,
    name: ObjKey,
    epoch: u64,
    found: Option<Value>,
}

/// Borrowed answers of `class_lookup`, keyed by (class, name object). The values stay alive
/// while the epoch holds: they sit in the dicts of the class's mro, and a change to any class
/// dict, bases or mro starts a new epoch.
pub struct TypeCache {
    entries: Box<[Cell<TypeCacheEntry>]>,
    epoch: u64,
}

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache {
            entries: (0..TYPE_CACHE_SIZE).map(|_| Cell::default()).collect(),
            epoch: 1,
        }
    }
}

impl TypeCache {
    #[inline]
    fn slot(&self, class: ObjKey, name: ObjKey) -> &Cell<TypeCacheEntry> {
        let a = class.data().as_ffi();
        let b = name.data().as_ffi();
        let h = (a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0x2545_F491_4F6C_DD1D);
        &self.entries[(h >> 52) as usize & (TYPE_CACHE_SIZE - 1)]
    }

    /// The cached answer (Some(None) = known absent), or None when not cached.
    #[inline]
    pub fn get(&self, class: ObjKey, name: Value) -> Option<Option<Value>> {
        let Value::Obj(n) = name else { return None };
        let e = self.slot(class, n).get();
        (e.class == class && e.name == n && e.epoch == self.epoch).then_some(e.found)
    }

    #[inline]
    pub fn put(&self, class: ObjKey, name: Value, found: Option<Value>) {
        if let Value::Obj(n) = name {
            self.slot(class, n).set(TypeCacheEntry {
                class,
                name: n,
                epoch: self.epoch,
                found,
            });
        }
    }

    /// Forgets every answer: some class's lookups may differ now.
    pub fn invalidate(&mut self) {
        self.epoch += 1;
    }
}

fn dict_of(heap: &crate::heap::Heap, k: ObjKey) -> Option<&Dict> {
    match heap.kind(k) {
        Kind::Dict(d) => Some(d),
        _ => None,
    }
}

impl Vm {
    /// The value of global `code.consts[i]` (borrowed): the module's globals, then builtins.
    #[inline]
    pub fn load_global(&self, code: &Code, i: usize, globals: ObjKey) -> Option<Value> {
        let slot = code.global_cache.get(i)?;
        let c = slot.get();
        let g = dict_of(&self.heap, globals)?;
        if c.globals_layout != 0 && g.layout() == c.globals_layout {
            if c.builtins_layout == 0 {
                return g.entry_at(c.index as usize).map(|e| e.value);
            }
            let b = dict_of(&self.heap, self.builtins.as_obj()?)?;
            if b.layout() == c.builtins_layout {
                return b.entry_at(c.index as usize).map(|e| e.value);
            }
        }
        self.load_global_slow(code, i, globals)
    }

    #[cold]
    fn load_global_slow(&self, code: &Code, i: usize, globals: ObjKey) -> Option<Value> {
        let name = code.consts[i];
        let slot = &code.global_cache[i];
        let g = dict_of(&self.heap, globals)?;
        if let Some(ix) = ns_find(&self.heap, g, name) {
            slot.set(GlobalSlot {
                globals_layout: g.layout(),
                builtins_layout: 0,
                index: ix as u32,
            });
            return g.entry_at(ix).map(|e| e.value);
        }
        let b = dict_of(&self.heap, self.builtins.as_obj()?)?;
        let ix = ns_find(&self.heap, b, name)?;
        if g.layout() != 0 && b.layout() != 0 {
            slot.set(GlobalSlot {
                globals_layout: g.layout(),
                builtins_layout: b.layout(),
                index: ix as u32,
            });
        }
        b.entry_at(ix).map(|e| e.value)
    }
}
