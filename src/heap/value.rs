//! `Value`: what a variable, a stack slot or a container item holds. Small and `Copy`; copying a
//! value never touches a refcount — owning one does (the holder increfs on store, decrefs on drop).

slotmap::new_key_type! {
    /// A versioned key into the heap arena: a stale key is detected, never undefined behaviour.
    pub struct ObjKey;
}

/// Immediates carry no refcount (CPython's small ints and singletons are immortal too).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, u64)]
pub enum Value {
    /// An unbound local slot or an empty table entry; never visible to Python code.
    #[default]
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// Ints that fit in i64; larger ones are `Kind::BigInt` objects.
    Int(i64),
    Float(f64),
    Obj(ObjKey),
}

impl Value {
    #[inline]
    pub fn as_obj(self) -> Option<ObjKey> {
        match self {
            Value::Obj(k) => Some(k),
            _ => None,
        }
    }

    #[inline]
    pub fn is_undef(self) -> bool {
        matches!(self, Value::Undef)
    }

    /// Identity, as Python's `is`: immediates compare by value (floats by bits).
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::None, Value::None)
            | (Value::Undef, Value::Undef)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            _ => false,
        }
    }
}
