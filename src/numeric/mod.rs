//! Numeric semantics of CPython 3.11 as pure functions on Rust values: float repr, the format-spec
//! mini-language, printf-style `%` formatting, hashing, arithmetic corner cases and `int()`/`float()`
//! parsing. Nothing here knows about the interpreter's objects; errors carry CPython's exact text.

pub mod arith;
pub mod complex;
pub mod float_hex;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod parse;
pub mod percent;
mod unicode_tables;

use std::fmt;

/// The Python exception class a [`NumError`] maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    TypeError,
    /// CPython reaches MemoryError for results that cannot be allocated (`1 << 2**63`,
    /// `2 ** 10**20`); we refuse such requests up front instead of trying.
    MemoryError,
}

/// An error with the exception class and the message CPython would raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrKind,
    pub msg: String,
}

impl NumError {
    pub fn new(kind: ErrKind, msg: impl Into<String>) -> Self {
        NumError {
            kind,
            msg: msg.into(),
        }
    }
    pub fn value(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::ValueError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::OverflowError, msg)
    }
    pub fn zero_div(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::ZeroDivisionError, msg)
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ErrKind::TypeError, msg)
    }
    pub fn memory() -> Self {
        Self::new(ErrKind::MemoryError, "")
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for NumError {}

pub type NumResult<T> = Result<T, NumError>;

#[cfg(test)]
mod tests;
