//! The interpreter: the `Vm` owns the heap, the value stack shared by all frames, the builtin
//! types and modules, and the interned names. Submodules split it by concern: the loop
//! (`eval`), calls and argument binding (`call`), operators (`ops`), attributes and classes
//! (`attr`), iteration (`iter`), repr/str (`repr`), exceptions and tracebacks (`exc`).

pub mod attr;
pub mod attr_hooks;
mod bases_assignment;
mod bigint_ops;
mod builtin_names;
pub mod cache;
pub mod call;
mod class_assign;
mod collect;
mod concat;
pub mod eval;
pub mod exc;
pub mod frame_objects;
pub mod generators;
pub mod getset;
mod import;
pub mod init;
pub mod int_args;
pub mod interrupts;
pub mod iter;
mod metaclass;
mod mro;
pub mod native;
mod new_object;
pub mod ops;
pub mod output;
mod pattern_ops;
pub mod repr;
pub mod roots;
pub mod run;
mod sequence;
pub mod slots;
mod stack_calls;
mod stack_guard;
pub mod subclass;
pub mod traceback_lines;
mod type_new;
mod type_version;

use rustc_hash::FxHashMap;

use crate::heap::object::{Kind, Layout};
use crate::heap::{Heap, ObjKey, Value};
use crate::objects::str::PyStr;

/// A raised exception: an owned reference to the exception object.
#[derive(Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// The builtin classes the interpreter needs by name.
#[derive(Debug, Clone, Copy, Default)]
pub struct Types {
    pub object: ObjKey,
    pub type_: ObjKey,
    pub int: ObjKey,
    pub float: ObjKey,
    pub bool_: ObjKey,
    pub str_: ObjKey,
    pub bytes: ObjKey,
    pub bytearray: ObjKey,
    pub complex: ObjKey,
    pub list: ObjKey,
    pub tuple: ObjKey,
    pub dict: ObjKey,
    pub set: ObjKey,
    pub frozenset: ObjKey,
    pub none: ObjKey,
    pub range: ObjKey,
    pub slice: ObjKey,
    pub function: ObjKey,
    pub builtin_fn: ObjKey,
    /// `list.append`: a builtin type's method, unbound.
    pub method_descriptor: ObjKey,
    /// `list.__len__`: a builtin type's dunder (`<slot wrapper …>`), and bound (`[].__len__`).
    pub wrapper_descriptor: ObjKey,
    pub method_wrapper: ObjKey,
    pub method: ObjKey,
    pub code: ObjKey,
    pub cell: ObjKey,
    pub generator: ObjKey,
    pub module: ObjKey,
    pub iterator: ObjKey,
    pub traceback: ObjKey,
    pub frame: ObjKey,
    pub it_enumerate: ObjKey,
    pub it_zip: ObjKey,
    pub it_map: ObjKey,
    pub it_filter: ObjKey,
    pub it_reversed: ObjKey,
    pub it_list_iterator: ObjKey,
    pub it_tuple_iterator: ObjKey,
    pub it_str_ascii_iterator: ObjKey,
    /// A str iterator over a string with non-ASCII characters (CPython's own type for it).
    pub it_str_iterator: ObjKey,
    pub it_bytes_iterator: ObjKey,
    pub it_bytearray_iterator: ObjKey,
    pub it_range_iterator: ObjKey,
    pub it_longrange_iterator: ObjKey,
    pub it_dict_keyiterator: ObjKey,
    pub it_dict_valueiterator: ObjKey,
    pub it_dict_itemiterator: ObjKey,
    pub it_set_iterator: ObjKey,
    pub it_list_reverseiterator: ObjKey,
    pub it_callable_iterator: ObjKey,
    pub property: ObjKey,
    pub staticmethod: ObjKey,
    pub classmethod: ObjKey,
    pub super_: ObjKey,
    pub dict_keys: ObjKey,
    pub mappingproxy: ObjKey,
    pub member_descriptor: ObjKey,
    pub getset_descriptor: ObjKey,
    pub dict_values: ObjKey,
    pub dict_items: ObjKey,
    pub not_implemented: ObjKey,
    pub ellipsis: ObjKey,
    pub file: ObjKey,
    pub weakref: ObjKey,
    pub base_exception: ObjKey,
    pub exception: ObjKey,
    pub type_error: ObjKey,
    pub value_error: ObjKey,
    pub name_error: ObjKey,
    pub unbound_local_error: ObjKey,
    pub attribute_error: ObjKey,
    pub index_error: ObjKey,
    pub key_error: ObjKey,
    pub zero_division_error: ObjKey,
    pub overflow_error: ObjKey,
    pub stop_iteration: ObjKey,
    pub runtime_error: ObjKey,
    pub recursion_error: ObjKey,
    pub assertion_error: ObjKey,
    pub not_implemented_error: ObjKey,
    pub import_error: ObjKey,
    pub module_not_found_error: ObjKey,
    pub keyboard_interrupt: ObjKey,
    pub system_exit: ObjKey,
    pub file_not_found_error: ObjKey,
    /// `io.UnsupportedOperation` (OSError and ValueError).
    pub unsupported_operation: ObjKey,
    pub memory_error: ObjKey,
    pub lookup_error: ObjKey,
    pub arithmetic_error: ObjKey,
    pub generator_exit: ObjKey,
    pub os_error: ObjKey,
    pub syntax_error: ObjKey,
    pub indentation_error: ObjKey,
    pub tab_error: ObjKey,
    pub eof_error: ObjKey,
    pub unicode_error: ObjKey,
    pub unicode_decode_error: ObjKey,
    pub unicode_encode_error: ObjKey,
}

impl Types {
    /// The builtin iterator types (each has `__iter__` and `__next__`).
    pub fn iterator_types(&self) -> [ObjKey; 19] {
        [
            self.it_enumerate,
            self.it_zip,
            self.it_map,
            self.it_filter,
            self.it_reversed,
            self.it_list_iterator,
            self.it_tuple_iterator,
            self.it_str_ascii_iterator,
            self.it_str_iterator,
            self.it_bytes_iterator,
            self.it_bytearray_iterator,
            self.it_range_iterator,
            self.it_longrange_iterator,
            self.it_dict_keyiterator,
            self.it_dict_valueiterator,
            self.it_dict_itemiterator,
            self.it_set_iterator,
            self.it_list_reverseiterator,
            self.it_callable_iterator,
        ]
    }
}

/// Names the interpreter looks up itself, interned once.
#[derive(Debug, Clone, Copy, Default)]
pub struct Names {
    pub init: Value,
    pub new: Value,
    pub annotations: Value,
    pub repr: Value,
    pub str_: Value,
    pub eq: Value,
    pub ne: Value,
    pub lt: Value,
    pub le: Value,
    pub gt: Value,
    pub ge: Value,
    pub hash: Value,
    pub len: Value,
    pub bool_: Value,
    pub getitem: Value,
    pub setitem: Value,
    pub delitem: Value,
    pub contains: Value,
    pub iter: Value,
    pub next: Value,
    pub call: Value,
    pub enter: Value,
    pub exit: Value,
    pub del: Value,
    pub name: Value,
    pub qualname: Value,
    pub module: Value,
    pub doc: Value,
    pub dict: Value,
    pub class: Value,
    pub classcell: Value,
    pub main: Value,
    pub builtins: Value,
    pub neg: Value,
    pub pos: Value,
    pub invert: Value,
    pub format: Value,
    pub index: Value,
    pub int_: Value,
    pub float_: Value,
    pub or: Value,
    pub ror: Value,
}

pub struct Vm {
    pub heap: Heap,
    /// Every frame's slots and operand stack, one after another; owned references.
    pub stack: Vec<Value>,
    pub types: Types,
    pub names: Names,
    pub builtins: Value,
    pub interned: FxHashMap<Box<str>, Value>,
    /// `sys.modules`: every imported module by name (a dict, owned).
    pub sys_modules: Value,
    /// `sys.path`: the folders imports search (a list of str, owned).
    pub sys_path: Value,
    /// Modules whose code is running (first import or reload), innermost last, with their
    /// namespaces (owned, as CPython's frame holds its globals).
    pub initializing: Vec<(String, Value)>,
    /// The exception being handled (`except` body) in the running frame's own exception state,
    /// or None; owned.
    pub handled: Value,
    /// The exception states of the generators' callers while the generators run (owned, one
    /// per running generator, outermost first): `sys.exc_info()` falls back on them, as
    /// CPython walks its chain of exception states.
    pub handled_below: Vec<Value>,
    /// The exception the unwinder last chained to the handled one (not counted; a versioned
    /// key): an exception gets its `__context__` once per raise, where it is raised, not again
    /// in each frame it leaves. A `raise` statement clears it.
    pub last_chained: Option<ObjKey>,
    /// CPython's recursion counter: Python frames (the module's too), builtin calls,
    /// `repr()`/`str()` and rich comparisons each count one level while they run.
    pub depth: u32,
    /// Builtin calls running that were entered at or over the limit. CPython would have
    /// raised RecursionError ("while calling a Python object") on entering them; Cellar lets a
    /// builtin that calls no Python code finish (as CPython's specialized calls to `len`,
    /// `isinstance`, `list.append` … do) and reports the builtin's message when something
    /// inside it hits the limit.
    pub native_over: u32,
    pub recursion_limit: u32,
    pub verify: bool,
    /// BaseExceptionGroup and ExceptionGroup are in builtins (loaded on first lookup).
    pub exception_groups_loaded: bool,
    /// Where printed text and reports go (vm/output.rs).
    pub out: output::Output,
    pub argv: Vec<String>,
    /// Depth of nested repr calls per container, to print `[...]` for self-references.
    pub repr_stack: Vec<ObjKey>,
    /// The running frames, innermost last.
    pub frames: Vec<eval::FrameRef>,
    /// Spare frames for inline calls, so a call allocates nothing and moves no frame.
    pub frame_pool: Vec<Box<eval::Frame>>,
    /// The Rust functions behind builtin function objects, which hold an index into it
    /// (`NativeObj::f`), and each function's index.
    pub natives: Vec<native::NativeFn>,
    native_ids: rustc_hash::FxHashMap<usize, u32>,
    /// The types that modules define natively (`operator.itemgetter`), with the constructor
    /// `Class(...)` calls and, for iterators, the next function `Vm::next` calls directly
    /// (`builtins/native_types.rs`).
    pub native_types: rustc_hash::FxHashMap<ObjKey, native::NativeType>,
    /// Those types by module and name (owned references: a type's code finds its companion
    /// types here, as `groupby` makes `_grouper`s, even after the module is gone).
    pub native_classes: rustc_hash::FxHashMap<(&'static str, &'static str), ObjKey>,
    /// `csv.field_size_limit()`: CPython keeps it per interpreter, and every reader reads it
    /// as it parses.
    pub csv_field_limit: i64,
    pub type_cache: cache::TypeCache,
    /// `special`'s answers (the lookup with the standing-in natives left out), invalidated
    /// with `type_cache`.
    pub special_cache: cache::TypeCache,
    /// The last type version tag handed out (`type_version.rs`).
    next_type_version: u64,
    /// `gc.callbacks` and `gc.garbage` (owned), once the gc module exists: the collector keeps
    /// using these lists even if the module attributes are rebound, as CPython does.
    pub gc_lists: Option<(Value, Value)>,
    /// What the verifier found at a checkpoint (`--verify`), for the front end to report.
    pub heap_problems: Option<Vec<String>>,
    /// The front end driving this interpreter (the notebook's shell), reached by its native
    /// functions (`get_ipython().run_line_magic`); taken out while one of them runs.
    pub host: Option<Box<dyn std::any::Any>>,
    /// References the front end owns (the output cache, the input history, the shell object),
    /// each with the name a user would type for it; the verifier counts them as roots.
    pub host_roots: Vec<(String, Value)>,
    /// The bytearrays and arrays memoryviews are exporting, each with a token every live view
    /// holds a clone of (`builtins/buffer.rs`): while one is held the object cannot resize.
    pub buffer_exports: FxHashMap<ObjKey, std::rc::Rc<()>>,
}

impl Vm {
    /// An interned string: one object per distinct text, owned by the intern table. Returns a
    /// borrowed value (incref it to keep it).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return *v;
        }
        let v = self.heap.alloc(Kind::Str(PyStr::new(s)));
        self.interned.insert(s.into(), v);
        v
    }

    /// A new complex object (owned).
    pub fn new_complex(&mut self, z: crate::numeric::complex::C) -> Value {
        self.heap.alloc(Kind::Complex(z))
    }

    /// The value of a complex (or complex subclass instance).
    pub fn complex_of(&self, v: Value) -> Option<crate::numeric::complex::C> {
        match self.heap.kind(self.unwrap_payload(v).as_obj()?) {
            Kind::Complex(z) => Some(*z),
            _ => None,
        }
    }

    /// A new bytes object (owned).
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.heap
            .alloc(Kind::Bytes(crate::objects::bytes::PyBytes::new(b)))
    }

    /// The data of a bytes or bytearray value, or of a subclass instance of either.
    pub fn bytes_of(&self, v: Value) -> Option<&[u8]> {
        match self.heap.kind(v.as_obj()?) {
            Kind::Bytes(b) => Some(&b.b),
            Kind::ByteArray(b) => Some(b),
            Kind::Instance(i) => match i.payload().as_ref() {
                Some(&p @ Value::Obj(_)) => self.bytes_of(p),
                _ => None,
            },
            _ => None,
        }
    }

    /// A new string object (owned).
    pub fn new_str(&mut self, s: impl Into<String>) -> Value {
        self.heap.alloc(Kind::Str(PyStr::new(s)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(Kind::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(Kind::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(Kind::Dict(Box::default()))
    }

    #[inline]
    pub fn incref(&mut self, v: Value) -> Value {
        self.heap.incref(v);
        v
    }

    #[inline]
    pub fn decref(&mut self, v: Value) {
        self.heap.decref(v);
    }

    /// The text of a str value, if it is one.
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(s) => Some(&s.s),
                // A str subclass instance is a str wherever one is read.
                Kind::Instance(i) => match i.payload().as_ref() {
                    Some(&p @ Value::Obj(_)) => self.str_of(p),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The class of any value.
    pub fn type_of(&self, v: Value) -> ObjKey {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => t.none,
            Value::NotImplemented => t.not_implemented,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Str(_) => t.str_,
                Kind::Bytes(_) => t.bytes,
                Kind::ByteArray(_) => t.bytearray,
                Kind::Complex(_) => t.complex,
                Kind::BigInt(_) => t.int,
                Kind::List(_) => t.list,
                Kind::Tuple(_) => t.tuple,
                Kind::Dict(_) => t.dict,
                Kind::Set(s) => {
                    if s.frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Kind::Range(_) | Kind::BigRange(_) => t.range,
                Kind::Slice(_) => t.slice,
                Kind::Function(_) => t.function,
                Kind::Code(_) => t.code,
                Kind::Class(c) => c.metaclass.unwrap_or(t.type_),
                Kind::Instance(i) => i.class,
                Kind::Exception(e) => e.class,
                Kind::BoundMethod(_) => t.method,
                Kind::Native(n) => match (n.slot, n.bound.is_undef(), n.owner) {
                    (true, true, _) => t.wrapper_descriptor,
                    (true, false, _) => t.method_wrapper,
                    (false, true, Value::Obj(_)) => t.method_descriptor,
                    _ => t.builtin_fn,
                },
                Kind::Cell(_) => t.cell,
                Kind::Generator(_) => t.generator,
                Kind::Frame(_) => t.frame,
                Kind::Traceback(_) => t.traceback,
                Kind::Module(_) => t.module,
                Kind::Iter(it) => self.iter_class(it),
                Kind::Property(_) => t.property,
                Kind::StaticMethod(_) => t.staticmethod,
                Kind::ClassMethod(_) => t.classmethod,
                Kind::Super(_) => t.super_,
                Kind::DictView(v) => match v.kind {
                    crate::heap::object::ViewKind::Keys => t.dict_keys,
                    crate::heap::object::ViewKind::Values => t.dict_values,
                    crate::heap::object::ViewKind::Items => t.dict_items,
                    crate::heap::object::ViewKind::Proxy => t.mappingproxy,
                },
                Kind::File(_) => t.file,
                Kind::Cleared => t.object,
                Kind::WeakRef(_) => t.weakref,
            },
        }
    }

    /// The class of an iterator object, named as CPython names it.
    fn iter_class(&self, it: &crate::heap::object::Iter) -> ObjKey {
        use crate::heap::object::{Iter, SeqOf, ViewKind};
        let t = &self.types;
        match it {
            Iter::Seq { of, .. } => match of {
                SeqOf::Tuple => t.it_tuple_iterator,
                SeqOf::Bytes => t.it_bytes_iterator,
                SeqOf::ByteArray => t.it_bytearray_iterator,
                SeqOf::List => t.it_list_iterator,
            },
            Iter::Str { s, .. } => match s.as_obj().map(|k| self.heap.kind(k)) {
                Some(Kind::Str(p)) if p.chars != p.s.len() => t.it_str_iterator,
                _ => t.it_str_ascii_iterator,
            },
            Iter::Range { .. } => t.it_range_iterator,
            Iter::BigRange(_) => t.it_longrange_iterator,
            Iter::Dict { what, .. } => match what {
                ViewKind::Keys | ViewKind::Proxy => t.it_dict_keyiterator,
                ViewKind::Values => t.it_dict_valueiterator,
                ViewKind::Items => t.it_dict_itemiterator,
            },
            Iter::Set { .. } => t.it_set_iterator,
            Iter::Reversed { .. } => t.it_list_reverseiterator,
            Iter::Enumerate { .. } => t.it_enumerate,
            Iter::Zip { .. } => t.it_zip,
            Iter::Map { .. } => t.it_map,
            Iter::Filter { .. } => t.it_filter,
            Iter::Callable { .. } => t.it_callable_iterator,
            Iter::GetItem { .. } => t.iterator,
        }
    }

    /// The `__name__` of a class.
    /// The type's name as CPython's messages give it (its `tp_name`): a type a module defines
    /// natively is named with its module (`'operator.itemgetter' object`).
    pub fn class_name(&self, class: ObjKey) -> String {
        match self.heap.kind(class) {
            Kind::Class(c)
                if c.c_named || (c.layout == Layout::Opaque && self.is_native_type(class)) =>
            {
                self.class_full_name(class)
            }
            Kind::Class(c) => self.str_of(c.name).unwrap_or("?").to_string(),
            _ => "?".into(),
        }
    }

    /// Whether `class` is a type a module defines in Rust (`native_types.rs`).
    pub fn is_native_type(&self, class: ObjKey) -> bool {
        self.native_types.contains_key(&class)
    }

    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.type_of(v))
    }

    pub fn class_layout(&self, class: ObjKey) -> Layout {
        match self.heap.kind(class) {
            Kind::Class(c) => c.layout,
            _ => Layout::Opaque,
        }
    }

    /// Whether `class` is `base` or derives from it.
    pub fn is_subclass(&self, class: ObjKey, base: ObjKey) -> bool {
        match self.heap.kind(class) {
            Kind::Class(c) => c.mro.contains(&base),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, class: ObjKey) -> bool {
        self.is_subclass(self.type_of(v), class)
    }

    pub fn flush_stdout(&mut self) {
        self.out.flush();
    }
}
