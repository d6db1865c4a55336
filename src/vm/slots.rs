//! `__slots__`: a class that lists its instances' attributes. Each slot is a
//! `member_descriptor` on the class (`C.a`) that reads and writes one entry of the instance's
//! slot array (`Instance::slots`), outside its `__dict__`. Without `'__dict__'` among the
//! slots the instances have no dict and take no other attribute; without `'__weakref__'` (or
//! a base that has it) no weak references. CPython's errors for bad or conflicting slot lists.

use super::native::Kwargs;
use super::{PyResult, Vm};
use crate::heap::object::{Kind, Layout};
use crate::heap::{ObjKey, Value};

/// What a class's `__slots__` adds to its base's.
struct SlotList {
    names: Vec<String>,
    dict: bool,
    weakref: bool,
}

/// A member descriptor's parts: the slot's name, the class that owns it, and the slot's
/// index in that class's instances (None for a builtin type's member, `complex.real`).
pub(crate) struct Member {
    pub name: Value,
    pub objclass: ObjKey,
    pub index: Option<usize>,
}

impl Vm {
    /// Reads the new class's `__slots__` (if any): checks it, records the slot names and
    /// whether instances lose their `__dict__` and weak references, and puts a member
    /// descriptor per slot in the class namespace.
    pub(super) fn apply_slots(&mut self, class: ObjKey, base: ObjKey) -> PyResult<()> {
        let layout = self.class_layout(base);
        let (base_dictless, base_slots, base_weak) = match self.heap.kind(base) {
            // Exceptions and classes carry a dict of their own.
            Kind::Class(b) if b.builtin => (
                !matches!(layout, Layout::Exception | Layout::Type),
                b.slots.clone(),
                matches!(layout, Layout::Set | Layout::FrozenSet | Layout::Type),
            ),
            Kind::Class(b) => (b.dictless, b.slots.clone(), b.weakref),
            _ => (false, Vec::new(), false),
        };
        // int, tuple and bytes objects vary in size: CPython gives their subclasses no slots
        // and no weak references.
        let variable_size = matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes);
        let may_add_weak = !base_weak && !variable_size;
        let key = self.intern("__slots__");
        let Some(spec) = self.ns_lookup(class, key) else {
            // No `__slots__`: instances get a `__dict__` and weak references again.
            if let Kind::Class(c) = self.heap.kind_mut(class) {
                c.slots = base_slots;
                c.weakref = base_weak || may_add_weak;
            }
            self.add_instance_getsets(class, base_dictless, may_add_weak);
            return Ok(());
        };
        let items = if self.str_of(spec).is_some() {
            vec![self.incref(spec)]
        } else {
            self.iterate(spec)?
        };
        if variable_size && !items.is_empty() {
            self.heap.decref_all(items);
            let bn = self.class_name(base);
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{bn}'"
            )));
        }
        let list = self.slot_list(class, items, base_dictless, may_add_weak)?;
        for n in &list.names {
            let k = self.intern(n);
            if self.ns_lookup(class, k).is_some() {
                return Err(self.exception_with_msg(
                    self.types.value_error,
                    format!("'{n}' in __slots__ conflicts with class variable"),
                ));
            }
        }
        let mut names = list.names;
        names.sort();
        for n in &names {
            let member = self.new_member(n, class);
            let k = self.intern(n);
            self.ns_set(class, k, member);
        }
        self.add_instance_getsets(class, list.dict, list.weakref);
        if let Kind::Class(c) = self.heap.kind_mut(class) {
            c.dictless = base_dictless && !list.dict;
            c.weakref = base_weak || list.weakref;
            c.slots = base_slots;
            c.slots.extend(names.into_iter().map(Into::into));
        }
        Ok(())
    }

    /// Checks the items of `__slots__` (consumed) as CPython's type_new visits them.
    fn slot_list(
        &mut self,
        class: ObjKey,
        items: Vec<Value>,
        may_add_dict: bool,
        may_add_weak: bool,
    ) -> PyResult<SlotList> {
        let mut list = SlotList {
            names: Vec::new(),
            dict: false,
            weakref: false,
        };
        let mut err = None;
        let class_name = self.class_name(class);
        for &it in &items {
            let Some(s) = self.str_of(it).map(str::to_string) else {
                let t = self.type_name(it);
                err = Some(format!("__slots__ items must be strings, not '{t}'"));
                break;
            };
            let ident = s
                .chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                && s.chars().all(|c| c == '_' || c.is_alphanumeric());
            if !ident {
                err = Some("__slots__ must be identifiers".to_string());
                break;
            }
            match s.as_str() {
                "__dict__" if !may_add_dict || list.dict => {
                    err = Some("__dict__ slot disallowed: we already got one".into());
                    break;
                }
                "__dict__" => list.dict = true,
                "__weakref__" if !may_add_weak || list.weakref => {
                    err = Some(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
                            .into(),
                    );
                    break;
                }
                "__weakref__" => list.weakref = true,
                // Private slot names are mangled as the class body's names are.
                _ => list
                    .names
                    .push(crate::compile::mangle::mangle(Some(&class_name), &s).into_owned()),
            }
        }
        self.heap.decref_all(items);
        match err {
            Some(m) => Err(self.type_error(m)),
            None => Ok(list),
        }
    }

    /// A `member_descriptor` for slot `name` of class `owner` (which it references, as
    /// CPython's descriptors reference their type).
    pub(crate) fn new_member(&mut self, name: &str, owner: ObjKey) -> Value {
        let kind = self.types.member_descriptor;
        self.new_attr_descriptor(kind, name, owner)
    }

    /// A builtin descriptor of type `kind` (member_descriptor, getset_descriptor) for
    /// attribute `name` of class `owner`: an instance holding `__name__` and `__objclass__`.
    pub(crate) fn new_attr_descriptor(&mut self, kind: ObjKey, name: &str, owner: ObjKey) -> Value {
        let d = self.new_bare_instance(kind, Layout::Object, Vec::new());
        let d = d.expect("a plain instance");
        let dk = d.as_obj().expect("instance");
        let (nk, ok) = (self.names.name, self.intern("__objclass__"));
        let nv = self.intern(name);
        self.heap.incref(nv);
        let ov = self.incref(Value::Obj(owner));
        self.ns_set(dk, nk, nv);
        self.ns_set(dk, ok, ov);
        d
    }

    /// The `__name__` (a str) and `__objclass__` of `d` when it is a descriptor of type `kind`.
    pub(crate) fn attr_descriptor_parts(
        &mut self,
        d: Value,
        kind: ObjKey,
    ) -> Option<(Value, ObjKey)> {
        let k = d.as_obj()?;
        match self.heap.kind(k) {
            Kind::Instance(i) if i.class == kind => {}
            _ => return None,
        }
        let name = self.ns_lookup(k, self.names.name)?;
        self.str_of(name)?;
        let ok = self.intern("__objclass__");
        let objclass = self.ns_lookup(k, ok)?.as_obj()?;
        Some((name, objclass))
    }

    /// CPython's descriptor check: `obj` must be an instance of the descriptor's class.
    pub(crate) fn descriptor_applies(
        &mut self,
        name: Value,
        objclass: ObjKey,
        obj: Value,
    ) -> PyResult<()> {
        if self.isinstance(obj, objclass) {
            return Ok(());
        }
        let n = self.str_of(name).unwrap_or("?").to_string();
        let (on, t) = (self.class_name(objclass), self.type_name(obj));
        Err(self.type_error(format!(
            "descriptor '{n}' for '{on}' objects doesn't apply to a '{t}' object"
        )))
    }

    /// The parts of `attr` when it is a member descriptor.
    pub(crate) fn member(&mut self, attr: Value) -> Option<Member> {
        let kind = self.types.member_descriptor;
        let (name, objclass) = self.attr_descriptor_parts(attr, kind)?;
        let n = self.str_of(name)?;
        // The owner's own slots come last in its list: a name a base also has is the owner's.
        let index = match self.heap.kind(objclass) {
            Kind::Class(c) => c.slots.iter().rposition(|s| &**s == n),
            _ => None,
        };
        Some(Member {
            name,
            objclass,
            index,
        })
    }

    /// How many slots instances of `class` have.
    pub(crate) fn slot_count(&self, class: ObjKey) -> usize {
        match self.heap.kind(class) {
            Kind::Class(c) => c.slots.len(),
            _ => 0,
        }
    }

    /// The slot names of `class`'s instances, in slot order (what `%mem` labels them by).
    pub fn slot_names(&self, class: ObjKey) -> Vec<String> {
        match self.heap.kind(class) {
            Kind::Class(c) => c.slots.iter().map(|s| s.to_string()).collect(),
            _ => Vec::new(),
        }
    }

    /// Slot `index` of instance `obj`: its value (a new reference), or None while unset.
    pub(crate) fn slot_value(&mut self, obj: Value, index: usize) -> Option<Value> {
        let v = match self.heap.kind(obj.as_obj()?) {
            Kind::Instance(i) => i.slots().get(index).copied()?,
            Kind::Exception(e) => e.slots.values().get(index).copied()?,
            _ => return None,
        };
        (!v.is_undef()).then(|| self.incref(v))
    }

    /// Sets (Some, consumed) or clears (None) slot `index` of instance `obj`; false when the
    /// slot was already unset or does not exist.
    pub(crate) fn set_slot(&mut self, obj: Value, index: usize, value: Option<Value>) -> bool {
        let new = value.unwrap_or(Value::Undef);
        let slot = match obj.as_obj().map(|k| self.heap.kind_mut(k)) {
            Some(Kind::Instance(i)) => i.slots_mut().get_mut(index),
            Some(Kind::Exception(e)) => e.slots.values_mut().get_mut(index),
            _ => None,
        };
        let Some(slot) = slot else {
            self.heap.decref(new);
            return false;
        };
        let old = std::mem::replace(slot, new);
        let was_set = !old.is_undef();
        self.heap.decref(old);
        was_set
    }

    /// Whether instances of `class` have no `__dict__`.
    pub fn is_dictless(&self, class: ObjKey) -> bool {
        matches!(self.heap.kind(class), Kind::Class(c) if c.dictless)
    }

    /// `obj.name` through member descriptor `m`: the slot's value, or CPython's
    /// AttributeError for an unset slot.
    pub(crate) fn member_read(&mut self, m: &Member, obj: Value) -> PyResult<Value> {
        // complex.real and complex.imag: members of the builtin value (a subclass's payload).
        if let Value::Obj(z) = self.unwrap_payload(obj) {
            if let Kind::Complex(c) = self.heap.kind(z) {
                match self.str_of(m.name) {
                    Some("real") => return Ok(Value::Float(c.re)),
                    Some("imag") => return Ok(Value::Float(c.im)),
                    _ => {}
                }
            }
        }
        if let Some(v) = m.index.and_then(|i| self.slot_value(obj, i)) {
            return Ok(v);
        }
        let t = self.type_name(obj);
        let n = self.str_of(m.name).unwrap_or("?").to_string();
        Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")))
    }

    /// `obj.name = value` (Some, consumed) or `del obj.name` (None) through member `m`.
    pub(crate) fn member_write(
        &mut self,
        m: &Member,
        obj: Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Some(index) = m.index else {
            if let Some(v) = value {
                self.heap.decref(v);
            }
            return Err(self.attribute_error("readonly attribute".into()));
        };
        let deleting = value.is_none();
        if !self.set_slot(obj, index, value) && deleting {
            let n = self.str_of(m.name).unwrap_or("?").to_string();
            return Err(self.attribute_error(n));
        }
        Ok(())
    }

    /// CPython's descriptor check: `obj` must be an instance of the member's class.
    pub(crate) fn member_check(&mut self, m: &Member, obj: Value) -> PyResult<()> {
        self.descriptor_applies(m.name, m.objclass, obj)
    }
}

/// The member descriptor a native was called on (always one: these live on its type).
fn this_member(vm: &mut Vm, m: Value) -> PyResult<Member> {
    match vm.member(m) {
        Some(m) => Ok(m),
        None => {
            let t = vm.type_name(m);
            Err(vm.type_error(format!(
                "descriptor '__get__' requires a 'member_descriptor' object but received a '{t}'"
            )))
        }
    }
}

/// `member.__get__(obj, type=None)`: the slot's value, or the descriptor itself from the class.
fn member_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, obj, _) = crate::builtins::descriptor_wrappers::get_args(vm, a, kw)?;
    let m = this_member(vm, d)?;
    if obj.is(Value::None) {
        return Ok(vm.incref(d));
    }
    vm.member_check(&m, obj)?;
    vm.member_read(&m, obj)
}

/// `member.__set__(obj, value)`.
fn member_set(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = crate::builtins::descriptor_wrappers::set_args(vm, a, kw)?;
    let m = this_member(vm, a[0])?;
    vm.member_check(&m, rest[0])?;
    let v = vm.incref(rest[1]);
    vm.member_write(&m, rest[0], Some(v))?;
    Ok(Value::None)
}

/// `member.__delete__(obj)`.
fn member_delete(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = crate::builtins::slot_wrappers::args(vm, a, kw, "__delete__", 1)?;
    let m = this_member(vm, a[0])?;
    vm.member_check(&m, rest[0])?;
    vm.member_write(&m, rest[0], None)?;
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let m = this_member(vm, a[0])?;
    let n = vm.str_of(m.name).unwrap_or("?").to_string();
    let o = vm.class_name(m.objclass);
    Ok(vm.new_str(format!("<member '{n}' of '{o}' objects>")))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor;
    vm.add_methods(
        t,
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
            ("__repr__", member_repr),
        ],
    );
}
