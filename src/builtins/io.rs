//! Text files and the console: `open()` and the file object's methods (read, readline,
//! readlines, write, close, context manager, line iteration), `input()`, and the OSError
//! family's `[Errno 2] No such file or directory: 'x'` exceptions.

use std::io::Write;

use crate::heap::object::{FileObj, Kind};
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// CPython's `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`,
/// text modes only.
fn open(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut file = a.first().copied();
    let mut mode = a.get(1).copied();
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("file") => file = Some(*v),
            Some("mode") => mode = Some(*v),
            Some("encoding" | "newline" | "errors" | "buffering") => {}
            Some(other) => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for open()"
                )));
            }
            None => {}
        }
    }
    let Some(file) = file else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)".into()));
    };
    let mode = match mode {
        None => "r".to_string(),
        Some(m) => match vm.str_of(m) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let file = fspath(vm, file)?;
    let r = open_path(vm, file, &mode, kw);
    vm.heap.decref(file);
    r
}

/// The path an `open()` argument names (owned): a str or bytes as it is, or what an
/// `os.PathLike`'s `__fspath__` returns.
fn fspath(vm: &mut Vm, file: Value) -> PyResult<Value> {
    if vm.str_of(file).is_some() || vm.bytes_of(file).is_some() {
        return Ok(vm.incref(file));
    }
    let key = vm.intern("__fspath__");
    let t = vm.type_name(file);
    let Some(f) = vm.special(file, key) else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {t}"
        )));
    };
    let r = vm.call(f, &[file])?;
    if vm.str_of(r).is_none() && vm.bytes_of(r).is_none() {
        let rt = vm.type_name(r);
        vm.heap.decref(r);
        return Err(vm.type_error(format!(
            "expected {t}.__fspath__() to return str or bytes, not {rt}"
        )));
    }
    Ok(r)
}

fn open_path(vm: &mut Vm, file: Value, mode: &str, kw: Kwargs) -> PyResult<Value> {
    let mode = mode.to_string();
    if mode.contains('b') {
        if mode.contains('t') {
            return Err(vm.value_error("can't have text and binary mode at once".into()));
        }
        let encoding = kw
            .iter()
            .any(|(k, v)| vm.str_of(*k) == Some("encoding") && !v.is(Value::None));
        if encoding {
            return Err(vm.value_error("binary mode doesn't take an encoding argument".into()));
        }
        let m = vm.new_str(mode.as_str());
        let r = super::embedded_support::call_python(vm, "io", "_open_binary", &[file, m]);
        vm.heap.decref(m);
        return r;
    }
    let path = match vm.str_of(file) {
        Some(s) => s.to_string(),
        None => String::from_utf8_lossy(vm.bytes_of(file).unwrap_or(&[])).into_owned(),
    };
    let kind = mode.chars().find(|c| "rwax".contains(*c));
    let valid = mode.chars().all(|c| "rwaxt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid || kind.is_none() {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let mut options = std::fs::OpenOptions::new();
    match kind {
        Some('w') => options.write(true).create(true).truncate(true),
        Some('a') => options.append(true).create(true),
        Some('x') => options.write(true).create_new(true),
        _ => options.read(true),
    };
    if mode.contains('+') {
        options.read(true);
    }
    let handle = options.open(&path).map_err(|e| os_error(vm, &e, &path))?;
    let (text, writer) = if kind == Some('r') {
        let mut bytes = Vec::new();
        let mut h = handle;
        std::io::Read::read_to_end(&mut h, &mut bytes).map_err(|e| os_error(vm, &e, &path))?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = e.as_bytes()[pos];
                return Err(vm.exception_with_msg(
                    vm.types.value_error,
                    format!(
                        "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"
                    ),
                ));
            }
        };
        (translate_newlines(text), None)
    } else {
        (String::new(), Some(std::io::BufWriter::new(handle)))
    };
    vm.heap.incref(file);
    Ok(vm.heap.alloc(Kind::File(Box::new(FileObj {
        name: file,
        mode: mode.into(),
        closed: false,
        text,
        pos: 0,
        writer,
        console: None,
    }))))
}

/// The current value of `sys.stdout` / `sys.stderr` (borrowed), once `sys` exists.
pub fn sys_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.loaded_module("sys")?;
    let key = vm.intern(name);
    let dict = match vm.heap.kind(sys.as_obj()?) {
        Kind::Module(m) => m.dict,
        _ => return None,
    };
    vm.ns_lookup(dict.as_obj()?, key)
}

/// Whether `v` is a file object over the interpreter's own stdout.
pub fn is_console_stdout(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(k) if matches!(vm.heap.kind(k), Kind::File(f) if f.console == Some(crate::heap::object::Console::Stdout)))
}

/// `sys.stdout` or `sys.stderr`: a text file object over the interpreter's own stream.
pub fn console_file(vm: &mut Vm, which: crate::heap::object::Console) -> Value {
    use crate::heap::object::Console;
    let name = vm.new_str(match which {
        Console::Stdout => "<stdout>",
        Console::Stderr => "<stderr>",
    });
    vm.heap.alloc(Kind::File(Box::new(FileObj {
        name,
        mode: "w".into(),
        closed: false,
        text: String::new(),
        pos: 0,
        writer: None,
        console: Some(which),
    })))
}

/// Universal newlines: `\r\n` and `\r` read as `\n`.
fn translate_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// An OSError subclass chosen from the I/O error, with CPython's args and attributes.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: &str) -> PyErr {
    os_error_for(vm, e, Some(filename), None)
}

/// The OSError subclass CPython raises for an I/O error, with errno, strerror and the file
/// names it concerns (none, one, or two as `rename` gives).
pub fn os_error_for(
    vm: &mut Vm,
    e: &std::io::Error,
    filename: Option<&str>,
    filename2: Option<&str>,
) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = crate::vm::exc::os_error_text(e);
    let mut args = vec![Value::Int(errno), vm.new_str(text)];
    if let Some(f) = filename {
        args.push(vm.new_str(f));
        if let Some(f2) = filename2 {
            args.push(Value::Int(0));
            args.push(vm.new_str(f2));
        }
    }
    let class = vm.types.os_error;
    let exc = vm.new_os_error(class, &args);
    vm.heap.decref_all(args);
    PyErr(exc)
}

/// The file object behind a method's receiver, or CPython's error for a closed file.
fn open_file(vm: &mut Vm, f: Value) -> PyResult<&mut FileObj> {
    let closed = match f {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::File(file) => file.closed,
            _ => true,
        },
        _ => true,
    };
    if closed {
        return Err(vm.value_error("I/O operation on closed file.".into()));
    }
    match vm.heap.kind_mut(f.as_obj().expect("file")) {
        Kind::File(file) => Ok(file),
        _ => unreachable!("checked above"),
    }
}

fn readable(vm: &mut Vm, f: Value) -> PyResult<&mut FileObj> {
    let writing = open_file(vm, f)?.writer.is_some();
    if writing {
        return Err(unsupported(vm, "not readable"));
    }
    open_file(vm, f)
}

fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    vm.exception_with_msg(vm.types.unsupported_operation, what.into())
}

fn size_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Option<usize>> {
    match a.get(1).copied() {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.ssize_arg(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn read(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let size = size_arg(vm, a)?;
    let file = readable(vm, a[0])?;
    let rest = &file.text[file.pos..];
    let end = match size {
        None => rest.len(),
        Some(n) => rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i),
    };
    let s = rest[..end].to_string();
    file.pos += end;
    Ok(vm.new_str(s))
}

/// The next line including its `\n`, or "" at the end.
fn next_line(file: &mut FileObj) -> Option<String> {
    let rest = &file.text[file.pos..];
    if rest.is_empty() {
        return None;
    }
    let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let line = rest[..end].to_string();
    file.pos += end;
    Some(line)
}

fn readline(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let file = readable(vm, a[0])?;
    let line = next_line(file).unwrap_or_default();
    Ok(vm.new_str(line))
}

fn readlines(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let file = readable(vm, a[0])?;
    let mut lines = Vec::new();
    while let Some(l) = next_line(file) {
        lines.push(l);
    }
    let items = lines.into_iter().map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(items))
}

/// `next(file)` / `for line in file`: the next line, None at the end.
pub fn file_next(vm: &mut Vm, f: Value) -> PyResult<Option<Value>> {
    let file = readable(vm, f)?;
    Ok(next_line(file).map(|l| vm.new_str(l)))
}

fn write(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&s) = a.get(1) else {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    };
    let Some(text) = vm.str_of(s).map(str::to_string) else {
        let t = vm.type_name(s);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let file = open_file(vm, a[0])?;
    if let Some(console) = file.console {
        match console {
            crate::heap::object::Console::Stdout => {
                vm.out.out(&text);
            }
            crate::heap::object::Console::Stderr => vm.out.err(&text),
        }
        return Ok(Value::Int(text.chars().count() as i64));
    }
    let Some(w) = file.writer.as_mut() else {
        return Err(unsupported(vm, "not writable"));
    };
    let r = w.write_all(text.as_bytes());
    let name = vm.str_of(file_name(vm, a[0])).unwrap_or("").to_string();
    r.map_err(|e| os_error(vm, &e, &name))?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn file_name(vm: &Vm, f: Value) -> Value {
    match f {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::File(file) => file.name,
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn writelines(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&lines) = a.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)".into()));
    };
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
fn close(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Value::Obj(k) = a[0] else {
        return Ok(Value::None);
    };
    let writer = match vm.heap.kind_mut(k) {
        Kind::File(f) => {
            f.closed = true;
            f.text = String::new();
            f.writer.take()
        }
        _ => None,
    };
    if let Some(mut w) = writer {
        if let Err(e) = w.flush() {
            let name = vm.str_of(file_name(vm, a[0])).unwrap_or("").to_string();
            return Err(os_error(vm, &e, &name));
        }
    }
    Ok(Value::None)
}

/// `f.flush()`: what a file holds for writing goes to the OS (the console's own stream for
/// sys.stdout and sys.stderr).
fn flush(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let console = open_file(vm, a[0])?.console;
    if console.is_some() {
        vm.flush_stdout();
        return Ok(Value::None);
    }
    let r = match open_file(vm, a[0])?.writer.as_mut() {
        Some(w) => w.flush(),
        None => Ok(()),
    };
    if let Err(e) = r {
        let name = vm.str_of(file_name(vm, a[0])).unwrap_or("").to_string();
        return Err(os_error(vm, &e, &name));
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    open_file(vm, a[0])?;
    Ok(vm.incref(a[0]))
}

fn exit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

/// `input([prompt])`: the prompt goes to stdout (flushed), a line comes from stdin without its
/// newline; end of input raises `EOFError: EOF when reading a line`.
fn input(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            a.len()
        )));
    }
    if let Some(&p) = a.first() {
        let prompt = vm.str(p)?;
        vm.out.out(&prompt);
    }
    vm.flush_stdout();
    match super::stdin_lines::read_line(vm)? {
        None => Err(vm.exception_with_msg(vm.types.eof_error, "EOF when reading a line".into())),
        Some(bytes) => {
            let mut line = String::from_utf8_lossy(&bytes).into_owned();
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
    }
}

/// An OSError for a failed read of standard input.
pub fn stdin_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    os_error(vm, e, "<stdin>")
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
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    let t = vm.types.file;
    vm.add_methods(t, methods);
    let b = vm.builtins.as_obj().expect("builtins");
    for (n, f) in [("open", open as NativeFn), ("input", input)] {
        let func = vm.new_native(n, f, Value::None);
        let key = vm.intern(n);
        vm.ns_set(b, key, func);
    }
}
