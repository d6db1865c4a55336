//! Complex numbers as CPython's complexobject.c computes them: repr, division (Smith's
//! method), powers (repeated squaring for small integer exponents, polar form otherwise),
//! hash, parsing `complex('1+2j')`, and `format(z, spec)`.

use super::float_repr::{format_f64, FloatFlags};
use super::format_spec::{format_float, Spec, SpecKind};
use super::{NumError, NumResult};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

impl C {
    pub fn new(re: f64, im: f64) -> C {
        C { re, im }
    }
}

impl std::ops::Add for C {
    type Output = C;
    fn add(self, o: C) -> C {
        C::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for C {
    type Output = C;
    fn sub(self, o: C) -> C {
        C::new(self.re - o.re, self.im - o.im)
    }
}

impl std::ops::Mul for C {
    type Output = C;
    fn mul(self, o: C) -> C {
        C::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

/// One part as complex's repr writes it: the shortest repr, without a forced ".0".
fn part(x: f64) -> String {
    format_f64(x, 'r', 0, FloatFlags::default())
}

/// `repr(z)`: `2j`, `(1+2j)`, `(-0-1j)`, `(inf+nanj)`.
pub fn repr(z: C) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", part(z.im));
    }
    let im = part(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

/// `a / b` (CPython's `_Py_c_quot`); None for division by zero.
pub fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one of b's parts is a NaN.
        Some(C::new(f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = (C::new(1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r * p;
        }
        mask <<= 1;
        p = p * p;
    }
    r
}

/// `a ** b` (CPython's complex_pow).
pub fn pow(a: C, b: C) -> NumResult<C> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            quot(C::new(1.0, 0.0), powu(a, n.unsigned_abs()))
                .ok_or_else(|| NumError::zero_div("0.0 to a negative or complex power"))?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        C::new(1.0, 0.0)
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(NumError::zero_div("0.0 to a negative or complex power"));
        }
        C::new(0.0, 0.0)
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        C::new(len * phase.cos(), len * phase.sin())
    };
    if (r.re.is_infinite() || r.im.is_infinite()) && a.re.is_finite() && a.im.is_finite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(r)
}

/// `abs(z)`: OverflowError when finite parts give an infinite modulus.
pub fn abs(z: C) -> NumResult<f64> {
    if z.re.is_infinite() || z.im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(NumError::overflow("absolute value too large"));
    }
    Ok(r)
}

/// CPython's complex_hash from its parts' hashes.
pub fn hash(re_hash: i64, im_hash: i64) -> i64 {
    let h = (re_hash as u64).wrapping_add(1_000_003u64.wrapping_mul(im_hash as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The length of the float at the start of `s` (sign, digits with underscores, point,
/// exponent, or inf/infinity/nan), 0 when there is none.
fn float_prefix(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            return i + word.len();
        }
    }
    let start = i;
    let digits = |i: &mut usize| {
        while *i < b.len() && (b[*i].is_ascii_digit() || b[*i] == b'_') {
            *i += 1;
        }
    };
    digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        digits(&mut i);
    }
    if i == start || (i == start + 1 && b[start] == b'.') {
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_start = j;
        digits(&mut j);
        if j > exp_start {
            i = j;
        }
    }
    i
}

/// `complex(s)`.
pub fn parse(s: &str) -> NumResult<C> {
    let bad = || NumError::value("complex() arg is a malformed string");
    if s.contains('_') {
        let b = s.as_bytes();
        let ok = (0..b.len()).filter(|&i| b[i] == b'_').all(|i| {
            i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
        });
        if !ok {
            return Err(NumError::value(format!(
                "could not convert string to complex: {}",
                super::parse::py_str_repr(s)
            )));
        }
    }
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')').ok_or_else(bad)?.trim();
    }
    let num = |p: &str| super::parse::parse_float(p).map_err(|_| bad());
    let n = float_prefix(t);
    let (first, rest) = t.split_at(n);
    let c = if n == 0 {
        // `j`, `+j`, `-j`.
        match t {
            "j" | "J" | "+j" | "+J" => C::new(0.0, 1.0),
            "-j" | "-J" => C::new(0.0, -1.0),
            _ => return Err(bad()),
        }
    } else if rest.is_empty() {
        C::new(num(first)?, 0.0)
    } else if rest == "j" || rest == "J" {
        C::new(0.0, num(first)?)
    } else if rest.starts_with(['+', '-']) {
        let m = float_prefix(rest);
        let (second, tail) = rest.split_at(m);
        let im = match (m, tail) {
            (0, "j" | "J") if rest.len() == 2 => {
                if rest.starts_with('-') {
                    -1.0
                } else {
                    1.0
                }
            }
            (m, "j" | "J") if m > 0 => num(second)?,
            _ => return Err(bad()),
        };
        C::new(num(first)?, im)
    } else {
        return Err(bad());
    };
    Ok(c)
}

/// `format(z, spec)` (complex's __format__).
pub fn format(z: C, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let sp = Spec::parse(spec, SpecKind::Float, "complex")?;
    if sp.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut skip_re, mut parens) = (false, false);
    let mut part_spec = Spec {
        fill: ' ',
        align: Some('<'),
        width: None,
        ..sp.clone()
    };
    match sp.ty {
        None => {
            if z.re == 0.0 && z.re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => {
            return Err(NumError::value(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            )))
        }
    }
    // An omitted type is repr-like: no ".0" forced, 'g' once a precision is given.
    let fmt = |x: f64, s: &Spec| -> NumResult<String> {
        match (s.ty, s.precision) {
            (None, None) => {
                let body = part(x);
                let signed = match s.sign {
                    Some('+') if !body.starts_with('-') => format!("+{body}"),
                    Some(' ') if !body.starts_with('-') => format!(" {body}"),
                    _ => body,
                };
                Ok(signed)
            }
            (None, Some(_)) => format_float(
                x,
                &Spec {
                    ty: Some('g'),
                    ..s.clone()
                },
            ),
            _ => format_float(x, s),
        }
    };
    let re = if skip_re {
        String::new()
    } else {
        fmt(z.re, &part_spec)?
    };
    if !skip_re {
        part_spec.sign = Some('+');
    }
    let im = fmt(z.im, &part_spec)?;
    let body = if parens {
        format!("({re}{im}j)")
    } else {
        format!("{re}{im}j")
    };
    let len = body.chars().count();
    let width = sp.width.unwrap_or(0);
    let pad = width.saturating_sub(len);
    let (l, r) = match sp.align.unwrap_or('>') {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = sp.fill.to_string();
    Ok(fill.repeat(l) + &body + &fill.repeat(r))
}
