//! Text encodings: `str.encode` and `bytes.decode` for utf-8 (and utf-8-sig), utf-16 and
//! utf-32 (with a BOM, or little/big-endian), ascii, latin-1 and cp1252 under their CPython
//! aliases, with the error handlers strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace and namereplace, and CPython's UnicodeEncodeError/UnicodeDecodeError
//! (their positions, reasons and attributes).

use crate::heap::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 behind a byte order mark: written first, skipped when read.
    Utf8Sig,
    /// With a BOM: written little-endian; read by the BOM, little-endian without one.
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Ascii,
    Latin1,
    Cp1252,
}

impl Codec {
    /// The name CPython's messages give the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
        }
    }

    /// The byte a single-byte codec writes for `c`, None when it has none.
    fn byte_for(self, c: char) -> Option<u8> {
        let n = c as u32;
        match self {
            Codec::Ascii => (n < 0x80).then_some(n as u8),
            Codec::Latin1 => (n < 0x100).then_some(n as u8),
            _ if n < 0x80 || (0xa0..0x100).contains(&n) => Some(n as u8),
            _ => CP1252_HIGH
                .iter()
                .position(|&m| m == n && m != 0)
                .map(|i| 0x80 + i as u8),
        }
    }

    /// Why a single-byte codec cannot encode a character.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "character maps to <undefined>",
        }
    }
}

/// What cp1252 decodes the bytes 0x80..=0x9f to (0: undefined); the rest is latin-1.
const CP1252_HIGH: [u32; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

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
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        _ => return None,
    })
}

/// LookupError for an encoding Cellar does not know. `user` names the function CPython
/// points to for its bytes-to-bytes and str-to-str codecs (`codecs.open()`, `codecs.encode()`,
/// `codecs.decode()`).
pub fn unknown_encoding(vm: &mut Vm, name: &str, user: &str) -> PyErr {
    let norm = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    let not_text = matches!(
        norm.as_str(),
        "hex"
            | "hex_codec"
            | "base64"
            | "base_64"
            | "base64_codec"
            | "zlib"
            | "zip"
            | "zlib_codec"
            | "bz2"
            | "bz2_codec"
            | "uu"
            | "uu_codec"
            | "quopri"
            | "quotedprintable"
            | "quoted_printable"
            | "quopri_codec"
            | "rot13"
            | "rot_13"
    );
    let msg = if not_text {
        format!("'{name}' is not a text encoding; use {user} to handle arbitrary codecs")
    } else {
        format!("unknown encoding: {name}")
    };
    vm.exception_with_msg(vm.types.lookup_error, msg)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.exception_with_msg(
        vm.types.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(codec, errors)`; `obj` is the str value (the error's `object`).
pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str, obj: Value) -> PyResult<Vec<u8>> {
    // Cellar's str holds no lone surrogates, so the Unicode encodings cannot fail.
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([&[0xef, 0xbb, 0xbf], s.as_bytes()].concat()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            let bom = (codec == Codec::Utf16).then_some(0xfeff);
            for unit in bom.into_iter().chain(s.encode_utf16()) {
                out.extend(if big {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            let bom = (codec == Codec::Utf32).then_some(0xfeff);
            for n in bom.into_iter().chain(s.chars().map(|c| c as u32)) {
                out.extend(if big {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {}
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(byte) = codec.byte_for(chars[i]) {
            out.push(byte);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode is one error.
        let end = (i..chars.len())
            .find(|&j| codec.byte_for(chars[j]).is_some())
            .unwrap_or(chars.len());
        let run = &chars[i..end];
        match errors {
            // With no lone surrogates in a str, surrogatepass has nothing to pass.
            "strict" | "surrogatepass" => {
                let class = vm.types.unicode_encode_error;
                let name = codec.name();
                let reason = codec.encode_reason();
                return Err(unicode_error(vm, class, name, obj, i, end, reason));
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

/// Decoded text, and what to do with each bad byte range (CPython's decode error handling).
struct Decoded<'a> {
    out: String,
    errors: &'a str,
    /// The codec name the errors give (`utf-16-le` for utf-16 read little-endian).
    name: &'static str,
    obj: Value,
}

impl Decoded<'_> {
    fn bad(
        &mut self,
        vm: &mut Vm,
        b: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyResult<()> {
        match self.errors {
            // Cellar's str cannot hold the lone surrogates surrogatepass would decode
            // (encoded surrogates stay errors); any other bad byte is an error under it too.
            "strict" | "surrogatepass" => {
                let class = vm.types.unicode_decode_error;
                Err(unicode_error(
                    vm, class, self.name, self.obj, start, end, reason,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{FFFD}');
                Ok(())
            }
            "backslashreplace" => {
                for &c in &b[start..end] {
                    self.out.push_str(&format!("\\x{c:02x}"));
                }
                Ok(())
            }
            errors => Err(unknown_handler(vm, errors)),
        }
    }
}

/// `b.decode(codec, errors)`; `obj` is the bytes value (the error's `object`).
pub fn decode(vm: &mut Vm, b: &[u8], codec: Codec, errors: &str, obj: Value) -> PyResult<String> {
    let mut d = Decoded {
        out: String::with_capacity(b.len()),
        errors,
        name: codec.name(),
        obj,
    };
    match codec {
        Codec::Utf8Sig => {
            let Some(rest) = b.strip_prefix(&[0xef, 0xbb, 0xbf]) else {
                return decode(vm, b, Codec::Utf8, errors, obj);
            };
            // The errors point into the bytes after the mark, as CPython's decoder sees them.
            let stripped = vm.new_bytes(rest.to_vec());
            let r = decode(vm, rest, Codec::Utf8, errors, stripped);
            vm.heap.decref(stripped);
            return r;
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (start, big) = match (codec, b) {
                (Codec::Utf16, [0xff, 0xfe, ..]) => (2, false),
                (Codec::Utf16, [0xfe, 0xff, ..]) => (2, true),
                _ => (0, codec == Codec::Utf16Be),
            };
            d.name = if big { "utf-16-be" } else { "utf-16-le" };
            decode_utf16(vm, b, start, big, &mut d)?;
            return Ok(d.out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (start, big) = match (codec, b) {
                (Codec::Utf32, [0xff, 0xfe, 0, 0, ..]) => (4, false),
                (Codec::Utf32, [0, 0, 0xfe, 0xff, ..]) => (4, true),
                _ => (0, codec == Codec::Utf32Be),
            };
            d.name = if big { "utf-32-be" } else { "utf-32-le" };
            decode_utf32(vm, b, start, big, &mut d)?;
            return Ok(d.out);
        }
        Codec::Cp1252 => {
            for (i, &c) in b.iter().enumerate() {
                let ch = match c {
                    0x80..=0x9f => {
                        char::from_u32(CP1252_HIGH[(c - 0x80) as usize]).filter(|ch| *ch != '\0')
                    }
                    _ => Some(c as char),
                };
                match ch {
                    Some(ch) => d.out.push(ch),
                    None => d.bad(vm, b, i, i + 1, "character maps to <undefined>")?,
                }
            }
            return Ok(d.out);
        }
        Codec::Utf8 | Codec::Ascii | Codec::Latin1 => {}
    }
    let mut i = 0;
    while i < b.len() {
        // The next bad sequence: (start, end, reason).
        let (good, bad) = match codec {
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
            _ => {
                d.out.extend(b[i..].iter().map(|&c| c as char));
                return Ok(d.out);
            }
        };
        // The good part is valid UTF-8 (or ASCII) by construction.
        d.out
            .push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or_default());
        i += good;
        let Some((len, reason)) = bad else { break };
        d.bad(vm, b, i, i + len, reason)?;
        i += len;
    }
    Ok(d.out)
}

/// UTF-16 from `b[start..]`, by CPython's rules for a final chunk.
fn decode_utf16(vm: &mut Vm, b: &[u8], start: usize, big: bool, d: &mut Decoded) -> PyResult<()> {
    let unit = |at: usize| {
        let pair = [b[at], b[at + 1]];
        if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let n = b.len();
    let mut pos = start;
    while pos < n {
        if n - pos < 2 {
            d.bad(vm, b, pos, n, "truncated data")?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            pos += 2;
        } else if u >= 0xdc00 {
            d.bad(vm, b, pos, pos + 2, "illegal encoding")?;
            pos += 2;
        } else if n - pos < 4 {
            d.bad(vm, b, pos, n, "unexpected end of data")?;
            break;
        } else {
            let low = unit(pos + 2);
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                d.out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                pos += 4;
            } else {
                d.bad(vm, b, pos, pos + 2, "illegal UTF-16 surrogate")?;
                pos += 2;
            }
        }
    }
    Ok(())
}

/// UTF-32 from `b[start..]`.
fn decode_utf32(vm: &mut Vm, b: &[u8], start: usize, big: bool, d: &mut Decoded) -> PyResult<()> {
    let n = b.len();
    let mut pos = start;
    while pos < n {
        if n - pos < 4 {
            d.bad(vm, b, pos, n, "truncated data")?;
            break;
        }
        let quad = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let c = if big {
            u32::from_be_bytes(quad)
        } else {
            u32::from_le_bytes(quad)
        };
        match char::from_u32(c) {
            Some(ch) => d.out.push(ch),
            None if c >= 0x110000 => {
                d.bad(vm, b, pos, pos + 4, "code point not in range(0x110000)")?
            }
            None => d.bad(
                vm,
                b,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        pos += 4;
    }
    Ok(())
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
    codec: &str,
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = vm.new_str(codec);
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
