//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings) for int, float and
//! str: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` with CPython's
//! validation order and messages, and laying numbers out with padding and digit grouping.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::arith::int_to_f64;
use super::float_repr::{format_f64, repr_f64, FloatFlags};
use super::parse::{check_str_digits_limit, unicode_decimal_value};
use super::{NumError, NumResult};

/// Which built-in `__format__` the spec is parsed for; it fixes the default type and alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecKind {
    Int,
    Float,
    Str,
}

/// A parsed format spec. `ty` is `None` when no presentation type was given (for ints it then
/// behaves as 'd', for strs as 's', for floats as the repr-like default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    /// One of '<' '>' '=' '^'; `None` means the type's default.
    pub align: Option<char>,
    /// One of '+' '-' ' '.
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// Python type name used in error messages (`int`, `bool`, `float`, a subclass name...).
    pub type_name: String,
}

/// Widths (and float precisions) beyond this would need gigabytes; CPython raises MemoryError
/// while allocating, and so do we, before trying.
const MAX_WIDTH: usize = 1 << 30;

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of (Unicode) decimal digits as CPython's `get_integer` does.
fn read_integer(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let start = *pos;
    let mut acc: i64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as i64))
            .ok_or_else(|| NumError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    Ok(Some(acc as usize))
}

fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn check_width(spec: &Spec) -> NumResult<()> {
    if spec.width.unwrap_or(0) > MAX_WIDTH {
        return Err(NumError::memory());
    }
    Ok(())
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        truncate_chars(type_name, 200)
    ))
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

impl Spec {
    /// Parses `spec` for a value of the given kind; `type_name` is the Python type name of the
    /// value being formatted (it appears in error messages).
    pub fn parse(spec: &str, kind: SpecKind, type_name: &str) -> NumResult<Spec> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let default_align_right = kind != SpecKind::Str;
        let mut s = Spec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alt: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name: type_name.to_string(),
        };
        let mut pos = 0;
        let mut fill_specified = false;
        if end >= 2 && is_align(chars[1]) {
            s.fill = chars[0];
            s.align = Some(chars[1]);
            fill_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            s.align = Some(chars[0]);
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            s.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            s.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            s.alt = true;
            pos += 1;
        }
        // Backwards-compatible zero padding: '0' before the width means fill '0', and for
        // right-aligned types it also switches to sign-aware '=' alignment.
        if !fill_specified && pos < end && chars[pos] == '0' {
            s.fill = '0';
            if s.align.is_none() && default_align_right {
                s.align = Some('=');
            }
            pos += 1;
        }
        s.width = read_integer(&chars, &mut pos)?;
        let both = || NumError::value("Cannot specify both ',' and '_'.");
        if pos < end && chars[pos] == ',' {
            s.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if s.grouping.is_some() {
                return Err(both());
            }
            s.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && s.grouping == Some('_') {
            return Err(both());
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            s.precision = read_integer(&chars, &mut pos)?;
            if s.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(NumError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                truncate_chars(type_name, 200)
            )));
        }
        if end - pos == 1 {
            s.ty = Some(chars[pos]);
        }
        if let Some(sep) = s.grouping {
            let ty = s.ty.unwrap_or(match kind {
                SpecKind::Int => 'd',
                SpecKind::Float => '\0',
                SpecKind::Str => 's',
            });
            let ok = match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
                'b' | 'o' | 'x' | 'X' => sep == '_',
                _ => false,
            };
            if !ok {
                return Err(NumError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    code_repr(ty)
                )));
            }
        }
        Ok(s)
    }
}

/// The pieces of a formatted number before padding: `[sign][prefix]digits[remainder]`, where only
/// `digits` is subject to grouping and zero-fill.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    remainder: &'a str,
}

/// Groups `digits` from the right in runs of `group`, extending with zeros until `min_width`
/// characters (separators included) are reached, as CPython does for `0`-fill with grouping.
fn group_digits(digits: &str, sep: Option<char>, group: usize, min_width: i64) -> String {
    let Some(sep) = sep else {
        let pad = (min_width - digits.len() as i64).max(0) as usize;
        return "0".repeat(pad) + digits;
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    let g = group as i64;
    loop {
        let l = g.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let hi = remaining as usize;
        let mut piece = "0".repeat(n_zeros);
        piece.push_str(&digits[hi - n_chars..hi]);
        groups.push(piece);
        remaining -= n_chars as i64;
        min_width -= g;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

fn pad_and_join(parts: &NumberParts, spec: &Spec, upper: bool, group: usize) -> String {
    let sign_char = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let align = spec.align.unwrap_or('>');
    let width = spec.width.unwrap_or(0) as i64;
    let fixed = sign_char.is_some() as i64
        + parts.prefix.chars().count() as i64
        + parts.remainder.chars().count() as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, spec.grouping, group, min_width)
    };
    if upper {
        grouped.make_ascii_uppercase();
    }
    let total = fixed + grouped.chars().count() as i64;
    let padding = (width - total).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = spec.fill.to_string();
    let mut out = String::new();
    out.push_str(&fill.repeat(lpad));
    if let Some(c) = sign_char {
        out.push(c);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    out.push_str(&fill.repeat(spad));
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    out.push_str(&fill.repeat(rpad));
    out
}

/// `format(n, spec)` for an int (or bool, with `spec.type_name == "bool"`).
pub fn format_int(n: &BigInt, spec: &Spec) -> NumResult<String> {
    format_integer(IntRef::Big(n), spec, n.sign() == Sign::Minus, |radix| {
        n.magnitude().to_str_radix(radix)
    })
}

/// `format(n, spec)` for an int that fits in an i64 (no big-int allocation on common paths).
pub fn format_i64(n: i64, spec: &Spec) -> NumResult<String> {
    let m = n.unsigned_abs();
    format_integer(IntRef::Small(n), spec, n < 0, |radix| match radix {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        _ => m.to_string(),
    })
}

enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

fn format_integer(
    n: IntRef<'_>,
    spec: &Spec,
    negative: bool,
    magnitude_digits: impl Fn(u32) -> String,
) -> NumResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match n {
                IntRef::Small(v) => v as f64,
                IntRef::Big(b) => int_to_f64(b)?,
            };
            return format_float(x, spec);
        }
        _ => return Err(unknown_code(ty, &spec.type_name)),
    }
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    check_width(spec)?;
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alt {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = match n {
            IntRef::Small(v) => v,
            IntRef::Big(b) => b
                .to_i64()
                .ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?,
        };
        let ch = u32::try_from(v)
            .ok()
            .filter(|&v| v <= 0x10FFFF)
            .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
        // Lone surrogates cannot live in a Rust string; they are not printable anyway.
        let ch = char::from_u32(ch).unwrap_or('\u{FFFD}');
        let s = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &s,
        };
        return Ok(pad_and_join(&parts, spec, false, 3));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0x"),
        _ => (10, ""),
    };
    if let (10, IntRef::Big(b)) = (radix, &n) {
        check_str_digits_limit(b)?;
    }
    let digits = magnitude_digits(radix);
    let parts = NumberParts {
        negative,
        prefix: if spec.alt { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    let group = if radix == 10 { 3 } else { 4 };
    Ok(pad_and_join(&parts, spec, ty == 'X', group))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &Spec) -> NumResult<String> {
    let mut ty = spec.ty.unwrap_or('\0');
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {}
        _ => return Err(unknown_code(ty, &spec.type_name)),
    }
    if spec.precision.unwrap_or(0) > i32::MAX as usize {
        return Err(NumError::value("precision too big"));
    }
    if spec.precision.unwrap_or(0) > MAX_WIDTH {
        return Err(NumError::memory());
    }
    check_width(spec)?;
    let mut flags = FloatFlags {
        alt: spec.alt,
        no_neg_0: spec.no_neg_0,
        add_dot_0: false,
    };
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut body = if ty == 'r' {
        format_f64(val, 'r', 0, flags)
    } else {
        format_f64(val, ty, precision, flags)
    };
    if pct {
        body.push('%');
    }
    let (negative, rest) = match body.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, &body[..]),
    };
    let ndig = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &rest[..ndig],
        remainder: &rest[ndig..],
    };
    Ok(pad_and_join(&parts, spec, false, 3))
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &Spec) -> NumResult<String> {
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, &spec.type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alt {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec)?;
    let body = match spec.precision {
        Some(p) => truncate_chars(s, p),
        None => s,
    };
    let len = body.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let (lpad, rpad) = match spec.align.unwrap_or('<') {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let fill = spec.fill.to_string();
    Ok(fill.repeat(lpad) + body + &fill.repeat(rpad))
}

/// Convenience: `format(n, spec)` for an int, including the empty-spec shortcut (`str(n)`).
/// For bools with an empty spec the caller must produce "True"/"False" itself.
pub fn format_int_spec(n: &BigInt, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        check_str_digits_limit(n)?;
        return Ok(n.to_string());
    }
    format_int(n, &Spec::parse(spec, SpecKind::Int, type_name)?)
}

/// Convenience: `format(x, spec)` for a float, including the empty-spec shortcut (`repr(x)`).
pub fn format_float_spec(x: f64, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(repr_f64(x));
    }
    format_float(x, &Spec::parse(spec, SpecKind::Float, type_name)?)
}

/// Convenience: `format(s, spec)` for a str.
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &Spec::parse(spec, SpecKind::Str, type_name)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ErrKind;

    fn fmt_int(n: i64, spec: &str) -> String {
        format_i64(n, &Spec::parse(spec, SpecKind::Int, "int").unwrap()).unwrap()
    }

    #[test]
    fn zero_fill_grouping() {
        // CPython keeps grouping through the zero padding, even past the requested width.
        assert_eq!(fmt_int(1234, "08,"), "0,001,234");
        assert_eq!(fmt_int(1234, "09,"), "0,001,234");
        assert_eq!(fmt_int(1234, "010,"), "00,001,234");
        assert_eq!(fmt_int(-1234, "010,"), "-0,001,234");
        assert_eq!(fmt_int(255, "#012_x"), "0x0_0000_00ff");
        assert_eq!(fmt_int(1234, "0=10,"), "00,001,234");
        assert_eq!(fmt_int(1234, "*=10,"), "*****1,234");
    }

    #[test]
    fn parse_fields() {
        let s = Spec::parse("*^+z#012,.3f", SpecKind::Float, "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alt);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        // '0' after an explicit fill is part of the width.
        let s = Spec::parse("x<05", SpecKind::Int, "int").unwrap();
        assert_eq!((s.fill, s.width), ('x', Some(5)));
    }

    #[test]
    fn absurd_sizes() {
        // CPython: MemoryError for the width; a huge precision only truncates a str; floats
        // reject precisions above INT_MAX.
        let spec = Spec::parse("99999999999", SpecKind::Int, "int").unwrap();
        let e = format_i64(1, &spec).unwrap_err();
        assert_eq!(e.kind, ErrKind::MemoryError);
        assert_eq!(format_str_spec("ab", ".99999999999", "str").unwrap(), "ab");
        let e = format_float_spec(1.0, ".2147483648f", "float").unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ErrKind::ValueError, "precision too big")
        );
    }

    #[test]
    fn bool_type_name_in_errors() {
        let e = format_int_spec(&BigInt::from(1), "abc", "bool").unwrap_err();
        assert_eq!(
            e.msg,
            "Invalid format specifier 'abc' for object of type 'bool'"
        );
    }
}
