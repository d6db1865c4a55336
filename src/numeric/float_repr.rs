//! Float → text: `repr(float)` and the shared digit layout engine behind `format()`, f-strings and
//! `%`-formatting (CPython's `PyOS_double_to_string` modes 'r', 'e', 'f', 'g'). Rust's std float
//! formatting supplies correctly rounded / shortest digits; this file only arranges them.

/// Layout options for [`format_f64`], mirroring the flags CPython passes to its dtoa layer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: keep the decimal point (and trailing zeros for 'g').
    pub alt: bool,
    /// Append ".0" to integral fixed-notation results (repr, and format with no type code).
    pub add_dot_0: bool,
    /// `z`: drop the minus sign of a result that rounds to zero.
    pub no_neg_0: bool,
}

/// Significant decimal digits of |x| (no leading/trailing zeros, "0" for zero) and the position of
/// the decimal point: |x| ≈ 0.DIGITS × 10^decpt. Shortest digits that round-trip.
pub fn shortest_digits(x: f64) -> (String, i32) {
    debug_assert!(x.is_finite());
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (digits, decpt) = split_sci(&format!("{:e}", x.abs()));
    match tie_break_even(x.abs(), &digits, decpt) {
        Some(better) => better,
        None => (digits, decpt),
    }
}

/// Rust's shortest-digit search resolves an exact tie between two equally short candidates
/// upward; CPython's dtoa picks the one with an even last digit. A tie needs the exact binary
/// value to have exactly one more significant digit than the candidates, ending in 5, which
/// only happens for values with few significant decimal digits, checked here in u128.
fn tie_break_even(ax: f64, digits: &str, decpt: i32) -> Option<(String, i32)> {
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last.is_multiple_of(2) {
        return None;
    }
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let exact: u128 = if e >= 0 {
        if e + (64 - m.leading_zeros() as i32) > 127 {
            return None;
        }
        let mut n = (m as u128) << e;
        while n.is_multiple_of(10) {
            n /= 10;
        }
        n
    } else {
        // m / 2**s == m * 5**s / 10**s; beyond s = 27 there are too many digits for a tie.
        let s = -e;
        if s > 27 {
            return None;
        }
        m as u128 * 5u128.pow(s as u32)
    };
    let exact = exact.to_string();
    if exact.len() != digits.len() + 1 || !exact.ends_with('5') {
        return None;
    }
    // The two candidates are the exact digits truncated, and that plus one unit.
    let lower: u128 = exact[..digits.len()].parse().ok()?;
    let chosen: u128 = digits.parse().ok()?;
    if chosen != lower && chosen != lower + 1 {
        return None;
    }
    let other = if chosen == lower { lower + 1 } else { lower };
    let mut other_digits = other.to_string();
    let mut other_decpt = decpt;
    if other_digits.len() > digits.len() {
        other_decpt += 1;
    }
    // The alternative must itself read back as the same double.
    let text = format!(
        "{}e{}",
        other_digits,
        other_decpt - other_digits.len() as i32
    );
    if text.parse::<f64>().ok()? != ax {
        return None;
    }
    strip_trailing_zeros(&mut other_digits);
    Some((other_digits, other_decpt))
}

/// `n` (>= 1) correctly rounded significant digits of |x|, trailing zeros stripped.
fn sig_digits(x: f64, n: usize) -> (String, i32) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (mut d, e) = split_sci(&format!("{:.*e}", n - 1, x.abs()));
    strip_trailing_zeros(&mut d);
    (d, e)
}

/// |x| correctly rounded to `p` places after the point. A result of zero gives empty digits.
fn fixed_digits(x: f64, p: usize) -> (String, i32) {
    let s = format!("{:.*}", p, x.abs());
    let (int_part, frac) = match s.find('.') {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (&s[..], ""),
    };
    let all: String = int_part.chars().chain(frac.chars()).collect();
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let mut d = all[lead..].to_string();
    strip_trailing_zeros(&mut d);
    if d.is_empty() {
        return (d, -(p as i32));
    }
    (d, int_part.len() as i32 - lead as i32)
}

fn strip_trailing_zeros(d: &mut String) {
    while d.len() > 1 && d.ends_with('0') {
        d.pop();
    }
}

/// Splits Rust's `{:e}` output ("1.2345e-7") into digits and decimal-point position.
fn split_sci(s: &str) -> (String, i32) {
    let epos = s.find('e').expect("exponent marker");
    let mant = &s[..epos];
    let exp: i32 = s[epos + 1..].parse().expect("exponent");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp + 1)
}

/// Python's `repr(x)` / `str(x)` for a float.
pub fn repr_f64(x: f64) -> String {
    format_f64(
        x,
        'r',
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// CPython's `PyOS_double_to_string`: `code` is one of 'e' 'E' 'f' 'F' 'g' 'G' 'r' (the last being
/// the repr mode, where `precision` is ignored). The result carries a leading '-' for negative
/// values (never '+'); inf and nan come out as "inf"/"nan" ("INF"/"NAN" for upper-case codes).
pub fn format_f64(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let neg = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        let body = if x.is_nan() { "nan" } else { "inf" };
        let s = if neg {
            format!("-{body}")
        } else {
            body.to_string()
        };
        return if upper { s.to_ascii_uppercase() } else { s };
    }
    // (digits, decpt, vdigits_end): the visible digit window is vdigits[start..end], where vdigits
    // is `digits` padded with zeros on both sides.
    let (digits, mut decpt, mut end, use_exp);
    let add_dot_0 = flags.add_dot_0;
    match code {
        'e' => {
            let (d, p) = sig_digits(x, precision + 1);
            digits = d;
            decpt = p;
            end = precision as i64 + 1;
            use_exp = true;
        }
        'f' => {
            let (d, p) = fixed_digits(x, precision);
            digits = d;
            decpt = p;
            end = decpt as i64 + precision as i64;
            use_exp = false;
        }
        'g' => {
            let precision = precision.max(1);
            let (d, p) = sig_digits(x, precision);
            digits = d;
            decpt = p;
            // With ".0" appended an integral result would show one more digit than asked for.
            let limit = if add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            use_exp = decpt <= -4 || decpt as i64 > limit;
            end = if flags.alt {
                precision as i64
            } else {
                digits.len() as i64
            };
        }
        'r' => {
            let (d, p) = shortest_digits(x);
            digits = d;
            decpt = p;
            use_exp = decpt <= -4 || decpt > 16;
            end = digits.len() as i64;
        }
        _ => panic!("format_f64: bad code {code:?}"),
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let decpt64 = decpt as i64;
    let start = if decpt <= 0 { decpt64 - 1 } else { 0 };
    end = if !use_exp && add_dot_0 {
        end.max(decpt64 + 1)
    } else {
        end.max(decpt64)
    };
    let is_zero = digits.bytes().all(|b| b == b'0');
    let neg = neg && !(flags.no_neg_0 && is_zero);

    let db = digits.as_bytes();
    let vdigit = |i: i64| -> char {
        if i >= 0 && (i as usize) < db.len() {
            db[i as usize] as char
        } else {
            '0'
        }
    };
    let mut out = String::with_capacity((end - start) as usize + 8);
    if neg {
        out.push('-');
    }
    for i in start..decpt64 {
        out.push(vdigit(i));
    }
    if decpt64 < end || flags.alt {
        out.push('.');
    }
    for i in decpt64..end {
        out.push(vdigit(i));
    }
    if use_exp {
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    if upper {
        out.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_table() {
        // Expected values from CPython 3.11 `repr(x)`.
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.5, "0.5"),
            (1.5, "1.5"),
            (2.675, "2.675"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (0.1 + 0.2, "0.30000000000000004"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1e17, "1e+17"),
            (1.5e16, "1.5e+16"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e-4, "0.0001"),
            (1.5e-4, "0.00015"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e-7, "1e-07"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (1e-100, "1e-100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123.456, "123.456"),
            (-123.456e-10, "-1.23456e-08"),
            (9007199254740993.0, "9007199254740992.0"),
            (0.001, "0.001"),
            (12345678.9, "12345678.9"),
            (std::f64::consts::PI, "3.141592653589793"),
            (1e-323, "1e-323"),
            (4.35, "4.35"),
            (0.3, "0.3"),
            (1e23, "1e+23"),
            (8.41e21, "8.41e+21"),
            // Exact ties between two shortest candidates go to the even digit.
            (f64::from_bits(0xc302a68c9a5403e2), "-656209049452668.2"),
            (0.125, "0.125"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_f64(x), want, "repr({x:e})");
        }
    }

    #[test]
    fn shortest_digits_basic() {
        assert_eq!(shortest_digits(0.0), ("0".to_string(), 1));
        assert_eq!(shortest_digits(123.45), ("12345".to_string(), 3));
        assert_eq!(shortest_digits(0.00123), ("123".to_string(), -2));
        assert_eq!(shortest_digits(-5e-324), ("5".to_string(), -323));
    }

    #[test]
    fn fixed_digits_rounding_to_zero() {
        assert_eq!(fixed_digits(0.001, 2), (String::new(), -2));
        assert_eq!(fixed_digits(0.5, 0), (String::new(), 0));
        assert_eq!(fixed_digits(0.51, 0), ("1".to_string(), 1));
        assert_eq!(fixed_digits(10.0, 2), ("1".to_string(), 2));
    }
}
