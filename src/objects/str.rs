//! `PyStr`: an immutable Unicode string with its hash and length in code points computed once
//! (indexing is by code point; ASCII strings index bytes directly).

use std::hash::Hasher;

#[derive(Debug)]
pub struct PyStr {
    pub s: Box<str>,
    pub hash: i64,
    /// Length in code points.
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s = s.into();
        let hash = hash_str(&s);
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr { s, hash, chars }
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
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}
