//! `PyStr`: a Unicode string with its length in code points computed once and its hash computed
//! on first use (indexing is by code point; ASCII strings index bytes directly). Immutable to
//! Python; the eval loop may append in place to a string no one else can see (`s += t`).

use std::cell::Cell;
use std::hash::Hasher;

#[derive(Debug)]
pub struct PyStr {
    pub s: String,
    /// -1 until computed (no hash is ever -1).
    hash: Cell<i64>,
    /// Length in code points.
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        let s = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            hash: Cell::new(-1),
            chars,
        }
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// Appends in place; only for a string nothing else refers to yet (its hash is unknown or
    /// recomputed).
    pub fn push_str(&mut self, text: &str, chars: usize) {
        self.s.push_str(text);
        self.chars += chars;
        self.hash.set(-1);
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code point at index `i` (0 ≤ i < chars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i ≤ chars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
}

/// String hashes are randomised in CPython, so no program may depend on them; any good hash
/// will do. -1 is reserved (CPython's error marker), as for every hash.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// The hash of a byte buffer (a str's UTF-8 text, or a bytes object's data).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(b);
    h.write_u8(0xff);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}
