//! `__new__`: a class whose mro defines `__new__` in Python is instantiated by calling it,
//! then `__init__` runs only if what it returned is an instance of the class (type_call in
//! CPython). `T.__new__(C, *args)` for a builtin `T` allocates through `allocate`.

use super::call::with_receiver;
use super::native::Kwargs;
use super::{PyResult, Vm};
use crate::heap::object::{ExcObj, Instance, Kind, Layout};
use crate::heap::{ObjKey, Value};
use crate::objects::dict::Dict;

impl Vm {
    /// The Python-level `__new__` along the class's mro (the function inside the implicit
    /// static method), or None when a builtin type's `__new__` comes first.
    pub fn python_new(&self, class: ObjKey) -> Option<Value> {
        let found = self.class_lookup(class, self.names.new)?;
        match self.unwrap_static(found) {
            Value::Obj(k) if matches!(self.heap.kind(k), Kind::Native(_)) => None,
            v => Some(v),
        }
    }

    /// The function inside a static method, or the value itself.
    pub fn unwrap_static(&self, v: Value) -> Value {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::StaticMethod(f) => *f,
                _ => v,
            },
            v => v,
        }
    }

    pub(super) fn instantiate_with_new(
        &mut self,
        class: ObjKey,
        new: Value,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        self.heap.incref(new);
        let r = self.call_kw(new, &with_receiver(Value::Obj(class), args), kwargs);
        self.heap.decref(new);
        let obj = r?;
        if !self.isinstance(obj, class) {
            return Ok(obj);
        }
        let t = self.type_of(obj);
        let Some(init) = self.class_lookup(t, self.names.init) else {
            return Ok(obj);
        };
        self.heap.incref(init);
        let r = self.call_kw(init, &with_receiver(obj, args), kwargs);
        self.heap.decref(init);
        match r {
            Ok(Value::None) => Ok(obj),
            Ok(other) => {
                let tn = self.type_name(other);
                self.heap.decref(other);
                self.heap.decref(obj);
                Err(self.type_error(format!("__init__() should return None, not '{tn}'")))
            }
            Err(e) => {
                self.heap.decref(obj);
                Err(e)
            }
        }
    }

    /// A plain instance (`Layout::Object`) or an exception object holding `args` (owned).
    pub(super) fn new_bare_instance(
        &mut self,
        class: ObjKey,
        layout: Layout,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        self.heap.incref(Value::Obj(class));
        let n_slots = self.slot_count(class);
        if layout == Layout::Exception {
            let t = self.new_tuple(args);
            return Ok(self.heap.alloc(Kind::Exception(Box::new(ExcObj {
                class,
                args: t,
                dict: Dict::new(),
                traceback: Value::None,
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
                suggestion: None,
                slots: crate::heap::object::SlotValues::new(n_slots),
            }))));
        }
        Ok(self.heap.alloc(Kind::Instance(Box::new(Instance::new(
            class,
            Value::Undef,
            n_slots,
        )))))
    }

    /// A new, uninitialized instance of `class` as its builtin base's `__new__` makes it: a
    /// plain instance, an exception holding `args`, or a subclass instance whose payload the
    /// builtin constructor makes from `args` (empty for list, dict and set).
    pub fn allocate(&mut self, class: ObjKey, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let layout = self.class_layout(class);
        match layout {
            Layout::Object | Layout::Exception if class != self.types.object => {
                if layout == Layout::Object {
                    self.check_not_abstract(class)?;
                }
                let items: Vec<Value> = match layout {
                    Layout::Exception => args.iter().map(|v| self.incref(*v)).collect(),
                    _ => Vec::new(),
                };
                self.new_bare_instance(class, layout, items)
            }
            l if !self.is_builtin_class(class) && super::subclass::is_data_layout(l) => {
                self.new_subclass_instance(class, l, args, kwargs, true)
            }
            Layout::Opaque if self.descriptor_base(class).is_some() => {
                self.new_descriptor_subclass(class, args, kwargs, true)
            }
            Layout::Opaque if self.is_text_file_subclass(class) => {
                self.new_bare_instance(class, Layout::Object, Vec::new())
            }
            _ => crate::builtins::construct(self, class, layout, args, kwargs),
        }
    }

    /// object.__new__'s refusal of a class whose own `__abstractmethods__` is non-empty
    /// (what ABCMeta sets, or a program by hand).
    pub fn check_not_abstract(&mut self, class: ObjKey) -> PyResult<()> {
        if self.class_hooks(class) & crate::heap::object::HOOK_ABSTRACT == 0 {
            return Ok(());
        }
        let key = self.intern("__abstractmethods__");
        let Some(names) = self.ns_lookup(class, key) else {
            return Ok(());
        };
        if !self.truthy(names)? {
            return Ok(());
        }
        let items = self.iterate(names)?;
        let mut names: Vec<String> = Vec::with_capacity(items.len());
        for v in &items {
            match self.str(*v) {
                Ok(s) => names.push(s),
                Err(e) => {
                    self.heap.decref_all(items);
                    return Err(e);
                }
            }
        }
        self.heap.decref_all(items);
        names.sort();
        let cn = self.class_name(class);
        let s = if names.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {cn} with abstract method{s} {}",
            names.join(", ")
        )))
    }
}
