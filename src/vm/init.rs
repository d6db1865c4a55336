//! Building a fresh interpreter: the builtin classes and their method tables, the exception
//! hierarchy, the `builtins` namespace and the interned names the interpreter uses itself.

use rustc_hash::FxHashMap;

use super::native::NativeFn;
use super::{Names, Types, Vm};
use crate::heap::object::{Class, Kind, Layout, NativeObj};
use crate::heap::{Heap, ObjKey, Value};
use crate::objects::dict::Dict;

impl Vm {
    pub fn new() -> Vm {
        let mut vm = Vm {
            heap: Heap::new(),
            stack: Vec::with_capacity(1 << 16),
            types: Types::default(),
            names: Names::default(),
            builtins: Value::None,
            interned: FxHashMap::default(),
            sys_modules: Value::None,
            sys_path: Value::None,
            initializing: Vec::new(),
            handled: Value::None,
            handled_below: Vec::new(),
            last_chained: None,
            depth: 0,
            native_over: 0,
            recursion_limit: 1000,
            verify: false,
            exception_groups_loaded: false,
            out: super::output::Output::default(),
            argv: Vec::new(),
            repr_stack: Vec::new(),
            frames: Vec::new(),
            frame_pool: Vec::new(),
            natives: Vec::new(),
            native_ids: Default::default(),
            native_types: Default::default(),
            native_classes: Default::default(),
            csv_field_limit: crate::objects::csv_dialect::DEFAULT_FIELD_LIMIT,
            buffer_exports: Default::default(),
            type_cache: Default::default(),
            special_cache: Default::default(),
            next_type_version: 0,
            gc_lists: None,
            heap_problems: None,
            host: None,
            host_roots: Vec::new(),
        };
        vm.heap.needs_finalizer = Some(super::attr::needs_finalizer);
        vm.init_names();
        vm.init_types();
        vm.builtins = vm.new_dict();
        vm.sys_modules = vm.new_dict();
        vm.sys_path = vm.python_path();
        crate::builtins::install(&mut vm);
        vm.heap.stamp_all_as_startup();
        vm
    }

    fn init_names(&mut self) {
        let mut n = Names::default();
        macro_rules! names {
            ($($field:ident = $text:literal),* $(,)?) => {
                $( n.$field = self.intern($text); )*
            };
        }
        names!(
            init = "__init__",
            new = "__new__",
            annotations = "__annotations__",
            or = "__or__",
            ror = "__ror__",
            repr = "__repr__",
            str_ = "__str__",
            eq = "__eq__",
            ne = "__ne__",
            lt = "__lt__",
            le = "__le__",
            gt = "__gt__",
            ge = "__ge__",
            hash = "__hash__",
            len = "__len__",
            bool_ = "__bool__",
            getitem = "__getitem__",
            setitem = "__setitem__",
            delitem = "__delitem__",
            contains = "__contains__",
            iter = "__iter__",
            next = "__next__",
            call = "__call__",
            enter = "__enter__",
            exit = "__exit__",
            del = "__del__",
            name = "__name__",
            qualname = "__qualname__",
            module = "__module__",
            doc = "__doc__",
            dict = "__dict__",
            class = "__class__",
            classcell = "__classcell__",
            main = "__main__",
            builtins = "builtins",
            neg = "__neg__",
            pos = "__pos__",
            invert = "__invert__",
            format = "__format__",
            index = "__index__",
            int_ = "__int__",
            float_ = "__float__",
        );
        self.names = n;
    }

    /// A new class object (owned by the caller): `base` is referenced, the mro is the chain.
    pub fn make_class(&mut self, name: &str, base: Option<ObjKey>, layout: Layout) -> ObjKey {
        let name_v = self.intern(name);
        self.heap.incref(name_v);
        self.heap.incref(name_v);
        let mut mro = Vec::new();
        if let Some(b) = base {
            self.heap.incref(Value::Obj(b));
            if let Kind::Class(c) = self.heap.kind(b) {
                mro.extend(c.mro.iter().copied());
            }
        }
        let module = self.intern("builtins");
        self.heap.incref(module);
        let v = self.heap.alloc(Kind::Class(Box::new(Class {
            name: name_v,
            qualname: name_v,
            base,
            bases: base.into_iter().collect(),
            mro: Vec::new(),
            dict: Dict::new(),
            layout,
            module,
            has_del: false,
            builtin: true,
            hooks: 0,
            version: 0,
            dictless: false,
            slots: Vec::new(),
            weakref: false,
            metaclass: None,
            subclasses: Vec::new(),
            c_named: false,
        })));
        let k = v.as_obj().expect("a class object");
        mro.insert(0, k);
        if let Kind::Class(c) = self.heap.kind_mut(k) {
            c.mro = mro;
        }
        self.link_subclass(k);
        k
    }

    fn init_types(&mut self) {
        let object = self.make_class("object", None, Layout::Object);
        let o = Some(object);
        let mut t = Types {
            object,
            type_: self.make_class("type", o, Layout::Type),
            int: self.make_class("int", o, Layout::Int),
            float: self.make_class("float", o, Layout::Float),
            str_: self.make_class("str", o, Layout::Str),
            bytes: self.make_class("bytes", o, Layout::Bytes),
            bytearray: self.make_class("bytearray", o, Layout::ByteArray),
            complex: self.make_class("complex", o, Layout::Complex),
            list: self.make_class("list", o, Layout::List),
            tuple: self.make_class("tuple", o, Layout::Tuple),
            dict: self.make_class("dict", o, Layout::Dict),
            set: self.make_class("set", o, Layout::Set),
            frozenset: self.make_class("frozenset", o, Layout::FrozenSet),
            none: self.make_class("NoneType", o, Layout::NoneType),
            range: self.make_class("range", o, Layout::Range),
            slice: self.make_class("slice", o, Layout::Opaque),
            function: self.make_class("function", o, Layout::Opaque),
            builtin_fn: self.make_class("builtin_function_or_method", o, Layout::Opaque),
            method_descriptor: self.make_class("method_descriptor", o, Layout::Opaque),
            wrapper_descriptor: self.make_class("wrapper_descriptor", o, Layout::Opaque),
            method_wrapper: self.make_class("method-wrapper", o, Layout::Opaque),
            method: self.make_class("method", o, Layout::Opaque),
            code: self.make_class("code", o, Layout::Opaque),
            cell: self.make_class("cell", o, Layout::Opaque),
            generator: self.make_class("generator", o, Layout::Opaque),
            module: self.make_class("module", o, Layout::Opaque),
            iterator: self.make_class("iterator", o, Layout::Opaque),
            traceback: self.make_class("traceback", o, Layout::Opaque),
            frame: self.make_class("frame", o, Layout::Opaque),
            it_enumerate: self.make_class("enumerate", o, Layout::Opaque),
            it_zip: self.make_class("zip", o, Layout::Opaque),
            it_map: self.make_class("map", o, Layout::Opaque),
            it_filter: self.make_class("filter", o, Layout::Opaque),
            it_reversed: self.make_class("reversed", o, Layout::Opaque),
            it_list_iterator: self.make_class("list_iterator", o, Layout::Opaque),
            it_tuple_iterator: self.make_class("tuple_iterator", o, Layout::Opaque),
            it_str_ascii_iterator: self.make_class("str_ascii_iterator", o, Layout::Opaque),
            it_str_iterator: self.make_class("str_iterator", o, Layout::Opaque),
            it_bytes_iterator: self.make_class("bytes_iterator", o, Layout::Opaque),
            it_bytearray_iterator: self.make_class("bytearray_iterator", o, Layout::Opaque),
            it_range_iterator: self.make_class("range_iterator", o, Layout::Opaque),
            it_longrange_iterator: self.make_class("longrange_iterator", o, Layout::Opaque),
            it_dict_keyiterator: self.make_class("dict_keyiterator", o, Layout::Opaque),
            it_dict_valueiterator: self.make_class("dict_valueiterator", o, Layout::Opaque),
            it_dict_itemiterator: self.make_class("dict_itemiterator", o, Layout::Opaque),
            it_set_iterator: self.make_class("set_iterator", o, Layout::Opaque),
            it_list_reverseiterator: self.make_class("list_reverseiterator", o, Layout::Opaque),
            it_callable_iterator: self.make_class("callable_iterator", o, Layout::Opaque),
            property: self.make_class("property", o, Layout::Opaque),
            staticmethod: self.make_class("staticmethod", o, Layout::Opaque),
            classmethod: self.make_class("classmethod", o, Layout::Opaque),
            super_: self.make_class("super", o, Layout::Opaque),
            dict_keys: self.make_class("dict_keys", o, Layout::Opaque),
            mappingproxy: self.make_class("mappingproxy", o, Layout::Opaque),
            member_descriptor: self.make_class("member_descriptor", o, Layout::Object),
            getset_descriptor: self.make_class("getset_descriptor", o, Layout::Object),
            dict_values: self.make_class("dict_values", o, Layout::Opaque),
            dict_items: self.make_class("dict_items", o, Layout::Opaque),
            not_implemented: self.make_class("NotImplementedType", o, Layout::Opaque),
            ellipsis: self.make_class("ellipsis", o, Layout::Opaque),
            file: self.make_class("TextIOWrapper", o, Layout::Opaque),
            weakref: self.make_class("ReferenceType", o, Layout::Opaque),
            ..Types::default()
        };
        t.bool_ = self.make_class("bool", Some(t.int), Layout::Bool);
        let e = |vm: &mut Vm, name: &str, base: ObjKey| {
            vm.make_class(name, Some(base), Layout::Exception)
        };
        t.base_exception = e(self, "BaseException", object);
        t.exception = e(self, "Exception", t.base_exception);
        t.generator_exit = e(self, "GeneratorExit", t.base_exception);
        t.keyboard_interrupt = e(self, "KeyboardInterrupt", t.base_exception);
        t.system_exit = e(self, "SystemExit", t.base_exception);
        t.arithmetic_error = e(self, "ArithmeticError", t.exception);
        t.overflow_error = e(self, "OverflowError", t.arithmetic_error);
        t.zero_division_error = e(self, "ZeroDivisionError", t.arithmetic_error);
        t.assertion_error = e(self, "AssertionError", t.exception);
        t.attribute_error = e(self, "AttributeError", t.exception);
        t.import_error = e(self, "ImportError", t.exception);
        t.module_not_found_error = e(self, "ModuleNotFoundError", t.import_error);
        t.lookup_error = e(self, "LookupError", t.exception);
        t.index_error = e(self, "IndexError", t.lookup_error);
        t.key_error = e(self, "KeyError", t.lookup_error);
        t.memory_error = e(self, "MemoryError", t.exception);
        t.name_error = e(self, "NameError", t.exception);
        t.unbound_local_error = e(self, "UnboundLocalError", t.name_error);
        t.os_error = e(self, "OSError", t.exception);
        t.file_not_found_error = e(self, "FileNotFoundError", t.os_error);
        t.eof_error = e(self, "EOFError", t.exception);
        t.syntax_error = e(self, "SyntaxError", t.exception);
        t.indentation_error = e(self, "IndentationError", t.syntax_error);
        t.tab_error = e(self, "TabError", t.indentation_error);
        t.runtime_error = e(self, "RuntimeError", t.exception);
        t.not_implemented_error = e(self, "NotImplementedError", t.runtime_error);
        t.recursion_error = e(self, "RecursionError", t.runtime_error);
        t.stop_iteration = e(self, "StopIteration", t.exception);
        t.type_error = e(self, "TypeError", t.exception);
        t.value_error = e(self, "ValueError", t.exception);
        t.unicode_error = e(self, "UnicodeError", t.value_error);
        t.unicode_decode_error = e(self, "UnicodeDecodeError", t.unicode_error);
        t.unicode_encode_error = e(self, "UnicodeEncodeError", t.unicode_error);
        // io.UnsupportedOperation(OSError, ValueError): one base in `base`, both in the MRO
        // (which is what `except` and isinstance consult), as C3 orders them.
        t.unsupported_operation = e(self, "UnsupportedOperation", t.os_error);
        let io = self.intern("io");
        let (ve, exc) = (t.value_error, t.exception);
        if let Kind::Class(c) = self.heap.kind_mut(t.unsupported_operation) {
            let at = c.mro.iter().position(|&k| k == exc).unwrap_or(c.mro.len());
            c.mro.insert(at, ve);
            let old = std::mem::replace(&mut c.module, io);
            self.heap.incref(io);
            self.heap.decref(old);
        }
        let weakref = self.intern("weakref");
        if let Kind::Class(c) = self.heap.kind_mut(t.weakref) {
            let old = std::mem::replace(&mut c.module, weakref);
            c.c_named = true;
            self.heap.incref(weakref);
            self.heap.decref(old);
        }
        self.types = t;
    }

    /// Every builtin class, with the name it has in `builtins` (None: not a builtin name).
    pub fn builtin_classes(&self) -> Vec<(ObjKey, bool)> {
        let t = self.types;
        let public = [
            t.object,
            t.type_,
            t.int,
            t.float,
            t.bool_,
            t.str_,
            t.bytes,
            t.bytearray,
            t.complex,
            t.list,
            t.tuple,
            t.dict,
            t.set,
            t.frozenset,
            t.range,
            t.slice,
            t.property,
            t.staticmethod,
            t.classmethod,
            t.super_,
            t.base_exception,
            t.exception,
            t.generator_exit,
            t.keyboard_interrupt,
            t.system_exit,
            t.arithmetic_error,
            t.overflow_error,
            t.zero_division_error,
            t.assertion_error,
            t.attribute_error,
            t.import_error,
            t.module_not_found_error,
            t.lookup_error,
            t.index_error,
            t.key_error,
            t.memory_error,
            t.name_error,
            t.unbound_local_error,
            t.os_error,
            t.eof_error,
            t.file_not_found_error,
            t.syntax_error,
            t.indentation_error,
            t.tab_error,
            t.runtime_error,
            t.not_implemented_error,
            t.recursion_error,
            t.stop_iteration,
            t.type_error,
            t.value_error,
            t.unicode_error,
            t.unicode_decode_error,
            t.unicode_encode_error,
        ];
        let private = [
            t.none,
            t.function,
            t.builtin_fn,
            t.method_descriptor,
            t.wrapper_descriptor,
            t.method_wrapper,
            t.method,
            t.code,
            t.cell,
            t.generator,
            t.module,
            t.iterator,
            t.traceback,
            t.frame,
        ]
        .into_iter()
        .chain(t.iterator_types())
        .chain([
            t.dict_keys,
            t.mappingproxy,
            t.member_descriptor,
            t.getset_descriptor,
            t.dict_values,
            t.dict_items,
            t.not_implemented,
            t.ellipsis,
            t.file,
            t.weakref,
            t.unsupported_operation,
        ])
        .collect::<Vec<_>>();
        public
            .iter()
            .map(|k| (*k, true))
            .chain(private.iter().map(|k| (*k, false)))
            .collect()
    }

    /// `f`'s index in the table of natives (added the first time).
    fn native_id(&mut self, f: NativeFn) -> crate::objects::native::NativeId {
        let next = self.natives.len() as u32;
        let id = *self.native_ids.entry(f as usize).or_insert(next);
        if id == next {
            self.natives.push(f);
        }
        crate::objects::native::NativeId(id)
    }

    /// A builtin function object (owned).
    pub fn new_native(&mut self, name: &'static str, f: NativeFn, owner: Value) -> Value {
        let owner_name = crate::builtins::signatures::owner_name(self, owner);
        self.new_native_in(&owner_name, name, f, owner)
    }

    /// A builtin function whose signature is filed under `owner_name` (a module's name).
    pub fn new_native_in(
        &mut self,
        owner_name: &str,
        name: &'static str,
        f: NativeFn,
        owner: Value,
    ) -> Value {
        self.heap.incref(owner);
        let sig = crate::builtins::signatures::lookup(owner_name, name);
        let checked = owner_name.is_empty()
            && matches!(
                name,
                "abs"
                    | "all"
                    | "any"
                    | "ascii"
                    | "bin"
                    | "callable"
                    | "chr"
                    | "hash"
                    | "hex"
                    | "id"
                    | "oct"
                    | "ord"
                    | "repr"
                    | "print"
                    | "sorted"
                    | "min"
                    | "max"
            );
        let f = self.native_id(f);
        self.heap.alloc(Kind::Native(Box::new(NativeObj {
            name,
            f,
            bound: Value::Undef,
            owner,
            sig,
            checked,
            doc: crate::builtins::native_docs::lookup(owner_name, name),
            slot: false,
            stands_in: false,
        })))
    }

    /// Installs builtin methods in a class's namespace.
    pub fn add_methods(&mut self, class: ObjKey, methods: &[(&'static str, NativeFn)]) {
        for (name, f) in methods {
            let func = self.new_native(name, *f, Value::Obj(class));
            let key = self.intern(name);
            self.class_dict_set(class, key, func);
        }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
