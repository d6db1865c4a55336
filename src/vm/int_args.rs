//! Python ints to machine integers, as CPython's converters do it: `operator.index` (ints, bools
//! and `__index__`), then one of PyNumber_AsSsize_t's three policies for an int too big for a
//! `Py_ssize_t` (clamp, IndexError, OverflowError), or a C argument type with its own message
//! (`int`, `long`, `Py_ssize_t`, and getargs' `i` with its "signed integer is greater than
//! maximum"). Every place that turns a Python int into a Rust integer goes through here.

use num_bigint::Sign;

use super::{PyErr, PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::Value;

/// An index as `operator.index` gives it: the value when it fits in i64, else its sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Index {
    Fits(i64),
    /// Beyond i64 (`Py_ssize_t`): `true` when negative.
    Huge {
        negative: bool,
    },
}

/// What PyNumber_AsSsize_t does with an int beyond `Py_ssize_t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overflow {
    /// Clamp to the nearest end (slice bounds, `round`'s ndigits).
    Clamp,
    /// IndexError "cannot fit 'T' into an index-sized integer" (subscripts).
    IndexError,
    /// OverflowError with the same message (sequence repeat counts).
    OverflowError,
}

impl Vm {
    /// `operator.index(v)`, reduced to i64 or the sign of a bigger int; TypeError for a value
    /// that is not an integer.
    #[inline]
    pub fn index_of(&mut self, v: Value) -> PyResult<Index> {
        match self.try_index(v)? {
            Some(i) => Ok(i),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `index_of`, with None for a value that has no `__index__`.
    #[inline]
    pub fn try_index(&mut self, v: Value) -> PyResult<Option<Index>> {
        match v {
            Value::Int(i) => Ok(Some(Index::Fits(i))),
            _ => self.try_index_slow(v),
        }
    }

    fn try_index_slow(&mut self, v: Value) -> PyResult<Option<Index>> {
        if let Some(i) = self.int_index(v) {
            return Ok(Some(i));
        }
        if matches!(v, Value::Float(_)) {
            return Ok(None);
        }
        let Some(f) = self.user_special(v, self.names.index) else {
            // An int subclass's value.
            return Ok(self.payload(v).and_then(|p| self.int_index(p)));
        };
        let r = self.call(f, &[v])?;
        let out = self.int_index(r);
        if out.is_none() {
            let t = self.type_name(r);
            self.heap.decref(r);
            return Err(self.type_error(format!("__index__ returned non-int (type {t})")));
        }
        self.heap.decref(r);
        Ok(out)
    }

    /// An int or bool as an index, without calling anything.
    fn int_index(&self, v: Value) -> Option<Index> {
        match v {
            Value::Int(i) => Some(Index::Fits(i)),
            Value::Bool(b) => Some(Index::Fits(b as i64)),
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::BigInt(b) => Some(Index::Huge {
                    negative: b.sign() == Sign::Minus,
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// PyNumber_AsSsize_t(v, policy).
    pub fn as_ssize(&mut self, v: Value, policy: Overflow) -> PyResult<i64> {
        match self.index_of(v)? {
            Index::Fits(i) => Ok(i),
            Index::Huge { negative } if policy == Overflow::Clamp => {
                Ok(if negative { i64::MIN } else { i64::MAX })
            }
            Index::Huge { .. } => Err(self.cannot_fit(v, policy)),
        }
    }

    /// "cannot fit 'T' into an index-sized integer" as IndexError or OverflowError.
    pub fn cannot_fit(&mut self, v: Value, policy: Overflow) -> PyErr {
        let t = self.type_name(v);
        let msg = format!("cannot fit '{t}' into an index-sized integer");
        let cls = if policy == Overflow::IndexError {
            self.types.index_error
        } else {
            self.types.overflow_error
        };
        self.exception_with_msg(cls, msg)
    }

    /// An int-like value as i64 for a subscript: IndexError when it cannot fit.
    pub fn index_value(&mut self, v: Value) -> PyResult<i64> {
        self.as_ssize(v, Overflow::IndexError)
    }

    /// A `Py_ssize_t` argument (Argument Clinic): OverflowError "... to C ssize_t".
    pub fn ssize_arg(&mut self, v: Value) -> PyResult<i64> {
        match self.index_of(v)? {
            Index::Fits(i) => Ok(i),
            Index::Huge { .. } => Err(self.too_large("C ssize_t")),
        }
    }

    /// A C `long` argument.
    pub fn c_long_arg(&mut self, v: Value) -> PyResult<i64> {
        match self.index_of(v)? {
            Index::Fits(i) => Ok(i),
            Index::Huge { .. } => Err(self.too_large("C long")),
        }
    }

    /// A C `int` argument (Argument Clinic's `int`, `_PyLong_AsInt`).
    pub fn c_int_arg(&mut self, v: Value) -> PyResult<i32> {
        match self.index_of(v)? {
            Index::Fits(i) => i32::try_from(i).map_err(|_| self.too_large("C int")),
            Index::Huge { .. } => Err(self.too_large("C int")),
        }
    }

    /// getargs' `i` format (PyArg_ParseTuple): a C long, then range-checked for `int`.
    pub fn getargs_int(&mut self, v: Value) -> PyResult<i32> {
        let i = self.c_long_arg(v)?;
        if i > i32::MAX as i64 {
            return Err(self.overflow_error("signed integer is greater than maximum".into()));
        }
        if i < i32::MIN as i64 {
            return Err(self.overflow_error("signed integer is less than minimum".into()));
        }
        Ok(i as i32)
    }

    /// A start/end argument (`_PyEval_SliceIndex`): None keeps the default, huge ints clamp.
    pub fn slice_index(&mut self, v: Option<Value>) -> PyResult<Option<i64>> {
        let Some(v) = v else {
            return Ok(None);
        };
        if v.is(Value::None) {
            return Ok(None);
        }
        match self.try_index(v)? {
            Some(Index::Fits(i)) => Ok(Some(i)),
            Some(Index::Huge { negative }) => Ok(Some(if negative { i64::MIN } else { i64::MAX })),
            None => Err(self.type_error(
                "slice indices must be integers or None or have an __index__ method".into(),
            )),
        }
    }

    fn too_large(&mut self, c_type: &str) -> PyErr {
        self.overflow_error(format!("Python int too large to convert to {c_type}"))
    }
}
