//! The calling convention of functions written in Rust (builtins and builtin methods): borrowed
//! positional arguments (the receiver first for methods) and keyword arguments; an owned result.

use crate::heap::Value;
use crate::vm::{PyResult, Vm};

/// Keyword arguments: (interned name, value) pairs, borrowed.
pub type Kwargs<'a> = &'a [(Value, Value)];

pub type NativeFn = fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>;

/// The `__next__` of a type a module defines in Rust, called by `Vm::next` directly: the next
/// item (owned), or None when the iterator is exhausted (no StopIteration is made for it).
pub type NextFn = fn(&mut Vm, Value) -> PyResult<Option<Value>>;

/// What the interpreter calls directly for a type a module defines in Rust.
#[derive(Clone, Copy)]
pub struct NativeType {
    /// `Type(*args)`, with the class (the type or a subclass) first.
    pub new: NativeFn,
    /// For an iterator type, its next item.
    pub next: Option<NextFn>,
    /// Python classes may derive from it (CPython's Py_TPFLAGS_BASETYPE).
    pub basetype: bool,
    /// Attributes computed from the instance (`deque.maxlen`), as getset descriptors in the
    /// class dict: each function gets the instance alone to read, or the instance and the
    /// new value (Undef to delete) to write.
    pub getters: &'static [(&'static str, NativeFn)],
}
