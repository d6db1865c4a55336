//! `float.hex()` and `float.fromhex()`: floats as exact hexadecimal strings
//! (`0x1.8000000000000p+1`), read back with round-half-even as CPython's float_fromhex does.

/// Why a hexadecimal string is not a float.
#[derive(Debug, PartialEq, Eq)]
pub enum HexError {
    Invalid,
    Overflow,
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.…p-1022` for subnormals).
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{mantissa:013x}p-1022")
    } else {
        format!("{sign}0x1.{mantissa:013x}p{:+}", exp - 1023)
    }
}

/// Digits kept exactly; the rest only count as "something nonzero was dropped".
const KEPT_BITS: u32 = 116;

/// `float.fromhex(s)`.
pub fn from_hex(s: &str) -> Result<f64, HexError> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let digits = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exp_text) = match digits.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (digits, None),
    };
    let (int_part, frac_part) = match mantissa_text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa_text, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut exp2: i64 = match exp_text {
        None => 0,
        Some(e) => parse_exponent(e).ok_or(HexError::Invalid)?,
    };
    let (mut m, mut sticky) = (0u128, false);
    for (i, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = c.to_digit(16).ok_or(HexError::Invalid)? as u128;
        if i >= int_part.len() {
            exp2 = exp2.saturating_sub(4);
        }
        if 128 - m.leading_zeros() > KEPT_BITS {
            sticky |= d != 0;
            exp2 = exp2.saturating_add(4);
        } else {
            m = m << 4 | d;
        }
    }
    if m == 0 {
        return Ok(signed(0.0));
    }
    round_to_f64(m, sticky, exp2).map(signed)
}

/// A decimal exponent, saturated far beyond any float's range.
fn parse_exponent(e: &str) -> Option<i64> {
    let (neg, digits) = match e.as_bytes().first()? {
        b'-' => (true, &e[1..]),
        b'+' => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = digits
        .parse::<i64>()
        .unwrap_or(i64::MAX / 4)
        .min(i64::MAX / 4);
    Some(if neg { -v } else { v })
}

/// `m * 2^exp2` (plus a nonzero tail when `sticky`) rounded half-to-even to a float.
fn round_to_f64(m: u128, sticky: bool, exp2: i64) -> Result<f64, HexError> {
    let len = (128 - m.leading_zeros()) as i64;
    let top = exp2.saturating_add(len - 1);
    if top > 1023 {
        return Err(HexError::Overflow);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp2;
    let q: u64 = if shift <= 0 {
        (m << (-shift) as u32) as u64
    } else if shift > len {
        0
    } else {
        let shift = shift as u32;
        let q = if shift >= 128 { 0 } else { m >> shift };
        let rem = m & ((1u128 << (shift.min(127))) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        (q + up as u128) as u64
    };
    let v = ldexp(q as f64, lsb);
    if v.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(v)
}

/// `x * 2^e` in two exact steps, so no intermediate overflows or underflows.
fn ldexp(x: f64, e: i64) -> f64 {
    let half = e / 2;
    x * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rounds_half_even() {
        for x in [1.0, 0.1, -2.5, 5e-324, 1e308, 123456.789] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
        assert_eq!(from_hex("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(from_hex("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(from_hex("0x1p1024"), Err(HexError::Overflow));
        assert_eq!(from_hex("zz"), Err(HexError::Invalid));
    }
}
