//! Inline caches of the eval loop: LoadGlobal remembers the entry where it found a name, valid
//! while the dicts it looked in keep their layout stamp (see `Dict::layout`).

use super::attr::ns_find;
use super::Vm;
use crate::compile::code::{Code, GlobalSlot};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::dict::Dict;

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
