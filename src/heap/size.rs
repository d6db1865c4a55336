//! Byte accounting: what one object occupies on this heap (its slot plus the buffers it owns),
//! for `sys.getsizeof` and `%mem`.

use super::object::{Kind, Object};
use super::value::Value;

pub fn object_size(o: &Object) -> usize {
    let slot = std::mem::size_of::<Object>();
    let v = std::mem::size_of::<Value>();
    slot + match &o.kind {
        Kind::Str(s) => s.s.capacity(),
        Kind::BigInt(b) => b.bits().div_ceil(8) as usize + 8,
        Kind::List(l) => l.capacity() * v,
        Kind::Tuple(t) => t.len() * v,
        Kind::Dict(d) => d.len() * (v * 2 + 8) + 64,
        Kind::Set(s) => s.table.slots() * (v + 8),
        Kind::Instance(i) => i.dict.len() * (v * 2 + 8) + 64,
        _ => 0,
    }
}
