//! Running a whole program: parse, compile, execute in a fresh `__main__` namespace, print an
//! uncaught exception's traceback; the roots the verifier counts; and the exit-time leak check.

use std::rc::Rc;

use num_bigint::BigInt;

use super::eval::Frame;
use super::Vm;
use crate::compile::codegen::{self, ConstSink, Options};
use crate::heap::object::{Kind, Module};
use crate::heap::Value;
use crate::objects::code::{Code, SourceFile};

impl ConstSink for Vm {
    fn str_const(&mut self, s: &str) -> Value {
        let v = self.intern(s);
        self.incref(v)
    }
    fn int_const(&mut self, i: &BigInt) -> Value {
        self.int_from_big(i.clone())
    }
    fn bytes_const(&mut self, b: &[u8]) -> Value {
        self.new_bytes(b.to_vec())
    }
    fn complex_const(&mut self, re: f64, im: f64) -> Value {
        self.new_complex(crate::numeric::complex::C::new(re, im))
    }
    fn tuple_const(&mut self, items: Vec<Value>) -> Value {
        // A constant tuple of atoms is untracked from the start, as CPython's compiler leaves it.
        let atomic = items.iter().all(|&v| !self.heap.may_be_tracked(v));
        let t = self.new_tuple(items);
        if let (true, Value::Obj(k)) = (atomic, t) {
            self.heap.untrack(k);
        }
        t
    }
    fn code_const(&mut self, mut code: Code) -> Value {
        code.site_base = self
            .heap
            .sites
            .register(&code.source.name, &code.qualname, &code.lines);
        self.heap.alloc(Kind::Code(Rc::new(code)))
    }
}

/// How a script run ended.
pub enum Outcome {
    Ok,
    /// Uncaught exception (already printed) or a syntax error.
    Failed,
    /// An uncaught KeyboardInterrupt (already printed).
    Interrupted,
    /// An uncaught SystemExit: the process's exit status.
    Exit(u8),
}

/// Generation-1 collections CPython 3.11's startup (site and its imports) has run when a
/// program's first line executes.
const STARTUP_GEN1_COLLECTIONS: i64 = 2;

/// Generation-0 allocations counted when a program's first line executes: python3 3.11 on the
/// machine the corpora were generated with (`gc.get_count()[0]` on a program's first line).
/// Fixed here, so that the builtins Cellar itself allocates at startup do not move the
/// moments automatic collections happen.
const STARTUP_GEN0_COUNT: i64 = 249;

impl Vm {
    /// Runs the verifier at a checkpoint. What it finds is kept in `heap_problems` for the
    /// front end to report (the first report only: later ones follow from it), and checking
    /// stops, so a broken heap is reported once, not at every statement after it.
    pub fn verify_heap(&mut self, at: &str) {
        let problems = self.heap_check();
        if !problems.is_empty() {
            self.verify = false;
            let mut report = vec![format!("heap verification failed at {at}:")];
            report.extend(problems.into_iter().take(20));
            self.heap_problems = Some(report);
        }
    }

    /// Every refcount recomputed from the roots, the generation lists checked, and the live
    /// byte count against every object's size: the problems found (none when the heap is
    /// sound).
    pub fn heap_check(&mut self) -> Vec<String> {
        let mut problems = crate::heap::verify::check(&self.heap, &self.roots());
        problems.extend(self.heap.check_generations());
        problems.extend(crate::heap::verify::check_sizes(&mut self.heap));
        problems
    }

    /// Creates the `__main__` module (owned by the modules table) and returns its dict
    /// (borrowed). Its namespace starts with the names CPython's has, in its order (the loader
    /// and the cache are None here: there is no import system behind a script).
    pub fn main_module(&mut self, file: &str) -> Value {
        // The module object comes first, as PyModule_New makes it: a collection scans the
        // module (held by the module table) before its dict, so the globals are found in
        // place and the objects they hold keep CPython's order (the order of `__del__` at exit).
        let name = self.intern("__main__");
        self.heap.incref(name);
        let m = self.heap.alloc(Kind::Module(Box::new(Module {
            name,
            dict: Value::None,
        })));
        let dict = self.new_dict();
        let dk = dict.as_obj().expect("dict");
        if let Kind::Module(md) = self.heap.kind_mut(m.as_obj().expect("module")) {
            md.dict = dict;
        }
        self.heap.incref(name);
        let annotations = self.new_dict();
        let b = self.builtins;
        self.heap.incref(b);
        let file = self.new_str(file);
        let entries = [
            ("__name__", name),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", annotations),
            ("__builtins__", b),
            ("__file__", file),
            ("__cached__", Value::None),
        ];
        for (key, value) in entries {
            let key = self.intern(key);
            self.ns_set(dk, key, value);
        }
        // CPython creates __main__ during startup, whose collections leave the module and its
        // namespace in the oldest generation: a full collection scans them before anything the
        // program made, which decides the order objects survive in (and die in at exit).
        // sys.modules (tracked once it holds a module) was made before them, so it comes first.
        self.set_loaded_module("__main__", m);
        let mut keys = vec![m, dict, annotations]
            .into_iter()
            .flat_map(|v| v.as_obj())
            .collect::<Vec<_>>();
        if let Some(modules) = self.sys_modules.as_obj() {
            if crate::heap::gc::gen_of(self.heap.obj(modules)) != 2 {
                keys.insert(0, modules);
            }
        }
        self.heap.move_to_generation(2, &keys);
        // Those were two generation-1 collections (python3 3.11 starts a program with
        // gc.get_count()[2] == 2), so the first automatic full collection comes after nine more.
        self.heap.gc.count[2] = STARTUP_GEN1_COLLECTIONS;
        // However many young collections Cellar's own startup ran or left due, CPython's
        // left none pending.
        self.heap.gc.count[1] = 0;
        self.heap.gc.due = None;
        self.heap.gc.count[0] = STARTUP_GEN0_COUNT;
        dict
    }

    /// Runs a program's source as `__main__`; prints errors as python3 does.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Outcome {
        let opts = Options {
            checkpoints: self.verify,
            ..Options::default()
        };
        let code_v = match self.compile_source(source, filename, &opts) {
            Ok(c) => c,
            Err(e) => {
                let report = e.render_cpython(source, filename);
                self.out.err(&report);
                return Outcome::Failed;
            }
        };
        // python3 puts the script's folder first on the path ('' for `-c` and stdin).
        let path = std::path::Path::new(filename);
        let folder = match path.is_file() {
            true => std::path::absolute(path)
                .ok()
                .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
                .unwrap_or_default(),
            false => String::new(),
        };
        self.set_first_path_entry(&folder);
        let globals = self.main_module(filename); // borrowed: the module holds it
        let r = self.run_code(code_v, globals);
        let r = match r {
            Ok(v) => {
                self.heap.decref(v);
                self.safe_point_quietly();
                Outcome::Ok
            }
            Err(e) if self.isinstance(e.0, self.types.system_exit) => {
                let status = self.system_exit_status(e.0);
                self.heap.decref(e.0);
                Outcome::Exit(status)
            }
            Err(e) => {
                self.report_uncaught(e.0);
                let interrupted = self.isinstance(e.0, self.types.keyboard_interrupt);
                self.heap.decref(e.0);
                if interrupted {
                    Outcome::Interrupted
                } else {
                    Outcome::Failed
                }
            }
        };
        self.flush_stdout();
        r
    }

    /// An uncaught exception goes to `sys.excepthook`, as CPython's PyErr_Print hands it over:
    /// Cellar's own hook is the traceback printed here; a hook of the program's that raises
    /// gets its own traceback printed, then the original one.
    fn report_uncaught(&mut self, exc: Value) {
        let sys_loaded = self.loaded_module("sys").is_some();
        let hook = crate::builtins::io::sys_stream(self, "excepthook");
        let hook = match hook {
            Some(h) => h,
            None if !sys_loaded => {
                let text = self.format_traceback(exc);
                self.out.err(&text);
                return;
            }
            None => {
                let text = self.format_traceback(exc);
                self.out.err(&format!("sys.excepthook is missing\n{text}"));
                return;
            }
        };
        if crate::builtins::sys::is_default_excepthook(self, hook) {
            let text = self.format_traceback(exc);
            self.out.err(&text);
            return;
        }
        self.heap.incref(hook);
        let class = Value::Obj(self.type_of(exc));
        self.heap.incref(class);
        let tb = self.traceback_of(exc);
        let r = self.call(hook, &[class, exc, tb]);
        self.heap.decref_all(vec![hook, class, tb]);
        match r {
            Ok(v) => self.heap.decref(v),
            Err(failure) => {
                let mut text = String::from("Error in sys.excepthook:\n");
                text += &self.format_traceback(failure.0);
                text += "\nOriginal exception was:\n";
                text += &self.format_traceback(exc);
                self.out.err(&text);
                self.heap.decref(failure.0);
            }
        }
    }

    /// The exit status an uncaught SystemExit gives, as CPython's handle_system_exit: None
    /// is 0, an int is the status, anything else is printed to stderr and the status is 1.
    pub fn system_exit_status(&mut self, exc: Value) -> u8 {
        let name = self.intern("code");
        let code = match self.getattr(exc, name) {
            Ok(c) => c,
            Err(e) => {
                self.heap.decref(e.0);
                Value::None
            }
        };
        let status = match code {
            Value::None => 0,
            Value::Int(i) => i as u8,
            Value::Bool(b) => b as u8,
            other => {
                let text = match self.str(other) {
                    Ok(s) => s,
                    Err(e) => {
                        self.heap.decref(e.0);
                        String::new()
                    }
                };
                self.out.err(&format!("{text}\n"));
                1
            }
        };
        self.heap.decref(code);
        status
    }

    /// Parses and compiles `source` (named `filename` in tracebacks) into a module code object
    /// (owned).
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        opts: &Options,
    ) -> Result<Value, crate::syntax::error::SyntaxError> {
        let module = crate::syntax::parse_module(source)?;
        Ok(self.compile_parsed(&module, source, filename, opts))
    }

    /// Compiles an already parsed `module` of `source` into a module code object (owned).
    pub fn compile_parsed(
        &mut self,
        module: &crate::syntax::ast::Module,
        source: &str,
        filename: &str,
        opts: &Options,
    ) -> Value {
        let file = Rc::new(SourceFile {
            name: filename.to_string(),
            text: source.to_string(),
        });
        let code = codegen::compile_module(module, file, self, opts);
        self.code_const(code)
    }

    /// Runs a module code object (consumed: the running frame's slot holds it, so the
    /// verifier sees the reference) in `globals` (borrowed): the value the code returns (owned;
    /// None unless it was compiled with `display_last`), or the exception.
    pub fn run_code(&mut self, code_v: Value, globals: Value) -> super::PyResult<Value> {
        self.run_code_in(code_v, globals, Value::Undef)
    }

    /// `run_code` with a namespace of its own for the module body's names (`locals`, a
    /// borrowed mapping; Undef: the globals), as `exec(code, globals, locals)`.
    pub fn run_code_in(
        &mut self,
        code_v: Value,
        globals: Value,
        locals: Value,
    ) -> super::PyResult<Value> {
        let code = match code_v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Code(c) => c.clone(),
                _ => {
                    self.heap.decref(code_v);
                    return Err(self.type_error("run_code needs a code object".into()));
                }
            },
            _ => return Err(self.type_error("run_code needs a code object".into())),
        };
        let base = self.stack.len();
        self.stack.push(code_v); // the code's reference: kept alive while it runs
        let slots = base + 1;
        // The code object stands as the frame's callable: `f_code` is it.
        let mut frame = Frame::new(code, slots, globals, code_v);
        if !locals.is_undef() {
            frame.locals = locals;
        }
        // The module's frame counts toward the recursion limit, as in CPython.
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.drop_slots(base);
        match r {
            Ok(super::eval::Exit::Return(v) | super::eval::Exit::Yield(v)) => Ok(v),
            Err(e) => {
                self.flush_stdout();
                Err(e)
            }
        }
    }

    /// Interpreter exit, as CPython 3.11's Py_FinalizeEx: a full collection (when the
    /// collector is enabled, with `gc.callbacks`) while everything is in place; then `__main__`
    /// leaves the module table, its namespace is not cleared but freed by refcount or found by
    /// the final collection (which runs even when disabled and calls no callbacks), so
    /// finalizers still see the globals, in the order CPython's collector finds them.
    pub fn shutdown(&mut self) {
        self.run_atexit();
        self.flush_std_files();
        self.safe_point_quietly();
        if self.heap.gc.enabled {
            self.collect_now(2);
            self.run_finalizers();
        }
        self.forget_module("__main__");
        self.safe_point_quietly();
        self.collect_final();
        self.safe_point_quietly();
        self.flush_stdout();
    }

    /// `sys.stdout.flush()` and `sys.stderr.flush()` on whatever the program bound there (a
    /// TextIOWrapper of its own holds text until then), as CPython's flush_std_files; errors
    /// are dropped.
    fn flush_std_files(&mut self) {
        let Some(sys) = self.loaded_module("sys") else {
            return;
        };
        let sys = self.incref(sys);
        for name in ["stdout", "stderr"] {
            let key = self.intern(name);
            let stream = match self.getattr_opt(sys, key) {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(e) => {
                    self.heap.decref(e.0);
                    continue;
                }
            };
            let native = matches!(
                stream.as_obj().map(|k| self.heap.kind(k)),
                Some(Kind::File(_))
            );
            if !native && !stream.is(Value::None) {
                let flush = self.intern("flush");
                let r = self.getattr(stream, flush).and_then(|f| {
                    let r = self.call(f, &[]);
                    self.heap.decref(f);
                    r
                });
                match r {
                    Ok(v) => self.heap.decref(v),
                    Err(e) => self.heap.decref(e.0),
                }
            }
            self.heap.decref(stream);
        }
        self.heap.decref(sys);
    }

    /// The `atexit` callbacks, if the program imported atexit (py/atexit.py reports their
    /// errors itself).
    fn run_atexit(&mut self) {
        let Some(m) = self.loaded_module("atexit") else {
            return;
        };
        let m = self.incref(m);
        let name = self.intern("_run_exitfuncs");
        let r = self.getattr(m, name).and_then(|f| {
            let r = self.call(f, &[]);
            self.heap.decref(f);
            r
        });
        self.heap.decref(m);
        match r {
            Ok(v) => self.heap.decref(v),
            Err(e) => self.heap.decref(e.0),
        }
        self.flush_stdout();
    }

    /// After `shutdown`: checks that every object left is accounted for (exact refcounts,
    /// consistent generation lists). Returns the number of objects still alive.
    pub fn exit_check(&mut self) -> Result<usize, Vec<String>> {
        let problems = self.heap_check();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(self.heap.len())
    }
}
