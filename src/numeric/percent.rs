//! printf-style `str % args` formatting: the format-string walker (mapping keys, flags, `*`
//! widths, argument bookkeeping and its errors) and the per-conversion formatting of int, float and
//! str values, reproducing CPython's `PyUnicode_Format` output and messages.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::arith::{f64_to_bigint, int_to_f64};
use super::float_repr::{format_f64, repr_f64, FloatFlags};
use super::parse::check_str_digits_limit;
use super::{NumError, NumResult};

/// A value extracted by the caller for one conversion. For 's' / 'r' / 'a' the caller passes the
/// already computed `str()` / `repr()` / `ascii()` text as `Str`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// int or bool.
    Int(BigInt),
    Float(f64),
    Str(String),
    /// Any other object; only its Python type name is needed (for error messages).
    Other(String),
}

/// Conversion flags `-`, `+`, space, `#`, `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub ljust: bool,
    pub sign: bool,
    pub blank: bool,
    pub alt: bool,
    pub zero: bool,
}

/// One parsed conversion with `*` already resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConvSpec {
    pub flags: Flags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The conversion character (may be an unsupported one; see [`format_arg`]).
    pub conv: char,
    /// Index (in characters) of the conversion character in the format string.
    pub index: usize,
}

/// What the interpreter supplies to [`percent_format`].
pub trait PercentHost {
    type Obj: Clone;
    type Error: From<NumError>;
    /// `mapping[key]` (raising KeyError etc. as the interpreter does).
    fn get_item(&mut self, mapping: &Self::Obj, key: &str) -> Result<Self::Obj, Self::Error>;
    /// Extracts the value for conversion `conv`: for 's'/'r'/'a' return `Arg::Str` with
    /// str()/repr()/ascii() of the object; otherwise `Int` for int/bool, `Float` for float,
    /// `Str` for str and `Other(type name)` for anything else. `conv` is '*' for a `*` width
    /// or precision.
    fn convert(&mut self, obj: &Self::Obj, conv: char) -> Result<Arg, Self::Error>;
    /// Formatting a bytes object (`b'%b' % x`): `%b` is `%s`, and the messages say bytes.
    fn bytes_mode(&self) -> bool {
        false
    }
}

/// The right operand of `%`.
pub enum PercentArgs<'a, O> {
    /// A tuple: its items are the positional arguments.
    Tuple(&'a [O]),
    /// Any other object. `is_mapping` must be true when it supports `__getitem__` and is not a
    /// str (CPython's `PyMapping_Check`; lists count!), enabling `%(key)s` and suppressing the
    /// "not all arguments converted" check.
    Single { obj: O, is_mapping: bool },
}

fn not_enough() -> NumError {
    NumError::type_error("not enough arguments for format string")
}

/// `fmt % args`.
pub fn percent_format<H: PercentHost>(
    host: &mut H,
    fmt: &str,
    args: PercentArgs<'_, H::Obj>,
) -> Result<String, H::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    // CPython's bookkeeping: a tuple has arglen = len and argidx = 0; a single object (or the
    // value looked up for a key) has arglen = -1 and argidx = -2, so it can be taken exactly once.
    let (tuple, mut single, dict) = match args {
        PercentArgs::Tuple(t) => (Some(t), None, None),
        PercentArgs::Single { obj, is_mapping } => {
            let dict = if is_mapping { Some(obj.clone()) } else { None };
            (None, Some(obj), dict)
        }
    };
    let (mut arglen, mut argidx): (isize, isize) = match tuple {
        Some(t) => (t.len() as isize, 0),
        None => (-1, -2),
    };
    let next_arg = |single: &Option<H::Obj>, argidx: &mut isize, arglen: isize| {
        if *argidx < arglen {
            let i = *argidx;
            *argidx += 1;
            if arglen < 0 {
                Ok(single.clone().expect("single argument"))
            } else {
                Ok(tuple.expect("tuple")[i as usize].clone())
            }
        } else {
            Err(not_enough())
        }
    };

    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        if pos < n && chars[pos] == '(' {
            let Some(mapping) = dict.as_ref() else {
                return Err(NumError::type_error("format requires a mapping").into());
            };
            pos += 1;
            let keystart = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match chars[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(NumError::value("incomplete format key").into());
            }
            let key: String = chars[keystart..pos - 1].iter().collect();
            single = Some(host.get_item(mapping, &key)?);
            arglen = -1;
            argidx = -2;
        }
        let mut flags = Flags::default();
        let mut ch = None;
        while pos < n {
            let c = chars[pos];
            pos += 1;
            match c {
                '-' => flags.ljust = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => {
                    ch = Some(c);
                    break;
                }
            }
        }
        let mut width = None;
        if ch == Some('*') {
            let obj = next_arg(&single, &mut argidx, arglen)?;
            let v = star_value(host.convert(&obj, '*')?)?;
            let w = v.to_i64().ok_or_else(|| {
                NumError::overflow("Python int too large to convert to C ssize_t")
            })?;
            // CPython negates a negative width in C: the most negative one stays negative,
            // which then pads nothing.
            let w = if w < 0 {
                flags.ljust = true;
                w.wrapping_neg()
            } else {
                w
            };
            width = Some(if w < 0 { 0 } else { checked_width(w as u64)? });
            ch = next_char(&chars, &mut pos);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let w;
            (w, ch) = read_digits(&chars, &mut pos, d, isize::MAX as u64, "width too big")?;
            width = Some(checked_width(w)?);
        }
        let mut precision = None;
        if ch == Some('.') {
            precision = Some(0);
            ch = next_char(&chars, &mut pos);
            if ch == Some('*') {
                let obj = next_arg(&single, &mut argidx, arglen)?;
                let v = star_value(host.convert(&obj, '*')?)?;
                let p = v.to_i32().ok_or_else(|| {
                    NumError::overflow("Python int too large to convert to C int")
                })?;
                precision = Some(p.max(0) as usize);
                ch = next_char(&chars, &mut pos);
            } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                let p;
                (p, ch) = read_digits(&chars, &mut pos, d, i32::MAX as u64, "precision too big")?;
                precision = Some(p as usize);
            }
        }
        // Length modifiers as in C ("%ld") are accepted and ignored (one of them).
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = next_char(&chars, &mut pos);
        }
        let Some(mut conv) = ch else {
            return Err(NumError::value("incomplete format").into());
        };
        if conv == 'b' && host.bytes_mode() {
            conv = 's';
        }
        let obj = next_arg(&single, &mut argidx, arglen)?;
        let spec = ConvSpec {
            flags,
            width,
            precision,
            conv,
            index: pos - 1,
        };
        if !is_supported(conv) {
            return Err(unsupported(conv, pos - 1).into());
        }
        let arg = host.convert(&obj, conv)?;
        out.push_str(&format_arg(&spec, &arg)?);
    }
    if argidx < arglen && dict.is_none() {
        let what = if host.bytes_mode() { "bytes" } else { "string" };
        return Err(NumError::type_error(format!(
            "not all arguments converted during {what} formatting"
        ))
        .into());
    }
    Ok(out)
}

fn next_char(chars: &[char], pos: &mut usize) -> Option<char> {
    let c = chars.get(*pos).copied();
    if c.is_some() {
        *pos += 1;
    }
    c
}

/// Reads the rest of a decimal width or precision whose first digit was `first`: the number
/// and the character after it (None at the end of the format).
fn read_digits(
    chars: &[char],
    pos: &mut usize,
    first: u32,
    limit: u64,
    too_big: &str,
) -> NumResult<(u64, Option<char>)> {
    let mut v = first as u64;
    while let Some(c) = next_char(chars, pos) {
        let Some(d) = c.to_digit(10) else {
            return Ok((v, Some(c)));
        };
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as u64))
            .filter(|&v| v <= limit)
            .ok_or_else(|| NumError::value(too_big))?;
    }
    Ok((v, None))
}

fn star_value(arg: Arg) -> NumResult<BigInt> {
    match arg {
        Arg::Int(v) => Ok(v),
        _ => Err(NumError::type_error("* wants int")),
    }
}

/// Widths that would need gigabytes of padding: CPython fails with MemoryError while allocating.
fn checked_width(w: u64) -> NumResult<usize> {
    if w > (1u64 << 30) {
        return Err(NumError::memory());
    }
    Ok(w as usize)
}

fn is_supported(conv: char) -> bool {
    matches!(
        conv,
        's' | 'r'
            | 'a'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
            | 'c'
    )
}

fn unsupported(conv: char, index: usize) -> NumError {
    let shown = if (31..=126).contains(&(conv as u32)) {
        conv
    } else {
        '?'
    };
    NumError::value(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, conv as u32, index
    ))
}

/// Formats one argument for one conversion, including width/flags padding.
pub fn format_arg(spec: &ConvSpec, arg: &Arg) -> NumResult<String> {
    let conv = spec.conv;
    // Numeric precisions are materialized as digits; string precisions only truncate.
    if !matches!(conv, 's' | 'r' | 'a' | 'c') {
        checked_width(spec.precision.unwrap_or(0) as u64)?;
    }
    match conv {
        's' | 'r' | 'a' => {
            let text = match arg {
                Arg::Str(s) => s.clone(),
                Arg::Int(v) => {
                    check_str_digits_limit(v)?;
                    v.to_string()
                }
                Arg::Float(x) => repr_f64(*x),
                Arg::Other(t) => {
                    return Err(NumError::type_error(format!(
                        "%{conv} needs the object's text, got a {t}"
                    )))
                }
            };
            Ok(output(&text, spec, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let integer_only = matches!(conv, 'o' | 'x' | 'X');
            let v = match arg {
                Arg::Int(v) => v.clone(),
                Arg::Float(x) if !integer_only => f64_to_bigint(*x)?,
                other => {
                    let what = if integer_only {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(NumError::type_error(format!(
                        "%{conv} format: {what} is required, not {}",
                        arg_type_name(other)
                    )));
                }
            };
            let body = format_long(&v, conv, spec.flags.alt, spec.precision)?;
            Ok(output(&body, spec, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Arg::Float(x) => *x,
                Arg::Int(v) => int_to_f64(v)?,
                other => {
                    return Err(NumError::type_error(format!(
                        "must be real number, not {}",
                        arg_type_name(other)
                    )))
                }
            };
            let flags = FloatFlags {
                alt: spec.flags.alt,
                ..FloatFlags::default()
            };
            let body = format_f64(x, conv, spec.precision.unwrap_or(6), flags);
            Ok(output(&body, spec, true))
        }
        'c' => {
            let c = match arg {
                Arg::Str(s) if s.chars().count() == 1 => s.chars().next().expect("one char"),
                Arg::Int(v) => {
                    let code = v
                        .to_u32()
                        .filter(|&c| c <= 0x10FFFF)
                        .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
                    char::from_u32(code).unwrap_or('\u{FFFD}')
                }
                _ => return Err(NumError::type_error("%c requires int or char")),
            };
            Ok(output(&c.to_string(), spec, false))
        }
        _ => Err(unsupported(conv, spec.index)),
    }
}

fn arg_type_name(arg: &Arg) -> &str {
    match arg {
        Arg::Int(_) => "int",
        Arg::Float(_) => "float",
        Arg::Str(_) => "str",
        Arg::Other(t) => t,
    }
}

/// The digits of an int for d/i/u/o/x/X: sign, optional base prefix, precision zero-fill.
fn format_long(v: &BigInt, conv: char, alt: bool, precision: Option<usize>) -> NumResult<String> {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0x"),
        _ => (10, ""),
    };
    if radix == 10 {
        check_str_digits_limit(v)?;
    }
    let digits = v.magnitude().to_str_radix(radix);
    let mut s = String::new();
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    if let Some(p) = precision {
        if p > digits.len() {
            s.push_str(&"0".repeat(p - digits.len()));
        }
    }
    s.push_str(&digits);
    if conv == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// Pads a converted value the way CPython's `unicode_format_arg_output` does. `numeric` selects
/// sign handling and '0' fill (ints and floats); strings are only truncated and space-padded.
fn output(body: &str, spec: &ConvSpec, numeric: bool) -> String {
    let flags = spec.flags;
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len();
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut idx = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                idx = 1;
            }
            _ if flags.sign => sign = Some('+'),
            _ if flags.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alt && matches!(spec.conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push(chars[idx]);
            out.push(chars[idx + 1]);
            idx += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if has_prefix {
            out.push(chars[idx]);
            out.push(chars[idx + 1]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ErrKind;

    /// Arguments are plain `Arg`s; `convert` passes them through (str() of ints for 's').
    struct Plain;

    impl PercentHost for Plain {
        type Obj = Arg;
        type Error = NumError;
        fn get_item(&mut self, _mapping: &Arg, key: &str) -> Result<Arg, NumError> {
            Err(NumError::value(format!("no key {key}")))
        }
        fn convert(&mut self, obj: &Arg, _conv: char) -> Result<Arg, NumError> {
            Ok(obj.clone())
        }
    }

    fn run(fmt: &str, args: &[Arg]) -> Result<String, NumError> {
        percent_format(&mut Plain, fmt, PercentArgs::Tuple(args))
    }

    #[test]
    fn basics() {
        let i = |v: i64| Arg::Int(BigInt::from(v));
        assert_eq!(
            run("%5.2f|%-5d|%05d", &[Arg::Float(1.23456), i(42), i(-42)]).unwrap(),
            " 1.23|42   |-0042"
        );
        assert_eq!(
            run("%x %X %#o", &[i(255), i(255), i(8)]).unwrap(),
            "ff FF 0o10"
        );
        assert_eq!(
            run("%e %g", &[Arg::Float(1.0), Arg::Float(0.0001)]).unwrap(),
            "1.000000e+00 0.0001"
        );
        assert_eq!(run("100%%", &[]).unwrap(), "100%");
    }

    #[test]
    fn key_without_mapping() {
        let e = percent_format(
            &mut Plain,
            "%(a)s",
            PercentArgs::Single {
                obj: Arg::Int(BigInt::from(5)),
                is_mapping: false,
            },
        )
        .unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ErrKind::TypeError, "format requires a mapping")
        );
    }

    #[test]
    fn digit_limit_applies_to_d_and_s() {
        let big = num_traits::Pow::pow(BigInt::from(10), 5000u32);
        for fmt in ["%d", "%s", "%i"] {
            let e = run(fmt, &[Arg::Int(big.clone())]).unwrap_err();
            assert_eq!(e.kind, ErrKind::ValueError, "{fmt}");
        }
        assert!(run("%x", &[Arg::Int(big)]).is_ok());
    }

    #[test]
    fn format_arg_direct() {
        let spec = ConvSpec {
            flags: Flags {
                zero: true,
                sign: true,
                ..Flags::default()
            },
            width: Some(8),
            precision: Some(2),
            conv: 'f',
            index: 0,
        };
        assert_eq!(format_arg(&spec, &Arg::Float(-1.005)).unwrap(), "-0001.00");
        assert_eq!(
            format_arg(&spec, &Arg::Int(BigInt::from(3))).unwrap(),
            "+0003.00"
        );
        let e = format_arg(&spec, &Arg::Other("list".into())).unwrap_err();
        assert_eq!(e.msg, "must be real number, not list");
    }

    #[test]
    fn huge_precision_on_strings_only_truncates() {
        let s = Arg::Str("ab".into());
        assert_eq!(run("%.1500000000s", &[s]).unwrap(), "ab");
        let e = run("%.2147483648s", &[Arg::Str("ab".into())]).unwrap_err();
        assert_eq!(e.msg, "precision too big");
        let e = run("%.1500000000f", &[Arg::Float(1.0)]).unwrap_err();
        assert_eq!(e.kind, ErrKind::MemoryError);
    }
}
