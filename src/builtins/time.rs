//! The `time` module: clocks (`time`, `perf_counter`, `monotonic`, `process_time` and their
//! `_ns` forms), `sleep`, and the calendar calls over the C library (`localtime`, `gmtime`,
//! `mktime`, `strftime`, the time zone names); `struct_time` and the argument handling
//! around those calls are Python (py/time_support.py), run in the module's namespace.

use std::sync::OnceLock;
use std::time::Instant;

use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn time_fn(_vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

/// The monotonic clocks' fixed point (their first use), shared so that `perf_counter()` and
/// `perf_counter_ns()` read the same clock.
fn since_start() -> std::time::Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Seconds since an arbitrary fixed point (the first call), monotonic.
fn perf_counter(_vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(since_start().as_secs_f64()))
}

fn sleep(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let secs = match vm.to_f64(a[0]) {
        Some(s) => s,
        // Anything else must be an integer (`__index__`), as CPython's time conversion asks.
        None => {
            let b = super::math::index_big(vm, a[0])?;
            num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY)
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)".into()));
    }
    // _PyTime_t counts nanoseconds in an i64.
    if (secs * 1e9).abs() >= i64::MAX as f64 {
        let msg = if matches!(a[0], Value::Float(_)) {
            "timestamp out of range for platform time_t"
        } else {
            "timestamp too large to convert to C _PyTime_t"
        };
        return Err(vm.overflow_error(msg.into()));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    vm.flush_stdout();
    // In short slices, so Ctrl-C ends the sleep with KeyboardInterrupt (std's sleep resumes
    // after a signal).
    let end = Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        vm.check_signals()?;
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(std::time::Duration::from_millis(20)));
    }
}

fn ns_since_epoch() -> i128 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    d.as_nanos() as i128
}

fn time_ns(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.int_from_big(ns_since_epoch().into()))
}

fn perf_counter_ns(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.int_from_big((since_start().as_nanos() as i128).into()))
}

fn process_secs() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec owned here.
    #[allow(unsafe_code)]
    unsafe {
        libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts);
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn process_time(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(process_secs()))
}

fn process_time_ns(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let ns = (process_secs() * 1e9) as i128;
    Ok(vm.int_from_big(ns.into()))
}

/// The seconds argument of localtime/gmtime/ctime: now for None, else floored to a time_t.
fn time_t_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<libc::time_t> {
    match v {
        None | Some(Value::None) => Ok((ns_since_epoch() / 1_000_000_000) as libc::time_t),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)".into()));
            }
            let t = f.floor();
            if !(-9.2e18..9.2e18).contains(&t) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
            }
            Ok(t as libc::time_t)
        }
        Some(v) => match vm.try_index(v)? {
            Some(crate::vm::int_args::Index::Fits(i)) => Ok(i as libc::time_t),
            Some(_) => Err(vm.overflow_error("timestamp out of range for platform time_t".into())),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

/// A broken-down time as the 11-tuple struct_time is made from.
fn tm_tuple(vm: &mut Vm, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: the C library set tm_zone to a NUL-terminated static string.
        #[allow(unsafe_code)]
        unsafe {
            std::ffi::CStr::from_ptr(tm.tm_zone)
                .to_string_lossy()
                .into_owned()
        }
    };
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        vm.new_str(zone),
        Value::Int(tm.tm_gmtoff),
    ];
    vm.new_tuple(items)
}

fn broken_down(vm: &mut Vm, a: &[Value], local: bool) -> PyResult<Value> {
    let t = time_t_arg(vm, a.first().copied())?;
    // SAFETY: a zeroed tm is a valid out-parameter; the *_r calls write only into it.
    #[allow(unsafe_code)]
    let (ok, tm) = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        let r = if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        };
        (!r.is_null(), tm)
    };
    if !ok {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EOVERFLOW) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t".into()));
        }
        return Err(super::io::os_error(vm, &e, ""));
    }
    Ok(tm_tuple(vm, &tm))
}

/// `localtime()`/`gmtime()` as builtin functions (which a class attribute does not bind, as
/// `logging.Formatter.converter = time.localtime` needs): the tuple made a struct_time.
fn as_struct_time(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    local: bool,
) -> PyResult<Value> {
    super::native_types::no_keywords(vm, name, kw)?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let t = broken_down(vm, a, local)?;
    let Some(class) = super::native_types::class_named(vm, "time", "struct_time") else {
        return Ok(t);
    };
    let r = vm.call(Value::Obj(class), &[t]);
    vm.heap.decref(t);
    r
}

fn localtime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    as_struct_time(vm, a, kw, "localtime", true)
}

fn gmtime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    as_struct_time(vm, a, kw, "gmtime", false)
}

/// A C `tm` from the nine ints struct_time_support checked, plus zone and offset.
fn tm_from(vm: &mut Vm, v: Value) -> PyResult<(libc::tm, Option<std::ffi::CString>)> {
    let items = vm.iterate(v)?;
    let mut n = [0i64; 11];
    let mut zone = None;
    for (i, &it) in items.iter().enumerate().take(11) {
        if i == 9 {
            zone = vm.str_of(it).and_then(|s| std::ffi::CString::new(s).ok());
            continue;
        }
        n[i] = match it {
            Value::Int(x) => x,
            Value::Bool(b) => b as i64,
            _ => 0,
        };
    }
    vm.heap.decref_all(items);
    // SAFETY: a zeroed tm is valid; every field is set below.
    #[allow(unsafe_code)]
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    tm.tm_gmtoff = n[10];
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    Ok((tm, zone))
}

fn mktime_native(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let t = super::exactly_one(vm, "time.mktime", a)?;
    let (mut tm, _zone) = tm_from(vm, t)?;
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalises the tm owned here.
    #[allow(unsafe_code)]
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range".into()));
    }
    Ok(Value::Float(t as f64))
}

fn strftime_native(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let [fmt, t] = a else {
        return Err(vm.type_error(format!("_strftime expected 2 arguments, got {}", a.len())));
    };
    let fmt = vm.str_of(*fmt).unwrap_or("").to_string();
    let (tm, _zone) = tm_from(vm, *t)?;
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character".into()));
    };
    let mut size = 1024usize.max(fmt.len() * 8);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` bytes; strftime writes at most that many.
        #[allow(unsafe_code)]
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

extern "C" {
    /// POSIX `tzset`, which the libc crate does not declare for every target.
    fn tzset();
}

/// (tzname, timezone, altzone, daylight) as CPython's init_timezone finds them: from the
/// local time of January 1 and July 1 of this year.
fn zone_info(vm: &mut Vm) -> (Value, Value, Value, Value) {
    // SAFETY: tzset reads TZ; localtime_r writes only into the zeroed tms owned here.
    #[allow(unsafe_code)]
    let (jan, jul) = unsafe {
        tzset();
        const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
        let now = (ns_since_epoch() / 1_000_000_000) as libc::time_t;
        let year_start = now / YEAR * YEAR;
        let mut jan: libc::tm = std::mem::zeroed();
        let mut jul: libc::tm = std::mem::zeroed();
        libc::localtime_r(&year_start, &mut jan);
        let mid = year_start + YEAR / 2;
        libc::localtime_r(&mid, &mut jul);
        (jan, jul)
    };
    let name = |tm: &libc::tm| -> String {
        if tm.tm_zone.is_null() {
            return String::new();
        }
        // SAFETY: tm_zone points at the C library's NUL-terminated zone name.
        #[allow(unsafe_code)]
        unsafe {
            std::ffi::CStr::from_ptr(tm.tm_zone)
                .to_string_lossy()
                .into_owned()
        }
    };
    let (jan_off, jul_off) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    let (std_tm, dst_tm, std_off, dst_off) = if jan_off < jul_off {
        // Southern hemisphere: DST in January.
        (&jul, &jan, jul_off, jan_off)
    } else {
        (&jan, &jul, jan_off, jul_off)
    };
    let names = vec![vm.new_str(name(std_tm)), vm.new_str(name(dst_tm))];
    let tzname = vm.new_tuple(names);
    (
        tzname,
        Value::Int(std_off),
        Value::Int(dst_off),
        Value::Int((jan_off != jul_off) as i64),
    )
}

pub fn module(vm: &mut Vm) -> Value {
    let m = super::new_module(
        vm,
        "time",
        &[
            ("time", time_fn),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
            ("localtime", localtime),
            ("gmtime", gmtime),
            ("_mktime", mktime_native),
            ("_strftime", strftime_native),
        ],
        &[],
    );
    let (tzname, timezone, altzone, daylight) = zone_info(vm);
    let dict = match m.as_obj().map(|k| vm.heap.kind(k)) {
        Some(crate::heap::object::Kind::Module(md)) => md.dict,
        _ => return m,
    };
    let dk = dict.as_obj().expect("module dict");
    for (name, v) in [
        ("tzname", tzname),
        ("timezone", timezone),
        ("altzone", altzone),
        ("daylight", daylight),
    ] {
        let key = vm.intern(name);
        vm.ns_set(dk, key, v);
    }
    super::run_support(vm, m, include_str!("py/time_support.py"), "<cellar time>");
    // The natives that make struct_times find its class here.
    let key = vm.intern("struct_time");
    if let Some(Value::Obj(class)) = vm.ns_lookup(dk, key) {
        vm.heap.incref(Value::Obj(class));
        if let Some(old) = vm.native_classes.insert(("time", "struct_time"), class) {
            vm.heap.decref(Value::Obj(old));
        }
    }
    m
}
