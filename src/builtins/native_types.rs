//! Types that modules define in Rust (`operator.itemgetter`, …): a builtin class that Python
//! code cannot subclass, whose instances keep their state in slot values. The slots make the
//! state ordinary heap references: the collector traverses them, the verifier counts them and
//! `%mem` labels them by the slot's name, with no kind of object of their own.

use crate::heap::object::{Instance, Kind, Layout};
use crate::heap::{ObjKey, Value};
use crate::vm::native::{Kwargs, NativeFn, NativeType, NextFn};
use crate::vm::{PyResult, Vm};

pub struct TypeSpec {
    /// The module CPython names in the type's repr (`operator`).
    pub module: &'static str,
    pub name: &'static str,
    /// The names of the state each instance holds, in slot order.
    pub state: &'static [&'static str],
    pub methods: &'static [(&'static str, NativeFn)],
    /// Called for `Type(*args)` with the class first.
    pub new: NativeFn,
    /// For an iterator type: its next item. The type then gets `__iter__` (itself) and a
    /// `__next__` that raises StopIteration at the end, and `Vm::next` calls this directly.
    pub next: Option<NextFn>,
    /// Python classes may derive from it (`class C(itertools.product)`); their instances
    /// hold the same state, then their own slots and `__dict__`.
    pub basetype: bool,
    /// Attributes computed from the instance: each a getset descriptor calling its function
    /// with the instance to read, with the instance and the new value (Undef to delete) to
    /// write.
    pub getters: &'static [(&'static str, NativeFn)],
}

/// Makes the class and stores it in `module_dict` under its name.
pub fn define(vm: &mut Vm, module_dict: ObjKey, spec: &TypeSpec) -> ObjKey {
    let object = vm.types.object;
    let class = vm.make_class(spec.name, Some(object), Layout::Opaque);
    let module = vm.intern(spec.module);
    vm.heap.incref(module);
    if let Kind::Class(c) = vm.heap.kind_mut(class) {
        let old = std::mem::replace(&mut c.module, module);
        c.dictless = true;
        c.slots = spec.state.iter().map(|s| Box::from(*s)).collect();
        vm.heap.decref(old);
    }
    let iterator: &[(&str, NativeFn)] = if spec.next.is_some() {
        &[("__iter__", iter_self), ("__next__", next_item)]
    } else {
        &[]
    };
    vm.add_methods(class, spec.methods);
    vm.add_methods(class, iterator);
    if spec.basetype {
        super::slot_wrappers::install_bound_new(vm, class, super::slot_wrappers::builtin_new);
    }
    for &(name, _) in spec.methods.iter().chain(iterator) {
        if is_slot(name) {
            mark_slot(vm, class, name);
        }
    }
    // Heap types carry their module in their dict, where `dir()` finds it.
    let key = vm.names.module;
    vm.heap.incref(module);
    vm.class_dict_set(class, key, module);
    let native = NativeType {
        new: spec.new,
        next: spec.next,
        basetype: spec.basetype,
        getters: spec.getters,
    };
    adopt(vm, class, native);
    vm.heap.incref(Value::Obj(class));
    if let Some(old) = vm.native_classes.insert((spec.module, spec.name), class) {
        vm.heap.decref(Value::Obj(old));
    }
    let key = vm.intern(spec.name);
    vm.ns_set(module_dict, key, Value::Obj(class));
    class
}

/// Makes `class` (a builtin type of its own kind, or one `define` made) construct through
/// `native.new` and gives it the getset descriptors of `native.getters`.
pub fn adopt(vm: &mut Vm, class: ObjKey, native: NativeType) {
    for &(name, _) in native.getters {
        let kind = vm.types.getset_descriptor;
        let d = vm.new_attr_descriptor(kind, name, class);
        let key = vm.intern(name);
        vm.class_dict_set(class, key, d);
    }
    vm.native_types.insert(class, native);
}

fn iter_self(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(vm.incref(a[0]))
}

/// The native type `class` is or derives from, with what the interpreter calls for it.
pub fn native_base(vm: &Vm, class: ObjKey) -> Option<(ObjKey, NativeType)> {
    if let Some(t) = vm.native_types.get(&class) {
        return Some((class, *t));
    }
    let base = vm.builtin_base(class);
    vm.native_types.get(&base).map(|t| (base, *t))
}

fn next_item(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = vm.type_of(a[0]);
    let Some(next) = native_base(vm, class).and_then(|(_, t)| t.next) else {
        return Err(vm.stop_iteration(Value::None));
    };
    match next(vm, a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// Whether CPython fills a type slot from this dunder (its method is then a slot wrapper,
/// `<method-wrapper '__call__' of …>`), rather than listing it as a plain method.
fn is_slot(name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__reduce__"
                | "__reduce_ex__"
                | "__copy__"
                | "__deepcopy__"
                | "__sizeof__"
                | "__reversed__"
                | "__length_hint__"
                | "__class_getitem__"
                | "__getstate__"
                | "__setstate__"
                | "__format__"
                | "__dir__"
                | "__missing__"
        )
}

pub(crate) fn mark_slot(vm: &mut Vm, class: ObjKey, name: &str) {
    let key = vm.intern(name);
    if let Some(Value::Obj(k)) = vm.ns_lookup(class, key) {
        if let Kind::Native(n) = vm.heap.kind_mut(k) {
            n.slot = true;
        }
    }
}

/// The constructor of a type only its own code makes (iterators): CPython's refusal.
pub fn no_direct_new(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = vm.class_full_name(class_arg(a));
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// The class a native type's constructor is called with (its first argument).
pub fn class_arg(a: &[Value]) -> ObjKey {
    a[0].as_obj().expect("the class")
}

/// The type `module.name` defines natively (once the module has been imported).
pub fn class_named(vm: &Vm, module: &'static str, name: &'static str) -> Option<ObjKey> {
    vm.native_classes.get(&(module, name)).copied()
}

/// A new instance of a native type holding `state` (owned values, one per slot).
pub fn instance(vm: &mut Vm, class: ObjKey, state: Vec<Value>) -> Value {
    vm.heap.incref(Value::Obj(class));
    // A subclass's own `__slots__` come after the native state.
    let n = vm.slot_count(class).max(state.len());
    let mut inst = Instance::new(class, Value::Undef, n);
    inst.slots_mut()[..state.len()].copy_from_slice(&state);
    vm.heap.alloc(Kind::Instance(Box::new(inst)))
}

/// A new instance of a native type holding `state` and the Rust data `native`.
pub fn instance_with_native(
    vm: &mut Vm,
    class: ObjKey,
    state: Vec<Value>,
    native: std::rc::Rc<dyn std::any::Any>,
) -> Value {
    let v = instance(vm, class, state);
    if let Some(k) = v.as_obj() {
        attach_native(vm, k, native);
    }
    v
}

/// Gives an instance Rust data (`native_data` finds it), replacing any it had.
pub fn attach_native(vm: &mut Vm, k: ObjKey, native: std::rc::Rc<dyn std::any::Any>) {
    if let Kind::Instance(inst) = vm.heap.kind_mut(k) {
        let extra = inst.extra.get_or_insert_with(|| {
            Box::new(crate::heap::object::InstanceExtra {
                payload: Value::Undef,
                slots: crate::heap::object::SlotValues::new(0),
                deque: None,
                native: None,
                array: None,
            })
        });
        extra.native = Some(native);
    }
}

/// The Rust data of a native type's instance, if it has data of type `T`.
pub fn native_data<T: 'static>(vm: &Vm, obj: Value) -> Option<std::rc::Rc<T>> {
    match obj.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Instance(inst)) => {
            let any = inst.extra.as_ref()?.native.clone()?;
            any.downcast::<T>().ok()
        }
        _ => None,
    }
}

/// State `i` of a native type's instance (borrowed). Methods get their receiver checked
/// against the class before they run, so `obj` is one of its instances.
pub fn state(vm: &Vm, obj: Value, i: usize) -> Value {
    match obj.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Instance(inst)) => inst.slots().get(i).copied().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Puts `v` (owned) in state `i`, handing back the value it replaces (owned, `Undef` when
/// the state was unset): the caller decides whether the old value dies or moves on.
pub fn replace_state(vm: &mut Vm, obj: Value, i: usize, v: Value) -> Value {
    match obj.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Instance(inst)) => match inst.slots_mut().get_mut(i) {
            Some(slot) => std::mem::replace(slot, v),
            None => v,
        },
        _ => v,
    }
}

/// Replaces state `i` with `v` (owned), releasing the old value.
pub fn set_state(vm: &mut Vm, obj: Value, i: usize, v: Value) {
    let old = replace_state(vm, obj, i, v);
    vm.heap.decref(old);
}

/// For a getter of `TypeSpec::getters`: refuses a write (`[obj, value]`) as CPython's
/// read-only members do.
pub fn read_only(vm: &mut Vm, a: &[Value]) -> PyResult<()> {
    if a.len() > 1 {
        return Err(vm.attribute_error("readonly attribute".into()));
    }
    Ok(())
}

/// Rejects keyword arguments as CPython's `Type()` does for these types.
pub fn no_keywords(vm: &mut Vm, type_name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{type_name}() takes no keyword arguments")))
    }
}
