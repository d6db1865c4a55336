//! Byte accounting: what one object occupies on this heap, its slot plus the boxes and buffers
//! it owns at their capacity, for `sys.getsizeof` and `%mem`. Every kind is listed, so a kind
//! that gains a buffer must say how big it is.

use std::mem::size_of;

use super::object::{Iter, Kind, Object};
use super::value::Value;

pub fn object_size(o: &Object) -> usize {
    size_of::<Object>() + owned_bytes(&o.kind)
}

/// The bytes `kind` owns outside its slot.
fn owned_bytes(kind: &Kind) -> usize {
    let v = size_of::<Value>();
    match kind {
        Kind::Str(s) => s.s.capacity(),
        Kind::Bytes(b) => b.b.len(),
        Kind::ByteArray(b) => b.capacity(),
        Kind::Complex(_) => 0,
        Kind::BigInt(b) => size_of::<num_bigint::BigInt>() + b.bits().div_ceil(64) as usize * 8,
        Kind::List(l) => l.capacity() * v,
        Kind::Tuple(t) => t.len() * v,
        Kind::Dict(d) => size_of_val(&**d) + d.heap_bytes(),
        Kind::Set(s) => size_of_val(&**s) + s.table.heap_bytes(),
        Kind::Range(_) | Kind::Cell(_) | Kind::StaticMethod(_) | Kind::ClassMethod(_) => 0,
        Kind::Cleared => 0,
        Kind::BigRange(r) => size_of_val(&**r),
        Kind::Slice(p) => size_of_val(&**p),
        Kind::Property(p) => size_of_val(&**p),
        Kind::Function(f) => size_of_val(&**f),
        // The code's instructions and tables are shared (Rc) with the compiler's output: only
        // the constants array is counted here; the constants are objects of their own.
        Kind::Code(c) => c.consts.capacity() * v,
        Kind::Class(c) => {
            size_of_val(&**c) + c.dict.heap_bytes() + (c.mro.capacity() + c.bases.capacity()) * 8
        }
        Kind::Instance(i) => {
            size_of_val(&**i)
                + i.dict.heap_bytes()
                + i.extra.as_ref().map_or(0, |e| {
                    size_of_val(&**e)
                        + size_of_val(e.slots.values())
                        + e.deque
                            .as_ref()
                            .map_or(0, |d| size_of_val(&**d) + d.items.capacity() * v)
                        + e.array
                            .as_ref()
                            .map_or(0, |a| size_of_val(&**a) + a.bytes.capacity())
                })
        }
        Kind::Exception(e) => {
            size_of_val(&**e)
                + e.dict.heap_bytes()
                + e.suggestion.as_ref().map_or(0, |s| s.len())
                + size_of_val(e.slots.values())
        }
        Kind::BoundMethod(m) => size_of_val(&**m),
        Kind::Native(n) => size_of_val(&**n),
        Kind::Generator(g) => {
            size_of_val(&**g)
                + g.saved.capacity() * v
                + g.blocks.capacity() * size_of::<super::object::Block>()
        }
        Kind::Frame(f) => size_of_val(&**f) + f.locals.capacity() * v,
        Kind::Traceback(t) => size_of_val(&**t),
        Kind::Module(m) => size_of_val(&**m),
        Kind::Iter(it) => {
            size_of_val(&**it)
                + match &**it {
                    Iter::Zip { its, .. } | Iter::Map { its, .. } => its.capacity() * v,
                    Iter::BigRange(b) => size_of_val(&**b),
                    Iter::Seq { .. }
                    | Iter::Str { .. }
                    | Iter::Range { .. }
                    | Iter::Dict { .. }
                    | Iter::Set { .. }
                    | Iter::Reversed { .. }
                    | Iter::Enumerate { .. }
                    | Iter::Filter { .. }
                    | Iter::Callable { .. }
                    | Iter::GetItem { .. } => 0,
                }
        }
        Kind::Super(s) => size_of_val(&**s),
        Kind::DictView(d) => size_of_val(&**d),
        Kind::WeakRef(w) => size_of_val(&**w),
        Kind::File(f) => {
            size_of_val(&**f)
                + f.mode.len()
                + f.stream
                    .as_ref()
                    .map_or(0, |s| size_of_val(&**s) + s.buffered())
        }
    }
}
