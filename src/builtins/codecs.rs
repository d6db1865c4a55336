//! Text encodings: `str.encode` and `bytes.decode` for utf-8, ascii and latin-1 under their
//! CPython aliases, with the error handlers strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace and namereplace, and CPython's UnicodeEncodeError/UnicodeDecodeError
//! (their positions, reasons and attributes).

use crate::heap::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages give the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The highest code point the codec encodes as one byte (utf-8 encodes everything).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x7f,
            Codec::Latin1 => 0xff,
        }
    }
}

/// The codec for an encoding name, normalised as CPython's `encodings.normalize_encoding`.
pub fn lookup(name: &str) -> Option<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        _ => return None,
    })
}

/// LookupError for an encoding Cellar does not know.
pub fn unknown_encoding(vm: &mut Vm, name: &str) -> PyErr {
    vm.exception_with_msg(vm.types.lookup_error, format!("unknown encoding: {name}"))
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.exception_with_msg(
        vm.types.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(codec, errors)`; `obj` is the str value (the error's `object`).
pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str, obj: Value) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) <= limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode is one error.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) <= limit)
            .unwrap_or(chars.len());
        let run = &chars[i..end];
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({})", limit + 1);
                let class = vm.types.unicode_encode_error;
                return Err(unicode_error(vm, class, codec, obj, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run.len())),
            "backslashreplace" => {
                for &c in run {
                    out.extend(backslash_escape(c as u32).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            "namereplace" => {
                for &c in run {
                    match unicode_names2::name(c) {
                        Some(n) => out.extend(format!("\\N{{{n}}}").bytes()),
                        None => out.extend(backslash_escape(c as u32).bytes()),
                    }
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as backslashreplace writes a code point.
fn backslash_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `b.decode(codec, errors)`; `obj` is the bytes value (the error's `object`).
pub fn decode(vm: &mut Vm, b: &[u8], codec: Codec, errors: &str, obj: Value) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // The next bad sequence: (start, end, reason).
        let (good, bad) = match codec {
            Codec::Latin1 => {
                out.extend(b[i..].iter().map(|&c| c as char));
                return Ok(out);
            }
            Codec::Ascii => match b[i..].iter().position(|&c| c >= 0x80) {
                None => (b.len() - i, None),
                Some(p) => (p, Some((1, "ordinal not in range(128)"))),
            },
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(_) => (b.len() - i, None),
                Err(e) => {
                    let at = i + e.valid_up_to();
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if is_invalid_start(b[at]) => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    (
                        e.valid_up_to(),
                        Some((e.error_len().unwrap_or(b.len() - at), reason)),
                    )
                }
            },
        };
        // The good part is valid UTF-8 (or ASCII) by construction.
        out.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or_default());
        i += good;
        let Some((len, reason)) = bad else { break };
        let (start, end) = (i, i + len);
        match errors {
            "strict" => {
                let class = vm.types.unicode_decode_error;
                return Err(unicode_error(vm, class, codec, obj, start, end, reason));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for &c in &b[start..end] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// A byte no UTF-8 sequence starts with.
fn is_invalid_start(c: u8) -> bool {
    matches!(c, 0x80..=0xc1 | 0xf5..=0xff)
}

/// UnicodeEncodeError or UnicodeDecodeError (`class`) for `obj[start:end]`: the decode
/// error's object is always bytes (a bytearray is copied, as CPython's decoder does).
fn unicode_error(
    vm: &mut Vm,
    class: crate::heap::ObjKey,
    codec: Codec,
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = vm.new_str(codec.name());
    let reason = vm.new_str(reason);
    let obj = match obj.as_obj().map(|k| vm.heap.kind(k)) {
        Some(crate::heap::object::Kind::ByteArray(_)) => {
            let data = vm.bytes_of(obj).unwrap_or_default().to_vec();
            vm.new_bytes(data)
        }
        _ => vm.incref(obj),
    };
    let args = [
        enc,
        obj,
        Value::Int(start as i64),
        Value::Int(end as i64),
        reason,
    ];
    PyErr(vm.new_unicode_error(class, args))
}
