//! `_json`, the native half of `json` (py/json.py), as in CPython: the scanner `loads` runs
//! (`decode.rs`) and the encoder `dumps` runs (`encode.rs`). The Python module keeps the
//! classes, the argument handling and the chunked `iterencode` that `dump` writes with.

mod decode;
mod encode;

use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

/// `_json.encode_basestring_ascii(s)` / `encode_basestring(s)`: a JSON string literal.
fn quote_with(vm: &mut Vm, a: &[Value], ensure_ascii: bool) -> PyResult<Value> {
    let Some(s) = a.first().and_then(|v| vm.str_of(*v)) else {
        let t = a.first().map_or("nothing".into(), |v| vm.type_name(*v));
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let mut out = String::with_capacity(s.len() + 2);
    encode::quote(s, ensure_ascii, &mut out);
    Ok(vm.new_str(out))
}

fn quote_ascii(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    quote_with(vm, a, true)
}

fn quote_unicode(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    quote_with(vm, a, false)
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&str, NativeFn)] = &[
        ("scan", decode::scan),
        ("encode", encode::encode),
        ("encode_basestring_ascii", quote_ascii),
        ("encode_basestring", quote_unicode),
    ];
    super::new_module(vm, "_json", funcs, &[])
}
