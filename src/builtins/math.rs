//! The `math` module as CPython 3.11's `Modules/mathmodule.c`: the same special-value rules
//! (a NaN from a non-NaN argument is "math domain error", an infinity from finite arguments is
//! "math range error" or a domain error at a singularity), the same argument-count and
//! conversion messages, CPython's own algorithms where it has them (gamma, lgamma, fsum, hypot,
//! dist, remainder, log of huge ints) and the C library elsewhere. Rust's `f64` methods call the
//! platform libm for most functions; asinh, acosh, atanh, cbrt, erf and erfc are not libm calls in
//! Rust, so glibc's implementations of them are transcribed here to print identically.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::new_module;
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::numeric::arith;
use crate::syntax::ast::BinOp;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// The `math` module object (owned).
pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log1p", m_log1p),
        ("log10", m_log10),
        ("log2", m_log2),
        ("modf", m_modf),
        ("pow", m_pow),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("prod", m_prod),
        ("perm", m_perm),
        ("comb", m_comb),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
    ];
    new_module(
        vm,
        "math",
        funcs,
        &[
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Errors and argument handling

/// What C's `errno` reports after a libm-style computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    /// EDOM: invalid argument or singularity.
    Dom,
    /// ERANGE: overflow (or an underflow, which CPython ignores).
    Range,
}

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error".into())
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error".into())
}

/// CPython's `is_error`: EDOM is a ValueError; ERANGE an OverflowError unless the result is
/// small (an underflow).
fn check_errno(vm: &mut Vm, r: f64, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Ok => Ok(Value::Float(r)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(Value::Float(r)),
        Errno::Range => Err(range_error(vm)),
    }
}

/// `math.NAME() takes no keyword arguments` (METH_O and METH_FASTCALL functions).
fn no_kwargs(vm: &mut Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("math.{name}() takes no keyword arguments")))
    }
}

/// The argument of a one-argument (METH_O) function.
fn arg1(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(a[0])
}

/// The arguments of a two-argument positional-only function.
fn args2(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<(Value, Value)> {
    no_kwargs(vm, name, kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    Ok((a[0], a[1]))
}

/// A signature parsed as Argument Clinic's `_PyArg_UnpackKeywords` does (no required
/// keyword-only parameters).
struct Signature {
    fname: &'static str,
    names: &'static [&'static str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn parse_args(
    vm: &mut Vm,
    sig: &Signature,
    a: &[Value],
    kw: Kwargs,
) -> PyResult<Vec<Option<Value>>> {
    let f = sig.fname;
    let (nargs, maxargs) = (a.len(), sig.names.len());
    if nargs + kw.len() > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{f}() takes at most {maxargs} {keyword}argument{} ({} given)",
            plural(maxargs),
            nargs + kw.len()
        )));
    }
    if nargs > sig.maxpos {
        let msg = if sig.maxpos == 0 {
            format!("{f}() takes no positional arguments")
        } else {
            let how = if sig.minpos < sig.maxpos {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{f}() takes {how} {} positional argument{} ({nargs} given)",
                sig.maxpos,
                plural(sig.maxpos)
            )
        };
        return Err(vm.type_error(msg));
    }
    let minposonly = sig.posonly.min(sig.minpos);
    if nargs < minposonly {
        let how = if minposonly < sig.maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
            plural(minposonly)
        )));
    }
    let find = |vm: &Vm, name: &str| {
        kw.iter()
            .find(|(k, _)| vm.str_of(*k) == Some(name))
            .map(|(_, v)| *v)
    };
    let mut buf: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in buf.iter_mut().zip(a) {
        *slot = Some(*v);
    }
    let mut remaining = kw.len();
    for (i, slot) in buf.iter_mut().enumerate().skip(nargs.max(sig.posonly)) {
        let current = if remaining > 0 {
            find(vm, sig.names[i])
        } else if i >= sig.minpos {
            break;
        } else {
            None
        };
        if current.is_some() {
            *slot = current;
            remaining -= 1;
        } else if i < sig.minpos {
            return Err(vm.type_error(format!(
                "{f}() missing required argument '{}' (pos {})",
                sig.names[i],
                i + 1
            )));
        }
    }
    if remaining > 0 {
        for i in sig.posonly..nargs {
            if find(vm, sig.names[i]).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {f}() given by name ('{}') and position ({})",
                    sig.names[i],
                    i + 1
                )));
            }
        }
        let keywords = &sig.names[sig.posonly..];
        for (k, _) in kw {
            let name = vm.str_of(*k).unwrap_or("").to_string();
            if !keywords.contains(&name.as_str()) {
                return Err(
                    vm.type_error(format!("'{name}' is an invalid keyword argument for {f}()"))
                );
            }
        }
        return Err(vm.type_error(format!("invalid keyword argument for {f}()")));
    }
    Ok(buf)
}

// ---------------------------------------------------------------------------------------------
// Conversions

/// `PyFloat_AsDouble`: floats, ints (correctly rounded; too large is an OverflowError), objects
/// with `__float__` or `__index__`.
pub(crate) fn to_double(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(if b { 1.0 } else { 0.0 }),
        Value::Obj(k) => {
            if let Kind::BigInt(b) = vm.heap.kind(k) {
                let r = arith::int_to_f64(b);
                return r.map_err(|e| vm.num_err(e));
            }
            if let Some(f) = vm.user_special(v, vm.names.float_) {
                let r = vm.call(f, &[v])?;
                if let Value::Float(x) = r {
                    return Ok(x);
                }
                let (cls, got) = (vm.type_name(v), vm.type_name(r));
                vm.decref(r);
                return Err(
                    vm.type_error(format!("{cls}.__float__ returned non-float (type {got})"))
                );
            }
            if vm.user_special(v, vm.names.index).is_some() {
                let b = index_big(vm, v)?;
                return arith::int_to_f64(&b).map_err(|e| vm.num_err(e));
            }
            // An int or float subclass whose class leaves the conversion to the builtin.
            if let Some(p) = number_payload(vm, v) {
                return to_double(vm, p);
            }
            Err(not_real(vm, v))
        }
        _ => Err(not_real(vm, v)),
    }
}

fn not_real(vm: &mut Vm, v: Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("must be real number, not {t}"))
}

/// `PyNumber_Index`: ints and bools, or an object's `__index__` (which must return an int).
pub(crate) fn index_big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = vm.to_big(v) {
        return Ok(b);
    }
    if let Some(f) = vm.user_special(v, vm.names.index) {
        let r = vm.call(f, &[v])?;
        let b = vm.to_big(r);
        let got = vm.type_name(r);
        vm.decref(r);
        return b.ok_or_else(|| vm.type_error(format!("__index__ returned non-int (type {got})")));
    }
    if let Some(p) = number_payload(vm, v).filter(|p| !matches!(p, Value::Float(_))) {
        return index_big(vm, p);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

/// The int or float inside an instance of a user subclass of int or float (bool's and
/// IntEnum's included).
fn number_payload(vm: &Vm, v: Value) -> Option<Value> {
    vm.payload(v).filter(|p| match p {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(k) => matches!(vm.heap.kind(*k), Kind::BigInt(_)),
        _ => false,
    })
}

/// A float known to be integral, as an int object (inf and NaN raise as `int(x)` does).
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    match arith::f64_to_bigint(x) {
        Ok(b) => Ok(vm.int_from_big(b)),
        Err(e) => Err(vm.num_err(e)),
    }
}

fn big(vm: &mut Vm, b: BigInt) -> Value {
    vm.int_from_big(b)
}

// ---------------------------------------------------------------------------------------------
// Floating-point helpers

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (zeros, infinities and NaN unchanged).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first (2**54 is exact).
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// C's `ldexp`/`scalbn`: `x * 2**n`, correctly rounded (musl's method).
fn ldexp(x: f64, mut n: i32) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let pm969 = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
    let mut y = x;
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Keep the final n below -53 so that the result is rounded only once.
        y *= pm969;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm969;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        x + y
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

const LN2: f64 = std::f64::consts::LN_2;

/// The high 32 bits of a double, as fdlibm's GET_HIGH_WORD.
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// glibc's `asinh` (fdlibm).
fn glibc_asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc's `acosh` (fdlibm).
fn glibc_acosh(x: f64) -> f64 {
    let hx = high_word(x);
    let lx = x.to_bits() as u32;
    if hx < 0x3ff0_0000 {
        f64::NAN
    } else if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if ((hx - 0x3ff0_0000) as u32 | lx) == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// glibc's `atanh`.
fn glibc_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return f64::NAN;
    } else if xa == 1.0 {
        return f64::INFINITY.copysign(x);
    } else {
        return x;
    };
    t.copysign(x)
}

/// glibc's `cbrt` (Rust's `f64::cbrt` is a correctly rounded one of its own, which glibc's is
/// not: `cbrt(-27)` is -3.0000000000000004 there).
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948732;
    const SQR_CBRT2: f64 = 1.5874010519681996;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.35489576504391984
        + ((1.508191937815849
            + ((-2.114994941673713
                + ((2.4469312256353444
                    + ((-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

// Coefficients of glibc's (fdlibm's) erf and erfc.
const ERX: f64 = 0.8450629115104675;
const EFX: f64 = 0.1283791670955126;
const PP: [f64; 5] = [
    0.12837916709551256,
    -0.3250421072470015,
    -0.02848174957559851,
    -0.005770270296489442,
    -2.3763016656650163e-05,
];
const QQ: [f64; 6] = [
    0.0,
    0.39791722395915535,
    0.0650222499887673,
    0.005081306281875766,
    0.00013249473800432164,
    -3.960228278775368e-06,
];
const PA: [f64; 7] = [
    -0.0023621185607526594,
    0.41485611868374833,
    -0.3722078760357013,
    0.31834661990116175,
    -0.11089469428239668,
    0.035478304325618236,
    -0.002166375594868791,
];
const QA: [f64; 7] = [
    0.0,
    0.10642088040084423,
    0.540397917702171,
    0.07182865441419627,
    0.12617121980876164,
    0.01363708391202905,
    0.011984499846799107,
];
const RA: [f64; 8] = [
    -0.009864944034847148,
    -0.6938585727071818,
    -10.558626225323291,
    -62.375332450326006,
    -162.39666946257347,
    -184.60509290671104,
    -81.2874355063066,
    -9.814329344169145,
];
const SA: [f64; 9] = [
    0.0,
    19.651271667439257,
    137.65775414351904,
    434.56587747522923,
    645.3872717332679,
    429.00814002756783,
    108.63500554177944,
    6.570249770319282,
    -0.0604244152148581,
];
const RB: [f64; 7] = [
    -0.0098649429247001,
    -0.799283237680523,
    -17.757954917754752,
    -160.63638485582192,
    -637.5664433683896,
    -1025.0951316110772,
    -483.5191916086514,
];
const SB: [f64; 8] = [
    0.0,
    30.33806074348246,
    325.7925129965739,
    1536.729586084437,
    3199.8582195085955,
    2553.0504064331644,
    474.52854120695537,
    -22.44095244658582,
];

/// erf(x) - x for |x| < 0.84375, as x * R(x**2) (the P/Q part only: returns R).
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// P/Q for 0.84375 <= |x| < 1.25, in s = |x| - 1.
fn erf_mid_ratio(s: f64) -> f64 {
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28 (the asymptotic part of erfc).
fn erfc_tail(x: f64, ix: i32, cut: i32) -> f64 {
    let s = 1.0 / (x * x);
    let (r, ss) = if ix < cut {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let sa2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let sa3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let sa4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            s1 + s2 * sa2 + s4 * sa3 + s6 * sa4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let sb2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let sb3 = SB[4] + s * SB[5];
        let sb4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            s1 + s2 * sb2 + s4 * sb3 + s6 * sb4,
        )
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / ss).exp() / x
}

/// glibc's `erf` (fdlibm, as pipelined by N. Shimizu).
fn glibc_erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let i = ((hx as u32) >> 31) << 1;
        return (1 - i as i32) as f64 + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x.abs() - 1.0);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - 1e-300 } else { 1e-300 - 1.0 };
    }
    let r = erfc_tail(x.abs(), ix, 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r
    } else {
        r - 1.0
    }
}

/// glibc's `erfc` (fdlibm, as pipelined by N. Shimizu).
fn glibc_erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return (((hx as u32) >> 31) << 1) as f64 + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x.abs() - 1.0);
        return if hx >= 0 {
            (1.0 - ERX) - pq
        } else {
            1.0 + (ERX + pq)
        };
    }
    if ix < 0x403c_0000 {
        if hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - 1e-300;
        }
        let r = erfc_tail(x.abs(), ix, 0x4006_DB6D);
        return if hx > 0 { r } else { 2.0 - r };
    }
    if hx > 0 {
        0.0
    } else {
        2.0 - 1e-300
    }
}

// CPython's gamma and lgamma (Lanczos approximation, N=13, g=6.024680040776729583740234375).

const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// sin(pi * x), accurate near integers (finite x only).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

// CPython's wrappers for special values of log, log2, log10, atan2, remainder.

fn c_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    } else if x > 0.0 {
        x.log2()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn c_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if 1.0f64.copysign(x) == 1.0 {
                return (0.25 * PI).copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if 1.0f64.copysign(x) == 1.0 {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    y.atan2(x)
}

fn c_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn c_log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn c_fabs(x: f64) -> f64 {
    x.abs()
}

// ---------------------------------------------------------------------------------------------
// One-argument functions on floats

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a
/// finite one is a range error when the function can overflow, else a domain error.
fn math_1(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = arg1(vm, name, a, kw)?;
    let x = to_double(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! math_1_fns {
    ($($fn_name:ident, $py_name:literal, $f:expr, $can_overflow:expr;)*) => {
        $(
            fn $fn_name(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
                math_1(vm, $py_name, a, kw, $f, $can_overflow)
            }
        )*
    };
}

math_1_fns! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", glibc_acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", glibc_asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", glibc_atanh, false;
    m_cbrt, "cbrt", glibc_cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", c_fabs, false;
    m_log1p, "log1p", c_log1p, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
}

fn m_erf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "erf", a, kw)?;
    let x = to_double(vm, v)?;
    Ok(Value::Float(glibc_erf(x)))
}

fn m_erfc(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "erfc", a, kw)?;
    let x = to_double(vm, v)?;
    Ok(Value::Float(glibc_erfc(x)))
}

fn m_gamma(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "gamma", a, kw)?;
    let x = to_double(vm, v)?;
    let (r, errno) = tgamma(x);
    check_errno(vm, r, errno)
}

fn m_lgamma(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "lgamma", a, kw)?;
    let x = to_double(vm, v)?;
    let (r, errno) = lgamma(x);
    check_errno(vm, r, errno)
}

fn float_arg(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<f64> {
    let v = arg1(vm, name, a, kw)?;
    to_double(vm, v)
}

fn m_degrees(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "degrees", a, kw)?;
    Ok(Value::Float(x * (180.0 / PI)))
}

fn m_radians(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "radians", a, kw)?;
    Ok(Value::Float(x * (PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "isfinite", a, kw)?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "isinf", a, kw)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "isnan", a, kw)?;
    Ok(Value::Bool(x.is_nan()))
}

fn m_ulp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "ulp", a, kw)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = x.next_up();
    if x2.is_infinite() {
        return Ok(Value::Float(x - x.next_down()));
    }
    Ok(Value::Float(x2 - x))
}

fn m_frexp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "frexp", a, kw)?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_modf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = float_arg(vm, "modf", a, kw)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

// ---------------------------------------------------------------------------------------------
// floor, ceil, trunc

/// The int result of floor/ceil/trunc for an int argument (`int.__floor__` returns the int).
fn int_identity(vm: &mut Vm, v: Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v),
        Value::Bool(b) => Some(Value::Int(b as i64)),
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => Some(vm.incref(v)),
        _ => None,
    }
}

/// floor/ceil: exact floats directly; else the type's `__floor__`/`__ceil__`; else the value
/// as a float.
fn round_to_int(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = arg1(vm, name, a, kw)?;
    if let Value::Float(x) = v {
        return float_to_int(vm, f(x));
    }
    if let Some(r) = int_identity(vm, v) {
        return Ok(r);
    }
    let n = vm.intern(dunder);
    if let Some(m) = vm.user_special(v, n) {
        return vm.call(m, &[v]);
    }
    if let Some(p) = number_payload(vm, v) {
        return round_to_int(vm, name, &[p], &[], dunder, f);
    }
    let x = to_double(vm, v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    round_to_int(vm, "floor", a, kw, "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    round_to_int(vm, "ceil", a, kw, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "trunc", a, kw)?;
    if let Value::Float(x) = v {
        return float_to_int(vm, x.trunc());
    }
    if let Some(r) = int_identity(vm, v) {
        return Ok(r);
    }
    let n = vm.intern("__trunc__");
    if let Some(m) = vm.user_special(v, n) {
        return vm.call(m, &[v]);
    }
    if let Some(p) = number_payload(vm, v) {
        return m_trunc(vm, &[p], &[]);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
}

// ---------------------------------------------------------------------------------------------
// Two-argument float functions

/// CPython's `math_2`: NaN from non-NaN arguments is a domain error, an infinity from finite
/// ones a range error.
fn math_2(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    f: fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let (xv, yv) = args2(vm, name, a, kw)?;
    let x = to_double(vm, xv)?;
    let y = to_double(vm, yv)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_atan2(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    math_2(vm, "atan2", a, kw, c_atan2)
}

fn m_copysign(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    math_2(vm, "copysign", a, kw, f64::copysign)
}

fn m_remainder(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    math_2(vm, "remainder", a, kw, c_remainder)
}

fn two_floats(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<(f64, f64)> {
    let (xv, yv) = args2(vm, name, a, kw)?;
    let x = to_double(vm, xv)?;
    let y = to_double(vm, yv)?;
    Ok((x, y))
}

fn m_fmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", a, kw)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_nextafter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", a, kw)?;
    Ok(Value::Float(nextafter(x, y)))
}

fn m_ldexp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (xv, iv) = args2(vm, "ldexp", a, kw)?;
    let x = to_double(vm, xv)?;
    let int = number_payload(vm, iv).filter(|p| !matches!(p, Value::Float(_)));
    let Some(exp) = vm.to_big(iv).or_else(|| int.and_then(|p| vm.to_big(p))) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp.".into()));
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > BigInt::from(i32::MAX) {
        return Err(range_error(vm));
    } else if exp < BigInt::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let r = ldexp(x, exp.to_i32().unwrap_or(0));
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_isclose(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Signature = Signature {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        minpos: 2,
        maxpos: 2,
    };
    let args = parse_args(vm, &SIG, a, kw)?;
    let mut vals = [0.0, 0.0, 1e-09, 0.0];
    for (slot, v) in vals.iter_mut().zip(&args) {
        if let Some(v) = v {
            *slot = to_double(vm, *v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------------------------------------
// Logarithms

/// `_PyLong_Frexp` for a positive int: `n ~= x * 2**e` with `0.5 <= x < 1`, x correctly
/// rounded (half to even) to 53 bits.
fn long_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    if bits <= 53 {
        let x = n.to_f64().unwrap_or(0.0);
        let (m, e) = frexp(x);
        return (m, e as u64);
    }
    let shift = bits - 53;
    let mut m = n >> shift;
    let rem = n - (&m << shift);
    let half = BigInt::one() << (shift - 1);
    if rem > half || (rem == half && m.is_odd()) {
        m += 1;
    }
    let m = m.to_u64().unwrap_or(0);
    if m == 1 << 53 {
        // Rounding carried into a new bit: x would be 1.0.
        return (0.5, bits + 1);
    }
    ((m as f64) / 9007199254740992.0, bits)
}

/// CPython's `loghelper`: ints of any size are handled exactly enough (their log is computed
/// from a frexp-style split when they do not fit a float); other values go through `math_1`.
fn loghelper(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::Int(i) = v {
        if i <= 0 {
            return Err(domain_error(vm));
        }
        return Ok(func(i as f64));
    }
    if let Some(n) = vm.to_big(v) {
        if n.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        return Ok(match arith::int_to_f64(&n) {
            Ok(x) => func(x),
            Err(_) => {
                let (x, e) = long_frexp(&n);
                func(x) + func(2.0) * e as f64
            }
        });
    }
    let x = to_double(vm, v)?;
    let r = func(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

fn m_log(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments".into()));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num = loghelper(vm, a[0], c_log)?;
    let Some(&base) = a.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = loghelper(vm, base, c_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "log2", a, kw)?;
    loghelper(vm, v, c_log2).map(Value::Float)
}

fn m_log10(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "log10", a, kw)?;
    loghelper(vm, v, c_log10).map(Value::Float)
}

// ---------------------------------------------------------------------------------------------
// hypot, dist, fsum, prod

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite values with scaling,
/// Veltkamp-Dekker squaring, compensated summation and a differential correction of the root.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (_, max_e) = frexp(max);
    if max_e >= -1023 {
        let scale = ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "hypot", kw)?;
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a {
        let x = to_double(vm, *v)?.abs();
        coords.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (p, q) = args2(vm, "dist", a, kw)?;
    let ps = vm.iterate(p)?;
    let qs = match vm.iterate(q) {
        Ok(qs) => qs,
        Err(e) => {
            vm.heap.decref_all(ps);
            return Err(e);
        }
    };
    let r = dist_of(vm, &ps, &qs);
    vm.heap.decref_all(ps);
    vm.heap.decref_all(qs);
    r.map(Value::Float)
}

fn dist_of(vm: &mut Vm, ps: &[Value], qs: &[Value]) -> PyResult<f64> {
    if ps.len() != qs.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let mut diffs = Vec::with_capacity(ps.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (p, q) in ps.iter().zip(qs) {
        let px = to_double(vm, *p)?;
        let qx = to_double(vm, *q)?;
        let x = (px - qx).abs();
        diffs.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(vector_norm(&diffs, max, found_nan))
}

fn m_fsum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let seq = arg1(vm, "fsum", a, kw)?;
    let it = vm.get_iter(seq)?;
    let r = fsum_iter(vm, it);
    vm.decref(it);
    r.map(Value::Float)
}

/// Shewchuk's exact partial sums, as CPython's `math_fsum` (msum with a correctly rounded,
/// half-even final sum).
fn fsum_iter(vm: &mut Vm, it: Value) -> PyResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(it)? {
        let x = to_double(vm, item);
        vm.decref(item);
        let mut x = x?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum".into()));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return Ok(special_sum);
    }
    let mut n = p.len();
    if n == 0 {
        return Ok(0.0);
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    Ok(hi)
}

fn m_prod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Signature = Signature {
        fname: "prod",
        names: &["iterable", "start"],
        posonly: 1,
        minpos: 1,
        maxpos: 1,
    };
    let args = parse_args(vm, &SIG, a, kw)?;
    let iterable = args[0].unwrap_or(Value::None);
    let it = vm.get_iter(iterable)?;
    let start = args[1].unwrap_or(Value::Int(1));
    let mut result = vm.incref(start);
    loop {
        let item = match vm.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break,
            Err(e) => {
                vm.decref(result);
                vm.decref(it);
                return Err(e);
            }
        };
        let r = vm.binary(BinOp::Mult, result, item);
        vm.decref(result);
        vm.decref(item);
        match r {
            Ok(r) => result = r,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(result)
}

// ---------------------------------------------------------------------------------------------
// Integer functions

fn m_gcd(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "gcd", kw)?;
    let Some((first, rest)) = a.split_first() else {
        return Ok(Value::Int(0));
    };
    let mut res = index_big(vm, *first)?;
    if rest.is_empty() {
        return Ok(big(vm, res.abs()));
    }
    for v in rest {
        let x = index_big(vm, *v)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(big(vm, res))
}

fn m_lcm(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "lcm", kw)?;
    let Some((first, rest)) = a.split_first() else {
        return Ok(Value::Int(1));
    };
    let mut res = index_big(vm, *first)?;
    if rest.is_empty() {
        return Ok(big(vm, res.abs()));
    }
    for v in rest {
        let x = index_big(vm, *v)?;
        if res.is_zero() {
            continue;
        }
        res = if x.is_zero() {
            BigInt::zero()
        } else {
            let g = res.gcd(&x);
            (res.div_floor(&g) * &x).abs()
        };
    }
    Ok(big(vm, res))
}

fn m_isqrt(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "isqrt", a, kw)?;
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    if let Some(small) = n.to_u64() {
        return Ok(Value::Int(small.isqrt() as i64));
    }
    let r = BigInt::from(Roots::sqrt(n.magnitude()));
    Ok(big(vm, r))
}

/// lo * (lo+1) * … * hi (1 when the range is empty), by binary splitting.
fn product_u64(lo: u64, hi: u64) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    if hi - lo < 32 {
        let mut acc = BigUint::one();
        let mut word: u64 = 1;
        for i in lo..=hi {
            match word.checked_mul(i) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = i;
                }
            }
        }
        return acc * word;
    }
    let mid = lo + (hi - lo) / 2;
    product_u64(lo, mid) * product_u64(mid + 1, hi)
}

/// start * (start+1) * … (count factors), by binary splitting.
fn product_big(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if let Some(lo) = start.to_u64() {
        if let Some(hi) = lo.checked_add(count - 1) {
            return BigInt::from(product_u64(lo, hi));
        }
    }
    if count <= 16 {
        let mut acc = start.clone();
        let mut x = start.clone();
        for _ in 1..count {
            x += 1;
            acc *= &x;
        }
        return acc;
    }
    let half = count / 2;
    product_big(start, half) * product_big(&(start + half), count - half)
}

fn factorial_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = index_big(vm, v)?;
    if n > BigInt::from(i64::MAX) {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    let Some(n) = n.to_u64() else {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    };
    let r = BigInt::from(product_u64(2, n));
    Ok(big(vm, r))
}

fn m_factorial(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = arg1(vm, "factorial", a, kw)?;
    factorial_of(vm, v)
}

/// n and k of comb/perm, converted with `__index__` and checked non-negative.
fn comb_args(vm: &mut Vm, nv: Value, kv: Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, nv)?;
    let k = index_big(vm, kv)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    Ok((n, k))
}

fn m_perm(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "perm", kw)?;
    match a.len() {
        0 => {
            return Err(vm.type_error("perm expected at least 1 argument, got 0".into()));
        }
        1 | 2 => {}
        n => {
            return Err(vm.type_error(format!("perm expected at most 2 arguments, got {n}")));
        }
    }
    let kv = a.get(1).copied().unwrap_or(Value::None);
    if kv.is(Value::None) {
        return factorial_of(vm, a[0]);
    }
    let (n, k) = comb_args(vm, a[0], kv)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let start = &n - k + 1;
    let r = product_big(&start, k as u64);
    Ok(big(vm, r))
}

fn m_comb(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (nv, kv) = args2(vm, "comb", a, kw)?;
    let (n, k) = comb_args(vm, nv, kv)?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    let k = k.min(rest);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let start = &n - k + 1;
    let r = product_big(&start, k) / BigInt::from(product_u64(2, k));
    Ok(big(vm, r))
}
