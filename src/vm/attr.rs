//! Attributes: lookup along the class's mro, instance namespaces, descriptors (functions become
//! bound methods; property, staticmethod, classmethod), `setattr`/`delattr`, building classes
//! from their bodies, and the string-keyed namespace helpers everything here uses.

use super::native::Kwargs;
use super::{PyErr, PyResult, Vm};
use crate::heap::object::{
    BoundMethod, Class, Kind, Layout, NativeObj, Object, SuperObj, HOOK_GETATTR, HOOK_GETATTRIBUTE,
    HOOK_SETATTR,
};
use crate::heap::{Heap, ObjKey, Value};
use crate::objects::dict::Dict;

/// Whether a dying object must have its `__del__` called, or as a suspended generator be
/// closed, first (installed into the heap).
pub fn needs_finalizer(heap: &Heap, o: &Object) -> bool {
    let class = match &o.kind {
        Kind::Instance(i) => i.class,
        Kind::Exception(e) => e.class,
        Kind::Generator(g) => return super::generators::needs_close(g),
        _ => return false,
    };
    matches!(heap.kind(class), Kind::Class(c) if c.has_del)
}

fn str_hash(heap: &Heap, key: Value) -> i64 {
    match key {
        Value::Obj(k) => match heap.kind(k) {
            Kind::Str(s) => s.hash(),
            _ => 0,
        },
        _ => 0,
    }
}

fn str_eq(heap: &Heap, a: Value, b: Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (heap.kind(x), heap.kind(y)) {
            (Kind::Str(p), Kind::Str(q)) => p.s == q.s,
            _ => false,
        },
        _ => false,
    }
}

/// Finds a str key in a namespace dict (keys of namespaces are always strings).
pub fn ns_find(heap: &Heap, d: &Dict, key: Value) -> Option<usize> {
    ns_find_hashed(heap, d, str_hash(heap, key), key)
}

fn ns_find_hashed(heap: &Heap, d: &Dict, h: i64, key: Value) -> Option<usize> {
    d.find::<()>(h, |k| Ok(str_eq(heap, k, key)))
        .unwrap_or(None)
}

pub fn ns_get(heap: &Heap, d: &Dict, key: Value) -> Option<Value> {
    ns_find(heap, d, key)
        .and_then(|i| d.entry_at(i))
        .map(|e| e.value)
}

impl Vm {
    /// The namespace dict held inside an object, if it has one.
    pub fn namespace(&self, k: ObjKey) -> Option<&Dict> {
        match self.heap.kind(k) {
            Kind::Dict(d) => Some(d),
            Kind::Class(c) => Some(&c.dict),
            Kind::Instance(i) => match i.dict_obj {
                Some(d) => self.namespace(self.dict_storage(d)),
                None => Some(&i.dict),
            },
            Kind::Exception(e) => Some(&e.dict),
            _ => None,
        }
    }

    pub fn namespace_mut(&mut self, k: ObjKey) -> Option<&mut Dict> {
        match self.heap.kind(k) {
            Kind::Instance(i) => {
                if let Some(d) = i.dict_obj {
                    return self.namespace_mut(self.dict_storage(d));
                }
            }
            // The class's lookups, and its subclasses', may answer differently now.
            Kind::Class(_) => self.type_modified(k),
            _ => {}
        }
        match self.heap.kind_mut(k) {
            Kind::Dict(d) => Some(d),
            Kind::Class(c) => Some(&mut c.dict),
            Kind::Instance(i) => Some(&mut i.dict),
            Kind::Exception(e) => Some(&mut e.dict),
            _ => None,
        }
    }

    /// Where an instance's `__dict__` object keeps its entries: the dict itself, or the
    /// builtin dict inside a dict subclass assigned as `__dict__`.
    fn dict_storage(&self, d: ObjKey) -> ObjKey {
        match self.heap.kind(d) {
            Kind::Instance(i) => match i.payload().as_ref() {
                Some(Value::Obj(p)) => *p,
                _ => d,
            },
            _ => d,
        }
    }

    /// `obj.__dict__ = value` (owned) or `del obj.__dict__` (None): the instance's attributes
    /// are replaced by the dict (shared, not copied), as CPython's instance dict setter.
    pub(super) fn assign_instance_dict(&mut self, k: ObjKey, value: Option<Value>) -> PyResult<()> {
        let new = match value {
            None => None,
            Some(v) => {
                let is_dict = matches!(v, Value::Obj(d)
                    if matches!(self.heap.kind(self.dict_storage(d)), Kind::Dict(_)));
                if !is_dict {
                    let t = self.type_name(v);
                    self.heap.decref(v);
                    return Err(self
                        .type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
                }
                v.as_obj()
            }
        };
        let Kind::Instance(i) = self.heap.kind_mut(k) else {
            return Ok(());
        };
        let inline = std::mem::take(&mut i.dict);
        let old = std::mem::replace(&mut i.dict_obj, new);
        for e in inline.iter() {
            self.heap.decref(e.key);
            self.heap.decref(e.value);
        }
        if let Some(o) = old {
            self.heap.decref(Value::Obj(o));
        }
        Ok(())
    }

    /// A borrowed value from a namespace by (interned or not) str key.
    pub fn ns_lookup(&self, owner: ObjKey, key: Value) -> Option<Value> {
        let d = self.namespace(owner)?;
        ns_get(&self.heap, d, key)
    }

    /// Stores into a namespace: takes ownership of `value`; the key is borrowed (increfed if new).
    pub fn ns_set(&mut self, owner: ObjKey, key: Value, value: Value) {
        let h = str_hash(&self.heap, key);
        if let Kind::Dict(d) = self.heap.kind(owner) {
            // Globals and plain dicts: the store every module-level assignment makes.
            let found = ns_find_hashed(&self.heap, d, h, key);
            self.dict_ns_store(owner, found, h, key, value);
            self.heap.dict_stored(owner, key, value);
            return;
        }
        let found = self
            .namespace(owner)
            .and_then(|d| ns_find_hashed(&self.heap, d, h, key));
        match found {
            Some(i) => {
                let d = self.namespace_mut(owner).expect("namespace");
                let old = std::mem::replace(&mut d.entry_at_mut(i).value, value);
                self.heap.decref(old);
            }
            None => {
                self.heap.incref(key);
                if let Some(d) = self.namespace_mut(owner) {
                    d.push_new(h, key, value);
                }
            }
        }
    }

    fn dict_ns_store(&mut self, d: ObjKey, at: Option<usize>, h: i64, key: Value, value: Value) {
        if at.is_none() {
            self.heap.incref(key);
        }
        let Kind::Dict(d) = self.heap.kind_mut(d) else {
            return;
        };
        let old = match at {
            Some(i) => std::mem::replace(&mut d.entry_at_mut(i).value, value),
            None => {
                d.push_new(h, key, value);
                return;
            }
        };
        self.heap.decref(old);
    }

    /// Removes a key from a namespace; false if absent.
    pub fn ns_del(&mut self, owner: ObjKey, key: Value) -> bool {
        let found = self
            .namespace(owner)
            .and_then(|d| ns_find(&self.heap, d, key));
        match found {
            Some(i) => {
                let (k, v) = self.namespace_mut(owner).expect("namespace").remove_at(i);
                self.heap.decref(k);
                self.heap.decref(v);
                true
            }
            None => false,
        }
    }

    pub fn class_dict_set(&mut self, class: ObjKey, key: Value, value: Value) {
        self.ns_set(class, key, value);
        // A builtin type's dict also changes after startup (a module adding methods when
        // first imported): no cached lookup may keep the old answer.
        self.type_cache.invalidate();
        self.special_cache.invalidate();
    }

    /// Looks `name` up along a class's mro: a borrowed value. Answers come from the type
    /// cache while no class dict has changed.
    #[inline]
    pub fn class_lookup(&self, class: ObjKey, name: Value) -> Option<Value> {
        if let Some(found) = self.type_cache.get(class, name) {
            return found;
        }
        let found = self.class_lookup_uncached(class, name);
        self.type_cache.put(class, name, found);
        found
    }

    fn class_lookup_uncached(&self, class: ObjKey, name: Value) -> Option<Value> {
        let Kind::Class(c) = self.heap.kind(class) else {
            return None;
        };
        for &k in &c.mro {
            if let Kind::Class(cls) = self.heap.kind(k) {
                if let Some(v) = ns_get(&self.heap, &cls.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Looks a special method up on the type of `v` (never the instance), borrowed.
    /// A builtin type's own dunder counts as absent: the interpreter's own operation is what
    /// it would run, so callers fall back to that directly.
    pub fn special(&self, v: Value, name: Value) -> Option<Value> {
        let t = self.type_of(v);
        if let Some(found) = self.special_cache.get(t, name) {
            return found;
        }
        let found = self
            .class_lookup(t, name)
            .filter(|f| !self.stands_in_for(t, *f, name));
        self.special_cache.put(t, name, found);
        found
    }

    /// Whether `f`, found under `name` on type `t`, is a builtin type's own dunder of that
    /// name in that type's own dict. One stored under another name (`__str__ =
    /// int.__repr__`) or copied into a class (`__repr__ = object.__repr__` in a list
    /// subclass) must be called: the interpreter's operation would do something else.
    fn stands_in_for(&self, t: ObjKey, f: Value, name: Value) -> bool {
        let Some(Kind::Native(n)) = f.as_obj().map(|k| self.heap.kind(k)) else {
            return false;
        };
        if !n.stands_in || self.str_of(name) != Some(n.name) {
            return false;
        }
        let Kind::Class(c) = self.heap.kind(t) else {
            return false;
        };
        let found_in = c.mro.iter().copied().find(|&k| {
            matches!(self.heap.kind(k), Kind::Class(cls) if ns_get(&self.heap, &cls.dict, name).is_some())
        });
        found_in.is_some_and(|k| n.owner.is(Value::Obj(k)))
    }

    /// Whether the class of `v` is a user class (or derives from one) defining `name`.
    pub fn user_special(&self, v: Value, name: Value) -> Option<Value> {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Instance(_) | Kind::Exception(_) => self.special(v, name),
                // A class whose metaclass defines the operation (`len(C)`, `C[k]`).
                Kind::Class(c) if c.metaclass.is_some() => self.special(v, name),
                // `int | None` (PEP 604): type's own `__or__`/`__ror__`.
                Kind::Class(_) if name.is(self.names.or) || name.is(self.names.ror) => {
                    self.special(v, name)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Binds a function found on a class to a receiver, as attribute access does (owned).
    pub fn bind(&mut self, attr: Value, receiver: Value, class: ObjKey) -> PyResult<Value> {
        let Value::Obj(k) = attr else {
            return Ok(attr);
        };
        match self.heap.kind(k) {
            Kind::Function(_) => {
                self.heap.incref(attr);
                self.heap.incref(receiver);
                Ok(self.heap.alloc(Kind::BoundMethod(Box::new(BoundMethod {
                    func: attr,
                    receiver,
                }))))
            }
            Kind::Native(n) if n.bound.is_undef() && !n.owner.is(Value::None) => {
                let (name, f, owner, sig, doc) = (n.name, n.f, n.owner, n.sig, n.doc);
                let (slot, stands_in) = (n.slot, n.stands_in);
                self.heap.incref(receiver);
                self.heap.incref(owner);
                Ok(self.heap.alloc(Kind::Native(Box::new(NativeObj {
                    name,
                    f,
                    bound: receiver,
                    owner,
                    sig,
                    checked: false,
                    doc,
                    slot,
                    stands_in,
                }))))
            }
            Kind::StaticMethod(inner) => {
                let inner = *inner;
                Ok(self.incref(inner))
            }
            Kind::ClassMethod(inner) => {
                let inner = *inner;
                self.heap.incref(inner);
                self.heap.incref(Value::Obj(class));
                Ok(self.heap.alloc(Kind::BoundMethod(Box::new(BoundMethod {
                    func: inner,
                    receiver: Value::Obj(class),
                }))))
            }
            Kind::Property(p) => {
                let fget = p.fget;
                if fget.is(Value::None) {
                    return Err(self.attribute_error("unreadable attribute".into()));
                }
                self.call(fget, &[receiver])
            }
            _ => Ok(self.incref(attr)),
        }
    }

    /// `obj.name` (owned result).
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&mut self, obj: Value, name: Value) -> PyErr {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let msg = match obj {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Module(m) => {
                    let mn = self.str_of(m.name).unwrap_or("?");
                    if self.initializing.iter().any(|(i, _)| i == mn) {
                        format!("partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)")
                    } else {
                        format!("module '{mn}' has no attribute '{n}'")
                    }
                }
                // type's getset for it says only the name.
                Kind::Class(_) if n == "__abstractmethods__" => n.clone(),
                Kind::Class(c) => {
                    let cn = self.str_of(c.name).unwrap_or("?");
                    format!("type object '{cn}' has no attribute '{n}'")
                }
                _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        let suggestion = self.attr_suggestion(obj, &n);
        let e = self.attribute_error(msg);
        if let (Some(s), Value::Obj(k)) = (suggestion, e.0) {
            if let Kind::Exception(x) = self.heap.kind_mut(k) {
                x.suggestion = Some(s);
            }
        }
        e
    }

    /// CPython's offer_suggestions_for_attribute_error: the closest of `dir(obj)`.
    fn attr_suggestion(&self, obj: Value, name: &str) -> Option<String> {
        let names = self.dir_names(obj);
        super::exc::best_suggestion(name, names.iter().map(String::as_str))
    }

    /// `dir(obj)` for an object without its own `__dir__`: its own names, those of its
    /// class's mro and what every object inherits, sorted.
    pub fn dir_names(&self, obj: Value) -> Vec<String> {
        // Where the object's own names live, and whose mro supplies the rest.
        let (own_ns, mro_of) = match obj {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Module(m) => (m.dict.as_obj(), None),
                Kind::Class(_) => (None, Some(k)),
                Kind::Instance(_) | Kind::Exception(_) => (Some(k), Some(self.type_of(obj))),
                _ => (None, Some(self.type_of(obj))),
            },
            _ => (None, Some(self.type_of(obj))),
        };
        let mut names: Vec<String> = Vec::new();
        let mut add_keys = |vm: &Vm, ns: Option<&crate::objects::dict::Dict>| {
            for e in ns.into_iter().flat_map(|d| d.iter()) {
                if let Some(s) = vm.str_of(e.key) {
                    names.push(s.to_string());
                }
            }
        };
        add_keys(self, own_ns.and_then(|d| self.namespace(d)));
        let classes: Vec<ObjKey> = match mro_of.map(|c| self.heap.kind(c)) {
            Some(Kind::Class(c)) => c.mro.clone(),
            _ => Vec::new(),
        };
        for &c in &classes {
            add_keys(self, self.namespace(c));
        }
        let user_class = classes.iter().any(|c| match self.heap.kind(*c) {
            Kind::Class(cl) => !cl.builtin && self.str_of(cl.module) != Some("builtins"),
            _ => false,
        });
        if !classes.is_empty() {
            names.extend(OBJECT_ATTRS.iter().map(|s| s.to_string()));
        }
        if user_class {
            names.extend(["__dict__", "__module__", "__weakref__"].map(String::from));
        }
        names.sort();
        names.dedup();
        names
    }

    /// `obj.name`, or None when it is missing or a `__getattr__` raised AttributeError for
    /// it (CPython's `_PyObject_LookupAttr`); other errors propagate.
    pub fn lookup_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match self.getattr_opt(obj, name) {
            Err(e) if self.isinstance(e.0, self.types.attribute_error) => {
                self.heap.decref(e.0);
                Ok(None)
            }
            r => r,
        }
    }

    /// `obj.name`, or None when there is no such attribute (other errors propagate).
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.plain_instance_load(obj, name) {
            return Ok(Some(v));
        }
        let class = self.type_of(obj);
        if let Value::Obj(k) = obj {
            match self.heap.kind(k) {
                Kind::Class(_) => {
                    let r = self.class_getattr(k, name);
                    return self.class_getattr_hook(class, obj, name, r);
                }
                Kind::Module(m) => {
                    let (d, module_name) = (m.dict, m.name);
                    if let Some(v) = d.as_obj().and_then(|d| self.ns_lookup(d, name)) {
                        return Ok(Some(self.incref(v)));
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(Some(v));
                    }
                    if d.is(self.builtins) {
                        if let Some(v) = self.lazy_builtin(name) {
                            return Ok(Some(self.incref(v)));
                        }
                    }
                    if self.str_of(module_name) == Some("sys") {
                        let n = self.str_of(name).unwrap_or("").to_string();
                        let found = d
                            .as_obj()
                            .and_then(|dk| crate::builtins::sys::lazy_attribute(self, dk, &n));
                        if let Some(v) = found {
                            return Ok(Some(self.incref(v)));
                        }
                    }
                    // module.__annotations__ is made {} in the module's dict on first request.
                    if let (true, Some(dk)) = (name.is(self.names.annotations), d.as_obj()) {
                        let a = self.new_dict();
                        self.heap.incref(a);
                        self.ns_set(dk, name, a);
                        return Ok(Some(a));
                    }
                    // PEP 562: the module's own `__getattr__` answers names it lacks.
                    let hook = self.intern("__getattr__");
                    let Some(f) = d.as_obj().and_then(|d| self.ns_lookup(d, hook)) else {
                        // The methods every object has (`__reduce_ex__`, `__sizeof__`, …).
                        if let Some(f) = self.class_lookup(class, name) {
                            return self.bind(f, obj, class).map(Some);
                        }
                        return Ok(None);
                    };
                    return self.call(f, &[name]).map(Some);
                }
                Kind::Super(s) => {
                    let (start, receiver) = (s.class, s.receiver);
                    return self.super_getattr(start, receiver, name);
                }
                // staticmethod and classmethod show their function's name, docs and
                // annotations, and the function as `__wrapped__` (CPython copies them).
                Kind::StaticMethod(f) | Kind::ClassMethod(f) => {
                    let func = *f;
                    match self.str_of(name) {
                        Some("__wrapped__") => return Ok(Some(self.incref(func))),
                        Some(
                            "__name__" | "__qualname__" | "__doc__" | "__annotations__"
                            | "__module__",
                        ) => return self.getattr_opt(func, name),
                        _ => {}
                    }
                }
                // A bound method passes what it lacks to its function (`m.__name__`,
                // `m.cache_info` of an lru_cache-wrapped method).
                Kind::BoundMethod(m) => {
                    let func = m.func;
                    if name.is(self.names.doc) {
                        return self.getattr_opt(func, name);
                    }
                    if let Some(v) = self.generic_getattr_of(obj, class, name)? {
                        return Ok(Some(v));
                    }
                    return self.getattr_opt(func, name);
                }
                _ => {}
            }
        }
        let hooks = self.class_hooks(class);
        if hooks & (HOOK_GETATTRIBUTE | HOOK_GETATTR) != 0 {
            return self.hooked_getattr(obj, name, hooks);
        }
        self.generic_getattr_of(obj, class, name)
    }

    /// The common `o.x`: an instance whose class has no `__getattribute__`/`__getattr__` and no
    /// attribute of that name, holding `x` itself. Its value (owned), or None for the full
    /// protocol.
    fn plain_instance_load(&mut self, obj: Value, name: Value) -> Option<Value> {
        let Value::Obj(k) = obj else { return None };
        let Kind::Instance(i) = self.heap.kind(k) else {
            return None;
        };
        let class = i.class;
        match self.heap.kind(class) {
            Kind::Class(c) if c.hooks & (HOOK_GETATTRIBUTE | HOOK_GETATTR) == 0 => {}
            _ => return None,
        }
        if self.class_lookup(class, name).is_some() {
            return None;
        }
        let v = self.ns_lookup(k, name)?;
        Some(self.incref(v))
    }

    /// `object.__getattribute__`: data descriptors of the class, then the instance's own
    /// attributes, then the class's other attributes (methods bound, descriptors' `__get__`).
    pub fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        self.generic_getattr_of(obj, class, name)
    }

    /// `generic_getattr` with `obj`'s class already known.
    fn generic_getattr_of(
        &mut self,
        obj: Value,
        class: ObjKey,
        name: Value,
    ) -> PyResult<Option<Value>> {
        let cls_attr = self.class_lookup(class, name);
        let mut nondata_get = None;
        if let Some(a) = cls_attr {
            if let Value::Obj(ak) = a {
                match self.heap.kind(ak) {
                    Kind::Property(p) => {
                        if p.fget.is(Value::None) {
                            return Err(self.property_missing(a, obj, "getter"));
                        }
                        return self.bind(a, obj, class).map(Some);
                    }
                    Kind::Instance(_) => {
                        if let Some(m) = self.member(a) {
                            self.member_check(&m, obj)?;
                            return self.member_read(&m, obj).map(Some);
                        }
                        if let Some(d) = self.descriptor(a) {
                            match (d.data, d.get) {
                                (true, Some(get)) => {
                                    return self.descriptor_get(get, a, obj, class).map(Some)
                                }
                                (false, get) => nondata_get = get,
                                (true, None) => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Value::Obj(k) = obj {
            let own = match self.heap.kind(k) {
                Kind::Instance(_) | Kind::Exception(_) => self.ns_lookup(k, name),
                Kind::Function(f) => f.dict.as_obj().and_then(|d| self.ns_lookup(d, name)),
                _ => None,
            };
            if let Some(v) = own {
                return Ok(Some(self.incref(v)));
            }
        }
        if let (Some(a), Some(get)) = (cls_attr, nondata_get) {
            return self.descriptor_get(get, a, obj, class).map(Some);
        }
        if let Some(a) = cls_attr {
            return self.bind(a, obj, class).map(Some);
        }
        self.special_attr(obj, name)
    }

    fn class_getattr(&mut self, class: ObjKey, name: Value) -> PyResult<Option<Value>> {
        // type.__annotations__ reads the class's own namespace, made {} on first request.
        if name.is(self.names.annotations) && !self.is_builtin_class(class) {
            if let Some(a) = self.ns_lookup(class, name) {
                return Ok(Some(self.incref(a)));
            }
            let d = self.new_dict();
            self.heap.incref(d);
            self.ns_set(class, name, d);
            return Ok(Some(d));
        }
        // type's own data descriptors come before the class's namespace (whose
        // `__dict__` entry is the instances' getset).
        let n = &self.names;
        if [n.dict, n.name, n.qualname, n.class]
            .iter()
            .any(|t| name.is(*t))
        {
            if let Some(v) = self.special_attr(Value::Obj(class), name)? {
                return Ok(Some(v));
            }
        }
        if let Some(a) = self.class_lookup(class, name) {
            if let Value::Obj(ak) = a {
                match self.heap.kind(ak) {
                    Kind::ClassMethod(_) | Kind::StaticMethod(_) => {
                        return self.bind(a, Value::Obj(class), class).map(Some)
                    }
                    Kind::Instance(_) => {
                        if let Some(get) = self.descriptor(a).and_then(|d| d.get) {
                            return self.descriptor_get(get, a, Value::None, class).map(Some);
                        }
                    }
                    _ => {}
                }
            }
            return Ok(Some(self.incref(a)));
        }
        // Methods of the metaclass, bound to the class (`C.mro()`, a metaclass's methods),
        // its properties, and its plain attributes.
        let meta = self.type_of(Value::Obj(class));
        if let Some(a) = self.class_lookup(meta, name) {
            if let Value::Obj(ak) = a {
                match self.heap.kind(ak) {
                    Kind::Native(_) | Kind::Function(_) | Kind::ClassMethod(_) => {
                        return self.bind(a, Value::Obj(class), meta).map(Some);
                    }
                    Kind::Property(p) => {
                        let get = p.fget;
                        if !get.is(Value::None) {
                            return self.call(get, &[Value::Obj(class)]).map(Some);
                        }
                    }
                    _ => {}
                }
            }
            if meta != self.types.type_ {
                return Ok(Some(self.incref(a)));
            }
        }
        // Attributes of `type` itself (e.g. `int.__name__`).
        self.special_attr(Value::Obj(class), name)
    }

    /// A metaclass's `__getattr__` answers what the class lookup did not find, or where it
    /// raised AttributeError (CPython's slot_tp_getattr_hook on the metaclass).
    fn class_getattr_hook(
        &mut self,
        meta: ObjKey,
        class: Value,
        name: Value,
        found: PyResult<Option<Value>>,
    ) -> PyResult<Option<Value>> {
        if meta == self.types.type_ || matches!(found, Ok(Some(_))) {
            return found;
        }
        let hook_name = self.intern("__getattr__");
        let hook = match self.class_lookup(meta, hook_name) {
            Some(f @ Value::Obj(fk)) if matches!(self.heap.kind(fk), Kind::Function(_)) => f,
            _ => return found,
        };
        match found {
            Err(e) if self.isinstance(e.0, self.types.attribute_error) => self.heap.decref(e.0),
            Err(e) => return Err(e),
            _ => {}
        }
        self.call(hook, &[class, name]).map(Some)
    }

    fn super_getattr(
        &mut self,
        start: Value,
        receiver: Value,
        name: Value,
    ) -> PyResult<Option<Value>> {
        // A class receiver that derives from `start` is super's own class (class methods);
        // any other receiver, a class made by a metaclass included, is an instance.
        let start_class = start.as_obj().unwrap_or(self.types.object);
        let class_level = matches!(receiver, Value::Obj(k)
            if matches!(self.heap.kind(k), Kind::Class(_)) && self.is_subclass(k, start_class));
        let recv_class = match receiver {
            Value::Obj(k) if class_level => k,
            _ => self.type_of(receiver),
        };
        let mro = match self.heap.kind(recv_class) {
            Kind::Class(c) => c.mro.clone(),
            _ => Vec::new(),
        };
        let pos = mro
            .iter()
            .position(|k| Value::Obj(*k).is(start))
            .map_or(0, |p| p + 1);
        for &k in &mro[pos.min(mro.len())..] {
            if let Some(a) = self.ns_lookup(k, name) {
                if class_level {
                    if let Value::Obj(ak) = a {
                        if matches!(self.heap.kind(ak), Kind::Function(_)) {
                            return Ok(Some(self.incref(a)));
                        }
                    }
                }
                return self.bind(a, receiver, recv_class).map(Some);
            }
        }
        Ok(None)
    }

    /// Attributes every object of a kind has without a namespace entry.
    fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = self.str_of(name).unwrap_or("").to_string();
        // An int or float subclass's instance has the numbers' attributes of its value
        // (`.real` of a True-like IntEnum member), unless the subclass defines them.
        if matches!(n.as_str(), "real" | "imag" | "numerator" | "denominator") {
            if let Some(p) = self.payload(obj) {
                let numeric = matches!(p, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                    || matches!(p, Value::Obj(pk) if matches!(self.heap.kind(pk), Kind::BigInt(_) | Kind::Complex(_)));
                let class = self.type_of(obj);
                if numeric && self.class_lookup(class, name).is_none() {
                    return self.special_attr(p, name);
                }
            }
        }
        // A property/classmethod/staticmethod subclass's instance shows its descriptor's parts.
        if matches!(
            n.as_str(),
            "fget" | "fset" | "fdel" | "__func__" | "__wrapped__" | "__isabstractmethod__"
        ) {
            if let Some(p @ Value::Obj(pk)) = self.payload(obj) {
                match self.heap.kind(pk) {
                    Kind::ClassMethod(_) | Kind::StaticMethod(_) if n == "__wrapped__" => {
                        let func = self.intern("__func__");
                        return self.special_attr(p, func);
                    }
                    Kind::Property(_) | Kind::ClassMethod(_) | Kind::StaticMethod(_) => {
                        return self.special_attr(p, name);
                    }
                    _ => {}
                }
            }
        }
        if let Value::Obj(k) = obj {
            if matches!(
                self.heap.kind(k),
                Kind::Frame(_) | Kind::Traceback(_) | Kind::Code(_)
            ) {
                if let Some(v) = self.frame_attr(k, &n)? {
                    return Ok(Some(v));
                }
            }
        }
        let v = match (n.as_str(), obj) {
            ("__class__", _) => Value::Obj(self.type_of(obj)),
            // The numbers' data descriptors (`int.real`, `float.imag`, …).
            ("real" | "numerator", Value::Int(_)) | ("real", Value::Float(_)) => obj,
            ("real" | "numerator", Value::Bool(b)) => Value::Int(b as i64),
            ("imag", Value::Int(_) | Value::Bool(_)) => Value::Int(0),
            ("denominator", Value::Int(_) | Value::Bool(_)) => Value::Int(1),
            ("imag", Value::Float(_)) => Value::Float(0.0),
            (_, Value::Obj(k)) => match (n.as_str(), self.heap.kind(k)) {
                ("__name__", Kind::Class(c)) => c.name,
                ("__qualname__", Kind::Class(c)) => c.qualname,
                ("__module__", Kind::Class(c)) => c.module,
                ("__name__", Kind::Function(f)) => f.name,
                ("__qualname__", Kind::Function(f)) => f.qualname,
                ("__module__", Kind::Function(f)) => f.module,
                ("__doc__", Kind::Function(f)) => f.doc,
                ("__closure__", Kind::Function(f)) => f.closure,
                ("__globals__", Kind::Function(f)) => f.globals,
                ("__code__", Kind::Function(f)) if !f.code_obj.is(Value::None) => f.code_obj,
                ("__defaults__", Kind::Function(f)) => f.defaults,
                ("__kwdefaults__", Kind::Function(f)) => f.kwdefaults,

                ("__name__", Kind::Module(m)) => m.name,
                ("__name__", Kind::Generator(g)) => g.name,
                ("__qualname__", Kind::Generator(g)) => g.qualname,
                ("gi_running", Kind::Generator(g)) => {
                    Value::Bool(g.state == crate::heap::object::GenState::Running)
                }
                ("gi_suspended", Kind::Generator(g)) => {
                    Value::Bool(g.state == crate::heap::object::GenState::Suspended)
                }
                ("gi_yieldfrom", Kind::Generator(g)) => super::generators::delegate(g),
                ("gi_frame", Kind::Generator(_)) => return Ok(Some(self.generator_frame(k))),
                ("gi_code", Kind::Generator(g)) => {
                    let (func, code) = (g.func, g.code.clone());
                    return Ok(Some(self.code_object_of(func, &code)));
                }
                ("__func__", Kind::BoundMethod(m)) => m.func,
                ("__self__", Kind::BoundMethod(m)) => m.receiver,
                ("__self__", Kind::Native(n)) if !n.bound.is_undef() => n.bound,
                ("__objclass__", Kind::Native(n))
                    if n.bound.is_undef() && !n.owner.is(Value::None) =>
                {
                    n.owner
                }
                ("args", Kind::Exception(e)) => e.args,
                // ImportError's `name` and `path` members start as None.
                ("name" | "path", Kind::Exception(e))
                    if self.is_subclass(e.class, self.types.import_error) =>
                {
                    Value::None
                }
                ("__cause__", Kind::Exception(e)) => e.cause,
                ("__context__", Kind::Exception(e)) => e.context,
                ("__suppress_context__", Kind::Exception(e)) => Value::Bool(e.suppress_context),
                ("__traceback__", Kind::Exception(_)) => return Ok(Some(self.traceback_of(obj))),
                ("__isabstractmethod__", Kind::Property(p)) => {
                    let parts = [p.fget, p.fset, p.fdel];
                    return self.any_abstract(&parts).map(Some);
                }
                ("__isabstractmethod__", Kind::StaticMethod(f) | Kind::ClassMethod(f)) => {
                    let f = *f;
                    return self.any_abstract(&[f]).map(Some);
                }
                ("fget", Kind::Property(p)) => p.fget,
                ("fset", Kind::Property(p)) => p.fset,
                ("fdel", Kind::Property(p)) => p.fdel,
                ("__doc__", Kind::Property(p)) => p.doc,
                ("__func__", Kind::StaticMethod(f) | Kind::ClassMethod(f)) => *f,
                ("__name__", Kind::Native(nat)) => {
                    let s = nat.name;
                    let v = self.intern(s);
                    return Ok(Some(self.incref(v)));
                }
                ("__qualname__" | "__module__" | "__doc__", Kind::Native(_)) => {
                    return Ok(Some(self.native_doc_attr(k, &n)))
                }
                ("__get__", Kind::Native(nat))
                    if nat.bound.is_undef() && !nat.owner.is(Value::None) =>
                {
                    return crate::builtins::descriptor_wrappers::native_get(self, obj).map(Some);
                }
                ("closed", Kind::File(f)) => Value::Bool(f.is_closed()),
                (
                    "encoding" | "errors" | "newlines" | "line_buffering" | "write_through"
                    | "buffer",
                    Kind::File(_),
                ) => {
                    return crate::builtins::text_file::attribute(self, obj, &n);
                }
                ("name", Kind::File(f)) => f.name,
                ("mode", Kind::File(f)) => {
                    let m = f.mode.to_string();
                    return Ok(Some(self.new_str(m)));
                }
                ("value", Kind::Exception(e))
                    if self.is_subclass(e.class, self.types.stop_iteration) =>
                {
                    return Ok(Some(self.stop_iteration_value(obj)));
                }
                ("code", Kind::Exception(e))
                    if self.is_subclass(e.class, self.types.system_exit) =>
                {
                    // SystemExit.code: the one argument, None for none, else the args tuple.
                    match self.heap.kind(e.args.as_obj().expect("args tuple")) {
                        Kind::Tuple(t) if t.len() == 1 => t[0],
                        Kind::Tuple(t) if t.is_empty() => Value::None,
                        _ => e.args,
                    }
                }
                ("real", Kind::Complex(z)) => Value::Float(z.re),
                ("imag", Kind::Complex(z)) => Value::Float(z.im),
                ("real" | "numerator", Kind::BigInt(_)) => obj,
                ("imag", Kind::BigInt(_)) => Value::Int(0),
                ("denominator", Kind::BigInt(_)) => Value::Int(1),
                ("start", Kind::Range(r)) => Value::Int(r.start),
                ("stop", Kind::Range(r)) => Value::Int(r.stop),
                ("step", Kind::Range(r)) => Value::Int(r.step),
                (part @ ("start" | "stop" | "step"), Kind::BigRange(r)) => {
                    let b = match part {
                        "start" => r.start.clone(),
                        "stop" => r.stop.clone(),
                        _ => r.step.clone(),
                    };
                    return Ok(Some(self.int_from_big(b)));
                }
                ("start", Kind::Slice(s)) => s[0],
                ("stop", Kind::Slice(s)) => s[1],
                ("step", Kind::Slice(s)) => s[2],
                ("__bases__", Kind::Class(c)) => {
                    let b: Vec<Value> = c.bases.iter().map(|k| Value::Obj(*k)).collect();
                    for v in &b {
                        self.heap.incref(*v);
                    }
                    return Ok(Some(self.new_tuple(b)));
                }
                ("__mro__", Kind::Class(c)) => {
                    let b: Vec<Value> = c.mro.iter().map(|k| Value::Obj(*k)).collect();
                    for v in &b {
                        self.heap.incref(*v);
                    }
                    return Ok(Some(self.new_tuple(b)));
                }
                ("__base__", Kind::Class(c)) => c.base.map_or(Value::None, Value::Obj),
                ("__dict__", Kind::Instance(i)) if self.is_dictless(i.class) => return Ok(None),
                ("__dict__", Kind::Instance(_) | Kind::Exception(_)) => {
                    return Ok(Some(self.instance_dict(k)));
                }
                ("__annotations__", Kind::Function(f)) => {
                    if f.annotations.is(Value::None) {
                        let d = self.new_dict();
                        if let Kind::Function(f) = self.heap.kind_mut(k) {
                            f.annotations = d;
                        }
                    }
                    match self.heap.kind(k) {
                        Kind::Function(f) => f.annotations,
                        _ => Value::None,
                    }
                }
                ("__dict__", Kind::Function(f)) => {
                    if f.dict.is(Value::None) {
                        let d = self.new_dict();
                        if let Kind::Function(f) = self.heap.kind_mut(k) {
                            f.dict = d;
                        }
                    }
                    match self.heap.kind(k) {
                        Kind::Function(f) => f.dict,
                        _ => Value::None,
                    }
                }
                ("__dict__", Kind::Module(m)) => m.dict,
                ("__dict__", Kind::Class(_)) => {
                    return Ok(Some(crate::builtins::mappingproxy::new_proxy(self, k)))
                }
                ("__doc__", _) => return Ok(Some(self.builtin_type_doc(obj))),
                _ => return Ok(None),
            },
            ("__doc__", _) => return Ok(Some(self.builtin_type_doc(obj))),
            _ => return Ok(None),
        };
        Ok(Some(self.incref(v)))
    }

    /// `vars(obj)` / `obj.__dict__` for instances and exceptions: the live attribute dict
    /// (owned), created on first request from the inline attributes.
    pub fn instance_dict(&mut self, k: ObjKey) -> Value {
        if let Kind::Instance(i) = self.heap.kind(k) {
            if let Some(d) = i.dict_obj {
                return self.incref(Value::Obj(d));
            }
        }
        let moved = match self.heap.kind_mut(k) {
            Kind::Instance(i) => std::mem::take(&mut i.dict),
            Kind::Exception(e) => {
                // Exceptions keep their attributes inline; they get a snapshot.
                let entries: Vec<(i64, Value, Value)> =
                    e.dict.iter().map(|e| (e.hash, e.key, e.value)).collect();
                let out = self.new_dict();
                let ok = out.as_obj().expect("dict");
                for (h, key, v) in entries {
                    self.heap.incref(key);
                    self.heap.incref(v);
                    if let Kind::Dict(d) = self.heap.kind_mut(ok) {
                        d.push_new(h, key, v);
                    }
                }
                return out;
            }
            _ => return Value::None,
        };
        let d = self.heap.alloc(Kind::Dict(Box::new(moved)));
        if let Kind::Instance(i) = self.heap.kind_mut(k) {
            i.dict_obj = d.as_obj();
        }
        self.incref(d)
    }

    /// `obj.name = value`; takes ownership of `value`.
    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if self.plain_instance_store(obj, name, value) {
            return Ok(());
        }
        if let Some(r) = self.hooked_setattr(obj, name, value) {
            return r;
        }
        self.generic_setattr(obj, name, value)
    }

    /// The common `o.x = v`: an instance with a `__dict__`, no `__setattr__` of its class's
    /// own, a name no class attribute takes (no descriptor) and no dunder. Stores and says
    /// true (value consumed); false leaves everything to the full protocol.
    fn plain_instance_store(&mut self, obj: Value, name: Value, value: Value) -> bool {
        let Value::Obj(k) = obj else { return false };
        let Kind::Instance(i) = self.heap.kind(k) else {
            return false;
        };
        let class = i.class;
        match self.heap.kind(class) {
            Kind::Class(c) if c.hooks & HOOK_SETATTR == 0 && !c.dictless => {}
            _ => return false,
        }
        if self.str_of(name).is_none_or(|s| s.starts_with("__")) {
            return false;
        }
        let descriptor = match self.class_lookup(class, name) {
            Some(Value::Obj(a)) => {
                matches!(self.heap.kind(a), Kind::Instance(_) | Kind::Property(_))
            }
            _ => false,
        };
        if descriptor {
            return false;
        }
        self.ns_set(k, name, value);
        true
    }

    /// `object.__setattr__`: a data descriptor of the class, else the instance's attributes.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        // Only dunder names need the checks below (a plain `o.x = v` skips them).
        let dunder = self.str_of(name).is_some_and(|s| s.starts_with("__"));
        if dunder && self.str_of(name) == Some("__class__") {
            return self.assign_class(obj, value);
        }
        let Value::Obj(k) = obj else {
            self.heap.decref(value);
            return Err(self.no_attribute_set(obj, name));
        };
        if matches!(self.heap.kind(k), Kind::Exception(_) | Kind::Traceback(_)) {
            let n = self.str_of(name).unwrap_or("").to_string();
            if let Some(r) = self.write_special_field(k, &n, Some(value)) {
                return r;
            }
        }
        if dunder
            && matches!(self.heap.kind(k), Kind::Instance(i) if !self.is_dictless(i.class))
            && self.str_of(name) == Some("__dict__")
        {
            return self.assign_instance_dict(k, Some(value));
        }
        match self.heap.kind(k) {
            Kind::Instance(_) | Kind::Exception(_) => {
                let class = self.type_of(obj);
                // One class lookup decides: a property, another data descriptor, or none.
                if let Some(Value::Obj(ak)) = self.class_lookup(class, name) {
                    match self.heap.kind(ak) {
                        Kind::Property(p) => {
                            let fset = p.fset;
                            if fset.is(Value::None) {
                                self.heap.decref(value);
                                return Err(self.property_missing(Value::Obj(ak), obj, "setter"));
                            }
                            let r = self.call(fset, &[obj, value]);
                            self.heap.decref(value);
                            let r = r?;
                            self.heap.decref(r);
                            return Ok(());
                        }
                        Kind::Instance(_) => {
                            if let Some(r) = self.descriptor_set(obj, name, value) {
                                return r;
                            }
                        }
                        _ => {}
                    }
                }
                if self.is_dictless(class) {
                    self.heap.decref(value);
                    // A class attribute that is no descriptor cannot be shadowed without a
                    // __dict__: CPython calls it read-only.
                    if self.class_lookup(class, name).is_some() {
                        let t = self.type_name(obj);
                        let n = self.str_of(name).unwrap_or("?").to_string();
                        return Err(self.attribute_error(format!(
                            "'{t}' object attribute '{n}' is read-only"
                        )));
                    }
                    return Err(self.no_attribute(obj, name));
                }
                self.ns_set(k, name, value);
                Ok(())
            }
            Kind::Class(c) => {
                if c.builtin || self.is_builtin_class(k) {
                    self.heap.decref(value);
                    let n = self.str_of(name).unwrap_or("?").to_string();
                    let cn = self.class_name(k);
                    return Err(self.type_error(format!(
                        "cannot set '{n}' attribute of immutable type '{cn}'"
                    )));
                }
                // A property of the metaclass takes the assignment.
                if let Some(meta) = self.user_metaclass(k) {
                    if let Some(Value::Obj(pk)) = self.class_lookup(meta, name) {
                        if let Kind::Property(p) = self.heap.kind(pk) {
                            let set = p.fset;
                            if set.is(Value::None) {
                                self.heap.decref(value);
                                return Err(self.property_missing(Value::Obj(pk), obj, "setter"));
                            }
                            let r = self.call(set, &[obj, value]);
                            self.heap.decref(value);
                            return r.map(|v| self.heap.decref(v));
                        }
                    }
                }
                if name.is(self.names.name) || name.is(self.names.qualname) {
                    return self.rename_class(k, name, value);
                }
                if name.is(self.names.dict) {
                    self.heap.decref(value);
                    return Err(self.attribute_error(
                        "attribute '__dict__' of 'type' objects is not writable".into(),
                    ));
                }
                if self.str_of(name) == Some("__bases__") {
                    let r = self.assign_bases(k, value);
                    self.heap.decref(value);
                    return r;
                }
                if name.is(self.names.del) {
                    self.set_has_del(k, true);
                }
                let bit = crate::heap::object::hook_bit(self.str_of(name).unwrap_or(""));
                if let (true, Kind::Class(c)) = (bit != 0, self.heap.kind_mut(k)) {
                    c.hooks |= bit;
                }
                self.ns_set(k, name, value);
                Ok(())
            }
            Kind::Property(_) if self.str_of(name) == Some("__doc__") => {
                if let Kind::Property(p) = self.heap.kind_mut(k) {
                    let old = std::mem::replace(&mut p.doc, value);
                    self.heap.decref(old);
                }
                Ok(())
            }
            Kind::Function(_)
                if matches!(self.str_of(name), Some("__defaults__" | "__kwdefaults__")) =>
            {
                let defaults = self.str_of(name) == Some("__defaults__");
                let kind_ok = match value.as_obj().map(|v| self.heap.kind(v)) {
                    _ if value.is(Value::None) => true,
                    Some(Kind::Tuple(_)) => defaults,
                    Some(Kind::Dict(_)) => !defaults,
                    _ => false,
                };
                if !kind_ok {
                    self.heap.decref(value);
                    let msg = if defaults {
                        "__defaults__ must be set to a tuple object"
                    } else {
                        "__kwdefaults__ must be set to a dict object"
                    };
                    return Err(self.type_error(msg.into()));
                }
                if let Kind::Function(f) = self.heap.kind_mut(k) {
                    let slot = if defaults {
                        &mut f.defaults
                    } else {
                        &mut f.kwdefaults
                    };
                    let old = std::mem::replace(slot, value);
                    self.heap.decref(old);
                }
                Ok(())
            }
            Kind::Function(f) => {
                let special = matches!(
                    self.str_of(name),
                    Some(
                        "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__"
                    )
                );
                if special {
                    let field = self.str_of(name).unwrap_or("").to_string();
                    let dict_or_none = value.is(Value::None)
                        || matches!(value, Value::Obj(d) if matches!(self.heap.kind(d), Kind::Dict(_)));
                    if field == "__annotations__" && !dict_or_none {
                        self.heap.decref(value);
                        return Err(
                            self.type_error("__annotations__ must be set to a dict object".into())
                        );
                    }
                    if let Kind::Function(f) = self.heap.kind_mut(k) {
                        let slot = match field.as_str() {
                            "__name__" => &mut f.name,
                            "__qualname__" => &mut f.qualname,
                            "__doc__" => &mut f.doc,
                            "__annotations__" => &mut f.annotations,
                            _ => &mut f.module,
                        };
                        let old = std::mem::replace(slot, value);
                        self.heap.decref(old);
                    }
                    return Ok(());
                }
                let mut d = f.dict;
                if d.is(Value::None) {
                    d = self.new_dict();
                    if let Kind::Function(f) = self.heap.kind_mut(k) {
                        f.dict = d;
                    }
                }
                self.ns_set(d.as_obj().expect("dict"), name, value);
                Ok(())
            }
            Kind::Generator(_)
                if matches!(self.str_of(name), Some("__name__" | "__qualname__")) =>
            {
                let field = self.str_of(name).unwrap_or("").to_string();
                if self.str_of(value).is_none() {
                    self.heap.decref(value);
                    return Err(self.type_error(format!("{field} must be set to a string object")));
                }
                if let Kind::Generator(g) = self.heap.kind_mut(k) {
                    let slot = if field == "__name__" {
                        &mut g.name
                    } else {
                        &mut g.qualname
                    };
                    let old = std::mem::replace(slot, value);
                    self.heap.decref(old);
                }
                Ok(())
            }
            Kind::Module(m) => {
                let d = m.dict.as_obj().expect("module dict");
                self.ns_set(d, name, value);
                Ok(())
            }
            _ => {
                self.heap.decref(value);
                Err(self.no_attribute_set(obj, name))
            }
        }
    }

    fn set_has_del(&mut self, class: ObjKey, on: bool) {
        // Subclasses created later inherit the flag at creation time.
        if let Kind::Class(c) = self.heap.kind_mut(class) {
            c.has_del = on;
        }
    }

    pub fn is_builtin_class(&self, k: ObjKey) -> bool {
        match self.heap.kind(k) {
            Kind::Class(c) => self.str_of(c.module) == Some("builtins"),
            _ => false,
        }
    }

    /// Setting or deleting an attribute of an object without a namespace (ints, lists, …):
    /// CPython's message depends on what the type has under that name.
    fn no_attribute_set(&mut self, obj: Value, name: Value) -> PyErr {
        let n = self.str_of(name).unwrap_or("?").to_string();
        let t = self.type_name(obj);
        let number = match obj {
            Value::Int(_) | Value::Bool(_) => Some("int"),
            Value::Float(_) => Some("float"),
            Value::Obj(k) if matches!(self.heap.kind(k), Kind::BigInt(_)) => Some("int"),
            Value::Obj(k) if matches!(self.heap.kind(k), Kind::Complex(_)) => Some("complex"),
            _ => None,
        };
        let ranged = matches!(obj, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Range(_) | Kind::BigRange(_) | Kind::Slice(_)));
        if let (Some("complex"), "real" | "imag") = (number, n.as_str()) {
            return self.attribute_error("readonly attribute".into());
        }
        if let (Some(owner), "real" | "imag") = (number, n.as_str()) {
            return self.attribute_error(format!(
                "attribute '{n}' of '{owner}' objects is not writable"
            ));
        }
        if let (Some("int"), "numerator" | "denominator") = (number, n.as_str()) {
            return self
                .attribute_error(format!("attribute '{n}' of 'int' objects is not writable"));
        }
        if ranged && matches!(n.as_str(), "start" | "stop" | "step") {
            return self.attribute_error("readonly attribute".into());
        }
        if n == "__class__" {
            return self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .into(),
            );
        }
        if self.class_lookup(self.type_of(obj), name).is_some() {
            return self.attribute_error(format!("'{t}' object attribute '{n}' is read-only"));
        }
        self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
    }

    /// `C.__name__ = v` / `C.__qualname__ = v` (owned): a str (without NULs, for the name)
    /// replaces the class's own field, as CPython's type setters.
    fn rename_class(&mut self, k: ObjKey, name: Value, value: Value) -> PyResult<()> {
        let field = self.str_of(name).unwrap_or("").to_string();
        let cn = self.class_name(k);
        let Some(s) = self.str_of(value) else {
            let t = self.type_name(value);
            self.heap.decref(value);
            return Err(
                self.type_error(format!("can only assign string to {cn}.{field}, not '{t}'"))
            );
        };
        if field == "__name__" && s.contains('\0') {
            self.heap.decref(value);
            return Err(self.value_error("type name must not contain null characters".into()));
        }
        self.type_modified(k);
        if let Kind::Class(c) = self.heap.kind_mut(k) {
            let slot = if field == "__name__" {
                &mut c.name
            } else {
                &mut c.qualname
            };
            let old = std::mem::replace(slot, value);
            self.heap.decref(old);
        }
        Ok(())
    }

    /// "property 'x' of 'C' object has no setter" (`what`: getter, setter, deleter).
    /// A property (or a property subclass's instance) `prop` lacking its getter, setter or
    /// deleter (`what`): CPython quotes the name `__set_name__` gave it and the qualified name
    /// of `obj`'s type.
    pub fn property_missing(&mut self, prop: Value, obj: Value, what: &str) -> PyErr {
        let name = match crate::builtins::property::quoted_name(self, prop) {
            Ok(n) => n,
            Err(e) => return e,
        };
        let class = self.type_of(obj);
        let qualname = match self.heap.kind(class) {
            Kind::Class(c) => c.qualname,
            _ => Value::None,
        };
        let q = match self.repr(qualname) {
            Ok(q) => q,
            Err(e) => return e,
        };
        let msg = match name {
            Some(n) => format!("property {n} of {q} object has no {what}"),
            None => format!("property of {q} object has no {what}"),
        };
        self.attribute_error(msg)
    }

    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if let Some(r) = self.hooked_delattr(obj, name) {
            return r;
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if self.str_of(name) == Some("__class__") {
            return Err(self.type_error("can't delete __class__ attribute".into()));
        }
        let Value::Obj(k) = obj else {
            return Err(self.no_attribute_set(obj, name));
        };
        if matches!(self.heap.kind(k), Kind::Exception(_) | Kind::Traceback(_)) {
            let n = self.str_of(name).unwrap_or("").to_string();
            if let Some(r) = self.write_special_field(k, &n, None) {
                return r;
            }
        }
        if matches!(self.heap.kind(k), Kind::Instance(i) if !self.is_dictless(i.class))
            && self.str_of(name) == Some("__dict__")
        {
            return self.assign_instance_dict(k, None);
        }
        let target = match self.heap.kind(k) {
            Kind::Instance(_) | Kind::Exception(_) => {
                if let Some(r) = self.descriptor_delete(obj, name) {
                    return r;
                }
                let class = self.type_of(obj);
                if let Some(Value::Obj(pk)) = self.class_lookup(class, name) {
                    if let Kind::Property(p) = self.heap.kind(pk) {
                        let fdel = p.fdel;
                        if fdel.is(Value::None) {
                            return Err(self.property_missing(Value::Obj(pk), obj, "deleter"));
                        }
                        let r = self.call(fdel, &[obj])?;
                        self.heap.decref(r);
                        return Ok(());
                    }
                }
                Some(k)
            }
            Kind::Class(_) => Some(k),
            Kind::Module(m) => m.dict.as_obj(),
            Kind::Function(f) => {
                // Deleting a function's own fields resets them, as CPython's getset setters do.
                match self.str_of(name) {
                    Some(n @ ("__name__" | "__qualname__")) => {
                        let msg = format!("{n} must be set to a string object");
                        return Err(self.type_error(msg));
                    }
                    Some("__dict__") => {
                        return Err(self.type_error("cannot delete __dict__".into()))
                    }
                    Some("__doc__" | "__annotations__" | "__module__") => {
                        return self.setattr(obj, name, Value::None);
                    }
                    _ => f.dict.as_obj(),
                }
            }
            _ => return Err(self.no_attribute_set(obj, name)),
        };
        if let Some(t) = target {
            if self.ns_del(t, name) {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// `super()` inside a method: the class cell and the first argument of the calling frame.
    pub fn new_super(&mut self, class: Value, receiver: Value) -> Value {
        self.heap.incref(class);
        self.heap.incref(receiver);
        self.heap
            .alloc(Kind::Super(Box::new(SuperObj { class, receiver })))
    }

    /// Creates a class from its evaluated body namespace (`ns`, a dict; borrowed).
    pub fn create_class(&mut self, name: Value, bases: &[ObjKey], ns: ObjKey) -> PyResult<Value> {
        self.create_class_with(None, name, bases, ns, &[])
    }

    /// `type.__new__(meta, name, bases, ns, **kwargs)`: the class, its metaclass `meta` (None
    /// for `type`), with `kwargs` passed on to the nearest `__init_subclass__`.
    pub fn create_class_with(
        &mut self,
        meta: Option<ObjKey>,
        name: Value,
        bases: &[ObjKey],
        ns: ObjKey,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let meta = meta.filter(|m| *m != self.types.type_);
        let object = [self.types.object];
        let bases = if bases.is_empty() { &object[..] } else { bases };
        let text_bases = self.text_file_bases(bases);
        let bases = text_bases.as_deref().unwrap_or(bases);
        let base = self.best_base(bases)?;
        let mut mro = self.linearize(bases)?;
        let base_layout = self.class_layout(base);
        let layout = match base_layout {
            Layout::Object | Layout::Exception | Layout::Type => base_layout,
            l if super::subclass::is_data_layout(l) => l,
            Layout::Opaque
                if crate::builtins::native_types::native_base(self, base)
                    .is_some_and(|(_, t)| t.basetype)
                    || self.is_descriptor_type(base)
                    || self.is_subclass(base, self.types.file) =>
            {
                Layout::Opaque
            }
            _ => {
                let bn = self.class_name(base);
                // Types CPython lets Python code extend, which Cellar cannot yet.
                let extensible = matches!(
                    bn.as_str(),
                    "super" | "module" | "enumerate" | "zip" | "map" | "filter" | "reversed"
                );
                let msg = if extensible {
                    format!("subclassing '{bn}' is not supported by cellar")
                } else {
                    let full = self.class_full_name(base);
                    format!("type '{full}' is not an acceptable base type")
                };
                return Err(self.type_error(msg));
            }
        };
        let qualname_key = self.names.qualname;
        if let Some(q) = self.ns_lookup(ns, qualname_key) {
            if self.str_of(q).is_none() {
                let t = self.type_name(q);
                return Err(self.type_error(format!("type __qualname__ must be a str, not {t}")));
            }
        }
        let base_has_del = bases
            .iter()
            .any(|b| matches!(self.heap.kind(*b), Kind::Class(c) if c.has_del));
        let mut hooks = bases.iter().fold(0, |h, b| match self.heap.kind(*b) {
            Kind::Class(c) => h | c.hooks,
            _ => h,
        });
        for &b in bases {
            self.heap.incref(Value::Obj(b));
        }
        self.heap.incref(name);
        // The namespace's entries move into the class (with new references).
        let entries: Vec<(i64, Value, Value)> = self
            .namespace(ns)
            .map(|d| d.iter().map(|e| (e.hash, e.key, e.value)).collect())
            .unwrap_or_default();
        let mut dict = Dict::with_capacity(entries.len());
        let mut qualname = name;
        let mut module = Value::None;
        let mut classcell = None;
        let mut has_del = base_has_del;
        for (h, k, v) in entries {
            match self.str_of(k) {
                Some("__qualname__") => {
                    qualname = v;
                    continue;
                }
                Some("__classcell__") => {
                    classcell = Some(v);
                    continue;
                }
                Some("__module__") => module = v,
                Some("__del__") => has_del = true,
                Some(n) => hooks |= crate::heap::object::hook_bit(n),
                _ => {}
            }
            self.heap.incref(k);
            // type.__new__ makes these two plain functions class methods.
            let implicit_classmethod = matches!(
                self.str_of(k),
                Some("__init_subclass__" | "__class_getitem__")
            ) && matches!(
                v.as_obj().map(|f| self.heap.kind(f)),
                Some(Kind::Function(_))
            );
            // … and `__new__` a static method (it gets the class as its first argument).
            let implicit_staticmethod = self.str_of(k) == Some("__new__")
                && matches!(
                    v.as_obj().map(|f| self.heap.kind(f)),
                    Some(Kind::Function(_))
                );
            let v = if implicit_classmethod {
                self.heap.incref(v);
                self.heap.alloc(Kind::ClassMethod(v))
            } else if implicit_staticmethod {
                self.heap.incref(v);
                self.heap.alloc(Kind::StaticMethod(v))
            } else {
                self.incref(v)
            };
            dict.push_new(h, k, v);
        }
        self.heap.incref(qualname);
        self.heap.incref(module);
        let v = self.heap.alloc(Kind::Class(Box::new(Class {
            name,
            qualname,
            base: Some(base),
            bases: bases.to_vec(),
            mro: Vec::new(),
            dict,
            layout,
            module,
            has_del,
            builtin: false,
            hooks,
            version: 0,
            dictless: false,
            slots: Vec::new(),
            weakref: false,
            metaclass: meta,
            subclasses: Vec::new(),
            c_named: false,
        })));
        if let Some(m) = meta {
            self.heap.incref(Value::Obj(m));
        }
        let k = v.as_obj().expect("class");
        mro.insert(0, k);
        if let Kind::Class(c) = self.heap.kind_mut(k) {
            c.mro = mro;
        }
        self.link_subclass(k);
        if let Err(e) = self.apply_slots(k, base) {
            self.heap.decref(v);
            return Err(e);
        }
        // After the slots and getsets, as type.__new__ orders them: every class gets a
        // `__doc__` (None without a docstring), and defining __eq__ without __hash__ makes
        // instances unhashable (`__hash__ = None`).
        let (doc, eq, hash) = (self.intern("__doc__"), self.names.eq, self.names.hash);
        if self.ns_lookup(k, doc).is_none() {
            self.ns_set(k, doc, Value::None);
        }
        if self.ns_lookup(k, eq).is_some() && self.ns_lookup(k, hash).is_none() {
            self.ns_set(k, hash, Value::None);
        }
        if let Some(Value::Obj(cell)) = classcell {
            self.heap.incref(v);
            if let Kind::Cell(c) = self.heap.kind_mut(cell) {
                let old = std::mem::replace(c, v);
                self.heap.decref(old);
            }
        }
        if let Err(e) = self.class_created(k, kwargs) {
            self.heap.decref(v);
            return Err(e);
        }
        Ok(v)
    }

    /// What type.__new__ does once a class exists: `__set_name__` on each attribute whose
    /// class defines it, then the nearest base's `__init_subclass__`.
    fn class_created(&mut self, class: ObjKey, kwargs: Kwargs) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = match self.heap.kind(class) {
            Kind::Class(c) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        let set_name = self.intern("__set_name__");
        for (key, value) in entries {
            match value.as_obj().map(|k| self.heap.kind(k)) {
                // property's own `__set_name__`, without the call.
                Some(Kind::Property(_)) => {
                    crate::builtins::property::set_name_of(self, value, key);
                    continue;
                }
                Some(Kind::Instance(_)) => {}
                _ => continue,
            }
            if let Some(f) = self.special(value, set_name) {
                self.heap.incref(value);
                let r = self.call(f, &[value, Value::Obj(class), key]);
                self.heap.decref(value);
                match r {
                    Ok(v) => self.heap.decref(v),
                    // 3.11 reports it as a RuntimeError caused by the original.
                    Err(e) => {
                        let t = self.type_name(value);
                        let n = self.str_of(key).unwrap_or("?").to_string();
                        let c = self.class_name(class);
                        let msg =
                            format!("Error calling __set_name__ on '{t}' instance '{n}' in '{c}'");
                        let wrapper = self.runtime_error(msg);
                        self.heap.incref(e.0);
                        if let Some(Kind::Exception(x)) =
                            wrapper.0.as_obj().map(|k| self.heap.kind_mut(k))
                        {
                            x.cause = e.0;
                            x.context = e.0;
                            x.suppress_context = true;
                        }
                        return Err(wrapper);
                    }
                }
            }
        }
        let init_subclass = self.intern("__init_subclass__");
        let parents: Vec<ObjKey> = match self.heap.kind(class) {
            Kind::Class(c) => c.mro.iter().skip(1).copied().collect(),
            _ => Vec::new(),
        };
        for p in parents {
            let Some(f) = self.ns_lookup(p, init_subclass) else {
                continue;
            };
            if let Some(Kind::ClassMethod(inner)) = f.as_obj().map(|k| self.heap.kind(k)) {
                let inner = *inner;
                let r = self.call_kw(inner, &[Value::Obj(class)], kwargs)?;
                self.heap.decref(r);
                return Ok(());
            }
            break;
        }
        // object.__init_subclass__ takes no keywords.
        if !kwargs.is_empty() {
            let n = self.class_name(class);
            return Err(self.type_error(format!(
                "{n}.__init_subclass__() takes no keyword arguments"
            )));
        }
        Ok(())
    }
}

/// The names `dir(object())` lists: what every object inherits from `object`.
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

impl Vm {
    /// `__isabstractmethod__` of a property or a static/class method: whether any function it
    /// wraps is abstract (`@property @abstractmethod`).
    fn any_abstract(&mut self, parts: &[Value]) -> PyResult<Value> {
        let name = self.intern("__isabstractmethod__");
        for &f in parts {
            if f.is(Value::None) || f.is_undef() {
                continue;
            }
            if let Some(v) = self.getattr_opt(f, name)? {
                let t = self.truthy(v);
                self.heap.decref(v);
                if t? {
                    return Ok(Value::Bool(true));
                }
            }
        }
        Ok(Value::Bool(false))
    }

    /// `__doc__` of a builtin class, or of an instance of one, as CPython's `tp_doc` gives it;
    /// None for anything else. New reference.
    fn builtin_type_doc(&mut self, obj: Value) -> Value {
        let class = match obj {
            Value::Obj(k) if matches!(self.heap.kind(k), Kind::Class(_)) => k,
            _ => self.type_of(obj),
        };
        let doc = match self.heap.kind(class) {
            Kind::Class(c) if c.builtin => self
                .str_of(c.name)
                .and_then(crate::builtins::native_docs::type_doc),
            _ => None,
        };
        match doc {
            Some(d) => self.new_str(d),
            None => Value::None,
        }
    }

    /// `__qualname__`, `__module__`, `__doc__` of a builtin function, from CPython's own
    /// (a native CPython has no counterpart for is named by its owner's name). New reference.
    pub fn native_doc_attr(&mut self, k: ObjKey, attr: &str) -> Value {
        let Kind::Native(n) = self.heap.kind(k) else {
            return Value::None;
        };
        let (name, owner, doc, slot) = (n.name, n.owner, n.doc, n.slot);
        let text = match attr {
            "__qualname__" => Some(match doc {
                Some(d) => d.qualname.to_string(),
                None if matches!(owner, Value::Obj(_)) => {
                    let o = crate::builtins::signatures::owner_name(self, owner);
                    format!("{o}.{name}")
                }
                None => name.to_string(),
            }),
            "__module__" => match doc {
                Some(d) => d.module.map(str::to_string),
                None if owner.is_undef() => Some("builtins".into()),
                None => None,
            },
            "__doc__" => doc
                .and_then(|d| d.doc)
                .or_else(|| {
                    slot.then(|| crate::builtins::slot_docs::slot_doc(name))
                        .flatten()
                })
                .map(str::to_string),
            _ => None,
        };
        match text {
            Some(t) => self.new_str(t),
            None => Value::None,
        }
    }
}
