//! Text files and the console: `open()` and the file object's methods (read, readline,
//! readlines, write, close, context manager, line iteration), `input()`, and the OSError
//! family's `[Errno 2] No such file or directory: 'x'` exceptions.

use crate::heap::object::{FileObj, Kind};
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// CPython's `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`: text modes here, binary modes in py/io.py.
fn open(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        super::parse_args(vm, "open", a, kw, &NAMES, 0)?;
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
    let mut opts = OpenOptions {
        mode,
        buffering: match buffering {
            Some(b) => vm.ssize_arg(b)?,
            None => -1,
        },
        // "locale" is the locale's encoding, UTF-8 under the UTF-8 mode Cellar runs in.
        encoding: optional_str(vm, encoding, "encoding")?.map(|e| {
            if e == "locale" {
                "UTF-8".into()
            } else {
                e
            }
        }),
        errors: optional_str(vm, errors, "errors")?,
        newline: optional_str(vm, newline, "newline")?,
        closefd: match closefd {
            Some(c) => vm.truthy(c)?,
            None => true,
        },
        opener: opener.filter(|o| !o.is(Value::None)),
    };
    let file = if vm.isinstance(file, vm.types.int) && !matches!(file, Value::Bool(_)) {
        vm.incref(file)
    } else {
        fspath(vm, file)?
    };
    let r = check_mode(vm, &mut opts).and_then(|binary| {
        if binary {
            let m = vm.new_str(opts.mode.as_str());
            let closefd = Value::Bool(opts.closefd);
            let opener = opts.opener.unwrap_or(Value::None);
            let buffering = Value::Int(opts.buffering);
            let r = super::embedded_support::call_python(
                vm,
                "io",
                "_open_binary",
                &[file, m, closefd, opener, buffering],
            );
            vm.heap.decref(m);
            r
        } else if needs_python_text_layer(&opts) {
            let m = vm.new_str(opts.mode.as_str());
            let none = |v: Option<Value>| v.unwrap_or(Value::None);
            let args = [
                file,
                m,
                Value::Int(opts.buffering),
                none(encoding),
                none(errors),
                none(newline),
                Value::Bool(opts.closefd),
                opts.opener.unwrap_or(Value::None),
            ];
            let r = super::embedded_support::call_python(vm, "io", "_open_text", &args);
            vm.heap.decref(m);
            r
        } else {
            open_text(vm, file, &opts)
        }
    });
    vm.heap.decref(file);
    r
}

/// The path an `open()` argument names (owned): a str or bytes as it is, or what an
/// `os.PathLike`'s `__fspath__` returns.
fn fspath(vm: &mut Vm, file: Value) -> PyResult<Value> {
    let bytes = matches!(file.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Bytes(_)));
    if vm.str_of(file).is_some() || bytes {
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
    let bytes = matches!(r.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Bytes(_)));
    if vm.str_of(r).is_none() && !bytes {
        let rt = vm.type_name(r);
        vm.heap.decref(r);
        return Err(vm.type_error(format!(
            "expected {t}.__fspath__() to return str or bytes, not {rt}"
        )));
    }
    Ok(r)
}

struct OpenOptions {
    mode: String,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
    opener: Option<Value>,
}

fn optional_str(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {t}"
                )))
            }
        },
    }
}

/// CPython's checks of the mode and the arguments it rules out; true for a binary mode.
fn check_mode(vm: &mut Vm, o: &mut OpenOptions) -> PyResult<bool> {
    let mode = &o.mode;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let binary = mode.contains('b');
    if binary && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once".into()));
    }
    match mode.chars().filter(|c| "rwax".contains(*c)).count() {
        1 => {}
        0 => {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            ))
        }
        _ => {
            return Err(
                vm.value_error("must have exactly one of create/read/write/append mode".into())
            )
        }
    }
    if binary {
        for (given, what) in [
            (o.encoding.is_some(), "an encoding"),
            (o.errors.is_some(), "an errors"),
            (o.newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if o.buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O".into()));
    }
    Ok(binary)
}

/// Whether a text file's encoding is one the native text files cannot use (utf-16, utf-32,
/// utf-8-sig: codecs that are not one byte per ASCII character or that carry a BOM), so io.py's
/// TextIOWrapper over a binary file serves it.
fn needs_python_text_layer(o: &OpenOptions) -> bool {
    let Some(enc) = &o.encoding else {
        return false;
    };
    super::codecs::lookup(enc).is_some_and(|c| super::text_file::file_codec(c).is_none())
}

/// Opens a text file: the descriptor first (so a bad encoding still creates the file, as in
/// CPython), then the text layer's options.
fn open_text(vm: &mut Vm, file: Value, o: &OpenOptions) -> PyResult<Value> {
    use crate::objects::text_stream::{Newline, TextStream};
    let mode = o.mode.replace('t', "");
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let plus = mode.contains('+');
    let path = if vm.str_of(file).is_some() || vm.bytes_of(file).is_some() {
        Some(super::posix::path_arg(vm, Some(file), "open", "file")?)
    } else {
        None
    };
    if path.as_ref().is_some_and(|p| p.as_bytes().contains(&0)) {
        return Err(vm.value_error("embedded null byte".into()));
    }
    let handle = match (&path, o.opener) {
        (None, _) => {
            let fd = vm.ssize_arg(file)?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor".into()));
            }
            adopt_fd(vm, fd as i32)?
        }
        (Some(_), _) if !o.closefd => {
            return Err(vm.value_error("Cannot use closefd=False with file name".into()));
        }
        (Some(_), Some(opener)) => {
            let flags = open_flags(kind, plus);
            let r = vm.call(opener, &[file, Value::Int(flags as i64)])?;
            if !vm.isinstance(r, vm.types.int) {
                vm.heap.decref(r);
                return Err(vm.type_error("expected integer from opener".into()));
            }
            let fd = vm.ssize_arg(r);
            vm.heap.decref(r);
            let fd = fd?;
            if fd < 0 {
                return Err(vm.value_error(format!("opener returned {fd}")));
            }
            adopt_fd(vm, fd as i32)?
        }
        (Some(p), None) => {
            let mut options = std::fs::OpenOptions::new();
            match kind {
                'w' => options.write(true).create(true).truncate(true),
                'a' => options.append(true).create(true),
                'x' => options.write(true).create_new(true),
                _ => options.read(true),
            };
            if plus {
                options.read(true).write(kind != 'a');
            }
            options
                .open(&**p)
                .map_err(|e| super::posix::path_err(vm, &e, p, None))?
        }
    };
    if let Some(p) = &path {
        if handle.metadata().is_ok_and(|m| m.is_dir()) {
            let e = std::io::Error::from_raw_os_error(libc::EISDIR);
            return Err(super::posix::path_err(vm, &e, p, None));
        }
    }
    let mut stream = TextStream::new(handle, kind == 'r' || plus, kind != 'r' || plus);
    stream.closefd = o.closefd;
    if kind == 'a' {
        let r = stream.seek(std::io::SeekFrom::End(0));
        r.map_err(|e| os_error_for(vm, &e, None, None))?;
    }
    if let Some(enc) = &o.encoding {
        let Some(codec) = super::codecs::lookup(enc) else {
            return Err(super::codecs::unknown_encoding(vm, enc, "codecs.open()"));
        };
        let Some(file_codec) = super::text_file::file_codec(codec) else {
            let class = vm.types.not_implemented_error;
            return Err(vm.exception_with_msg(
                class,
                format!(
                    "Cellar's text files cannot use the '{enc}' encoding yet (utf-8, ascii, \
                     latin-1 and cp1252 only): open the file in binary mode and decode its bytes"
                ),
            ));
        };
        stream.codec = file_codec;
        stream.encoding = enc.as_str().into();
    }
    if let Some(errors) = &o.errors {
        stream.errors = errors.as_str().into();
    }
    stream.newline = match o.newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => {
            return Err(vm.value_error(format!("illegal newline value: {other}")));
        }
    };
    stream.line_buffering =
        o.buffering == 1 || stream.fileno().is_some_and(super::posix::fd_is_tty);
    vm.heap.incref(file);
    Ok(vm.heap.alloc(Kind::File(Box::new(FileObj {
        name: file,
        mode: o.mode.as_str().into(),
        console: None,
        console_closed: false,
        stream: Some(Box::new(stream)),
        buffer: Value::Undef,
    }))))
}

/// A descriptor the caller hands over (`open(fd)`, an opener's result) as a file the file
/// object owns; it gives it back unclosed when closefd is false.
fn adopt_fd(vm: &mut Vm, fd: i32) -> PyResult<std::fs::File> {
    use std::os::fd::FromRawFd;
    super::posix::check_fd(fd).map_err(|e| os_error_for(vm, &e, None, None))?;
    // SAFETY: `fd` is open (checked above), and from here on only this File closes it.
    #[allow(unsafe_code)]
    let f = unsafe { std::fs::File::from_raw_fd(fd) };
    Ok(f)
}

/// The flags `open()` hands an opener for a mode (CPython's FileIO flags).
fn open_flags(kind: char, plus: bool) -> i32 {
    let base = match kind {
        'w' => libc::O_CREAT | libc::O_TRUNC,
        'a' => libc::O_CREAT | libc::O_APPEND,
        'x' => libc::O_CREAT | libc::O_EXCL,
        _ => 0,
    };
    let access = if plus {
        libc::O_RDWR
    } else if kind == 'r' {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    base | access | libc::O_CLOEXEC
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
        Console::Stdin => "<stdin>",
        Console::Stdout => "<stdout>",
        Console::Stderr => "<stderr>",
    });
    let mode = if which == Console::Stdin { "r" } else { "w" };
    vm.heap.alloc(Kind::File(Box::new(FileObj {
        name,
        mode: mode.into(),
        console: Some(which),
        console_closed: false,
        stream: None,
        buffer: Value::Undef,
    })))
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
    let f = filename.map(|f| vm.new_str(f));
    let f2 = filename2.map(|f| vm.new_str(f));
    let err = os_error_objects(vm, e, f, f2);
    for v in [f, f2].into_iter().flatten() {
        vm.heap.decref(v);
    }
    err
}

/// `os_error_for` with the file names as objects (borrowed): a bytes path stays bytes.
pub fn os_error_objects(
    vm: &mut Vm,
    e: &std::io::Error,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = crate::vm::exc::os_error_text(e);
    let mut args = vec![Value::Int(errno), vm.new_str(text)];
    if let Some(f) = filename {
        args.push(vm.incref(f));
        if let Some(f2) = filename2 {
            args.push(Value::Int(0));
            args.push(vm.incref(f2));
        }
    }
    let class = vm.types.os_error;
    let exc = vm.new_os_error(class, &args);
    vm.heap.decref_all(args);
    PyErr(exc)
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
    super::text_file::install(vm);
    let t = vm.types.file;
    let io = vm.intern("_io");
    vm.heap.incref(io);
    if let Kind::Class(c) = vm.heap.kind_mut(t) {
        let old = std::mem::replace(&mut c.module, io);
        vm.heap.decref(old);
    } else {
        vm.heap.decref(io);
    }
    let b = vm.builtins.as_obj().expect("builtins");
    for (n, f) in [("open", open as NativeFn), ("input", input)] {
        let func = vm.new_native(n, f, Value::None);
        let key = vm.intern(n);
        vm.ns_set(b, key, func);
    }
}
