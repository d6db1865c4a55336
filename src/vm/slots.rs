//! `__slots__`: a class that lists its instances' attributes. The values live in the
//! instance's attributes like any other; what slots change is what is allowed: no other
//! attribute and no `__dict__` (unless `'__dict__'` is a slot), a `member_descriptor` per slot
//! on the class (`C.a`), and CPython's errors for bad or conflicting slot lists.

use super::native::Kwargs;
use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};

/// What a class's `__slots__` adds to its base's.
struct SlotList {
    names: Vec<String>,
    dict: bool,
}

impl Vm {
    /// Reads the new class's `__slots__` (if any): checks it, records the slot names and
    /// whether instances lose their `__dict__`, and puts a member descriptor per slot in the
    /// class namespace.
    pub(super) fn apply_slots(&mut self, class: ObjKey, base: ObjKey) -> PyResult<()> {
        let (base_dictless, base_slots) = match self.heap.kind(base) {
            Kind::Class(b) => (b.dictless || b.builtin, b.slots.clone()),
            _ => (false, Vec::new()),
        };
        let key = self.intern("__slots__");
        let Some(spec) = self.ns_lookup(class, key) else {
            // No `__slots__`: instances get a `__dict__` again.
            if let Kind::Class(c) = self.heap.kind_mut(class) {
                c.slots = base_slots;
            }
            return Ok(());
        };
        let list = self.slot_list(class, spec)?;
        if list.dict && !base_dictless {
            return Err(self.type_error("__dict__ slot disallowed: we already got one".into()));
        }
        let layout = self.class_layout(base);
        let variable_size = matches!(
            layout,
            crate::heap::object::Layout::Int | crate::heap::object::Layout::Tuple
        );
        if variable_size && !list.names.is_empty() {
            let bn = self.class_name(base);
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{bn}'"
            )));
        }
        for n in &list.names {
            let k = self.intern(n);
            if self.ns_lookup(class, k).is_some() {
                return Err(self.exception_with_msg(
                    self.types.value_error,
                    format!("'{n}' in __slots__ conflicts with class variable"),
                ));
            }
        }
        let owner = self.class_name(class);
        for n in &list.names {
            let member = self.new_member(n, &owner);
            let k = self.intern(n);
            self.ns_set(class, k, member);
        }
        let dictless = base_dictless && !list.dict;
        if let Kind::Class(c) = self.heap.kind_mut(class) {
            c.dictless = dictless;
            c.slots = base_slots;
            c.slots.extend(list.names.into_iter().map(Into::into));
        }
        Ok(())
    }

    fn slot_list(&mut self, class: ObjKey, spec: Value) -> PyResult<SlotList> {
        let items = if self.str_of(spec).is_some() {
            vec![self.incref(spec)]
        } else {
            self.iterate(spec)?
        };
        let mut list = SlotList {
            names: Vec::new(),
            dict: false,
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
                "__dict__" => list.dict = true,
                "__weakref__" => {}
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

    /// A `member_descriptor` for slot `name` of class `owner`.
    pub(crate) fn new_member(&mut self, name: &str, owner: &str) -> Value {
        let class = self.types.member_descriptor;
        let m = self.new_bare_instance(class, crate::heap::object::Layout::Object, Vec::new());
        let m = m.expect("a plain instance");
        let mk = m.as_obj().expect("instance");
        let (nk, ok) = (self.intern("__name__"), self.intern("_owner"));
        let nv = self.new_str(name);
        let ov = self.new_str(owner);
        self.ns_set(mk, nk, nv);
        self.ns_set(mk, ok, ov);
        m
    }

    /// Whether instances of `class` may hold `name` (always, unless the class is dictless).
    pub(super) fn slot_allows(&self, class: ObjKey, name: Value) -> bool {
        match self.heap.kind(class) {
            Kind::Class(c) if c.dictless => {
                let n = self.str_of(name).unwrap_or("");
                c.slots.iter().any(|s| &**s == n)
            }
            _ => true,
        }
    }

    /// Whether instances of `class` have no `__dict__`.
    pub fn is_dictless(&self, class: ObjKey) -> bool {
        matches!(self.heap.kind(class), Kind::Class(c) if c.dictless)
    }

    /// Whether `name` is one of `class`'s slots.
    pub(super) fn is_slot(&self, class: ObjKey, name: Value) -> bool {
        let n = self.str_of(name).unwrap_or("");
        matches!(self.heap.kind(class), Kind::Class(c) if c.slots.iter().any(|s| &**s == n))
    }
}

fn member_field(vm: &mut Vm, m: Value, field: &str) -> Value {
    let k = vm.intern(field);
    m.as_obj()
        .and_then(|mk| vm.ns_lookup(mk, k))
        .unwrap_or(Value::None)
}

/// `member.__get__(obj, type=None)`: the slot's value, the descriptor itself from the class,
/// and for an unset slot CPython's AttributeError.
fn member_get(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (m, obj) = (a[0], a.get(1).copied().unwrap_or(Value::None));
    if obj.is(Value::None) {
        return Ok(vm.incref(m));
    }
    let name = member_field(vm, m, "__name__");
    // complex.real and complex.imag: members of the builtin value (a subclass's payload).
    if let Value::Obj(z) = vm.unwrap_payload(obj) {
        if let Kind::Complex(c) = vm.heap.kind(z) {
            match vm.str_of(name) {
                Some("real") => return Ok(Value::Float(c.re)),
                Some("imag") => return Ok(Value::Float(c.im)),
                _ => {}
            }
        }
    }
    if let Some(v) = obj.as_obj().and_then(|o| vm.ns_lookup(o, name)) {
        return Ok(vm.incref(v));
    }
    let t = vm.type_name(obj);
    let n = vm.str_of(name).unwrap_or("?").to_string();
    Err(vm.attribute_error(format!("'{t}' object has no attribute '{n}'")))
}

fn member_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let name = member_field(vm, a[0], "__name__");
    let owner = member_field(vm, a[0], "_owner");
    let (n, o) = (
        vm.str_of(name).unwrap_or("?").to_string(),
        vm.str_of(owner).unwrap_or("?").to_string(),
    );
    Ok(vm.new_str(format!("<member '{n}' of '{o}' objects>")))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor;
    vm.add_methods(t, &[("__get__", member_get), ("__repr__", member_repr)]);
}
