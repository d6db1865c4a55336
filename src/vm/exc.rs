//! Exceptions: creating them (with CPython's messages built at the raise site), matching
//! `except` clauses, tracebacks recorded as an exception passes through frames, the printed
//! traceback of an uncaught exception, and CPython's "Did you mean" suggestions.

use super::{PyErr, PyResult, Vm};
use crate::heap::object::{ExcObj, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::dict::Dict;

/// A SyntaxError's fields, in the order of its arguments (`msg`, then the location tuple).
const SYNTAX_ERROR_FIELDS: [&str; 7] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

impl Vm {
    /// A new exception object of `class` with the given args tuple (owned; args is consumed).
    pub fn new_exception(&mut self, class: ObjKey, args: Value) -> Value {
        self.heap.incref(Value::Obj(class));
        let n_slots = self.slot_count(class);
        self.heap.alloc(Kind::Exception(Box::new(ExcObj {
            class,
            args,
            dict: Dict::new(),
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            suggestion: None,
            slots: crate::heap::object::SlotValues::new(n_slots),
        })))
    }

    /// `OSError(*args)` as CPython's `oserror_init`: with 2 to 5 arguments they are errno,
    /// strerror, filename, winerror, filename2 (args keeps only the first two when a filename
    /// is given); `OSError(ENOENT, ...)` becomes a FileNotFoundError.
    /// The OSError subclass CPython's errno map gives an error number, if any.
    fn errno_class(&mut self, errno: i64) -> Option<ObjKey> {
        let name = match errno as i32 {
            libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
            libc::ECHILD => "ChildProcessError",
            libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
            libc::ECONNABORTED => "ConnectionAbortedError",
            libc::ECONNREFUSED => "ConnectionRefusedError",
            libc::ECONNRESET => "ConnectionResetError",
            libc::EEXIST => "FileExistsError",
            libc::ENOENT => return Some(self.types.file_not_found_error),
            libc::EISDIR => "IsADirectoryError",
            libc::ENOTDIR => "NotADirectoryError",
            libc::EINTR => "InterruptedError",
            libc::EACCES | libc::EPERM => "PermissionError",
            libc::ESRCH => "ProcessLookupError",
            libc::ETIMEDOUT => "TimeoutError",
            _ => return None,
        };
        let key = self.intern(name);
        let b = self.builtins.as_obj()?;
        self.ns_lookup(b, key).and_then(|v| v.as_obj())
    }

    pub fn new_os_error(&mut self, class: ObjKey, args: &[Value]) -> Value {
        let n = args.len();
        let fields = (2..=5).contains(&n);
        let class = match args.first() {
            Some(Value::Int(errno)) if class == self.types.os_error && fields => {
                self.errno_class(*errno).unwrap_or(class)
            }
            _ => class,
        };
        let get = |i: usize| if fields { args.get(i).copied() } else { None };
        let filename = get(2).unwrap_or(Value::None);
        let filename2 = if n == 5 { args[4] } else { Value::None };
        let kept = if fields && !filename.is(Value::None) {
            &args[..2]
        } else {
            args
        };
        let items = kept.to_vec();
        items.iter().for_each(|v| self.heap.incref(*v));
        let t = self.new_tuple(items);
        let exc = self.new_exception(class, t);
        let k = exc.as_obj().expect("exception");
        let values = [
            get(0).unwrap_or(Value::None),
            get(1).unwrap_or(Value::None),
            filename,
            filename2,
        ];
        for (name, v) in ["errno", "strerror", "filename", "filename2"]
            .iter()
            .zip(values)
        {
            let key = self.intern(name);
            self.heap.incref(v);
            self.ns_set(k, key, v);
        }
        exc
    }

    /// `UnicodeEncodeError`/`UnicodeDecodeError(encoding, object, start, end, reason)` (the
    /// five values owned): the arguments, and each as its attribute.
    pub fn new_unicode_error(&mut self, class: ObjKey, fields: [Value; 5]) -> Value {
        fields.iter().for_each(|v| self.heap.incref(*v));
        let args = self.new_tuple(fields.to_vec());
        let exc = self.new_exception(class, args);
        let k = exc.as_obj().expect("exception");
        for (name, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(fields)
        {
            let key = self.intern(name);
            self.ns_set(k, key, v);
        }
        exc
    }

    /// UnicodeError.__str__: "'utf-8' codec can't decode byte 0xff in position 0: …".
    fn unicode_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        let Some(k) = exc.as_obj() else {
            return Ok(None);
        };
        let mut field = |name: &str| {
            let key = self.intern(name);
            self.ns_lookup(k, key)
        };
        let fields = [
            field("encoding"),
            field("object"),
            field("start"),
            field("end"),
            field("reason"),
        ];
        let [Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)] =
            fields
        else {
            return Ok(None);
        };
        let (enc, reason) = (self.str(enc)?, self.str(reason)?);
        let decode = self.isinstance(exc, self.types.unicode_decode_error);
        let verb = if decode { "decode" } else { "encode" };
        if end == start + 1 && start >= 0 {
            if decode {
                if let Some(&b) = self.bytes_of(obj).and_then(|b| b.get(start as usize)) {
                    return Ok(Some(format!(
                        "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                    )));
                }
            } else if let Some(c) = self.str_of(obj).and_then(|s| s.chars().nth(start as usize)) {
                let n = c as u32;
                let shown = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                return Ok(Some(format!(
                    "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
                )));
            }
        }
        let what = if decode { "bytes" } else { "characters" };
        Ok(Some(format!(
            "'{enc}' codec can't {verb} {what} in position {start}-{}: {reason}",
            end - 1
        )))
    }

    pub fn exception_with_msg(&mut self, class: ObjKey, msg: String) -> PyErr {
        let s = self.new_str(msg);
        let args = self.new_tuple(vec![s]);
        PyErr(self.new_exception(class, args))
    }

    /// The exception for an error of the numeric layer (it names the class and the message).
    pub fn num_err(&mut self, e: crate::numeric::NumError) -> PyErr {
        use crate::numeric::ErrKind;
        let class = match e.kind {
            ErrKind::ValueError => self.types.value_error,
            ErrKind::OverflowError => self.types.overflow_error,
            ErrKind::ZeroDivisionError => self.types.zero_division_error,
            ErrKind::TypeError => self.types.type_error,
            // As PyErr_NoMemory: no arguments.
            ErrKind::MemoryError => return self.memory_error(),
        };
        self.exception_with_msg(class, e.msg)
    }

    pub fn type_error(&mut self, msg: String) -> PyErr {
        self.exception_with_msg(self.types.type_error, msg)
    }
    pub fn value_error(&mut self, msg: String) -> PyErr {
        self.exception_with_msg(self.types.value_error, msg)
    }
    pub fn attribute_error(&mut self, msg: String) -> PyErr {
        self.exception_with_msg(self.types.attribute_error, msg)
    }
    pub fn index_error(&mut self, msg: &str) -> PyErr {
        self.exception_with_msg(self.types.index_error, msg.into())
    }
    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        self.exception_with_msg(self.types.zero_division_error, msg.into())
    }
    pub fn overflow_error(&mut self, msg: String) -> PyErr {
        self.exception_with_msg(self.types.overflow_error, msg)
    }
    pub fn runtime_error(&mut self, msg: String) -> PyErr {
        self.exception_with_msg(self.types.runtime_error, msg)
    }
    pub fn recursion_error(&mut self, msg: &str) -> PyErr {
        self.exception_with_msg(self.types.recursion_error, msg.into())
    }

    /// The RecursionError for a check that found the counter at the limit: `what` is the
    /// check's own suffix (" in comparison", …), unless a builtin call running was entered
    /// over the limit, which CPython would have refused first.
    pub fn depth_error(&mut self, what: &str) -> PyErr {
        let what = if self.native_over > 0 {
            " while calling a Python object"
        } else {
            what
        };
        self.recursion_error(&format!("maximum recursion depth exceeded{what}"))
    }

    /// Runs a builtin call `f` one level deeper on the recursion counter (see `native_over`).
    #[inline]
    pub fn native_level<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        let over = (self.depth >= self.recursion_limit) as u32;
        self.depth += 1;
        self.native_over += over;
        let r = f(self);
        self.depth -= 1;
        self.native_over -= over;
        r
    }

    /// Runs `f` one level deeper on the recursion counter, refusing with `what` at the limit.
    #[inline]
    pub fn deeper<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.recursion_limit {
            return Err(self.depth_error(what));
        }
        self.depth += 1;
        let r = self.on_stack(f);
        self.depth -= 1;
        r
    }

    /// KeyError carries the key itself (its str is the key's repr).
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.heap.incref(key);
        let args = self.new_tuple(vec![key]);
        PyErr(self.new_exception(self.types.key_error, args))
    }

    /// The exception being handled as `sys.exc_info()` sees it (borrowed): the running
    /// frame's own, or else the nearest generator caller's.
    pub fn current_exception(&self) -> Value {
        if !self.handled.is(Value::None) {
            return self.handled;
        }
        self.handled_below
            .iter()
            .rev()
            .copied()
            .find(|v| !v.is(Value::None))
            .unwrap_or(Value::None)
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is(Value::None) {
            self.new_tuple(vec![])
        } else {
            self.new_tuple(vec![value])
        };
        PyErr(self.new_exception(self.types.stop_iteration, args))
    }

    pub fn name_error(&mut self, name: &str, suggestion: Option<String>) -> PyErr {
        let e = self.exception_with_msg(
            self.types.name_error,
            format!("name '{name}' is not defined"),
        );
        if let Value::Obj(k) = e.0 {
            if let Kind::Exception(x) = self.heap.kind_mut(k) {
                x.suggestion = suggestion;
            }
        }
        e
    }

    /// Whether an exception matches an `except` clause's type (a class or a tuple of them).
    /// `except typ:` against the exception being handled. As CPython's CHECK_EXC_MATCH, `typ`
    /// is validated whole first (an exception class, or a tuple of them: not nested), so a bad
    /// item is an error even when an earlier one would have matched.
    pub fn exception_matches(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        let items: Vec<Value> = match typ {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Tuple(items) => items.to_vec(),
                _ => vec![typ],
            },
            _ => vec![typ],
        };
        let mut classes = Vec::with_capacity(items.len());
        for t in items {
            match t {
                Value::Obj(k)
                    if matches!(self.heap.kind(k), Kind::Class(_))
                        && self.is_subclass(k, self.types.base_exception) =>
                {
                    classes.push(k)
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed"
                            .into(),
                    ))
                }
            }
        }
        let class = self.type_of(exc);
        Ok(classes.into_iter().any(|k| self.is_subclass(class, k)))
    }

    /// Turns a raised value (a class or an instance) into an exception instance (owned).
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(k) = v {
            match self.heap.kind(k) {
                Kind::Exception(_) => return Ok(self.incref(v)),
                Kind::Class(_) if self.is_subclass(k, self.types.base_exception) => {
                    return self.call(v, &[]);
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException".into()))
    }

    /// A compile error of `source` (read from `filename`) as the SyntaxError (IndentationError,
    /// TabError) `compile()` raises: `msg` and the location as args and as attributes.
    pub fn syntax_error(
        &mut self,
        e: &crate::syntax::error::SyntaxError,
        source: &str,
        filename: &str,
    ) -> PyErr {
        use crate::syntax::error::SyntaxErrorKind as K;
        let class = match e.kind {
            K::SyntaxError => self.types.syntax_error,
            K::IndentationError => self.types.indentation_error,
            K::TabError => self.types.tab_error,
            K::RecursionError => self.types.recursion_error,
        };
        if e.kind == K::RecursionError {
            return self.exception_with_msg(class, e.msg.clone());
        }
        let at = e.location(source);
        let text = match &e.shown {
            Some(s) => s.text.clone(),
            None => {
                let lines = crate::syntax::error::LineIndex::new(source);
                format!(
                    "{}\n",
                    lines
                        .line_text(source, at.line)
                        .trim_end_matches(['\n', '\r'])
                )
            }
        };
        let msg = self.new_str(e.msg.clone());
        let file = self.new_str(filename.to_string());
        let text = self.new_str(text);
        // args is (msg, (filename, lineno, offset, text, end_lineno, end_offset)); each field
        // is also an attribute of that name, holding a reference of its own.
        let fields = [
            msg,
            file,
            Value::Int(at.line as i64),
            Value::Int(at.offset as i64),
            text,
            Value::Int(at.end_line as i64),
            Value::Int(at.end_offset as i64),
        ];
        let location = self.new_tuple(fields[1..].to_vec());
        let args = self.new_tuple(vec![msg, location]);
        let exc = self.new_exception(class, args);
        if let Value::Obj(k) = exc {
            for (name, v) in SYNTAX_ERROR_FIELDS.iter().zip(fields) {
                self.heap.incref(v);
                let key = self.intern(name);
                self.ns_set(k, key, v);
            }
        }
        PyErr(exc)
    }

    /// `str(exc)` as CPython's BaseException.__str__ (user `__str__` honoured by the caller).
    pub fn exc_args_str(&mut self, exc: Value) -> PyResult<String> {
        let (args, is_key_error) = match exc {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Exception(e) => (e.args, self.is_subclass(e.class, self.types.key_error)),
                _ => return Ok(String::new()),
            },
            _ => return Ok(String::new()),
        };
        let items: Vec<Value> = match args {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        };
        if self.isinstance(exc, self.types.os_error) {
            let k = exc.as_obj().expect("exception");
            let mut field = |name: &str| {
                let key = self.intern(name);
                self.ns_lookup(k, key).filter(|v| !v.is(Value::None))
            };
            let (errno, strerror) = (field("errno"), field("strerror"));
            let (filename, filename2) = (field("filename"), field("filename2"));
            let num = |vm: &mut Vm, v: Option<Value>| match v {
                Some(v) => vm.str(v),
                None => Ok("None".to_string()),
            };
            if let Some(f) = filename {
                let (e, t, f) = (num(self, errno)?, num(self, strerror)?, self.repr(f)?);
                return Ok(match filename2 {
                    Some(f2) => format!("[Errno {e}] {t}: {f} -> {}", self.repr(f2)?),
                    None => format!("[Errno {e}] {t}: {f}"),
                });
            }
            if let (Some(e), Some(t)) = (errno, strerror) {
                let (e, t) = (self.str(e)?, self.str(t)?);
                return Ok(format!("[Errno {e}] {t}"));
            }
        }
        if self.isinstance(exc, self.types.unicode_error) {
            if let Some(text) = self.unicode_error_str(exc)? {
                return Ok(text);
            }
        }
        if self.isinstance(exc, self.types.syntax_error) {
            if let Some(text) = self.syntax_error_str(exc)? {
                return Ok(text);
            }
        }
        match items.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(items[0]),
            1 => self.str(items[0]),
            _ => self.repr(args),
        }
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
    /// fields SyntaxError.__init__ fills from its arguments.
    pub fn syntax_error_fields(&mut self, exc: Value, args: &[Value]) -> PyResult<()> {
        let Some(k) = exc.as_obj() else { return Ok(()) };
        let mut fields: Vec<(&str, Value)> =
            vec![("msg", args.first().copied().unwrap_or(Value::None))];
        let info = if args.len() == 2 {
            self.iterate(args[1])?
        } else {
            Vec::new()
        };
        let names = &SYNTAX_ERROR_FIELDS[1..];
        if args.len() != 2 {
            fields.extend(names.iter().map(|n| (*n, Value::None)));
        } else {
            let n = info.len();
            if !(4..=6).contains(&n) {
                self.heap.decref_all(info);
                let bound = if n < 4 { "at least 4" } else { "at most 6" };
                return Err(
                    self.type_error(format!("function takes {bound} arguments ({n} given)"))
                );
            }
            for (i, name) in names.iter().enumerate() {
                fields.push((name, info.get(i).copied().unwrap_or(Value::None)));
            }
        }
        for (name, v) in fields {
            self.heap.incref(v);
            let key = self.intern(name);
            self.ns_set(k, key, v);
        }
        self.heap.decref_all(info);
        Ok(())
    }

    /// SyntaxError.__str__: `msg (file, line N)` with the file's base name, when the error
    /// has a location (None: plain BaseException.__str__).
    fn syntax_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        let Some(k) = exc.as_obj() else {
            return Ok(None);
        };
        let mut field = |name: &str| {
            let key = self.intern(name);
            self.ns_lookup(k, key)
        };
        let (msg, filename, lineno) = (field("msg"), field("filename"), field("lineno"));
        let Some(msg) = msg else { return Ok(None) };
        let file = filename.and_then(|f| {
            self.str_of(f)
                .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
        });
        let line = match lineno {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        let msg = self.str(msg)?;
        Ok(Some(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        }))
    }

    /// The last line of a traceback as the interpreter prints it: `Type: message`, and
    /// CPython's "Did you mean" hint when there is one.
    pub fn exception_line(&mut self, exc: Value) -> String {
        let mut line = self.exception_line_plain(exc);
        if let Value::Obj(k) = exc {
            if let Kind::Exception(e) = self.heap.kind(k) {
                if let Some(s) = &e.suggestion {
                    line.push_str(&format!(". Did you mean: '{s}'?"));
                }
            }
        }
        line
    }

    /// `Type: message`, as 3.11's `traceback` module writes it (it adds no hint).
    pub fn exception_line_plain(&mut self, exc: Value) -> String {
        let class = self.type_of(exc);
        let mut name = self.class_name(class);
        if let Kind::Class(c) = self.heap.kind(class) {
            let module = self.str_of(c.module).unwrap_or("builtins");
            if module != "builtins" && module != "__main__" {
                name = format!("{module}.{name}");
            }
        }
        let msg = match self.str(exc) {
            Ok(s) => s,
            Err(e) => {
                self.heap.decref(e.0);
                "<exception str() failed>".into()
            }
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The whole printed traceback of an uncaught exception, chained causes/contexts first.
    pub fn format_traceback(&mut self, exc: Value) -> String {
        self.exception_chunks(exc, &TracebackStyle::default())
            .concat()
    }

    /// A printed traceback as the `traceback` module's `format_exception` lists it: the
    /// chained exceptions first (each with its separator line), then for each exception
    /// the header, one string per frame and the `Type: message` line.
    pub fn exception_chunks(&mut self, exc: Value, style: &TracebackStyle) -> Vec<String> {
        let mut chunks = Vec::new();
        let mut seen = Vec::new();
        self.format_chain(exc, style, true, &mut chunks, &mut seen);
        chunks
    }

    fn format_chain(
        &mut self,
        exc: Value,
        style: &TracebackStyle,
        top: bool,
        chunks: &mut Vec<String>,
        seen: &mut Vec<ObjKey>,
    ) {
        let Value::Obj(k) = exc else {
            chunks.push("NoneType: None\n".into());
            return;
        };
        seen.push(k);
        let (cause, context, suppress) = match self.heap.kind(k) {
            Kind::Exception(e) if style.chain => (e.cause, e.context, e.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        if let Value::Obj(c) = cause {
            if !seen.contains(&c) {
                self.format_chain(cause, style, false, chunks, seen);
                chunks.push(
                    "\nThe above exception was the direct cause of the following exception:\n\n"
                        .into(),
                );
            }
        } else if let (Value::Obj(c), false) = (context, suppress) {
            if !seen.contains(&c) {
                self.format_chain(context, style, false, chunks, seen);
                chunks.push(
                    "\nDuring handling of the above exception, another exception occurred:\n\n"
                        .into(),
                );
            }
        }
        if self.is_exception_group(exc) {
            let mut ctx = GroupCtx::default();
            self.format_group(exc, style, top, &mut ctx, chunks, seen);
            return;
        }
        let entries = match (top, style.traceback) {
            (true, Some(tb)) => self.traceback_chain(tb),
            _ => self.traceback_entries(exc),
        };
        let entries = limit_entries(entries, style.limit);
        if !entries.is_empty() {
            chunks.push("Traceback (most recent call last):\n".into());
            chunks.extend(super::traceback_lines::frame_chunks(&entries));
        }
        let only = self.exception_only_chunks(exc, style.hints);
        chunks.extend(only);
    }

    /// What `traceback.format_exception_only` gives: a SyntaxError's own report or the
    /// `Type: message` line (with "Did you mean" hints when `hints`), then the notes.
    pub fn exception_only_chunks(&mut self, exc: Value, hints: bool) -> Vec<String> {
        let mut chunks = match self.syntax_error_block(exc) {
            Some(block) => block,
            None => {
                let line = if hints {
                    self.exception_line(exc)
                } else {
                    self.exception_line_plain(exc)
                };
                vec![format!("{line}\n")]
            }
        };
        for note in self.exception_notes(exc) {
            chunks.extend(note.split('\n').map(|l| format!("{l}\n")));
        }
        chunks
    }

    /// An instance of BaseExceptionGroup (the builtin class, wherever builtins has it).
    fn is_exception_group(&mut self, exc: Value) -> bool {
        let key = self.intern("BaseExceptionGroup");
        let class = self.builtins.as_obj().and_then(|b| self.ns_lookup(b, key));
        match class.and_then(|c| c.as_obj()) {
            Some(c) if matches!(self.heap.kind(c), Kind::Class(_)) => self.isinstance(exc, c),
            _ => false,
        }
    }

    /// An exception group as 3.11 prints it: its own traceback and line in a box, then each
    /// sub-exception (15 at most) under a numbered rule, nested groups indented further.
    fn format_group(
        &mut self,
        exc: Value,
        style: &TracebackStyle,
        top: bool,
        ctx: &mut GroupCtx,
        out: &mut Vec<String>,
        seen: &mut Vec<ObjKey>,
    ) {
        const MAX_WIDTH: usize = 15;
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let entries = match (top, style.traceback) {
            (true, Some(tb)) => self.traceback_chain(tb),
            _ => self.traceback_entries(exc),
        };
        let entries = limit_entries(entries, style.limit);
        if !entries.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
                out,
            );
            for chunk in super::traceback_lines::frame_chunks(&entries) {
                ctx.emit(&chunk, '|', out);
            }
        }
        let line = self.exception_line_plain(exc);
        ctx.emit(&format!("{line}\n"), '|', out);
        for note in self.exception_notes(exc) {
            ctx.emit(&format!("{note}\n"), '|', out);
        }
        let key = self.intern("exceptions");
        let excs: Vec<Value> = match self.getattr(exc, key) {
            Ok(t) => {
                let items = self.seq_items(t).to_vec();
                items.iter().for_each(|v| self.heap.incref(*v));
                self.heap.decref(t);
                items
            }
            Err(e) => {
                self.heap.decref(e.0);
                Vec::new()
            }
        };
        let n = excs.len().min(MAX_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            out.push(format!(
                "{}{lead}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let more = excs.len() - MAX_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                ctx.emit(&format!("and {more} more exception{s}\n"), '|', out);
            } else if self.is_exception_group(excs[i]) {
                self.format_group(excs[i], style, false, ctx, out, seen);
            } else {
                let mut inner = Vec::new();
                self.format_chain(excs[i], style, false, &mut inner, seen);
                for chunk in inner {
                    ctx.emit(&chunk, '|', out);
                }
            }
            if last && ctx.need_close {
                out.push(format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        self.heap.decref_all(excs);
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The lines a traceback prints after `Type: message` for `__notes__` (PEP 678): each
    /// note's str, or the repr of a `__notes__` that is no sequence.
    pub fn exception_notes(&mut self, exc: Value) -> Vec<String> {
        let Some(k) = exc.as_obj() else {
            return Vec::new();
        };
        if !matches!(self.heap.kind(k), Kind::Exception(_)) {
            return Vec::new();
        }
        let key = self.intern("__notes__");
        let Some(notes) = self.ns_lookup(k, key) else {
            return Vec::new();
        };
        let items = match notes.as_obj().map(|n| self.heap.kind(n)) {
            Some(Kind::List(_) | Kind::Tuple(_)) => self.seq_items(notes).to_vec(),
            _ => {
                let shown = self.repr(notes).unwrap_or_else(|e| {
                    self.heap.decref(e.0);
                    "<__notes__ repr() failed>".into()
                });
                return vec![shown];
            }
        };
        items
            .into_iter()
            .map(|n| match self.str(n) {
                Ok(s) => s,
                Err(e) => {
                    self.heap.decref(e.0);
                    "<note str() failed>".into()
                }
            })
            .collect()
    }

    /// A SyntaxError's own report, as the traceback module's `_format_syntax_error`: the
    /// file and line, the text with carets under the error, and `Type: msg` (not its str).
    fn syntax_error_block(&mut self, exc: Value) -> Option<Vec<String>> {
        if !self.isinstance(exc, self.types.syntax_error) {
            return None;
        }
        let k = exc.as_obj()?;
        let mut field = |name: &str| {
            let key = self.intern(name);
            self.ns_lookup(k, key).filter(|v| !v.is(Value::None))
        };
        let [msg, filename, lineno, offset, text, end_offset] =
            ["msg", "filename", "lineno", "offset", "text", "end_offset"].map(&mut field);
        let int = |v: Option<Value>| match v {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        let mut out = Vec::new();
        if let Some(n) = int(lineno) {
            let file = filename.and_then(|f| self.str_of(f)).unwrap_or("<string>");
            out.push(format!("  File \"{file}\", line {n}\n"));
        }
        if let Some(text) = text.and_then(|t| self.str_of(t)).map(str::to_string) {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push(format!("    {ltext}\n"));
            if let Some(offset) = int(offset) {
                let mut end = int(end_offset).filter(|e| *e != 0).unwrap_or(offset);
                if end == offset || end == -1 {
                    end = offset + 1;
                }
                let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
                if col >= 0 {
                    let pad: String = ltext
                        .chars()
                        .take(col as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let carets = "^".repeat((end_col - col).max(0) as usize);
                    out.push(format!("    {pad}{carets}\n"));
                }
            }
        }
        let name = self.class_name(self.type_of(exc));
        let msg = match msg {
            Some(m) => match self.str(m) {
                Ok(s) => s,
                Err(e) => {
                    self.heap.decref(e.0);
                    "<exception str() failed>".into()
                }
            },
            None => "<no detail available>".into(),
        };
        out.push(format!("{name}: {msg}\n"));
        Some(out)
    }
}

/// How much of an exception `exception_chunks` shows (the `traceback` module's options).
pub struct TracebackStyle {
    /// Frames kept: the first n (outermost) when positive, the last -n when negative.
    pub limit: Option<i64>,
    /// Show the causes and contexts.
    pub chain: bool,
    /// A traceback to show for the exception instead of its own `__traceback__`.
    pub traceback: Option<Value>,
    /// The interpreter's "Did you mean" hints (the 3.11 `traceback` module has none).
    pub hints: bool,
}

impl Default for TracebackStyle {
    fn default() -> Self {
        TracebackStyle {
            limit: None,
            chain: true,
            traceback: None,
            hints: true,
        }
    }
}

/// The entries `limit` keeps, as the `traceback` module's extract applies it.
pub fn limit_entries<T>(mut entries: Vec<T>, limit: Option<i64>) -> Vec<T> {
    match limit {
        Some(n) if n >= 0 => {
            entries.truncate(n as usize);
            entries
        }
        Some(n) => {
            let keep = (n.unsigned_abs() as usize).min(entries.len());
            entries.split_off(entries.len() - keep)
        }
        None => entries,
    }
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython 3.11's bounded Levenshtein distance (moves cost 2, case changes 1).
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len().abs_diff(b.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..b.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (ai, &ac) in a.iter().enumerate() {
        let mut distance = ai * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (bi, &bc) in b.iter().enumerate() {
            let substitute = distance + substitution_cost(ac, bc);
            distance = buffer[bi];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[bi] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, as CPython 3.11 picks it for "Did you mean".
pub fn best_suggestion<'a>(
    name: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<String> {
    if name.chars().count() > 40 {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for (i, item) in candidates.enumerate() {
        if i >= 750 {
            return None;
        }
        if item == name {
            continue;
        }
        let max = (name.chars().count() + item.chars().count() + 3) * MOVE_COST / 6;
        let max = max.min(best_distance.saturating_sub(1));
        let d = levenshtein(name, item, max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(str::to_string)
}

/// The C library's text for an OS error (`No such file or directory`), as CPython prints it in
/// `[Errno 2] No such file or directory: 'x'`.
pub fn os_error_text(e: &std::io::Error) -> String {
    let full = e.to_string();
    match full.find(" (os error ") {
        Some(i) => full[..i].to_string(),
        None => full,
    }
}

/// Where an exception group's printing is (CPython's _ExceptionPrintContext).
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Every line of `text`, indented and (inside a group) behind the margin.
    fn emit(&self, text: &str, margin: char, out: &mut Vec<String>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push(format!("{prefix}{line}"));
        }
    }
}
