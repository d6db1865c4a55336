//! `str.format` and `str.format_map`: CPython's format-string parser (Objects/stringlib/
//! unicode_format.h) with its error messages: `{{`/`}}` escapes, automatic and manual field
//! numbering (and the switch between them), `.attr` and `[key]` lookups, `!r`/`!s`/`!a`
//! conversions, and format specs with nested fields (two levels at most).

use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyErr, PyResult, Vm};

use super::string::{ascii_escape, one_arg, recv, text};
use super::string_case::decimal_value;

/// Where field values come from: `format`'s arguments or `format_map`'s mapping.
#[derive(Clone, Copy)]
enum Source<'a> {
    Args(&'a [Value], Kwargs<'a>),
    Map(Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: Numbering,
    next: usize,
}

fn fmt_error(vm: &mut Vm, msg: &str) -> PyErr {
    vm.value_error(msg.into())
}

/// CPython's `get_integer`: the value of an all-decimal field name, None for other names.
fn get_integer(vm: &mut Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(fmt_error(vm, "Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// A parsed replacement field: name, conversion, spec, and whether the spec has fields.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_has_fields: bool,
}

/// CPython's `parse_field`, starting just after the `{`; advances `pos` past the `}`.
fn parse_field(vm: &mut Vm, cs: &[char], pos: &mut usize) -> PyResult<Field> {
    let end = cs.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = cs[*pos];
        *pos += 1;
        match c {
            '{' => return Err(fmt_error(vm, "unexpected '{' in field name")),
            '[' => {
                while *pos < end && cs[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = (name_start, (*pos).saturating_sub(1).max(name_start));
    let mut field = Field {
        name,
        conversion: None,
        spec: (*pos, *pos),
        spec_has_fields: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= end {
                return Err(fmt_error(
                    vm,
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(cs[*pos]);
            *pos += 1;
            if *pos < end {
                let c2 = cs[*pos];
                *pos += 1;
                if c2 == '}' {
                    field.spec = (*pos, *pos);
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(fmt_error(vm, "expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c = cs[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.spec_has_fields = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(fmt_error(vm, "unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(fmt_error(vm, "expected '}' before end of string"));
    }
    Ok(field)
}

/// The object a field name designates (owned): the first part from the arguments, then each
/// `.attr` / `[key]` in turn.
fn field_object(vm: &mut Vm, name: &[char], src: Source, auto: &mut AutoNumber) -> PyResult<Value> {
    let split = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if auto.state == Numbering::Init {
            auto.state = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if auto.state == Numbering::Manual && empty {
            return Err(fmt_error(
                vm,
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == Numbering::Auto && !empty {
            return Err(fmt_error(
                vm,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match (index, src) {
        (None, _) => {
            let key_text: String = first.iter().collect();
            let found = match src {
                Source::Args(_, kw) => Ok(kw
                    .iter()
                    .find(|(k, _)| vm.str_of(*k) == Some(key_text.as_str()))
                    .map(|(_, v)| vm.incref(*v))),
                Source::Map(m) => {
                    let key = vm.new_str(key_text.as_str());
                    let r = vm.getitem(m, key);
                    vm.decref(key);
                    r.map(Some)
                }
            };
            match found? {
                Some(v) => v,
                None => {
                    let key = vm.new_str(key_text);
                    let e = vm.key_error(key);
                    vm.decref(key);
                    return Err(e);
                }
            }
        }
        (Some(_), Source::Map(_)) => {
            return Err(fmt_error(vm, "Format string contains positional fields"))
        }
        (Some(i), Source::Args(args, _)) => match args.get(i) {
            Some(v) => vm.incref(*v),
            None => {
                return Err(vm.index_error(&format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        },
    };
    let mut p = 0;
    while p < rest.len() {
        let c = rest[p];
        p += 1;
        let next = match c {
            '.' => {
                let start = p;
                while p < rest.len() && rest[p] != '.' && rest[p] != '[' {
                    p += 1;
                }
                if start == p {
                    Err(fmt_error(vm, "Empty attribute in format string"))
                } else {
                    let attr: String = rest[start..p].iter().collect();
                    let n = vm.intern(&attr);
                    vm.getattr(obj, n)
                }
            }
            '[' => {
                let start = p;
                let mut closed = false;
                while p < rest.len() {
                    p += 1;
                    if rest[p - 1] == ']' {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    Err(fmt_error(vm, "Missing ']' in format string"))
                } else {
                    let key = &rest[start..p - 1];
                    match get_integer(vm, key) {
                        Err(e) => Err(e),
                        Ok(_) if key.is_empty() => {
                            Err(fmt_error(vm, "Empty attribute in format string"))
                        }
                        Ok(Some(i)) => vm.getitem(obj, Value::Int(i as i64)),
                        Ok(None) => {
                            let k = vm.new_str(key.iter().collect::<String>());
                            let r = vm.getitem(obj, k);
                            vm.decref(k);
                            r
                        }
                    }
                }
            }
            _ => Err(fmt_error(
                vm,
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        };
        vm.decref(obj);
        obj = next?;
    }
    Ok(obj)
}

/// `format(obj, spec)` after the field's conversion.
fn render(vm: &mut Vm, obj: Value, conversion: Option<char>, spec: &str) -> PyResult<String> {
    let converted = match conversion {
        None => return vm.format(obj, spec),
        Some('r') => vm.repr(obj)?,
        Some('s') => vm.str(obj)?,
        Some('a') => ascii_escape(&vm.repr(obj)?),
        Some(c) => {
            let msg = if (c as u32) > 32 && (c as u32) < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{:x}", c as u32)
            };
            return Err(vm.value_error(msg));
        }
    };
    if spec.is_empty() {
        return Ok(converted);
    }
    let v = vm.new_str(converted);
    let r = vm.format(v, spec);
    vm.decref(v);
    r
}

/// CPython's `build_string`: formats `cs` into `out`.
fn build(
    vm: &mut Vm,
    cs: &[char],
    src: Source,
    auto: &mut AutoNumber,
    depth: u32,
    out: &mut String,
) -> PyResult<()> {
    if depth == 0 {
        return Err(fmt_error(vm, "Max string recursion exceeded"));
    }
    let end = cs.len();
    let mut pos = 0;
    while pos < end {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = cs[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if markup && c == '}' && (at_end || cs[pos] != '}') {
            return Err(fmt_error(vm, "Single '}' encountered in format string"));
        }
        if markup && at_end && c == '{' {
            return Err(fmt_error(vm, "Single '{' encountered in format string"));
        }
        if !at_end {
            if cs[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&cs[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, cs, &mut pos)?;
        let obj = field_object(vm, &cs[field.name.0..field.name.1], src, auto)?;
        let spec_chars = &cs[field.spec.0..field.spec.1];
        let spec = if field.spec_has_fields {
            let mut s = String::new();
            if let Err(e) = build(vm, spec_chars, src, auto, depth - 1, &mut s) {
                vm.decref(obj);
                return Err(e);
            }
            s
        } else {
            spec_chars.iter().collect()
        };
        let r = render(vm, obj, field.conversion, &spec);
        vm.decref(obj);
        out.push_str(&r?);
    }
    Ok(())
}

fn run(vm: &mut Vm, fmt: Value, src: Source) -> PyResult<Value> {
    let cs: Vec<char> = text(vm, fmt).chars().collect();
    let mut out = String::with_capacity(cs.len());
    let mut auto = AutoNumber {
        state: Numbering::Init,
        next: 0,
    };
    build(vm, &cs, src, &mut auto, 2, &mut out)?;
    Ok(vm.new_str(out))
}

pub fn format(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "format")?;
    run(vm, a[0], Source::Args(args, kw))
}

pub fn format_map(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = recv(vm, a, "format_map")?;
    let mapping = one_arg(vm, args, kw, "format_map")?;
    run(vm, a[0], Source::Map(mapping))
}
