//! Text ↔ number conversions of the builtins: `int(str, base)` and `float(str)` parsing with
//! CPython's acceptance rules (Unicode digits and spaces, underscores, prefixes, the 4300-digit
//! limit), `bin`/`oct`/`hex`, and `repr()`/`ascii()` of a str as used in their error messages.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Num, Zero};

use super::unicode_tables::{DECIMAL_ZEROS, NONPRINTABLE, WHITESPACE};
use super::{NumError, NumResult};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The limit in force (`sys.set_int_max_str_digits`; 0 is none), one per process as CPython's
/// is one per interpreter.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(INT_MAX_STR_DIGITS);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// The value of a Unicode decimal digit (category Nd), e.g. '٣' → 3.
pub fn unicode_decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() {
        return None;
    }
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// `c.isspace()` in Python.
pub fn is_py_whitespace(c: char) -> bool {
    WHITESPACE.binary_search(&(c as u32)).is_ok()
}

/// `c.isprintable()` in Python (Unicode 14 tables, as in CPython 3.11).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7F).contains(&cp);
    }
    let i = NONPRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    !(i > 0 && cp <= NONPRINTABLE[i - 1].1)
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            _ if c.is_ascii() => out.push(c),
            _ if !ascii_only && is_printable(c) => out.push(c),
            _ => {
                let cp = c as u32;
                if cp <= 0xFF {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp <= 0xFFFF {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)`: `b'...'` with CPython's choice of quote and escapes.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(s)` for a str.
pub fn py_str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: like repr but every non-ASCII character is escaped.
pub fn py_str_ascii(s: &str) -> String {
    repr_impl(s, true)
}

/// CPython first maps non-ASCII decimal digits to ASCII digits and non-ASCII whitespace to ' ';
/// any other non-ASCII character can never parse, so it becomes a placeholder.
fn to_ascii_number_text(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_py_whitespace(c) {
                b' '
            } else if let Some(d) = unicode_decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's isspace in the "C" locale, which is what the number parsers skip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The repr shown in `int()` errors: CPython cuts it at 200 characters (dropping the closing quote).
fn repr_200(s: &str) -> String {
    let r = py_str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

fn limit_error_parse(digits: usize) -> NumError {
    let limit = max_str_digits();
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)`; `base` must be 0 or 2..=36 (checked here, with CPython's message).
pub fn parse_int(s: &str, base: i64) -> NumResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        NumError::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            repr_200(s)
        ))
    };
    let text = to_ascii_number_text(s);
    let b = |i: usize| text.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < text.len() && is_c_space(text[i]) {
        i += 1;
    }
    let mut negative = false;
    if b(i) == b'+' {
        i += 1;
    } else if b(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut radix = base as u32;
    let mut must_be_zero = false;
    if radix == 0 {
        radix = if b(i) != b'0' {
            10
        } else {
            match b(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // "010" style (old octal) is rejected unless the value is zero.
                    must_be_zero = true;
                    10
                }
            }
        };
    }
    if b(i) == b'0' {
        let p = b(i + 1).to_ascii_lowercase();
        if (radix == 16 && p == b'x') || (radix == 8 && p == b'o') || (radix == 2 && p == b'b') {
            i += 2;
            if b(i) == b'_' {
                i += 1;
            }
        }
    }
    if b(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < text.len() && (digit_value(text[i]) < radix || text[i] == b'_') {
        if text[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(text[i]);
        }
        prev = text[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    let limit = max_str_digits();
    if !radix.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(limit_error_parse(digits.len()));
    }
    if i == start {
        return Err(invalid());
    }
    while i < text.len() && is_c_space(text[i]) {
        i += 1;
    }
    if i != text.len() {
        return Err(invalid());
    }
    let digits = std::str::from_utf8(&digits).expect("ascii");
    let mag = BigUint::from_str_radix(digits, radix).map_err(|_| invalid())?;
    if must_be_zero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(
        if negative { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `float(s)` for a str.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let invalid = || {
        NumError::value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let raw = to_ascii_number_text(s);
    // Underscores may only sit between two digits; they are removed before parsing.
    let mut text = Vec::with_capacity(raw.len());
    let mut prev = 0u8;
    for &c in &raw {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(invalid());
            }
            text.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    let mut lo = 0;
    let mut hi = text.len();
    while lo < hi && is_c_space(text[lo]) {
        lo += 1;
    }
    while hi > lo && is_c_space(text[hi - 1]) {
        hi -= 1;
    }
    let body = &text[lo..hi];
    let (negative, rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = rest.to_ascii_lowercase();
    let magnitude = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        f64::NAN
    } else {
        if !is_decimal_literal(rest) {
            return Err(invalid());
        }
        std::str::from_utf8(rest)
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .ok_or_else(invalid)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// digits [ '.' digits ] [ ('e'|'E') [sign] digits ], with at least one mantissa digit.
fn is_decimal_literal(t: &[u8]) -> bool {
    let mut i = 0;
    let int_digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if t.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(t.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == t.len()
}

/// ValueError if `str(n)` would exceed the digit limit (CPython's 4300 by default).
pub fn check_str_digits_limit(n: &BigInt) -> NumResult<()> {
    let limit = max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    // log2(10) < 3.33: a number of fewer bits than 3.32 * limit has at most `limit` digits,
    // and one of more than 3.33 * limit + 4 bits has more.
    let bits = n.bits();
    if bits * 100 <= limit as u64 * 332 {
        return Ok(());
    }
    let too_long = bits * 100 > limit as u64 * 333 + 400 || n.magnitude().to_string().len() > limit;
    if too_long {
        return Err(NumError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `str(n)` for an int, subject to the digit limit.
pub fn int_to_decimal(n: &BigInt) -> NumResult<String> {
    check_str_digits_limit(n)?;
    Ok(n.to_string())
}

fn with_prefix(n: &BigInt, radix: u32, prefix: &str) -> String {
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", n.magnitude().to_str_radix(radix))
}

/// `bin(n)`: '0b101', '-0b101'.
pub fn int_to_bin(n: &BigInt) -> String {
    with_prefix(n, 2, "0b")
}

/// `oct(n)`: '0o17', '-0o17'.
pub fn int_to_oct(n: &BigInt) -> String {
    with_prefix(n, 8, "0o")
}

/// `hex(n)`: '0x1f', '-0x1f'.
pub fn int_to_hex(n: &BigInt) -> String {
    with_prefix(n, 16, "0x")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ErrKind;

    fn parse_err(s: &str, base: i64) -> String {
        parse_int(s, base).unwrap_err().msg
    }

    #[test]
    fn int_digit_limit() {
        // Messages and digit counts from CPython 3.11.
        assert!(parse_int(&"1".repeat(4300), 10).is_ok());
        let msg = |n: usize| {
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {n} \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        };
        assert_eq!(parse_err(&"1".repeat(4301), 10), msg(4301));
        assert_eq!(parse_err(&("1".repeat(5000) + "x"), 10), msg(5000));
        assert_eq!(parse_err(&("1".repeat(5000) + "_1"), 0), msg(5001));
        assert_eq!(parse_err(&"0".repeat(5000), 10), msg(5000));
        assert_eq!(parse_err(&"1".repeat(5000), 36), msg(5000));
        assert!(parse_int(&format!("0x{}", "1".repeat(5000)), 16).is_ok());
        assert!(parse_int(&"1".repeat(5000), 8).is_ok());
        let e = parse_err(&format!("x{}", "1".repeat(5000)), 10);
        assert_eq!(
            e,
            format!(
                "invalid literal for int() with base 10: 'x{}",
                "1".repeat(198)
            )
        );
    }

    #[test]
    fn str_digit_limit() {
        let ten: BigInt = BigInt::from(10);
        let p = num_traits::Pow::pow(&ten, 4300u32);
        assert!(int_to_decimal(&(&p - 1)).is_ok());
        assert!(int_to_decimal(&(1 - &p)).is_ok());
        let e = int_to_decimal(&p).unwrap_err();
        assert_eq!(e.kind, ErrKind::ValueError);
        assert_eq!(
            e.msg,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(int_to_decimal(&num_traits::Pow::pow(&ten, 9000u32)).is_err());
    }

    #[test]
    fn unicode_helpers() {
        assert_eq!(unicode_decimal_value('7'), Some(7));
        assert_eq!(unicode_decimal_value('\u{0663}'), Some(3));
        assert_eq!(unicode_decimal_value('\u{FF19}'), Some(9));
        assert_eq!(unicode_decimal_value('\u{1D7CE}'), Some(0));
        assert_eq!(unicode_decimal_value('a'), None);
        assert_eq!(unicode_decimal_value('\u{00B2}'), None); // superscript two is not Nd
        assert_eq!(unicode_decimal_value('\u{2160}'), None);
        assert!(is_py_whitespace('\u{3000}'));
        assert!(is_py_whitespace('\u{1C}'));
        assert!(!is_py_whitespace('\u{200B}'));
        assert!(is_printable('é'));
        assert!(is_printable('\u{4E2D}'));
        assert!(!is_printable('\u{A0}'));
        assert!(!is_printable('\u{AD}'));
        assert!(!is_printable('\u{E000}'));
        assert!(!is_printable('\u{10FFFF}'));
        assert!(!is_printable('\u{7F}'));
    }

    #[test]
    fn base_errors() {
        for base in [1, 37, -1, 100] {
            let e = parse_int("1", base).unwrap_err();
            assert_eq!(e.msg, "int() base must be >= 2 and <= 36, or 0");
        }
    }
}
