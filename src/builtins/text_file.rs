//! The text file object's methods (`_io.TextIOWrapper` as `open()` returns it, and
//! `sys.stdout`/`sys.stderr`): reading by characters and lines with universal newlines,
//! writing with newline translation, `seek`/`tell`/`truncate`, the attributes, and CPython's
//! errors for closed, unreadable and unseekable files. The bytes move in
//! objects/text_stream.rs; this file decodes, translates and raises.

use std::io::SeekFrom;

use super::codecs::{self, Codec};
use crate::heap::object::{Console, FileObj, Kind};
use crate::heap::Value;
use crate::objects::code::CmpKind;
use crate::objects::text_stream::{FileCodec, Newline, TextStream, SEEN_CR, SEEN_CRLF, SEEN_LF};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

fn codec_of(c: FileCodec) -> Codec {
    match c {
        FileCodec::Utf8 => Codec::Utf8,
        FileCodec::Ascii => Codec::Ascii,
        FileCodec::Latin1 => Codec::Latin1,
        FileCodec::Cp1252 => Codec::Cp1252,
    }
}

/// The codec a text file can use for an encoding; None for one whose files Cellar cannot
/// read and write yet (str.encode and bytes.decode know more).
pub fn file_codec(c: Codec) -> Option<FileCodec> {
    match c {
        Codec::Utf8 => Some(FileCodec::Utf8),
        Codec::Ascii => Some(FileCodec::Ascii),
        Codec::Latin1 => Some(FileCodec::Latin1),
        Codec::Cp1252 => Some(FileCodec::Cp1252),
        _ => None,
    }
}

fn file_obj(vm: &mut Vm, f: Value) -> Option<&mut FileObj> {
    match vm.heap.kind_mut(f.as_obj()?) {
        Kind::File(file) => Some(file),
        _ => None,
    }
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.".into())
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    vm.exception_with_msg(vm.types.unsupported_operation, what.into())
}

/// An OSError from the file's descriptor (CPython names no file for these).
fn io_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    super::io::os_error_for(vm, e, None, None)
}

/// Whether the file is closed (the console streams have their own flag).
pub fn is_closed(vm: &Vm, f: Value) -> bool {
    match f {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::File(file) => file.is_closed(),
            _ => true,
        },
        _ => true,
    }
}

/// The open disk file behind a method's receiver; `unseekable` is the console's error for
/// the operation (sys.stdout cannot be read or sought).
fn stream<'a>(vm: &'a mut Vm, f: Value, unseekable: &str) -> PyResult<&'a mut TextStream> {
    let open_disk_file = match f.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::File(file)) if !file.is_closed() => match &file.stream {
            Some(_) => true,
            None => return Err(unsupported(vm, unseekable)),
        },
        _ => false,
    };
    if !open_disk_file {
        return Err(closed_error(vm));
    }
    Ok(file_obj(vm, f)
        .and_then(|file| file.stream.as_deref_mut())
        .expect("checked above"))
}

fn is_stdin(vm: &mut Vm, f: Value) -> bool {
    file_obj(vm, f).is_some_and(|file| file.console == Some(Console::Stdin))
}

/// `sys.stdin`'s reads, through `input()`'s line buffer: up to `limit` characters of one
/// line (`one_line`) or of the whole input; newlines read as `\n`.
fn stdin_read(vm: &mut Vm, f: Value, limit: Option<usize>, one_line: bool) -> PyResult<Value> {
    if is_closed(vm, f) {
        return Err(closed_error(vm));
    }
    let mut text = String::new();
    let mut count = 0;
    while limit.is_none_or(|n| count < n) {
        let Some(line) = super::stdin_lines::read_line(vm)? else {
            break;
        };
        let mut line = String::from_utf8_lossy(&line).into_owned();
        if line.ends_with("\r\n") {
            line.truncate(line.len() - 2);
            line.push('\n');
        }
        let n = line.chars().count();
        if let Some(limit) = limit.filter(|&l| count + n > l) {
            let cut = line
                .char_indices()
                .nth(limit - count)
                .map_or(line.len(), |(i, _)| i);
            super::stdin_lines::unread(line.as_bytes()[cut..].to_vec());
            line.truncate(cut);
        }
        count += line.chars().count();
        text.push_str(&line);
        if one_line {
            break;
        }
    }
    Ok(vm.new_str(text))
}

fn reading(vm: &mut Vm, f: Value) -> PyResult<&mut TextStream> {
    let readable = stream(vm, f, "not readable")?.readable;
    if !readable {
        return Err(unsupported(vm, "not readable"));
    }
    let s = stream(vm, f, "not readable")?;
    s.eof = false;
    s.decode_base = s.checked;
    Ok(s)
}

fn io<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| io_error(vm, &e))
}

/// Raises CPython's UnicodeDecodeError for bytes read ahead that the codec cannot decode
/// (a strict decoder fails as soon as it is fed the chunk; a character cut short by the end
/// fails only when it is read), and remembers how far all is well.
fn check_decodable(vm: &mut Vm, f: Value) -> PyResult<()> {
    let s = stream(vm, f, "not readable")?;
    if &*s.errors != "strict" || s.codec == FileCodec::Latin1 {
        return Ok(());
    }
    let region = &s.rbuf[s.checked..];
    let ok = match s.codec {
        FileCodec::Utf8 => match std::str::from_utf8(region) {
            Ok(_) => region.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => usize::MAX,
        },
        FileCodec::Cp1252 => match region
            .iter()
            .position(|&c| matches!(c, 0x81 | 0x8d | 0x8f | 0x90 | 0x9d))
        {
            None => region.len(),
            Some(_) => usize::MAX,
        },
        _ => match region.iter().position(|&c| c >= 0x80) {
            None => region.len(),
            Some(_) => usize::MAX,
        },
    };
    if ok != usize::MAX {
        s.checked += ok;
        return Ok(());
    }
    let (bad, codec) = (s.rbuf[s.decode_base..].to_vec(), s.codec);
    decode_error(vm, bad, codec)
}

/// The UnicodeDecodeError of strictly decoding `bad` (which holds an undecodable sequence).
fn decode_error(vm: &mut Vm, bad: Vec<u8>, codec: FileCodec) -> PyResult<()> {
    let obj = vm.new_bytes(bad.clone());
    let r = codecs::decode(vm, &bad, codec_of(codec), "strict", obj);
    vm.heap.decref(obj);
    r.map(|_| ())
}

/// Decodes consumed bytes and applies the newline mode, noting the line ends met.
fn decode_piece(vm: &mut Vm, f: Value, end: usize) -> PyResult<Value> {
    check_decodable(vm, f)?;
    let s = stream(vm, f, "not readable")?;
    let (codec, newline) = (s.codec, s.newline);
    let strict_utf8 = codec == FileCodec::Utf8 && &*s.errors == "strict";
    if strict_utf8 && end > s.checked {
        // A character the file's end cut short.
        let bad = s.rbuf[s.decode_base..end].to_vec();
        decode_error(vm, bad, codec)?;
    }
    let s = stream(vm, f, "not readable")?;
    let errors = s.errors.to_string();
    let raw = s.consume(end).to_vec();
    let mut text = if strict_utf8 {
        String::from_utf8(raw).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
    } else {
        codecs::decode(vm, &raw, codec_of(codec), &errors, Value::None)?
    };
    if matches!(newline, Newline::Universal | Newline::Untranslated) {
        if let Some(s) = file_obj(vm, f).and_then(|file| file.stream.as_deref_mut()) {
            s.scan_newlines();
        }
        if newline == Newline::Universal && text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
    }
    Ok(vm.new_str(text))
}

/// `read` / `readline`'s size: None or negative for all.
fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if !vm.isinstance(v, vm.types.int) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
        Some(v) => {
            let n = vm.ssize_arg(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn read(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let size = optional_arg(vm, "read", a, kw)?;
    let size = size_arg(vm, size)?;
    let f = a[0];
    if is_stdin(vm, f) {
        return stdin_read(vm, f, size, false);
    }
    let s = reading(vm, f)?;
    let r = match size {
        None => (|| {
            while !s.eof {
                s.fill()?;
            }
            Ok(s.rbuf.len())
        })(),
        Some(n) => s
            .fill_to(n.saturating_mul(4).saturating_add(1))
            .map(|()| s.chars_end(n, s.rbuf.len())),
    };
    let end = io(vm, r)?;
    decode_piece(vm, f, end)
}

/// The next line (at most `limit` characters), "" at the end.
fn next_line(vm: &mut Vm, f: Value, limit: Option<usize>) -> PyResult<Value> {
    if is_stdin(vm, f) {
        return stdin_read(vm, f, limit, true);
    }
    let s = reading(vm, f)?;
    let r = s.line_end();
    let mut end = io(vm, r)?;
    if let Some(n) = limit {
        let s = stream(vm, f, "not readable")?;
        end = s.chars_end(n, end);
    }
    decode_piece(vm, f, end)
}

fn readline(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let limit = match optional_arg(vm, "readline", a, kw)? {
        Some(v) => {
            let n = vm.ssize_arg(v)?;
            (n >= 0).then_some(n as usize)
        }
        None => None,
    };
    next_line(vm, a[0], limit)
}

fn readlines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let hint = optional_arg(vm, "readlines", a, kw)?;
    let hint = size_arg(vm, hint)?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = match next_line(vm, a[0], None) {
            Ok(l) => l,
            Err(e) => {
                vm.heap.decref_all(lines);
                return Err(e);
            }
        };
        let n = vm.str_of(line).map_or(0, |s| s.chars().count());
        if n == 0 {
            vm.heap.decref(line);
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `next(file)` / `for line in file`: the next line, None at the end. `tell()` is refused
/// while iterating, as CPython refuses it.
pub fn file_next(vm: &mut Vm, f: Value) -> PyResult<Option<Value>> {
    let line = next_line(vm, f, None)?;
    let done = vm.str_of(line).is_some_and(str::is_empty);
    if let Some(s) = file_obj(vm, f).and_then(|file| file.stream.as_deref_mut()) {
        s.telling = done;
    }
    if done {
        vm.heap.decref(line);
        return Ok(None);
    }
    Ok(Some(line))
}

fn write(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let [_, s] = a else {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    };
    let (f, s) = (a[0], *s);
    let Some(text) = vm.str_of(s).map(str::to_string) else {
        // Argument Clinic names None itself, other values by their type.
        let t = match s {
            Value::None => "None".to_string(),
            _ => vm.type_name(s),
        };
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let count = Value::Int(text.chars().count() as i64);
    if is_closed(vm, f) {
        return Err(closed_error(vm));
    }
    if let Some(console) = file_obj(vm, f).and_then(|file| file.console) {
        match console {
            Console::Stdout => vm.out.out(&text),
            Console::Stderr => vm.out.err(&text),
            Console::Stdin => return Err(unsupported(vm, "not writable")),
        }
        return Ok(count);
    }
    let st = stream(vm, f, "not writable")?;
    if !st.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (codec, errors, newline) = (st.codec, st.errors.to_string(), st.newline);
    let text = match newline.written() {
        Some(nl) if text.contains('\n') => text.replace('\n', nl),
        _ => text,
    };
    let line_end = text.contains(['\n', '\r']);
    let bytes = match codec {
        FileCodec::Utf8 => text.into_bytes(),
        c => codecs::encode(vm, &text, codec_of(c), &errors, s)?,
    };
    let r = stream(vm, f, "not writable")?.write(&bytes, line_end);
    io(vm, r)?;
    Ok(count)
}

fn writelines(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&lines) = a.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)".into()));
    };
    if is_closed(vm, a[0]) {
        return Err(closed_error(vm));
    }
    let items = vm.iterate(lines)?;
    let mut result = Ok(());
    for item in &items {
        if let Err(e) = write(vm, &[a[0], *item], &[]) {
            result = Err(e);
            break;
        }
    }
    vm.heap.decref_all(items);
    result.map(|_| Value::None)
}

/// Closes a file (idempotent); flushing errors surface here as CPython's do.
pub fn close(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let r = match file_obj(vm, a[0]) {
        Some(file) if file.console.is_some() => {
            file.console_closed = true;
            Ok(())
        }
        Some(file) => file.stream.as_deref_mut().map_or(Ok(()), TextStream::close),
        None => Ok(()),
    };
    io(vm, r)?;
    Ok(Value::None)
}

/// `f.flush()`: what a file holds for writing goes to the OS (the console's own stream for
/// sys.stdout and sys.stderr).
fn flush(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if is_closed(vm, a[0]) {
        return Err(closed_error(vm));
    }
    if file_obj(vm, a[0]).is_some_and(|f| f.console.is_some()) {
        vm.flush_stdout();
        return Ok(Value::None);
    }
    let r = stream(vm, a[0], "")?.flush();
    io(vm, r)?;
    Ok(Value::None)
}

fn tell(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::parse_args::<0>(vm, "tell", &a[1..], kw, &[], 0)?;
    let s = stream(vm, a[0], "underlying stream is not seekable")?;
    if !s.telling {
        return Err(telling_disabled(vm));
    }
    let r = s.tell();
    let pos = io(vm, r)?;
    Ok(Value::Int(pos as i64))
}

fn telling_disabled(vm: &mut Vm) -> PyErr {
    let class = vm.types.os_error;
    vm.exception_with_msg(class, "telling position disabled by next() call".into())
}

fn seek(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [cookie, whence] = super::parse_args(
        vm,
        "seek",
        a.get(1..).unwrap_or(&[]),
        kw,
        &["cookie", "whence"],
        1,
    )?;
    let given = cookie.unwrap_or(Value::Int(0));
    let cookie = given;
    // CPython compares the cookie with 0 before converting it (so a float passes).
    if !vm.isinstance(cookie, vm.types.int) {
        let r = vm.compare(CmpKind::Lt, cookie, Value::Int(0))?;
        vm.heap.decref(r);
    }
    let cookie = match cookie {
        Value::Float(x) => x as i64,
        c => vm.ssize_arg(c)?,
    };
    let whence = match whence {
        Some(w) => vm.ssize_arg(w)?,
        None => 0,
    };
    stream(vm, a[0], "underlying stream is not seekable")?;
    let to = match whence {
        0 if cookie < 0 => {
            return Err(vm.value_error(format!("negative seek position {cookie}")));
        }
        0 => SeekFrom::Start(cookie as u64),
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => {
            let s = stream(vm, a[0], "")?;
            if !s.telling {
                return Err(telling_disabled(vm));
            }
            let r = s.tell();
            SeekFrom::Start(io(vm, r)?)
        }
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(0),
        w => {
            return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)")));
        }
    };
    let r = stream(vm, a[0], "")?.seek(to);
    let pos = io(vm, r)?;
    if whence == 0 {
        // The cookie as given comes back.
        return Ok(vm.incref(given));
    }
    Ok(Value::Int(pos as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [pos] = super::parse_args(vm, "truncate", a.get(1..).unwrap_or(&[]), kw, &["pos"], 0)?;
    let s = stream(vm, a[0], "truncate")?;
    if !s.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match pos {
        None | Some(Value::None) => {
            // CPython asks the buffered layer, whose position is past what was read ahead.
            let r = stream(vm, a[0], "")?.os_position();
            io(vm, r)?
        }
        Some(p) => {
            let n = vm.ssize_arg(p)?;
            if n < 0 {
                let e = std::io::Error::from_raw_os_error(libc::EINVAL);
                return Err(io_error(vm, &e));
            }
            n as u64
        }
    };
    let r = stream(vm, a[0], "")?.truncate(size);
    io(vm, r)?;
    Ok(Value::Int(size as i64))
}

/// The descriptor; CPython's message here has no final period.
fn fd_of(vm: &mut Vm, f: Value) -> PyResult<i32> {
    if is_closed(vm, f) {
        return Err(vm.value_error("I/O operation on closed file".into()));
    }
    let file = file_obj(vm, f).expect("file");
    Ok(match file.console {
        Some(Console::Stdin) => 0,
        Some(Console::Stdout) => 1,
        Some(Console::Stderr) => 2,
        None => file.stream.as_ref().and_then(|s| s.fileno()).unwrap_or(-1),
    })
}

fn fileno(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(fd_of(vm, a[0])? as i64))
}

fn isatty(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let fd = fd_of(vm, a[0])?;
    Ok(Value::Bool(super::posix::fd_is_tty(fd)))
}

fn readable(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(file_obj(vm, a[0]).is_some_and(|f| {
        f.console == Some(Console::Stdin) || f.stream.as_ref().is_some_and(|s| s.readable)
    })))
}

fn writable(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fd_of(vm, a[0])?;
    Ok(Value::Bool(file_obj(vm, a[0]).is_some_and(|f| {
        matches!(f.console, Some(Console::Stdout | Console::Stderr))
            || f.stream.as_ref().is_some_and(|s| s.writable)
    })))
}

fn seekable(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    fd_of(vm, a[0])?;
    Ok(Value::Bool(
        file_obj(vm, a[0]).is_some_and(|f| f.console.is_none()),
    ))
}

fn enter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if is_closed(vm, a[0]) {
        return Err(closed_error(vm));
    }
    Ok(vm.incref(a[0]))
}

fn exit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

/// `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
pub fn file_repr(vm: &mut Vm, f: Value) -> PyResult<String> {
    let Some(file) = file_obj(vm, f) else {
        return Ok("<_io.TextIOWrapper>".into());
    };
    let (name, mode) = (file.name, file.mode.to_string());
    let encoding = file.encoding().to_string();
    let name = vm.repr(name)?;
    Ok(format!(
        "<_io.TextIOWrapper name={name} mode='{mode}' encoding='{encoding}'>"
    ))
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = file_repr(vm, a[0])?;
    Ok(vm.new_str(s))
}

fn iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    enter(vm, a, &[])
}

fn next(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    match file_next(vm, a[0])? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// The one optional argument of read, readline and readlines (positional only, as CPython's).
fn optional_arg(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<Option<Value>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("TextIOWrapper.{name}() takes no keyword arguments")));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    Ok(a.get(1).copied())
}

/// The getters `encoding`, `errors`, `newlines`, `line_buffering` and `buffer`.
pub fn attribute(vm: &mut Vm, f: Value, name: &str) -> PyResult<Option<Value>> {
    if name == "buffer" {
        return buffer(vm, f).map(Some);
    }
    let Some(file) = file_obj(vm, f) else {
        return Ok(None);
    };
    let (encoding, errors) = (file.encoding().to_string(), file.errors().to_string());
    let console = file.console.is_some();
    let (seen, line_buffering) = match file.stream.as_deref() {
        Some(s) => (s.seen, s.line_buffering),
        None => (0, false),
    };
    Ok(Some(match name {
        "encoding" => vm.new_str(encoding),
        "errors" => vm.new_str(errors),
        "line_buffering" if console => {
            let tty = isatty(vm, &[f], &[])?;
            return Ok(Some(tty));
        }
        "line_buffering" => Value::Bool(line_buffering),
        "write_through" => Value::Bool(false),
        "newlines" => {
            let kinds: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
                .into_iter()
                .filter(|(bit, _)| seen & bit != 0)
                .map(|(_, s)| s)
                .collect();
            match kinds.as_slice() {
                [] => Value::None,
                [one] => vm.new_str(*one),
                many => {
                    let items = many.iter().map(|s| vm.new_str(*s)).collect();
                    vm.new_tuple(items)
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// `.buffer`: a buffered binary stream over the same descriptor (io.py's `_text_buffer`),
/// made once and kept. Like CPython's, it has buffers of its own: text written before bytes
/// reaches the file first only when the text file is flushed in between.
fn buffer(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let Some(file) = file_obj(vm, f) else {
        return Ok(Value::None);
    };
    if !file.buffer.is_undef() {
        let b = file.buffer;
        return Ok(vm.incref(b));
    }
    let (fd, console) = match (&file.console, &file.stream) {
        (Some(c), _) => (*c as i64, true),
        (None, Some(s)) => match s.fileno() {
            Some(fd) => (fd as i64, false),
            None => return Err(closed_error(vm)),
        },
        (None, None) => return Err(closed_error(vm)),
    };
    let mode: String = file.mode.chars().filter(|c| *c != 't').collect::<String>() + "b";
    let name = file.name;
    let mode = vm.new_str(mode);
    let args = [Value::Int(fd), mode, name, Value::Bool(console)];
    let r = super::embedded_support::call_python(vm, "io", "_text_buffer", &args);
    vm.heap.decref(mode);
    let b = r?;
    if let Some(file) = file_obj(vm, f) {
        file.buffer = b;
        vm.heap.incref(b);
    }
    Ok(b)
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("tell", tell),
        ("seek", seek),
        ("truncate", truncate),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__repr__", repr),
        ("__iter__", iter),
        ("__next__", next),
    ];
    let t = vm.types.file;
    vm.add_methods(t, methods);
}
