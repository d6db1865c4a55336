//! `PyBytes`: an immutable byte string with its hash computed on first use, and the byte-string
//! algorithms `bytes` and `bytearray` share that need no interpreter (repr, hex, ASCII
//! classes). A `bytearray` is a plain `Vec<u8>` in its heap kind.

use std::cell::Cell;

pub use crate::numeric::parse::py_bytes_repr as repr_bytes;

#[derive(Debug)]
pub struct PyBytes {
    pub b: Box<[u8]>,
    /// -1 until computed (no hash is ever -1).
    hash: Cell<i64>,
}

impl PyBytes {
    pub fn new(b: impl Into<Box<[u8]>>) -> PyBytes {
        PyBytes {
            b: b.into(),
            hash: Cell::new(-1),
        }
    }

    /// The same hash as a str of the same ASCII text (CPython hashes both buffers alike).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::objects::str::hash_bytes(&self.b);
        self.hash.set(h);
        h
    }
}

/// `b.hex(sep, bytes_per_sep)`: groups counted from the right when `per` is positive, from the
/// left when negative.
pub fn hex(b: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(b.len() * 3);
    let (Some(sep), true) = (sep, per != 0) else {
        for c in b {
            out.push_str(&format!("{c:02x}"));
        }
        return out;
    };
    let n = per.unsigned_abs() as usize;
    for (i, c) in b.iter().enumerate() {
        let boundary = if per > 0 {
            i > 0 && (b.len() - i).is_multiple_of(n)
        } else {
            i > 0 && i.is_multiple_of(n)
        };
        if boundary {
            out.push(sep);
        }
        out.push_str(&format!("{c:02x}"));
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs. The error is the
/// position CPython names.
pub fn from_hex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or(i)?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}
