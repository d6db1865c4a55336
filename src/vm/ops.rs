//! Operators: truth, arithmetic (small ints fast, promotion to big ints, Python's floor
//! semantics), comparisons and equality, hashing, membership, subscripts, and the dispatch to a
//! user class's special methods (with the reflected forms).

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use crate::numeric::{arith, hash as numhash, NumResult};

use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::code::CmpKind;
use crate::syntax::ast::BinOp;

/// A number seen as the operands of arithmetic.
#[derive(Clone)]
enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

/// `&`, `|`, `^` of two bools stay bools.
fn bool_bitop(op: BinOp, x: bool, y: bool) -> Option<Value> {
    match op {
        BinOp::BitAnd => Some(Value::Bool(x & y)),
        BinOp::BitOr => Some(Value::Bool(x | y)),
        BinOp::BitXor => Some(Value::Bool(x ^ y)),
        _ => None,
    }
}

fn binop_dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

impl Vm {
    pub fn int_from_big(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.heap.alloc(Kind::BigInt(Box::new(b))),
        }
    }

    fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(i)),
            Value::Bool(b) => Some(Num::I(b as i64)),
            Value::Float(f) => Some(Num::F(f)),
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::BigInt(b) => Some(Num::B((**b).clone())),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn to_big(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::I(i) => Some(BigInt::from(i)),
            Num::B(b) => Some(b),
            Num::F(_) => None,
        }
    }

    pub fn to_f64(&self, v: Value) -> Option<f64> {
        match self.num(v)? {
            Num::I(i) => Some(i as f64),
            Num::B(b) => b.to_f64(),
            Num::F(f) => Some(f),
        }
    }

    /// Truth value (`if x:`), honouring `__bool__` and `__len__`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undef => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(s) => !s.s.is_empty(),
                Kind::Bytes(b) => !b.b.is_empty(),
                Kind::Complex(z) => z.re != 0.0 || z.im != 0.0,
                Kind::ByteArray(b) => !b.is_empty(),
                Kind::List(l) => !l.is_empty(),
                Kind::Tuple(t) => !t.is_empty(),
                Kind::Dict(d) => !d.is_empty(),
                Kind::Set(s) => !s.table.is_empty(),
                Kind::BigInt(b) => !b.is_zero(),
                Kind::Range(r) => !r.is_empty(),
                Kind::BigRange(r) => !r.len.is_zero(),
                Kind::Instance(_) => return self.truthy_by_dunders(v),
                // A class whose metaclass defines `__bool__` or `__len__`.
                Kind::Class(c) if c.metaclass.is_some() => return self.truthy_by_dunders(v),
                _ => true,
            },
        })
    }

    /// The truth of an object whose type may define `__bool__` or `__len__`.
    fn truthy_by_dunders(&mut self, v: Value) -> PyResult<bool> {
        if let Some(f) = self.special(v, self.names.bool_) {
            let r = self.call(f, &[v])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let t = self.type_name(r);
                    self.heap.decref(r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {t}")))
                }
            };
        }
        if self.special(v, self.names.len).is_some() {
            return Ok(crate::builtins::len_of(self, v)? != 0);
        }
        match self.payload(v) {
            Some(p) => self.truthy(p),
            None => Ok(true),
        }
    }

    /// An int-like value as an arbitrary-precision int (range bounds), with
    /// `index_value`'s TypeError for anything else.
    pub fn index_big(&mut self, v: Value) -> PyResult<BigInt> {
        match self.index_big_opt(v)? {
            Some(b) => Ok(b),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `operator.index(v)` as BigInt; None when `v` has no `__index__`.
    pub fn index_big_opt(&mut self, v: Value) -> PyResult<Option<BigInt>> {
        if matches!(v, Value::Float(_)) {
            return Ok(None);
        }
        if let Some(b) = self.to_big(v) {
            return Ok(Some(b));
        }
        let Some(f) = self.user_special(v, self.names.index) else {
            return Ok(self.payload(v).and_then(|p| self.to_big(p)));
        };
        let r = self.call(f, &[v])?;
        let b = match r {
            Value::Float(_) => None,
            _ => self.to_big(r),
        };
        match b {
            Some(b) => {
                self.heap.decref(r);
                Ok(Some(b))
            }
            None => {
                let t = self.type_name(r);
                self.heap.decref(r);
                Err(self.type_error(format!("__index__ returned non-int (type {t})")))
            }
        }
    }

    /// A range from arbitrary-precision parts (step nonzero): the i64 form when it fits.
    pub fn new_range(&mut self, start: BigInt, stop: BigInt, step: BigInt) -> Value {
        let r = crate::heap::object::BigRangeObj::new(start, stop, step);
        match r.small() {
            Some(small) => self.heap.alloc(Kind::Range(small)),
            None => self.heap.alloc(Kind::BigRange(Box::new(r))),
        }
    }

    /// Any range object in its arbitrary-precision form.
    pub fn range_big(&self, v: Value) -> Option<crate::heap::object::BigRangeObj> {
        match self.heap.kind(v.as_obj()?) {
            Kind::Range(r) => Some(crate::heap::object::BigRangeObj::from_small(r)),
            Kind::BigRange(r) => Some((**r).clone()),
            _ => None,
        }
    }

    /// An exact int (not bool) as BigInt: what CPython's range tests with PyLong_CheckExact.
    pub fn exact_int_big(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::BigInt(b) => Some((**b).clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a op b` (owned result; operands borrowed).
    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.arith(op, a, b, false)
    }

    /// The shared tail of `a op b` and `a op= b` once in-place forms are ruled out: numbers,
    /// then sequences, sets and user dunders (`binary_slow`).
    fn arith(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                if let Some(v) = small_int_op(op, x, y) {
                    return Ok(v);
                }
            }
            (Value::Bool(x), Value::Bool(y)) => {
                if let Some(r) = bool_bitop(op, x, y) {
                    return Ok(r);
                }
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if let Some(r) = self.numeric(op, x, y) {
                return r;
            }
        }
        self.binary_slow(op, a, b, inplace)
    }

    pub fn inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Value::Obj(k) = a {
            // Lists extend in place, unless the right operand's `__radd__` answers first (a
            // list has no number slot for `+`, so PyNumber_InPlaceAdd asks the other side
            // before the sequence's concatenation).
            if op == BinOp::Add && matches!(self.heap.kind(k), Kind::List(_)) {
                let radd = self.intern("__radd__");
                if let Some(f) = self.user_special(b, radd) {
                    let r = self.call(f, &[b, a])?;
                    if !r.is(Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                let items = self.iterate_sized(b)?;
                self.list_extend(k, items)?;
                return Ok(self.incref(a));
            }
            if op == BinOp::Mult && matches!(self.heap.kind(k), Kind::List(_)) && self.is_index(b) {
                // `l *= n` repeats the list in place.
                let count = self.as_ssize(b, crate::vm::int_args::Overflow::OverflowError)?;
                self.list_inplace_repeat(k, count)?;
                return Ok(self.incref(a));
            }
            if matches!(self.heap.kind(k), Kind::ByteArray(_)) {
                match op {
                    BinOp::Add => {
                        if crate::builtins::bytearray::iadd(self, k, b)?.is_some() {
                            return Ok(self.incref(a));
                        }
                        let t = self.type_name(b);
                        return Err(self.type_error(format!("can't concat {t} to bytearray")));
                    }
                    BinOp::Mult if self.is_index(b) => {
                        crate::builtins::bytearray::imul(self, k, b)?;
                        return Ok(self.incref(a));
                    }
                    _ => {}
                }
            }
            // `d |= x` updates in place from a mapping or an iterable of pairs (PEP 584).
            if op == BinOp::BitOr && matches!(self.heap.kind(k), Kind::Dict(_)) {
                let how = crate::builtins::dict::Update::Update;
                crate::builtins::dict::update_from(self, a, b, how)?;
                return Ok(self.incref(a));
            }
            let is_set = matches!(self.heap.kind(k), Kind::Set(s) if !s.frozen);
            let set_op = matches!(
                op,
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            );
            if is_set
                && set_op
                && matches!(b, Value::Obj(bk) if matches!(self.heap.kind(bk), Kind::Set(_)))
            {
                return crate::builtins::set::set_inplace(self, op, a, b);
            }
            if matches!(self.heap.kind(k), Kind::Instance(_)) {
                let name = self.intern(binop_dunder(op).2);
                if let Some(f) = self.special(a, name) {
                    let r = self.call(f, &[a, b])?;
                    if !r.is(Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                // A mutable builtin's in-place operator changes the subclass instance's value
                // and gives the instance back (`list.__iadd__` returns self).
                if let Some(p) = self.payload(a) {
                    if matches!(p, Value::Obj(pk) if matches!(self.heap.kind(pk), Kind::List(_) | Kind::Dict(_) | Kind::Set(_) | Kind::ByteArray(_)))
                    {
                        let r = self.inplace(op, p, b)?;
                        if r.is(p) {
                            self.heap.decref(r);
                            return Ok(self.incref(a));
                        }
                        return Ok(r);
                    }
                }
            }
        }
        self.arith(op, a, b, true)
    }

    fn binary_slow(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        // Exact complexes here; a subclass instance takes the dunder path below first.
        if crate::builtins::complex::involved(self, a, b)
            && self.payload(a).is_none()
            && self.payload(b).is_none()
        {
            if let Some(r) = crate::builtins::complex::binary(self, op, a, b)? {
                return Ok(r);
            }
        }
        if let (Value::Obj(ka), BinOp::Add | BinOp::Mod) = (a, op) {
            if matches!(self.heap.kind(ka), Kind::Bytes(_) | Kind::ByteArray(_)) {
                // A right operand with its own reflected method is asked first (below).
                let name = self.intern(binop_dunder(op).1);
                if self.user_special(b, name).is_none() {
                    if op == BinOp::Mod {
                        return crate::builtins::bytes::percent_format(self, a, b);
                    }
                    return crate::builtins::bytes::concat(self, a, b);
                }
            }
        }
        // Sequences.
        if let (Value::Obj(ka), Value::Obj(kb)) = (a, b) {
            match (self.heap.kind(ka), self.heap.kind(kb), op) {
                (Kind::Str(_), Kind::Str(_), BinOp::Add) => {
                    let s = self.concat_str(ka, kb)?;
                    return Ok(self.new_str(s));
                }
                (Kind::List(_), Kind::List(_), BinOp::Add) => {
                    let items = self.concat_items(ka, kb)?;
                    return Ok(self.new_list(items));
                }
                (Kind::Tuple(_), Kind::Tuple(_), BinOp::Add) => {
                    let items = self.concat_items(ka, kb)?;
                    return Ok(self.new_tuple(items));
                }
                (
                    Kind::Set(_),
                    Kind::Set(_),
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                ) => {
                    return crate::builtins::set::set_operator(self, op, a, b);
                }
                (Kind::Str(_), _, BinOp::Mod) => {
                    return crate::builtins::string::percent_format(self, a, b);
                }
                (Kind::Dict(_), Kind::Dict(_), BinOp::BitOr) => {
                    return crate::builtins::dict::merged(self, a, b);
                }
                (
                    Kind::DictView(v),
                    _,
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                )
                | (
                    Kind::Set(_),
                    Kind::DictView(v),
                    BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                ) if v.kind != crate::heap::object::ViewKind::Values => {
                    return crate::builtins::set::view_operator(self, op, a, b);
                }
                _ => {}
            }
        }
        if op == BinOp::Mult {
            if let Some(r) = self.repeat(a, b)? {
                return Ok(r);
            }
            if let Some(r) = self.repeat(b, a)? {
                return Ok(r);
            }
        }
        if op == BinOp::Mod && self.str_of(a).is_some() {
            return crate::builtins::string::percent_format(self, a, b);
        }
        // User classes: a.__op__(b), then b.__rop__(a).
        let (name, rname, _) = binop_dunder(op);
        // The reflected method is looked up only after the first one declined (it may have run
        // arbitrary code).
        // As CPython: the reflected method is not tried for two operands of the same type, and
        // it goes first when the right operand's type is a subclass overriding it.
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let rm = self.intern(rname);
        let reflected_first = ta != tb
            && self.is_subclass(tb, ta)
            && match self.user_special(b, rm) {
                Some(f) => !self.class_lookup(ta, rm).is_some_and(|g| g.is(f)),
                None => false,
            };
        let order = if reflected_first {
            [(b, a, rname), (a, b, name)]
        } else {
            [(a, b, name), (b, a, rname)]
        };
        for (x, y, method) in order {
            if ta == tb && std::ptr::eq(method, rname) {
                continue;
            }
            let m = self.intern(method);
            if let Some(f) = self.user_special(x, m) {
                let r = self.call(f, &[x, y])?;
                if !r.is(Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Builtin subclasses without the method: the builtin's operator on their values.
        if self.payload(a).is_some() || self.payload(b).is_some() {
            let (pa, pb) = (self.unwrap_payload(a), self.unwrap_payload(b));
            let r = self.arith(op, pa, pb, inplace);
            return self.name_operands(r, (pa, pb), (a, b));
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Mult {
            let is_seq = |vm: &Vm, v: Value| matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::List(_) | Kind::Tuple(_)));
            let other = if is_seq(self, a) {
                Some(&tb)
            } else if is_seq(self, b) {
                Some(&ta)
            } else {
                None
            };
            if let Some(t) = other {
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            }
        }
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            )));
        }
        if op == BinOp::Add && self.str_of(a).is_some() {
            return Err(self.type_error(format!("can only concatenate str (not \"{tb}\") to str")));
        }
        if op == BinOp::Add
            && matches!(a, Value::Obj(k) if matches!(self.heap.kind(k), Kind::List(_)))
        {
            return Err(
                self.type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            );
        }
        if op == BinOp::Add
            && matches!(a, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Tuple(_)))
        {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    /// Arithmetic on two numbers; None when the operator does not apply to them (bit operations
    /// on floats), so that the generic path reports the operand types.
    fn numeric(&mut self, op: BinOp, x: Num, y: Num) -> Option<PyResult<Value>> {
        if op == BinOp::MatMult {
            return None;
        }
        let r = if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            if !matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mult
                    | BinOp::Div
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) {
                return None;
            }
            let pair = num_to_f64(x).and_then(|a| Ok((a, num_to_f64(y)?)));
            // A negative number to a fractional power is complex (float_pow hands it over).
            if let (BinOp::Pow, Ok((a, b))) = (op, &pair) {
                if *a < 0.0 && b.is_finite() && *b != b.floor() {
                    use crate::numeric::complex::{pow, C};
                    let r = pow(C::new(*a, 0.0), C::new(*b, 0.0));
                    return Some(r.map(|z| self.new_complex(z)).map_err(|e| self.num_err(e)));
                }
            }
            pair.and_then(|(a, b)| float_op(op, a, b)).map(Value::Float)
        } else {
            return Some(
                self.int_arith(op, &into_big(x), &into_big(y))
                    .map(|r| match r {
                        arith::PowResult::Int(i) => self.int_from_big(i),
                        arith::PowResult::Float(f) => Value::Float(f),
                    }),
            );
        };
        Some(r.map_err(|e| self.num_err(e)))
    }

    /// Unary `-x`, `+x`, `~x`.
    pub fn unary(&mut self, op: crate::objects::code::UnOp, v: Value) -> PyResult<Value> {
        use crate::objects::code::UnOp;
        match (op, v) {
            (UnOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.int_from_big(-BigInt::from(i)),
            }),
            (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(v),
            (UnOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            (UnOp::Neg | UnOp::Pos, Value::Obj(k))
                if matches!(self.heap.kind(k), Kind::Complex(_)) =>
            {
                let z = self
                    .complex_of(v)
                    .unwrap_or(crate::numeric::complex::C::new(0.0, 0.0));
                Ok(self.new_complex(match op {
                    UnOp::Neg => crate::numeric::complex::C::new(-z.re, -z.im),
                    _ => z,
                }))
            }
            (_, Value::Obj(k)) if matches!(self.heap.kind(k), Kind::BigInt(_)) => {
                let b = self.to_big(v).unwrap_or_default();
                let r = match op {
                    UnOp::Neg => -b,
                    UnOp::Pos => b,
                    _ => -b - 1,
                };
                Ok(self.int_from_big(r))
            }
            _ => {
                let (name, sym) = match op {
                    UnOp::Neg => (self.names.neg, "-"),
                    UnOp::Pos => (self.names.pos, "+"),
                    _ => (self.names.invert, "~"),
                };
                if let Some(f) = self.user_special(v, name) {
                    return self.call(f, &[v]);
                }
                // An int, float or complex subclass: the builtin's operator on its value.
                let numeric = |vm: &Vm, p: Value| {
                    vm.num(p).is_some()
                        || matches!(p, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Complex(_)))
                };
                if let Some(p) = self.payload(v).filter(|p| numeric(self, *p)) {
                    return self.unary(op, p);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{t}'")))
            }
        }
    }

    /// `a == b` as a bool (identity implies equality, as CPython's containers assume).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // Identity implies equality here, as in CPython's container comparisons (so a NaN
        // finds itself in a list).
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = self.simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpKind::Eq, a, b)?;
        let t = self.truthy(r);
        self.heap.decref(r);
        t
    }

    /// Equality decided without running Python code, when possible.
    pub fn simple_eq(&self, a: Value, b: Value) -> Option<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
                // Exact, as CPython: 2**53 + 1 != float(2**53) although `as f64` rounds them equal.
                Some(
                    y.fract() == 0.0
                        && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&y)
                        && y as i64 == x,
                )
            }
            (Value::Bool(x), Value::Bool(y)) => Some(x == y),
            (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
                Some(x as i64 == y)
            }
            (Value::None, Value::None) => Some(true),
            (Value::Obj(x), Value::Obj(y)) => match (self.heap.kind(x), self.heap.kind(y)) {
                (Kind::Str(p), Kind::Str(q)) => Some(p.s == q.s),
                (Kind::Bytes(p), Kind::Bytes(q)) => Some(p.b == q.b),
                (Kind::Complex(_), _) | (_, Kind::Complex(_)) => {
                    crate::builtins::complex::equal(self, a, b)
                }
                (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_)) => {
                    Some(self.bytes_of(a) == self.bytes_of(b))
                }
                (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Str(_))
                | (Kind::Str(_), Kind::Bytes(_) | Kind::ByteArray(_)) => Some(false),
                (Kind::BigInt(p), Kind::BigInt(q)) => Some(p == q),
                (Kind::Str(_), Kind::BigInt(_) | Kind::Tuple(_) | Kind::List(_))
                | (Kind::BigInt(_) | Kind::Tuple(_) | Kind::List(_), Kind::Str(_)) => Some(false),
                (Kind::Tuple(p), Kind::Tuple(q)) => {
                    if p.len() != q.len() {
                        return Some(false);
                    }
                    for (x, y) in p.iter().zip(q.iter()) {
                        if x.is(*y) {
                            continue;
                        }
                        // Nested tuples take the counted path (RecursionError at the limit).
                        let nested = |v: &Value| matches!(v, Value::Obj(k) if matches!(self.heap.kind(*k), Kind::Tuple(_)));
                        if nested(x) || nested(y) {
                            return None;
                        }
                        if !self.simple_eq(*x, *y)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Kind::Range(p), Kind::Range(q)) => {
                    let (lp, lq) = (p.len(), q.len());
                    Some(
                        lp == lq
                            && (lp == 0 || (p.start == q.start && (lp == 1 || p.step == q.step))),
                    )
                }
                (Kind::Range(_) | Kind::BigRange(_), Kind::Range(_) | Kind::BigRange(_)) => {
                    let (p, q) = (self.range_big(a)?, self.range_big(b)?);
                    let one = BigInt::from(1);
                    Some(
                        p.len == q.len
                            && (p.len.is_zero()
                                || (p.start == q.start && (p.len == one || p.step == q.step))),
                    )
                }
                (Kind::BoundMethod(p), Kind::BoundMethod(q)) => {
                    Some(p.func.is(q.func) && p.receiver.is(q.receiver))
                }
                // Bound builtins (`l.append`, `l.__len__`): the same function on the same object.
                (Kind::Native(p), Kind::Native(q)) if !p.bound.is_undef() => Some(
                    p.f == q.f && p.name == q.name && p.bound.is(q.bound) && p.owner.is(q.owner),
                ),
                _ => None,
            },
            (Value::Obj(x), Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None)
            | (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None, Value::Obj(x)) => {
                match self.heap.kind(x) {
                    Kind::Str(_)
                    | Kind::Bytes(_)
                    | Kind::ByteArray(_)
                    | Kind::Tuple(_)
                    | Kind::List(_)
                    | Kind::Dict(_) => Some(false),
                    Kind::Complex(_) => crate::builtins::complex::equal(self, a, b),
                    // A big int equals a float only when the float is that integer exactly.
                    Kind::BigInt(big) => Some(match (a, b) {
                        (Value::Float(f), _) | (_, Value::Float(f)) => {
                            f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|v| v == **big)
                        }
                        _ => false,
                    }),
                    _ => None,
                }
            }
            (Value::None, _) | (_, Value::None) => {
                if matches!(a, Value::Obj(_)) || matches!(b, Value::Obj(_)) {
                    None
                } else {
                    Some(false)
                }
            }
            _ => None,
        }
    }

    /// A rich comparison (owned result: usually a bool).
    pub fn compare(&mut self, op: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(cmp_ord(op, x.cmp(&y)))),
            (Value::Float(x), Value::Float(y)) => return Ok(Value::Bool(cmp_f64(op, x, y))),
            _ => {}
        }
        // UTF-8 orders strings by code point, as Python compares them.
        if let (Value::Obj(ka), Value::Obj(kb)) = (a, b) {
            if let (Kind::Str(x), Kind::Str(y)) = (self.heap.kind(ka), self.heap.kind(kb)) {
                return Ok(Value::Bool(cmp_ord(op, x.s.cmp(&y.s))));
            }
        }
        // CPython's PyObject_RichCompare: one level on the recursion counter.
        self.deeper(" in comparison", |vm| vm.compare_slow(op, a, b))
    }

    fn compare_slow(&mut self, op: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(Value::Bool(num_cmp(op, &x, &y)));
        }
        let is_view =
            |v: Value| matches!(v, Value::Obj(k) if matches!(self.heap.kind(k), Kind::DictView(_)));
        if is_view(a) || is_view(b) {
            // A mappingproxy compares as the mapping it shows (a class's namespace as a dict).
            for (side, v) in [(0, a), (1, b)] {
                let Some(mapping) = crate::builtins::mappingproxy::shown_mapping(self, v)? else {
                    continue;
                };
                let (x, y) = if side == 0 {
                    (mapping, b)
                } else {
                    (a, mapping)
                };
                let r = self.compare(op, x, y);
                self.heap.decref(mapping);
                return r;
            }
        }
        if let (Value::Obj(ka), Value::Obj(kb)) = (a, b) {
            // Reached here for str subclasses' values (below), which `compare` did not see.
            if let (Kind::Str(x), Kind::Str(y)) = (self.heap.kind(ka), self.heap.kind(kb)) {
                return Ok(Value::Bool(cmp_ord(op, x.s.cmp(&y.s))));
            }
            if matches!(
                (self.heap.kind(ka), self.heap.kind(kb)),
                (
                    Kind::Bytes(_) | Kind::ByteArray(_),
                    Kind::Bytes(_) | Kind::ByteArray(_)
                )
            ) {
                let r = crate::builtins::bytes::compare(self, op, a, b);
                return Ok(Value::Bool(r.unwrap_or(false)));
            }
            let seqs = matches!(
                (self.heap.kind(ka), self.heap.kind(kb)),
                (Kind::List(_), Kind::List(_)) | (Kind::Tuple(_), Kind::Tuple(_))
            );
            if seqs {
                return self.compare_sequences(op, a, b);
            }
            // Slices compare as the tuples (start, stop, step).
            if let (Kind::Slice(x), Kind::Slice(y)) = (self.heap.kind(ka), self.heap.kind(kb)) {
                let (x, y) = (x.to_vec(), y.to_vec());
                x.iter().chain(&y).for_each(|v| self.heap.incref(*v));
                let (tx, ty) = (self.new_tuple(x), self.new_tuple(y));
                let r = self.compare_sequences(op, tx, ty);
                self.heap.decref(tx);
                self.heap.decref(ty);
                return r;
            }
            let sets = matches!(
                (self.heap.kind(ka), self.heap.kind(kb)),
                (Kind::Set(_), Kind::Set(_))
            );
            if sets && !matches!(op, CmpKind::Eq | CmpKind::Ne) {
                use crate::builtins::set::set_le;
                let r = match op {
                    CmpKind::Lt => set_le(self, a, b, true)?,
                    CmpKind::Le => set_le(self, a, b, false)?,
                    CmpKind::Gt => set_le(self, b, a, true)?,
                    _ => set_le(self, b, a, false)?,
                };
                return Ok(Value::Bool(r));
            }
        }
        if matches!(op, CmpKind::Eq | CmpKind::Ne) {
            if let Some(r) = self.simple_eq(a, b) {
                return Ok(Value::Bool(if op == CmpKind::Eq { r } else { !r }));
            }
            if let Some(r) = crate::builtins::weakref::compare_refs(self, a, b, op == CmpKind::Eq) {
                return r;
            }
        }
        // User classes: a.__op__(b), then the reflection b.__rop__(a).
        let (name, reflected) = match op {
            CmpKind::Eq => (self.names.eq, self.names.eq),
            CmpKind::Ne => (self.names.ne, self.names.ne),
            CmpKind::Lt => (self.names.lt, self.names.gt),
            CmpKind::Le => (self.names.le, self.names.ge),
            CmpKind::Gt => (self.names.gt, self.names.lt),
            CmpKind::Ge => (self.names.ge, self.names.le),
        };
        if let Some(f) = self.user_special(a, name) {
            let r = self.call(f, &[a, b])?;
            if !r.is(Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(f) = self.user_special(b, reflected) {
            let r = self.call(f, &[b, a])?;
            if !r.is(Value::NotImplemented) {
                return Ok(r);
            }
        }
        if self.payload(a).is_some() || self.payload(b).is_some() {
            let (pa, pb) = (self.unwrap_payload(a), self.unwrap_payload(b));
            let r = self.compare_slow(op, pa, pb);
            return self.name_operands(r, (pa, pb), (a, b));
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b) || self.set_eq(a, b)?)),
            CmpKind::Ne => {
                if let Some(f) = self.user_special(a, self.names.eq) {
                    let r = self.call(f, &[a, b])?;
                    if !r.is(Value::NotImplemented) {
                        let t = self.truthy(r);
                        self.heap.decref(r);
                        return Ok(Value::Bool(!t?));
                    }
                }
                Ok(Value::Bool(!(a.is(b) || self.set_eq(a, b)?)))
            }
            _ => {
                let sym = match op {
                    CmpKind::Lt => "<",
                    CmpKind::Le => "<=",
                    CmpKind::Gt => ">",
                    _ => ">=",
                };
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{ta}' and '{tb}'"
                )))
            }
        }
    }

    /// An operator that failed on builtin subclasses' values reports the operands' own types
    /// (`'Counter' and 'int'`), not their builtin bases'.
    fn name_operands(
        &mut self,
        r: PyResult<Value>,
        (pa, pb): (Value, Value),
        (a, b): (Value, Value),
    ) -> PyResult<Value> {
        let Err(e) = r else { return r };
        if !self.isinstance(e.0, self.types.type_error) {
            return Err(e);
        }
        let inner = format!("'{}' and '{}'", self.type_name(pa), self.type_name(pb));
        let outer = format!("'{}' and '{}'", self.type_name(a), self.type_name(b));
        // Only an exact TypeError made by the interpreter (one str argument) is renamed.
        let msg = match e.0.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::Exception(x)) if self.seq_slice(x.args).len() == 1 => {
                self.str_of(self.seq_slice(x.args)[0]).map(str::to_string)
            }
            _ => None,
        };
        match msg.filter(|m| m.ends_with(&inner)) {
            Some(m) => {
                self.heap.decref(e.0);
                let renamed = format!("{}{outer}", &m[..m.len() - inner.len()]);
                Err(self.type_error(renamed))
            }
            None => Err(e),
        }
    }

    /// Dict and set equality (the containers compare by content).
    fn set_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (Value::Obj(ka), Value::Obj(kb)) = (a, b) else {
            return Ok(false);
        };
        match (self.heap.kind(ka), self.heap.kind(kb)) {
            (Kind::Set(x), Kind::Set(y)) => {
                if x.table.len() != y.table.len() {
                    return Ok(false);
                }
                let items: Vec<Value> = x.table.iter().map(|(_, k)| k).collect();
                for it in items {
                    if !self.contains(b, it)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Kind::Dict(x), Kind::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let items: Vec<(Value, Value)> = x.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in items {
                    match self.dict_get(kb, k)? {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Kind::DictView(v), Kind::Set(_) | Kind::DictView(_))
            | (Kind::Set(_), Kind::DictView(v))
                if v.kind != crate::heap::object::ViewKind::Values =>
            {
                let (sa, sb) = crate::builtins::set::two_sets(self, a, b)?;
                let r = self.set_eq(sa, sb);
                self.heap.decref(sa);
                self.heap.decref(sb);
                r
            }
            _ => Ok(false),
        }
    }

    /// Lists/tuples compared item by item; each nesting level counts toward the recursion
    /// limit, as CPython's `PyObject_RichCompare` does.
    fn compare_sequences(&mut self, op: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        self.on_stack(|vm| vm.compare_sequences_at(op, a, b))
    }

    fn compare_sequences_at(&mut self, op: CmpKind, a: Value, b: Value) -> PyResult<Value> {
        // Lists of different lengths are unequal before any item is compared (tuples
        // compare items first, as in CPython).
        if matches!(op, CmpKind::Eq | CmpKind::Ne) {
            let is_list =
                |v: Value| matches!(v.as_obj().map(|k| self.heap.kind(k)), Some(Kind::List(_)));
            if is_list(a) && is_list(b) && self.seq_slice(a).len() != self.seq_slice(b).len() {
                return Ok(Value::Bool(op == CmpKind::Ne));
            }
        }
        // Items are read afresh at each step and held while compared: an `__eq__` may
        // change either list.
        let mut i = 0;
        while let (Some(&x), Some(&y)) = (self.seq_slice(a).get(i), self.seq_slice(b).get(i)) {
            // Small ints (sort keys such as `(group, -rank)`) compare without the protocol.
            if let (Value::Int(p), Value::Int(q)) = (x, y) {
                if p != q {
                    return Ok(Value::Bool(match op {
                        CmpKind::Eq => false,
                        CmpKind::Ne => true,
                        _ => cmp_ord(op, p.cmp(&q)),
                    }));
                }
                i += 1;
                continue;
            }
            if !x.is(y) {
                self.heap.incref(x);
                self.heap.incref(y);
                let same = self.eq(x, y);
                let r = match same {
                    Ok(true) => None,
                    Ok(false) => Some(match op {
                        CmpKind::Eq => Ok(Value::Bool(false)),
                        CmpKind::Ne => Ok(Value::Bool(true)),
                        _ => self.compare(op, x, y),
                    }),
                    Err(e) => Some(Err(e)),
                };
                self.heap.decref(x);
                self.heap.decref(y);
                if let Some(r) = r {
                    return r;
                }
            }
            i += 1;
        }
        let (n, m) = (self.seq_slice(a).len(), self.seq_slice(b).len());
        Ok(Value::Bool(cmp_ord(op, n.cmp(&m))))
    }

    /// The items of a list or tuple, borrowed (empty for anything else).
    pub fn seq_slice(&self, v: Value) -> &[Value] {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::List(l) => l,
                Kind::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        }
    }

    /// The items of a list or tuple (borrowed copies of the values).
    pub fn seq_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::List(l) => l.clone(),
                Kind::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `hash(v)` as CPython for ints, floats and tuples; strings use their own stable hash.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(numhash::hash_i64(i)),
            Value::Bool(b) => Ok(numhash::hash_bool(b)),
            // A NaN's hash is its identity in 3.11; an immediate NaN has none of its own.
            Value::Float(f) => Ok(numhash::hash_f64(f).unwrap_or(0)),
            Value::None => Ok(0x0fce_2f20),
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(s) => Ok(s.hash()),
                Kind::Bytes(b) => Ok(b.hash()),
                Kind::Complex(z) => Ok(crate::builtins::complex::hash(*z)),
                Kind::ByteArray(_) => Err(self.type_error("unhashable type: 'bytearray'".into())),
                Kind::BigInt(b) => Ok(numhash::hash_bigint(b)),
                Kind::Range(_) | Kind::BigRange(_) => {
                    // CPython's range_hash: hash((len, start, step)), None for the parts
                    // equal ranges need not share.
                    let Some(r) = self.range_big(v) else {
                        return Ok(0);
                    };
                    let none = self.hash(Value::None)?;
                    let (a, b) = if r.len.is_zero() {
                        (none, none)
                    } else if r.len == BigInt::from(1) {
                        (numhash::hash_bigint(&r.start), none)
                    } else {
                        (
                            numhash::hash_bigint(&r.start),
                            numhash::hash_bigint(&r.step),
                        )
                    };
                    Ok(numhash::hash_tuple(vec![
                        numhash::hash_bigint(&r.len),
                        a,
                        b,
                    ]))
                }
                Kind::Tuple(items) => {
                    let items: Vec<Value> = items.to_vec();
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items {
                        hs.push(self.hash(it)?);
                    }
                    Ok(numhash::hash_tuple(hs))
                }
                // Slices became hashable only in 3.12.
                Kind::List(_) | Kind::Dict(_) | Kind::Slice(_) => {
                    let t = self.type_name(v);
                    Err(self.type_error(format!("unhashable type: '{t}'")))
                }
                Kind::Set(s) if !s.frozen => Err(self.type_error("unhashable type: 'set'".into())),
                Kind::WeakRef(_) => crate::builtins::weakref::hash_ref(self, k),
                Kind::Set(s) => Ok(numhash::hash_frozenset(s.table.iter().map(|(h, _)| h))),
                Kind::Instance(_) | Kind::Exception(_) => {
                    match self.special(v, self.names.hash) {
                        Some(Value::None) => {
                            let t = self.type_name(v);
                            Err(self.type_error(format!("unhashable type: '{t}'")))
                        }
                        // A builtin type's own `__hash__` stands in for the hash below
                        // (`special` leaves it out); any other is called, a native type's
                        // (`re.Pattern`) or one copied into the class included.
                        Some(f) => {
                            let r = self.call(f, &[v])?;
                            // A result that fits a machine word is the hash itself (-1, which
                            // CPython reserves for errors, becomes -2); a larger int, its hash.
                            match r {
                                Value::Int(-1) => Ok(-2),
                                Value::Int(i) => Ok(i),
                                Value::Bool(b) => Ok(numhash::hash_bool(b)),
                                Value::Obj(rk) if matches!(self.heap.kind(rk), Kind::BigInt(_)) => {
                                    let h = self.hash(r);
                                    self.heap.decref(r);
                                    h
                                }
                                _ => {
                                    self.heap.decref(r);
                                    Err(self.type_error(
                                        "__hash__ method should return an integer".into(),
                                    ))
                                }
                            }
                        }
                        // A class defining __eq__ without __hash__ got `__hash__ = None` when it
                        // was created (above); otherwise the builtin value's hash, or object's.
                        _ => match self.payload(v) {
                            Some(Value::Obj(pk))
                                if matches!(self.heap.kind(pk), Kind::List(_) | Kind::Dict(_))
                                    || matches!(self.heap.kind(pk), Kind::Set(s) if !s.frozen) =>
                            {
                                let t = self.type_name(v);
                                Err(self.type_error(format!("unhashable type: '{t}'")))
                            }
                            Some(p) => self.hash(p),
                            None => Ok(identity_hash(k)),
                        },
                    }
                }
                // Bound methods hash as they compare: the receiver's identity and the function.
                Kind::BoundMethod(m) => {
                    let (recv, func) = (m.receiver, m.func);
                    let r = recv.as_obj().map_or(0, identity_hash);
                    Ok(r ^ self.hash(func)?)
                }
                Kind::Native(n) if !n.bound.is_undef() => {
                    let r = n.bound.as_obj().map_or(0, identity_hash);
                    Ok(r ^ crate::objects::str::hash_str(n.name))
                }
                _ => Ok(identity_hash(k)),
            },
            _ => Ok(7),
        }
    }

    /// Whether a user class (not `object`) in the mro defines `name`.
    pub fn class_defines(&self, class: ObjKey, name: Value) -> bool {
        let Kind::Class(c) = self.heap.kind(class) else {
            return false;
        };
        c.mro
            .iter()
            .filter(|k| {
                **k != self.types.object
                    && **k != self.types.base_exception
                    && **k != self.types.exception
            })
            .any(|k| self.ns_lookup(*k, name).is_some())
    }

    // ---------------------------------------------------------------- dicts with any key

    /// Finds `key` in dict `d`: the entry index.
    pub fn dict_find(&mut self, d: ObjKey, key: Value) -> PyResult<(i64, Option<usize>)> {
        let h = self.hash(key)?;
        let mut slow = false;
        let found = {
            let Kind::Dict(dict) = self.heap.kind(d) else {
                return Ok((h, None));
            };
            dict.find::<()>(h, |cand| match self.simple_eq(cand, key) {
                Some(r) => Ok(r || cand.is(key)),
                None => {
                    if cand.is(key) {
                        return Ok(true);
                    }
                    slow = true;
                    Ok(false)
                }
            })
            .unwrap_or(None)
        };
        if found.is_some() || !slow {
            return Ok((h, found));
        }
        let mut candidates = Vec::new();
        if let Kind::Dict(dict) = self.heap.kind(d) {
            let _ = dict.find::<()>(h, |cand| {
                candidates.push(cand);
                Ok(false)
            });
        }
        for cand in candidates {
            if self.eq(cand, key)? {
                let Kind::Dict(dict) = self.heap.kind(d) else {
                    return Ok((h, None));
                };
                let idx = dict.find::<()>(h, |c| Ok(c.is(cand))).unwrap_or(None);
                return Ok((h, idx));
            }
        }
        Ok((h, None))
    }

    /// `d[key]` borrowed, or None.
    pub fn dict_get(&mut self, d: ObjKey, key: Value) -> PyResult<Option<Value>> {
        let (_, idx) = self.dict_find(d, key)?;
        Ok(idx.and_then(|i| match self.heap.kind(d) {
            Kind::Dict(dict) => dict.entry_at(i).map(|e| e.value),
            _ => None,
        }))
    }

    /// `d[key] = value`: the key is borrowed (increfed if new), the value is consumed.
    pub fn dict_set(&mut self, d: ObjKey, key: Value, value: Value) -> PyResult<()> {
        let (h, idx) = match self.dict_find(d, key) {
            Ok(r) => r,
            Err(e) => {
                self.heap.decref(value);
                return Err(e);
            }
        };
        match idx {
            Some(i) => {
                if let Kind::Dict(dict) = self.heap.kind_mut(d) {
                    let old = std::mem::replace(&mut dict.entry_at_mut(i).value, value);
                    self.heap.decref(old);
                }
            }
            None => {
                let grow = match self.heap.kind(d) {
                    Kind::Dict(dict) => dict.growth_bytes(),
                    _ => 0,
                };
                if let Err(e) = self.check_budget(grow) {
                    self.heap.decref(value);
                    return Err(e);
                }
                self.heap.incref(key);
                if let Kind::Dict(dict) = self.heap.kind_mut(d) {
                    dict.push_new(h, key, value);
                }
            }
        }
        self.heap.dict_stored(d, key, value);
        Ok(())
    }

    /// Removes `key`, returning the owned value (None if absent).
    pub fn dict_remove(&mut self, d: ObjKey, key: Value) -> PyResult<Option<Value>> {
        let (_, idx) = self.dict_find(d, key)?;
        Ok(idx.map(|i| {
            let (k, v) = match self.heap.kind_mut(d) {
                Kind::Dict(dict) => dict.remove_at(i),
                _ => (Value::None, Value::None),
            };
            self.heap.decref(k);
            v
        }))
    }

    // ---------------------------------------------------------------- sets

    /// Looks `key` up in set `s` without running Python code: Some(found), or None when some
    /// candidate with the same hash needs a Python-level `__eq__`.
    fn set_probe(&self, s: ObjKey, h: i64, key: Value) -> Option<bool> {
        let Kind::Set(so) = self.heap.kind(s) else {
            return Some(false);
        };
        let mut slow = false;
        let found = so
            .table
            .contains::<()>(h, |cand| match self.simple_eq(cand, key) {
                Some(r) => Ok(r || cand.is(key)),
                None if cand.is(key) => Ok(true),
                None => {
                    slow = true;
                    Ok(false)
                }
            })
            .unwrap_or(false);
        (found || !slow).then_some(found)
    }

    /// Runs `f` on set `s`'s table taken out of the heap, so that `f` may call Python code
    /// (`__eq__`); the set looks empty to that code meanwhile.
    pub fn with_set_table<T>(
        &mut self,
        s: ObjKey,
        f: impl FnOnce(&mut Vm, &mut crate::objects::set::SetTable) -> T,
    ) -> Option<T> {
        let mut table = match self.heap.kind_mut(s) {
            Kind::Set(so) => std::mem::take(&mut so.table),
            _ => return None,
        };
        let r = f(self, &mut table);
        if let Kind::Set(so) = self.heap.kind_mut(s) {
            so.table = table;
        }
        Some(r)
    }

    /// Adds a key (borrowed) to a set.
    pub fn set_add(&mut self, s: ObjKey, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_entry(s, h, key).map(|_| ())
    }

    /// Adds a key (borrowed) whose hash is known, as CPython's `set_add_entry`; true if it was
    /// not there.
    pub fn set_add_entry(&mut self, s: ObjKey, h: i64, key: Value) -> PyResult<bool> {
        let grow = match self.heap.kind(s) {
            Kind::Set(so) => so.table.growth_bytes(),
            _ => 0,
        };
        self.check_budget(grow)?;
        let added = match self.set_probe(s, h, key) {
            Some(true) => false,
            // Known absent: insert in place (the probe sequence does not depend on equality).
            Some(false) => match self.heap.kind_mut(s) {
                Kind::Set(so) => so.table.add::<()>(h, key, |_| Ok(false)).unwrap_or(false),
                _ => false,
            },
            None => self
                .with_set_table(s, |vm, t| t.add(h, key, |cand| vm.eq(cand, key)))
                .unwrap_or(Ok(false))?,
        };
        if added {
            self.heap.incref(key);
        }
        Ok(added)
    }

    /// The hash a set lookup uses: a (mutable, unhashable) set key is looked up as the
    /// frozenset with its items, as CPython's set_contains / set_discard retry it.
    fn set_key_hash(&mut self, key: Value) -> PyResult<i64> {
        if let Value::Obj(k) = key {
            if let Kind::Set(s) = self.heap.kind(k) {
                return Ok(numhash::hash_frozenset(s.table.iter().map(|(h, _)| h)));
            }
        }
        self.hash(key)
    }

    pub fn set_contains(&mut self, s: ObjKey, key: Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        self.set_contains_entry(s, h, key)
    }

    /// Membership of a key whose hash is known.
    pub fn set_contains_entry(&mut self, s: ObjKey, h: i64, key: Value) -> PyResult<bool> {
        match self.set_probe(s, h, key) {
            Some(found) => Ok(found),
            None => self
                .with_set_table(s, |vm, t| t.contains(h, |cand| vm.eq(cand, key)))
                .unwrap_or(Ok(false)),
        }
    }

    /// Removes an equal key; true if it was there.
    pub fn set_discard(&mut self, s: ObjKey, key: Value) -> PyResult<bool> {
        let h = self.set_key_hash(key)?;
        self.set_discard_entry(s, h, key)
    }

    /// Removes an equal key whose hash is known; true if it was there.
    pub fn set_discard_entry(&mut self, s: ObjKey, h: i64, key: Value) -> PyResult<bool> {
        if self.set_probe(s, h, key) == Some(false) {
            return Ok(false);
        }
        let old = self
            .with_set_table(s, |vm, t| t.discard(h, |cand| vm.eq(cand, key)))
            .unwrap_or(Ok(None))?;
        match old {
            Some(old) => {
                self.heap.decref(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(k) = container {
            match self.heap.kind(k) {
                Kind::Str(s) => {
                    let Some(needle) = self.str_of(item) else {
                        let t = self.type_name(item);
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {t}"
                        )));
                    };
                    return Ok(s.s.contains(needle));
                }
                Kind::Dict(_) => return Ok(self.dict_find(k, item)?.1.is_some()),
                Kind::Bytes(_) | Kind::ByteArray(_) => {
                    return crate::builtins::bytes::contains(self, container, item)
                }
                Kind::Set(_) => return self.set_contains(k, item),
                Kind::DictView(v) => {
                    use crate::heap::object::ViewKind;
                    let (d, kind) = (v.dict, v.kind);
                    let class_ns =
                        matches!(d, Value::Obj(c) if matches!(self.heap.kind(c), Kind::Class(_)));
                    if class_ns && matches!(kind, ViewKind::Keys | ViewKind::Proxy) {
                        return Ok(self.class_ns_get(d, item)?.is_some());
                    }
                    if kind == ViewKind::Keys {
                        return self.contains(d, item);
                    }
                }
                Kind::Range(r) => {
                    let r = *r;
                    if let Value::Int(i) = item {
                        let in_range = if r.step > 0 {
                            i >= r.start && i < r.stop
                        } else {
                            i <= r.start && i > r.stop
                        };
                        return Ok(in_range && (i as i128 - r.start as i128) % r.step as i128 == 0);
                    }
                    if let Some(x) = self.exact_int_big(item) {
                        let r = crate::heap::object::BigRangeObj::from_small(&r);
                        return Ok(r.position(&x).is_some());
                    }
                }
                Kind::BigRange(r) => {
                    if let Some(x) = self.exact_int_big(item) {
                        return Ok(r.position(&x).is_some());
                    }
                }
                Kind::List(_) | Kind::Tuple(_) => {
                    let items = self.seq_items(container);
                    for it in items {
                        if self.eq(it, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Kind::Instance(_) => {
                    if let Some(f) = self.special(container, self.names.contains) {
                        let r = self.call(f, &[container, item])?;
                        let t = self.truthy(r);
                        self.heap.decref(r);
                        return t;
                    }
                    if let Some(p) = self.payload(container) {
                        return self.contains(p, item);
                    }
                }
                // A class whose metaclass defines `__contains__` (`member in Color`).
                Kind::Class(c) if c.metaclass.is_some() => {
                    if let Some(f) = self.special(container, self.names.contains) {
                        let r = self.call(f, &[container, item])?;
                        let t = self.truthy(r);
                        self.heap.decref(r);
                        return t;
                    }
                }
                _ => {}
            }
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) => {
                self.heap.decref(e.0);
                let t = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{t}' is not iterable")));
            }
        };
        let mut found = false;
        loop {
            match self.next(it) {
                Ok(Some(v)) => {
                    let r = self.eq(v, item);
                    self.heap.decref(v);
                    match r {
                        Ok(true) => {
                            found = true;
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            self.heap.decref(it);
                            return Err(e);
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    self.heap.decref(it);
                    return Err(e);
                }
            }
        }
        self.heap.decref(it);
        Ok(found)
    }
}

/// The small-int fast path; None sends the operands to the general path (overflow, or an
/// error for the general path to raise).
#[inline]
pub(crate) fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv => arith::floordiv_i64(x, y).ok()??,
        BinOp::Mod => arith::mod_i64(x, y).ok()?,
        // Exact operands below 2**53 make the float quotient correctly rounded.
        BinOp::Div if y != 0 && x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 => {
            return Some(Value::Float(x as f64 / y as f64))
        }
        BinOp::Div => return None,
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => arith::lshift_i64(x, y).ok()??,
        BinOp::RShift => arith::rshift_i64(x, y).ok()?,
        BinOp::Pow => arith::pow_i64(x, y)?,
        BinOp::MatMult => return None,
    }))
}

fn into_big(n: Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(i),
        Num::B(b) => b,
        Num::F(f) => BigInt::from(f as i128),
    }
}

fn num_to_f64(n: Num) -> NumResult<f64> {
    match n {
        Num::I(i) => Ok(i as f64),
        Num::B(b) => arith::int_to_f64(&b),
        Num::F(f) => Ok(f),
    }
}

/// Float arithmetic (only the operators that apply to floats reach here).
fn float_op(op: BinOp, a: f64, b: f64) -> NumResult<f64> {
    match op {
        BinOp::Add => Ok(a + b),
        BinOp::Sub => Ok(a - b),
        BinOp::Mult => Ok(a * b),
        BinOp::Div => arith::truediv_f64(a, b),
        BinOp::FloorDiv => arith::floordiv_f64(a, b),
        BinOp::Mod => arith::mod_f64(a, b),
        _ => arith::pow_f64(a, b),
    }
}

/// Int arithmetic of any size (`**` with a negative exponent gives a float).
pub(super) fn int_op(op: BinOp, a: &BigInt, b: &BigInt) -> NumResult<arith::PowResult> {
    use arith::PowResult::Int;
    Ok(match op {
        BinOp::Add => Int(a + b),
        BinOp::Sub => Int(a - b),
        BinOp::Mult => Int(a * b),
        BinOp::Div => arith::PowResult::Float(arith::truediv_int(a, b)?),
        BinOp::FloorDiv => Int(arith::floordiv_big(a, b)?),
        BinOp::Mod => Int(arith::mod_big(a, b)?),
        BinOp::Pow => return arith::pow_int(a, b),
        BinOp::LShift => Int(arith::lshift(a, b)?),
        BinOp::RShift => Int(arith::rshift(a, b)?),
        BinOp::BitAnd => Int(arith::bitand(a, b)),
        BinOp::BitOr => Int(arith::bitor(a, b)),
        BinOp::BitXor => Int(arith::bitxor(a, b)),
        // Numbers have no `@`: `numeric` never sends it here.
        BinOp::MatMult => Int(BigInt::zero()),
    })
}

pub(crate) fn cmp_ord(op: CmpKind, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpKind::Lt => o == Less,
        CmpKind::Le => o != Greater,
        CmpKind::Eq => o == Equal,
        CmpKind::Ne => o != Equal,
        CmpKind::Gt => o == Greater,
        CmpKind::Ge => o != Less,
    }
}

pub(crate) fn cmp_f64(op: CmpKind, x: f64, y: f64) -> bool {
    match op {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
    }
}

fn num_cmp(op: CmpKind, x: &Num, y: &Num) -> bool {
    use std::cmp::Ordering;
    let float_vs_int = |f: f64, i: &BigInt| -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Greater
            } else {
                Ordering::Less
            });
        }
        // Exact: compare the integral part, then let a fractional part break a tie upward.
        let fl = f.floor();
        let whole = arith::f64_to_bigint(fl).unwrap_or_default();
        Some(whole.cmp(i).then(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }))
    };
    let ord = match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => return cmp_f64(op, *a, *b),
        (Num::F(a), b) => float_vs_int(*a, &into_big(b.clone())),
        (a, Num::F(b)) => float_vs_int(*b, &into_big(a.clone())).map(Ordering::reverse),
        (a, b) => Some(into_big(a.clone()).cmp(&into_big(b.clone()))),
    };
    match ord {
        Some(o) => cmp_ord(op, o),
        // NaN: every comparison is false except `!=`.
        None => op == CmpKind::Ne,
    }
}

/// `object.__hash__`: derived from the object's identity, as CPython's is from its address.
pub fn identity_hash(k: ObjKey) -> i64 {
    use slotmap::Key;
    (k.data().as_ffi() >> 4) as i64
}
