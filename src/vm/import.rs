//! The import system: `sys.modules` (a live dict every import goes through), the search of
//! `sys.path` and of a package's `__path__` for `.py` modules and packages, relative imports,
//! and running each module's source once in a namespace of its own. Modules compiled into
//! CPython (`sys`, `gc`, `time`, …) are found before the path, the rest of Cellar's standard
//! library after it, in CPython's order, so a user's `random.py` shadows `random` as it would.

use std::path::{Path, PathBuf};

use super::{PyErr, PyResult, Vm};
use crate::heap::object::{Kind, Module};
use crate::heap::value::Value;

/// What a search of the path found for one name.
enum Found {
    /// A `.py` file; `package` is the package's folder when the file is its `__init__.py`.
    Source {
        file: PathBuf,
        package: Option<PathBuf>,
    },
    /// Folders of that name without `__init__.py`: a namespace package (PEP 420).
    Namespace(Vec<PathBuf>),
    /// A compiled extension (`.so`, `.pyd`), which Cellar cannot load.
    Extension,
}

/// Packages whose import means C code: the notebook says Cellar runs pure Python only.
const C_EXTENSION_PACKAGES: &[&str] = &[
    "numpy",
    "pandas",
    "scipy",
    "matplotlib",
    "sklearn",
    "torch",
    "tensorflow",
    "polars",
    "pyarrow",
    "lxml",
    "PIL",
    "cv2",
    "numba",
    "jax",
];

impl Vm {
    /// For a ModuleNotFoundError of a C extension (a known package built on one, or an
    /// extension file on the path): the line the notebook adds under the traceback.
    pub fn c_extension_hint(&mut self, exc: Value) -> Option<String> {
        if !self.isinstance(exc, self.types.module_not_found_error) {
            return None;
        }
        let key = self.intern("name");
        let name = self
            .ns_lookup(exc.as_obj()?, key)
            .and_then(|v| self.str_of(v))?;
        let top = name.split('.').next().unwrap_or(name).to_string();
        let sys_path = self.sys_path;
        let on_path = self
            .path_strings(sys_path)
            .iter()
            .any(|d| has_extension(d, &top));
        (on_path || C_EXTENSION_PACKAGES.contains(&top.as_str())).then(|| {
            format!("Cellar runs pure Python only: '{top}' is built on C extensions, which it cannot load.")
        })
    }

    /// `sys.modules[name]`, borrowed: a hashed lookup, as `print` asks for `sys` each time.
    pub fn loaded_module(&mut self, name: &str) -> Option<Value> {
        let d = self.sys_modules.as_obj()?;
        let key = self.intern(name);
        self.ns_lookup(d, key)
    }

    /// `sys.modules[name] = m`, taking ownership of `m`.
    pub fn set_loaded_module(&mut self, name: &str, m: Value) {
        let key = self.intern(name);
        if let Some(d) = self.sys_modules.as_obj() {
            self.ns_set(d, key, m);
        }
    }

    /// `del sys.modules[name]`, if present.
    pub fn forget_module(&mut self, name: &str) {
        let key = self.intern(name);
        if let Some(d) = self.sys_modules.as_obj() {
            self.ns_del(d, key);
        }
    }

    /// The import statements: `import a.b` gives the top-level package `a` (`leaf` false),
    /// `import a.b as c` and `from .m import x` the named module itself. `spelled` is the
    /// const of the statement (a relative import keeps its leading dots); `globals` are the
    /// importing namespace's, which locate a relative import's package.
    pub fn import_statement(
        &mut self,
        spelled: Value,
        globals: Value,
        leaf: bool,
    ) -> PyResult<Value> {
        let spelled = self.str_of(spelled).unwrap_or("").to_string();
        let name = spelled.trim_start_matches('.');
        let level = spelled.len() - name.len();
        let full = self.resolve_name(name, level, globals)?;
        let m = self.import_absolute(&full)?;
        if leaf || !full.contains('.') {
            return Ok(m);
        }
        self.heap.decref(m);
        let top = full.split('.').next().unwrap_or("");
        match self.loaded_module(top) {
            Some(t) => Ok(self.incref(t)),
            None => Err(self.key_error_for_module(top)),
        }
    }

    fn key_error_for_module(&mut self, name: &str) -> PyErr {
        let key = self.new_str(name);
        let args = self.new_tuple(vec![key]);
        let exc = self.new_exception(self.types.key_error, args);
        PyErr(exc)
    }

    /// `__import__(name, globals, locals, fromlist, level)` as CPython's: the top-level
    /// package, or with a fromlist the module itself.
    pub fn dunder_import(
        &mut self,
        name: &str,
        globals: Value,
        fromlist: &[String],
        level: usize,
    ) -> PyResult<Value> {
        let full = self.resolve_name(name, level, globals)?;
        let m = self.import_absolute(&full)?;
        if !fromlist.is_empty() {
            // sys.modules holds the module while the fromlist's submodules run.
            self.heap.decref(m);
            let m = self.loaded_module(&full).unwrap_or(Value::None);
            self.handle_fromlist(m, fromlist)?;
            return match self.loaded_module(&full) {
                Some(v) => Ok(self.incref(v)),
                None => Err(self.key_error_for_module(&full)),
            };
        }
        if level > 0 && name.is_empty() {
            return Ok(m);
        }
        self.heap.decref(m);
        // `__import__('a.b')` gives `a`; relative, the package `name`'s first part lives in.
        let first = name.split('.').next().unwrap_or(name);
        let cut = full.len() - (name.len() - first.len());
        let top = &full[..cut];
        match self.loaded_module(top) {
            Some(t) => Ok(self.incref(t)),
            None => Err(self.key_error_for_module(top)),
        }
    }

    /// The absolute name of a (possibly relative) import, as importlib's `_resolve_name`.
    fn resolve_name(&mut self, name: &str, level: usize, globals: Value) -> PyResult<String> {
        if level == 0 {
            if name.is_empty() {
                return Err(self.value_error("Empty module name".into()));
            }
            return Ok(name.to_string());
        }
        let package = self.calc_package(globals)?;
        self.resolve_in(name, level, &package)
    }

    /// `name` imported `level` packages up from `package` (`..m` from `a.b.c` is `a.m`).
    pub fn resolve_in(&mut self, name: &str, level: usize, package: &str) -> PyResult<String> {
        if package.is_empty() {
            return Err(self.exception_with_msg(
                self.types.import_error,
                "attempted relative import with no known parent package".into(),
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.exception_with_msg(
                self.types.import_error,
                "attempted relative import beyond top-level package".into(),
            ));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// The package a namespace's relative imports start from: `__package__`, or derived from
    /// `__name__` (itself when the namespace is a package's, its parent otherwise).
    fn calc_package(&mut self, globals: Value) -> PyResult<String> {
        let Some(g) = globals.as_obj() else {
            return Ok(String::new());
        };
        let key = self.intern("__package__");
        match self.ns_lookup(g, key) {
            Some(Value::None) | None => {}
            Some(p) => match self.str_of(p) {
                Some(s) => return Ok(s.to_string()),
                None => return Err(self.type_error("package must be a string".into())),
            },
        }
        let name_key = self.names.name;
        let name = match self.ns_lookup(g, name_key).and_then(|n| self.str_of(n)) {
            Some(n) => n.to_string(),
            None => {
                return Err(self
                    .exception_with_msg(self.types.key_error, "'__name__' not in globals".into()))
            }
        };
        let path_key = self.intern("__path__");
        if self.ns_lookup(g, path_key).is_some() {
            return Ok(name);
        }
        Ok(name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default())
    }

    /// Imports `full` (`a.b.c`: `a`, then `a.b`, then `a.b.c`, each found in its parent's
    /// `__path__`) and returns the module (owned).
    pub fn import_absolute(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.loaded_module(full) {
            if m.is(Value::None) {
                let msg = format!("import of {full} halted; None in sys.modules");
                return Err(self.module_not_found(full, msg));
            }
            return Ok(self.incref(m));
        }
        // No reference is held across a module's code (the verifier sees only the heap's):
        // the parent is looked up again in sys.modules once the child is loaded.
        let (parent_name, search) = match full.rsplit_once('.') {
            None => (None, None),
            Some((parent_name, _)) => {
                let parent = self.import_absolute(parent_name)?;
                // The parent may have put the child in sys.modules itself (`os` sets
                // `os.path`), which importlib checks before asking for `__path__`.
                if let Some(m) = self.loaded_module(full) {
                    self.heap.decref(parent);
                    return Ok(self.incref(m));
                }
                let path_key = self.intern("__path__");
                let path = self.lookup_attr(parent, path_key);
                self.heap.decref(parent);
                let path = match path? {
                    Some(p) => p,
                    None => {
                        return Err(self.module_not_found(
                            full,
                            format!("No module named '{full}'; '{parent_name}' is not a package"),
                        ));
                    }
                };
                let dirs = self.path_strings(path);
                self.heap.decref(path);
                (Some(parent_name), Some(dirs))
            }
        };
        // The parent's import may have imported this module too.
        if let Some(m) = self.loaded_module(full) {
            return Ok(self.incref(m));
        }
        let m = self.find_and_load(full, search)?;
        if let Some(parent) = parent_name.and_then(|p| self.loaded_module(p)) {
            // The parent module gains the child as an attribute once it is loaded.
            let last = full.rsplit('.').next().unwrap_or(full);
            let key = self.intern(last);
            let child = self.incref(m);
            if let Err(e) = self.setattr(parent, key, child) {
                self.heap.decref(e.0);
            }
        }
        Ok(m)
    }

    /// The folders of a `sys.path`-like list (strings only, as CPython skips the rest).
    fn path_strings(&self, list: Value) -> Vec<PathBuf> {
        let items: Vec<Value> = match list.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::List(items)) => items.clone(),
            Some(Kind::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        let cwd = std::env::current_dir().unwrap_or_default();
        items
            .iter()
            .filter_map(|v| self.str_of(*v))
            .map(|s| {
                if s.is_empty() {
                    cwd.clone()
                } else {
                    cwd.join(s)
                }
            })
            .collect()
    }

    fn find_and_load(&mut self, full: &str, search: Option<Vec<PathBuf>>) -> PyResult<Value> {
        let top_level = search.is_none();
        if top_level && crate::builtins::is_compiled_in(full) {
            if let Some(r) = crate::builtins::stdlib_module(self, full) {
                return self.register_builtin(full, r);
            }
        }
        let dirs = match search {
            Some(d) => d,
            None => {
                let sys_path = self.sys_path;
                self.path_strings(sys_path)
            }
        };
        let last = full.rsplit('.').next().unwrap_or(full);
        match find_in(&dirs, last) {
            Some(Found::Source { file, package }) => self.load_source(full, &file, package),
            Some(Found::Namespace(dirs)) => Ok(self.load_namespace(full, &dirs)),
            Some(Found::Extension) => {
                Err(self.module_not_found(full, format!("No module named '{full}'")))
            }
            None => {
                // Cellar's own packages' children (`collections.abc`) come from the binary.
                if top_level || full.contains('.') {
                    if let Some(r) = crate::builtins::stdlib_module(self, full) {
                        return self.register_builtin(full, r);
                    }
                }
                Err(self.module_not_found(full, format!("No module named '{full}'")))
            }
        }
    }

    fn register_builtin(&mut self, name: &str, r: PyResult<Value>) -> PyResult<Value> {
        let m = r?;
        // A module's own setup may have registered it (and its helpers) already.
        if let Some(existing) = self.loaded_module(name) {
            self.heap.decref(m);
            return Ok(self.incref(existing));
        }
        let held = self.incref(m);
        self.set_loaded_module(name, held);
        Ok(m)
    }

    /// ModuleNotFoundError with CPython's message and its `name` attribute.
    fn module_not_found(&mut self, name: &str, msg: String) -> PyErr {
        let e = self.exception_with_msg(self.types.module_not_found_error, msg);
        if let Value::Obj(k) = e.0 {
            let v = self.new_str(name);
            let key = self.intern("name");
            self.ns_set(k, key, v);
        }
        e
    }

    /// A new module object named `name` whose namespace starts with CPython's module entries
    /// (`file` None for a namespace package); returns the module (owned) and its dict.
    fn new_file_module(&mut self, name: &str, file: Option<&str>, package: &str) -> (Value, Value) {
        let nm = self.intern(name);
        self.heap.incref(nm);
        let dict = self.new_dict();
        let m = self
            .heap
            .alloc(Kind::Module(Box::new(Module { name: nm, dict })));
        let dk = dict.as_obj().expect("dict");
        let b = self.builtins;
        self.heap.incref(b);
        self.heap.incref(nm);
        let package = self.new_str(package);
        let file = match file {
            Some(f) => self.new_str(f),
            None => Value::None,
        };
        let entries = [
            ("__name__", nm),
            ("__doc__", Value::None),
            ("__package__", package),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__file__", file),
            ("__cached__", Value::None),
            ("__builtins__", b),
        ];
        for (key, value) in entries {
            let key = self.intern(key);
            self.ns_set(dk, key, value);
        }
        (m, dict)
    }

    fn set_module_path(&mut self, dict: Value, dirs: &[PathBuf]) {
        let items = dirs
            .iter()
            .map(|d| self.new_str(d.to_string_lossy().into_owned()))
            .collect();
        let path = self.new_list(items);
        let key = self.intern("__path__");
        if let Some(dk) = dict.as_obj() {
            self.ns_set(dk, key, path);
        }
    }

    fn load_namespace(&mut self, full: &str, dirs: &[PathBuf]) -> Value {
        let (m, dict) = self.new_file_module(full, None, full);
        self.set_module_path(dict, dirs);
        let held = self.incref(m);
        self.set_loaded_module(full, held);
        m
    }

    /// Runs a module's source once: the module enters `sys.modules` before its code runs (so
    /// a circular import sees it, partly initialized) and leaves it again if the code raises.
    fn load_source(
        &mut self,
        full: &str,
        file: &Path,
        package: Option<PathBuf>,
    ) -> PyResult<Value> {
        let file_name = file.to_string_lossy().into_owned();
        let source = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes)
                .trim_start_matches('\u{feff}')
                .to_string(),
            Err(e) => {
                let msg = format!(
                    "[Errno {}] {e}: '{file_name}'",
                    e.raw_os_error().unwrap_or(0)
                );
                return Err(self.exception_with_msg(self.types.os_error, msg));
            }
        };
        let package_name = match &package {
            Some(_) => full.to_string(),
            None => full
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        let (m, dict) = self.new_file_module(full, Some(&file_name), &package_name);
        if let Some(dir) = &package {
            self.set_module_path(dict, std::slice::from_ref(dir));
        }
        self.set_loaded_module(full, m);
        match self.exec_module_source(&source, &file_name, full, dict) {
            // The module may have replaced itself in sys.modules, as importlib allows.
            Ok(()) => match self.loaded_module(full) {
                Some(v) => Ok(self.incref(v)),
                None => Err(self.key_error_for_module(full)),
            },
            Err(e) => {
                self.forget_module(full);
                Err(e)
            }
        }
    }

    /// Compiles and runs `source` in the module namespace `dict`, marking the module as being
    /// initialized meanwhile (for the circular-import wording of ImportError).
    fn exec_module_source(
        &mut self,
        source: &str,
        file: &str,
        full: &str,
        dict: Value,
    ) -> PyResult<()> {
        let opts = crate::compile::codegen::Options {
            checkpoints: self.verify,
            ..Default::default()
        };
        let code = match self.compile_source(source, file, &opts) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e, source, file)),
        };
        self.heap.incref(dict);
        self.initializing.push((full.to_string(), dict));
        let r = self.run_code(code, dict);
        if let Some((_, d)) = self.initializing.pop() {
            self.heap.decref(d);
        }
        r.map(|v| self.heap.decref(v))
    }

    /// The submodules a from-import names that a package has not imported yet are imported
    /// (`*` stands for the names of `__all__`), as importlib's `_handle_fromlist`. `m` must
    /// be held where the collector sees it (a stack slot, sys.modules): submodules run code.
    pub fn handle_fromlist(&mut self, m: Value, names: &[String]) -> PyResult<()> {
        let path_key = self.intern("__path__");
        match self.lookup_attr(m, path_key)? {
            Some(p) => self.heap.decref(p),
            None => return Ok(()),
        }
        let Some(module_name) = self.module_attr_str(m, "__name__") else {
            return Ok(());
        };
        for n in names {
            if n == "*" {
                let all_key = self.intern("__all__");
                if let Some(all) = self.lookup_attr(m, all_key)? {
                    let items = self.iterate(all);
                    self.heap.decref(all);
                    let items = items?;
                    let texts: Vec<String> = items
                        .iter()
                        .filter_map(|v| self.str_of(*v).map(str::to_string))
                        .collect();
                    self.heap.decref_all(items);
                    self.handle_fromlist(m, &texts)?;
                }
                continue;
            }
            let name = self.intern(n);
            if let Some(v) = self.lookup_attr(m, name)? {
                self.heap.decref(v);
                continue;
            }
            let sub = format!("{module_name}.{n}");
            match self.import_absolute(&sub) {
                Ok(v) => self.heap.decref(v),
                Err(e) if self.is_module_not_found(&e, &sub) => self.heap.decref(e.0),
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `from m import name`: the attribute, else the submodule `m.name` (imported when `m` is
    /// a package), else CPython's ImportError.
    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.lookup_attr(m, name)? {
            return Ok(v);
        }
        let n = self.str_of(name).unwrap_or("?").to_string();
        let module_name = self.module_attr_str(m, "__name__");
        if let Some(mn) = &module_name {
            let sub = format!("{mn}.{n}");
            if let Some(v) = self.loaded_module(&sub) {
                return Ok(self.incref(v));
            }
            let path_key = self.intern("__path__");
            if self
                .lookup_attr(m, path_key)?
                .map(|p| self.heap.decref(p))
                .is_some()
            {
                match self.import_absolute(&sub) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.is_module_not_found(&e, &sub) => self.heap.decref(e.0),
                    Err(e) => return Err(e),
                }
            }
        }
        let mn = module_name.unwrap_or_else(|| "<unknown module name>".into());
        let place = match self.module_attr_str(m, "__file__") {
            Some(f) => f,
            None => "unknown location".into(),
        };
        let msg = if self.initializing.iter().any(|(i, _)| *i == mn) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({place})"
            )
        } else {
            format!("cannot import name '{n}' from '{mn}' ({place})")
        };
        let e = self.exception_with_msg(self.types.import_error, msg);
        let file = self.module_attr_str(m, "__file__");
        if let Some(k) = e.0.as_obj() {
            let fields = [("name", Some(mn)), ("path", file)];
            for (field, v) in fields {
                let v = match v {
                    Some(s) => self.new_str(s),
                    None => Value::None,
                };
                let key = self.intern(field);
                self.ns_set(k, key, v);
            }
        }
        Err(e)
    }

    fn module_attr_str(&mut self, m: Value, attr: &str) -> Option<String> {
        let key = self.intern(attr);
        let v = self.lookup_attr(m, key).ok().flatten()?;
        let s = self.str_of(v).map(str::to_string);
        self.heap.decref(v);
        s
    }

    fn is_module_not_found(&mut self, e: &PyErr, name: &str) -> bool {
        if !self.isinstance(e.0, self.types.module_not_found_error) {
            return false;
        }
        let Some(k) = e.0.as_obj() else { return false };
        let key = self.intern("name");
        self.ns_lookup(k, key).and_then(|v| self.str_of(v)) == Some(name)
    }

    /// `importlib.reload(m)`: runs the module's file again in its own namespace.
    pub fn reload_module(&mut self, m: Value) -> PyResult<Value> {
        let Some(name) = (match m.as_obj().map(|k| self.heap.kind(k)) {
            Some(Kind::Module(_)) => self.module_attr_str(m, "__name__"),
            _ => None,
        }) else {
            return Err(self.type_error("reload() argument must be a module".into()));
        };
        if !self.loaded_module(&name).is_some_and(|v| v.is(m)) {
            return Err(self.module_not_found(&name, format!("module {name} not in sys.modules")));
        }
        let Some(file) = self.module_attr_str(m, "__file__") else {
            // Built-in modules reload to themselves.
            return Ok(self.incref(m));
        };
        let dict = match self.heap.kind(m.as_obj().expect("module")) {
            Kind::Module(md) => md.dict,
            _ => Value::None,
        };
        let source = match std::fs::read(&file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => {
                return Err(self.module_not_found(&name, format!("No module named '{name}'")));
            }
        };
        self.exec_module_source(&source, &file, &name, dict)?;
        match self.loaded_module(&name) {
            Some(v) => Ok(self.incref(v)),
            None => Err(self.key_error_for_module(&name)),
        }
    }

    /// `sys.path` at startup: the folders of `PYTHONPATH`, made absolute as python3 does
    /// (the program's own folder goes first once it is known).
    pub fn python_path(&mut self) -> Value {
        let cwd = std::env::current_dir().unwrap_or_default();
        let entries: Vec<String> = std::env::var("PYTHONPATH")
            .unwrap_or_default()
            .split(':')
            .filter(|p| !p.is_empty())
            .map(|p| cwd.join(p).to_string_lossy().into_owned())
            .collect();
        let items = entries.into_iter().map(|e| self.new_str(e)).collect();
        self.new_list(items)
    }

    /// The folder a program's imports start from becomes `sys.path[0]`, as python3 puts the
    /// script's folder there (and the notebook its own).
    pub fn set_first_path_entry(&mut self, dir: &str) {
        let entry = self.new_str(dir);
        if let Some(Kind::List(items)) = self.sys_path.as_obj().map(|k| self.heap.kind_mut(k)) {
            items.insert(0, entry);
        }
    }
}

/// Searches `dirs` in order for `name` as importlib's FileFinder does in each folder: a
/// package (folder with `__init__.py`), then an extension, then a `.py` file; folders without
/// `__init__.py` make a namespace package only when nothing else is found.
fn find_in(dirs: &[PathBuf], name: &str) -> Option<Found> {
    let mut namespace = Vec::new();
    for dir in dirs {
        let pkg = dir.join(name);
        let is_dir = pkg.is_dir();
        if is_dir {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(Found::Source {
                    file: init,
                    package: Some(pkg),
                });
            }
        }
        if has_extension(dir, name) {
            return Some(Found::Extension);
        }
        let file = dir.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::Source {
                file,
                package: None,
            });
        }
        if is_dir {
            namespace.push(pkg);
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

/// An extension module for `name` in `dir`, under one of the suffixes CPython 3.11 loads.
fn has_extension(dir: &Path, name: &str) -> bool {
    let tag = format!("cpython-311-{}-linux-gnu", std::env::consts::ARCH);
    [
        format!("{tag}.so"),
        "abi3.so".into(),
        "so".into(),
        "pyd".into(),
    ]
    .iter()
    .any(|suffix| dir.join(format!("{name}.{suffix}")).is_file())
}
