//! Int arithmetic whose result size the program controls. Before a big result is built, its
//! size is estimated and checked against the memory budget (MemoryError instead of an
//! allocation the process cannot survive); a big `**` is computed square by square so that
//! Ctrl-C stops it, as CPython's long_pow checks for signals between steps.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};

use super::ops::int_op;
use super::{PyResult, Vm};
use crate::numeric::arith::{self, PowResult};
use crate::syntax::ast::BinOp;

/// Results up to this many bits are computed without any check.
const CHECKED_BITS: u64 = 1 << 20;

/// An upper bound on the bits of `a op b` (saturating).
fn result_bits(op: BinOp, a: &BigInt, b: &BigInt) -> u64 {
    let (x, y) = (a.bits(), b.bits());
    match op {
        BinOp::Add | BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => x.max(y) + 1,
        BinOp::Mult => x + y,
        BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::RShift => x,
        BinOp::LShift if x == 0 => 0,
        BinOp::LShift => x.saturating_add(b.to_u64().unwrap_or(u64::MAX)),
        BinOp::Pow if b.is_positive() && x > 1 => x.saturating_mul(b.to_u64().unwrap_or(u64::MAX)),
        BinOp::Pow | BinOp::MatMult => 64,
    }
}

impl Vm {
    /// `a op b` for ints of any size.
    pub(super) fn int_arith(&mut self, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<PowResult> {
        let bits = result_bits(op, a, b);
        if bits > CHECKED_BITS {
            // The result plus the temporaries a multiplication needs.
            let bytes = (bits / 8).saturating_mul(3);
            // A shift CPython refuses before allocating keeps its own error.
            if op == BinOp::LShift {
                arith::lshift_check(a, b).map_err(|e| self.num_err(e))?;
            }
            self.check_budget(usize::try_from(bytes).unwrap_or(usize::MAX))?;
            if op == BinOp::Pow {
                return self.pow_stepwise(a, b);
            }
        }
        int_op(op, a, b).map_err(|e| self.num_err(e))
    }

    /// `base ** exp` (exp > 0) by left-to-right binary exponentiation, checking for Ctrl-C
    /// after each squaring. Results beyond what the pure function would attempt are refused
    /// the same way (MemoryError).
    fn pow_stepwise(&mut self, base: &BigInt, exp: &BigInt) -> PyResult<PowResult> {
        let bits = result_bits(BinOp::Pow, base, exp);
        let Some(e) = exp.to_u64().filter(|_| bits < arith::MAX_RESULT_BITS) else {
            return Err(self.memory_error());
        };
        let mut acc = BigInt::one();
        for i in (0..64 - e.leading_zeros()).rev() {
            acc = &acc * &acc;
            if e >> i & 1 == 1 {
                acc *= base;
            }
            self.check_signals()?;
        }
        Ok(PowResult::Int(acc))
    }
}
