//! The buffer protocol as Cellar has it: which objects lend their bytes to others (bytes,
//! bytearray, `array.array`, memoryview), and the export tokens that keep a bytearray or an
//! array from resizing while a memoryview looks at it. Each live view holds a clone of its
//! exporter's token (`Vm::buffer_exports`); the exporter is exported while any clone lives,
//! so a view that dies or is released lets go without a hook of its own.

use std::rc::Rc;

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::{PyErr, Vm};

/// The bytes of an object that exports its whole buffer: bytes, bytearray, an array, or a
/// subclass instance of one.
pub fn exporter_bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    if let Some(b) = vm.bytes_of(v) {
        return Some(b);
    }
    match vm.heap.kind(v.as_obj()?) {
        Kind::Instance(i) => i.array().map(|a| a.bytes.as_slice()),
        _ => None,
    }
}

/// A copy of the bytes of any bytes-like object, a memoryview's in its items' order.
pub fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match exporter_bytes(vm, v) {
        Some(b) => Some(b.to_vec()),
        None => super::memoryview::view_bytes(vm, v),
    }
}

/// A token for a view of `k`'s buffer: while it lives, `k` is exported.
pub fn export(vm: &mut Vm, k: ObjKey) -> Rc<()> {
    vm.buffer_exports
        .entry(k)
        .or_insert_with(|| Rc::new(()))
        .clone()
}

/// Whether a live view holds `k`'s buffer.
pub fn is_exported(vm: &mut Vm, k: ObjKey) -> bool {
    match vm.buffer_exports.get(&k) {
        Some(t) if Rc::strong_count(t) > 1 => true,
        Some(_) => {
            vm.buffer_exports.remove(&k);
            false
        }
        None => false,
    }
}

/// A `BufferError` with `msg`.
pub fn buffer_error(vm: &mut Vm, msg: &str) -> PyErr {
    let key = vm.intern("BufferError");
    let b = vm.builtins.as_obj();
    let class = match b.and_then(|b| vm.ns_lookup(b, key)) {
        Some(Value::Obj(c)) if matches!(vm.heap.kind(c), Kind::Class(_)) => c,
        _ => vm.types.exception,
    };
    vm.exception_with_msg(class, msg.into())
}
