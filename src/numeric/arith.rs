//! Python arithmetic semantics that differ from Rust's: floor division and modulo signs, exact
//! int/float conversions and correctly rounded int true division, `**` and 3-argument `pow`,
//! `round()`, shifts and bit operations, each with CPython's exceptions and messages.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{NumError, NumResult};

/// Results this many bits long or more are refused with MemoryError rather than attempted.
pub const MAX_RESULT_BITS: u64 = 1 << 35;

fn int_div_zero() -> NumError {
    NumError::zero_div("integer division or modulo by zero")
}

// ---------------------------------------------------------------------------------------------
// Floor division and modulo

/// `a // b` for i64; `Ok(None)` when the result does not fit (i64::MIN // -1).
pub fn floordiv_i64(a: i64, b: i64) -> NumResult<Option<i64>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    // Truncation rounds toward zero; step down when the exact quotient was negative and inexact.
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Ok(Some(q - 1))
    } else {
        Ok(Some(q))
    }
}

/// `a % b` for i64 (sign follows the divisor). Never overflows.
pub fn mod_i64(a: i64, b: i64) -> NumResult<i64> {
    if b == 0 {
        return Err(NumError::zero_div("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(r + b)
    } else {
        Ok(r)
    }
}

/// `divmod(a, b)` for i64; `Ok(None)` when the quotient does not fit.
pub fn divmod_i64(a: i64, b: i64) -> NumResult<Option<(i64, i64)>> {
    let q = floordiv_i64(a, b)?;
    Ok(q.map(|q| (q, mod_i64(a, b).expect("nonzero divisor"))))
}

/// `divmod(a, b)` for ints of any size.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    let mut q = a / b;
    let mut r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// `a // b` for ints of any size.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    divmod_big(a, b).map(|(q, _)| q)
}

/// `a % b` for ints of any size.
pub fn mod_big(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_div("integer modulo by zero"));
    }
    divmod_big(a, b).map(|(_, r)| r)
}

/// Floor quotient and remainder of floats, shared by `//`, `%` and `divmod`. The quotient is
/// derived from the exact `fmod` remainder so that `q * b + r` reproduces `a` as closely as
/// possible; zero results carry the sign Python specifies.
fn float_divmod_unchecked(a: f64, b: f64) -> (f64, f64) {
    let mut r = a % b;
    let mut q = (a - r) / b;
    if r != 0.0 {
        if (b < 0.0) != (r < 0.0) {
            r += b;
            q -= 1.0;
        }
    } else {
        r = 0.0f64.copysign(b);
    }
    let fq = if q != 0.0 {
        let mut f = q.floor();
        if q - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (fq, r)
}

/// `a // b` for floats.
pub fn floordiv_f64(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(float_divmod_unchecked(a, b).0)
}

/// `a % b` for floats.
pub fn mod_f64(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    Ok(float_divmod_unchecked(a, b).1)
}

/// `divmod(a, b)` for floats.
pub fn divmod_f64(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(float_divmod_unchecked(a, b))
}

/// `a / b` for floats.
pub fn truediv_f64(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

// ---------------------------------------------------------------------------------------------
// int <-> float

/// 2**k as an f64, exact for -1074 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&k));
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Correctly rounded (ties to even) num/den for num, den > 0, subnormals included; `None` when
/// the result exceeds the f64 range.
fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    // e = floor(log2(num/den)), found from bit lengths and one comparison.
    let mut e = num.bits() as i64 - den.bits() as i64;
    let at_least = if e >= 0 {
        *num >= (den << (e as u64))
    } else {
        (num << ((-e) as u64)) >= *den
    };
    if !at_least {
        e -= 1;
    }
    if e > 1023 {
        return None;
    }
    // Exponent of the last mantissa bit (fewer bits for subnormal results), and a quotient with
    // three extra bits below it; the lowest one becomes sticky if the division was inexact.
    let lsb = (e - 52).max(-1074);
    let shift = lsb - 3;
    let (n, d) = if shift >= 0 {
        (num.clone(), den << (shift as u64))
    } else {
        (num << ((-shift) as u64), den.clone())
    };
    let q = &n / &d;
    let inexact = &q * &d != n;
    let mut q = q.to_u64().expect("quotient fits in 57 bits");
    if inexact {
        q |= 1;
    }
    let guard = q & 7;
    let mut m = q >> 3;
    if guard > 4 || (guard == 4 && m & 1 == 1) {
        m += 1;
    }
    let v = m as f64 * pow2(lsb);
    if v.is_infinite() {
        None
    } else {
        Some(v)
    }
}

/// `float(n)` for an int, correctly rounded.
pub fn int_to_f64(n: &BigInt) -> NumResult<f64> {
    if let Some(v) = n.to_i64() {
        return Ok(v as f64);
    }
    let v = ratio_to_f64(n.magnitude(), &BigUint::one())
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
    Ok(if n.is_negative() { -v } else { v })
}

/// `int(x)` for a float: exact truncation toward zero.
pub fn f64_to_bigint(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 9.2e18 {
        return Ok(BigInt::from(x.trunc() as i64));
    }
    let bits = x.abs().to_bits();
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    // |x| >= 2**63 here, so exp > 0 and the value is an integer.
    let v = BigInt::from(mant) << (exp as u64);
    Ok(if x < 0.0 { -v } else { v })
}

/// `a / b` for ints of any size: correctly rounded, as CPython does.
pub fn truediv_int(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_div("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            // Both operands are exact doubles, so one IEEE division rounds correctly.
            return Ok(x as f64 / y as f64);
        }
    }
    let v = if a.is_zero() {
        0.0
    } else {
        ratio_to_f64(a.magnitude(), b.magnitude())
            .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?
    };
    Ok(if negate { -v } else { v })
}

/// `a / b` for i64 operands.
pub fn truediv_i64(a: i64, b: i64) -> NumResult<f64> {
    truediv_int(&BigInt::from(a), &BigInt::from(b))
}

// ---------------------------------------------------------------------------------------------
// Powers

/// Result of `int ** int`: negative exponents produce floats.
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    Int(BigInt),
    Float(f64),
}

/// `base ** exp` for ints.
pub fn pow_int(base: &BigInt, exp: &BigInt) -> NumResult<PowResult> {
    if exp.is_negative() {
        let b = int_to_f64(base)?;
        let e = int_to_f64(exp)?;
        return pow_f64(b, e).map(PowResult::Float);
    }
    if exp.is_zero() {
        return Ok(PowResult::Int(BigInt::one()));
    }
    if base.is_zero() || base.is_one() {
        return Ok(PowResult::Int(base.clone()));
    }
    if base.magnitude().is_one() {
        // base == -1
        let odd = exp.bit(0);
        return Ok(PowResult::Int(if odd {
            base.clone()
        } else {
            BigInt::one()
        }));
    }
    let e = exp
        .to_u64()
        .filter(|&e| e <= u32::MAX as u64 && (base.bits() - 1).saturating_mul(e) < MAX_RESULT_BITS);
    let Some(e) = e else {
        return Err(NumError::memory());
    };
    Ok(PowResult::Int(num_traits::Pow::pow(base, e as u32)))
}

/// `base ** exp` for i64 operands when the result fits; `None` means "use [`pow_int`]".
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    if exp < 0 {
        return None;
    }
    let e = u32::try_from(exp).ok()?;
    base.checked_pow(e)
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `a ** b` for floats (and for mixed int/float operands after conversion).
pub fn pow_f64(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let aa = a.abs();
        return Ok(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(NumError::value(
                "negative number cannot be raised to a fractional power (complex results are not supported)",
            ));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// Modular inverse of `a` modulo `m` (m > 1), by the extended Euclidean algorithm.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut t0, mut t1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let t2 = &t0 - &q * &t1;
        t0 = std::mem::replace(&mut t1, t2);
    }
    if !r0.is_one() {
        return None;
    }
    Some(((t0 % m) + m) % m)
}

/// `pow(base, exp, modulus)` for ints.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> NumResult<BigInt> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = mod_big(base, &m)?;
    let mut e = exp.clone();
    if e.is_negative() {
        e = -e;
        b = mod_inverse(&b, &m)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
    }
    let mut z = b.modpow(&e, &m);
    if negative_output && !z.is_zero() {
        z -= &m;
    }
    Ok(z)
}

// ---------------------------------------------------------------------------------------------
// round()

/// `round(x)` for a float: ties to even, as an int.
pub fn round_f64(x: f64) -> NumResult<BigInt> {
    f64_to_bigint(x.round_ties_even())
}

/// |x| as mant * 2**exp exactly (x finite and nonzero).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `round(x, ndigits)` for a float: the exact binary value is rounded half-to-even at the
/// requested decimal place, then the decimal result is converted back with correct rounding.
pub fn round_f64_ndigits(x: f64, ndigits: i64) -> NumResult<f64> {
    // Beyond these limits every double rounds to itself / to zero (0.30103 > log10(2)).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (mant, exp) = decompose(x);
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let ten = BigUint::from(10u32);
    if ndigits >= 0 {
        num *= num_traits::Pow::pow(&ten, ndigits as u64);
    } else {
        den *= num_traits::Pow::pow(&ten, (-ndigits) as u64);
    }
    let mut q = &num / &den;
    let twice_r = (&num - &q * &den) << 1u32;
    if twice_r > den || (twice_r == den && q.bit(0)) {
        q += 1u32;
    }
    let text = format!("{}e{}", q, -ndigits);
    let v: f64 = text.parse().expect("decimal literal");
    if v.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(v.copysign(x))
}

/// `round(n, ndigits)` for an int (ndigits >= 0 returns n unchanged).
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > |n| * 2 means every n rounds to 0; bits() * log10(2) bounds the digit count.
    if k > n.bits() * 30103 / 100000 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::Pow::pow(BigInt::from(10u32), k);
    let (mut q, r) = divmod_big(n, &p).expect("nonzero");
    let twice_r: BigInt = r << 1u32;
    if twice_r > p || (twice_r == p && q.bit(0)) {
        q += 1;
    }
    q * p
}

// ---------------------------------------------------------------------------------------------
// Shifts and bits

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

/// The errors of `a << n` that come before any allocation: a negative count (ValueError), or a
/// result CPython could not even count in 30-bit digits (OverflowError "too many digits").
pub fn lshift_check(a: &BigInt, n: &BigInt) -> NumResult<()> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(());
    }
    const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
    let (words, rem) = n.div_rem(&BigInt::from(30));
    let needed = words
        .to_u128()
        .map(|w| a.bits().div_ceil(30) as u128 + w + u128::from(!rem.is_zero()));
    if needed.is_none_or(|d| d > MAX_LONG_DIGITS) {
        return Err(NumError::overflow("too many digits in integer"));
    }
    Ok(())
}

/// `a << n` for ints of any size.
pub fn lshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    lshift_check(a, n)?;
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n
        .to_u64()
        .filter(|&n| a.bits().saturating_add(n) < MAX_RESULT_BITS)
        .ok_or_else(NumError::memory)?;
    Ok(a << n)
}

/// `a >> n` for ints of any size (rounds toward negative infinity).
pub fn rshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    match n.to_u64().filter(|&n| n < a.bits()) {
        Some(n) => Ok(a >> n),
        None => Ok(if a.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `a << n` for i64; `Ok(None)` when the result needs a big int.
pub fn lshift_i64(a: i64, n: i64) -> NumResult<Option<i64>> {
    if n < 0 {
        return Err(negative_shift());
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    Ok(if r >> n == a { Some(r) } else { None })
}

/// `a >> n` for i64.
pub fn rshift_i64(a: i64, n: i64) -> NumResult<i64> {
    if n < 0 {
        return Err(negative_shift());
    }
    Ok(a >> n.min(63))
}

/// `~a`.
pub fn invert(a: &BigInt) -> BigInt {
    -(a + 1u32)
}

/// `a & b`, `a | b`, `a ^ b` on two's-complement infinite-width ints.
pub fn bitand(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}
pub fn bitor(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}
pub fn bitxor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `n.bit_length()`.
pub fn bit_length(n: &BigInt) -> u64 {
    n.bits()
}

/// `n.bit_length()` for i64.
pub fn bit_length_i64(n: i64) -> u32 {
    64 - n.unsigned_abs().leading_zeros()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ErrKind;

    #[test]
    fn i64_overflow_paths() {
        assert_eq!(floordiv_i64(i64::MIN, -1), Ok(None));
        assert_eq!(mod_i64(i64::MIN, -1), Ok(0));
        assert_eq!(divmod_i64(i64::MIN, -1), Ok(None));
        assert_eq!(floordiv_i64(-7, 2), Ok(Some(-4)));
        assert_eq!(pow_i64(2, 62), Some(1 << 62));
        assert_eq!(pow_i64(2, 63), None);
        assert_eq!(pow_i64(-2, 63), Some(i64::MIN));
        assert_eq!(pow_i64(2, -1), None);
        assert_eq!(lshift_i64(1, 62), Ok(Some(1 << 62)));
        assert_eq!(lshift_i64(1, 63), Ok(None));
        assert_eq!(lshift_i64(-1, 63), Ok(Some(i64::MIN)));
        assert_eq!(lshift_i64(0, 1 << 40), Ok(Some(0)));
        assert_eq!(rshift_i64(-5, 1000), Ok(-1));
        assert_eq!(bit_length_i64(i64::MIN), 64);
        assert_eq!(bit_length_i64(0), 0);
    }

    #[test]
    fn refused_huge_results() {
        let two = BigInt::from(2);
        let huge = BigInt::from(10u64.pow(18));
        assert_eq!(pow_int(&two, &huge).unwrap_err().kind, ErrKind::MemoryError);
        assert_eq!(lshift(&two, &huge).unwrap_err().kind, ErrKind::MemoryError);
        assert_eq!(
            pow_int(&BigInt::from(-1), &huge).unwrap(),
            PowResult::Int(BigInt::from(1))
        );
        assert_eq!(rshift(&-two, &huge).unwrap(), BigInt::from(-1));
    }

    #[test]
    fn float_pow_errors() {
        let e = pow_f64(-8.0, 1.0 / 3.0).unwrap_err();
        assert_eq!(e.kind, ErrKind::ValueError);
        let e = pow_f64(10.0, 400.0).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (
                ErrKind::OverflowError,
                "(34, 'Numerical result out of range')"
            )
        );
        assert_eq!(pow_f64(10.0, -400.0), Ok(0.0));
    }

    #[test]
    fn round_extremes() {
        assert_eq!(round_f64_ndigits(1.5, i64::MAX), Ok(1.5));
        assert!(round_f64_ndigits(-1.5, i64::MIN)
            .unwrap()
            .is_sign_negative());
        assert_eq!(round_int(&BigInt::from(5), i64::MIN), BigInt::from(0));
        assert_eq!(round_int(&BigInt::from(-51), -2), BigInt::from(-100));
    }
}
