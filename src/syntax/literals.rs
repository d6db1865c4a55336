//! Literal values: numbers from their token text, and string literals decoded as CPython decodes
//! them (prefixes, quotes, escape sequences and their `(unicode error)` messages).

use num_bigint::BigInt;
use num_traits::Num;

/// The integer value of an int token (`1_000`, `0xff`, `0o17`, `0b101`).
pub fn parse_int(text: &str) -> BigInt {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = match clean.get(..2) {
        Some("0x" | "0X") => (&clean[2..], 16),
        Some("0o" | "0O") => (&clean[2..], 8),
        Some("0b" | "0B") => (&clean[2..], 2),
        _ => (&clean[..], 10),
    };
    BigInt::from_str_radix(digits, radix).unwrap_or_default()
}

/// The value of a float token; Rust's parser is correctly rounded, like CPython's.
pub fn parse_float(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().unwrap_or(f64::INFINITY)
}

/// A string token split into its parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrToken<'s> {
    pub raw: bool,
    pub fstring: bool,
    pub bytes: bool,
    /// The text between the quotes.
    pub body: &'s str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

pub fn split_string_token(text: &str) -> StrToken<'_> {
    let quote_at = text.find(['\'', '"']).unwrap_or(0);
    let prefix = &text[..quote_at];
    let quote = text.as_bytes().get(quote_at).copied().unwrap_or(b'"');
    let rest = &text[quote_at..];
    let triple = rest.len() >= 6 && rest.as_bytes()[1] == quote && rest.as_bytes()[2] == quote;
    let q = if triple { 3 } else { 1 };
    let body_end = text.len().saturating_sub(q).max(quote_at + q);
    StrToken {
        raw: prefix.contains(['r', 'R']),
        fstring: prefix.contains(['f', 'F']),
        bytes: prefix.contains(['b', 'B']),
        body: &text[quote_at + q..body_end],
        body_offset: quote_at + q,
    }
}

/// Decode the escapes of a non-raw string body. Errors carry CPython's message.
pub fn decode_escapes(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < body.len() {
        let c = bytes[i];
        if c == b'\r' {
            // Source newlines are normalised to \n, as CPython reads source files.
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            continue;
        }
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap_or('\0');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&e) = bytes.get(i) else {
            return Err(unicode_error(esc_start, body.len(), "\\ at end of string"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, name) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = body
                    .get(i..i + n)
                    .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    let end = (i..body.len().min(i + n))
                        .find(|&j| !bytes[j].is_ascii_hexdigit())
                        .unwrap_or(body.len().min(i + n));
                    return Err(unicode_error(esc_start, end, name));
                };
                let value = u32::from_str_radix(digits, 16).unwrap_or(u32::MAX);
                i += n;
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value <= 0x10FFFF => out.push('\u{FFFD}'),
                    None => {
                        return Err(unicode_error(esc_start, i, "illegal Unicode character"));
                    }
                }
            }
            b'N' => {
                let close = if bytes.get(i) == Some(&b'{') {
                    body[i..].find('}')
                } else {
                    None
                };
                let Some(close) = close else {
                    return Err(unicode_error(
                        esc_start,
                        i,
                        "malformed \\N character escape",
                    ));
                };
                let name = &body[i + 1..i + close];
                match unicode_names2::character(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(
                            esc_start,
                            i + close + 1,
                            "unknown Unicode character name",
                        ));
                    }
                }
                i += close + 1;
            }
            _ => {
                // Unknown escapes keep their backslash (CPython warns, we stay quiet).
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal's body (raw or not). Errors carry CPython's message: only ASCII
/// characters may appear, and `\u`, `\U`, `\N` are no escapes in bytes.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            // A raw literal keeps a backslash and what follows it; a line end stays for the
            // normalisation above.
            if c == b'\\' && i + 1 < b.len() && b[i + 1] != b'\r' {
                out.push(b[i + 1]);
                i += 1;
            }
            i += 1;
            continue;
        }
        let esc_at = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            b'x' => {
                let digits = body
                    .get(i..i + 2)
                    .filter(|d| d.bytes().all(|x| x.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {esc_at}"
                    ));
                };
                out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Normalise newlines of a raw body (no escape processing).
pub fn raw_body(body: &str) -> String {
    if body.contains('\r') {
        body.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        body.to_string()
    }
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    let end = end.max(start + 1);
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start,
        end - 1,
        what
    )
}
