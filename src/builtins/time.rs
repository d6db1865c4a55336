//! The `time` module: wall-clock `time()`, a monotonic `perf_counter()`, `sleep()`.

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

/// Seconds since an arbitrary fixed point (the first call), monotonic.
fn perf_counter(_vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = START.get_or_init(Instant::now);
    Ok(Value::Float(start.elapsed().as_secs_f64()))
}

fn sleep(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let Some(secs) = vm.to_f64(a[0]) else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
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

pub fn module(vm: &mut Vm) -> Value {
    super::new_module(
        vm,
        "time",
        &[
            ("time", time_fn),
            ("perf_counter", perf_counter),
            ("sleep", sleep),
            ("monotonic", perf_counter),
        ],
        &[],
    )
}
