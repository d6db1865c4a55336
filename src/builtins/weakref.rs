//! The `_weakref` module under weakref.py: `ref(obj[, callback])`, `getweakrefcount`,
//! `getweakrefs`. A weak
//! reference does not keep its target alive; the heap clears it when the target dies (by
//! refcount or in a collection) and queues its callback.

use crate::heap::object::{Kind, WeakRefObj, FLAG_WEAKREFD};
use crate::heap::{ObjKey, Value};
use crate::objects::code::CmpKind;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// Objects CPython lets weak references point at (types with a weaklist slot).
fn weakrefable(vm: &Vm, v: Value) -> Option<ObjKey> {
    let Value::Obj(k) = v else { return None };
    let class_allows = |class| matches!(vm.heap.kind(class), Kind::Class(c) if c.weakref);
    match vm.heap.kind(k) {
        Kind::Instance(i) => return class_allows(i.class).then_some(k),
        Kind::Exception(e) => return class_allows(e.class).then_some(k),
        _ => {}
    }
    matches!(
        vm.heap.kind(k),
        Kind::Function(_)
            | Kind::Class(_)
            | Kind::Set(_)
            | Kind::Generator(_)
            | Kind::Module(_)
            | Kind::BoundMethod(_)
            | Kind::File(_)
            | Kind::Property(_)
    )
    .then_some(k)
}

/// The weak reference `v` is or holds (a subclass instance's payload).
fn ref_of(vm: &Vm, v: Value) -> Option<&WeakRefObj> {
    match vm.unwrap_payload(v).as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::WeakRef(w)) => Some(w),
        _ => None,
    }
}

/// `ReferenceType(obj[, callback])`, the class first. A Python subclass's instance holds a
/// fresh reference of its own (CPython shares only plain references without a callback).
fn ref_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = match a.first() {
        Some(Value::Obj(c)) if *c != vm.types.weakref => *c,
        _ => return new_ref(vm, &a[1..], kw, true),
    };
    // `ref.__new__` ignores keywords (`ref.__init__` refuses them).
    let _ = kw;
    let r = new_ref(vm, &a[1..], &[], false)?;
    vm.heap.incref(Value::Obj(class));
    let n_slots = vm.slot_count(class);
    let inst = vm.heap.alloc(Kind::Instance(Box::new(
        crate::heap::object::Instance::new(class, r, n_slots),
    )));
    if let (Some(Kind::WeakRef(w)), Value::Obj(ik)) =
        (r.as_obj().map(|k| vm.heap.kind_mut(k)), inst)
    {
        w.owner = Some(ik);
    }
    Ok(inst)
}

/// `ref.__init__(obj[, callback])`: the arguments were taken by `__new__`; only their count
/// is checked, as CPython's weakref___init__ does.
fn ref_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments".into()));
    }
    let n = a.len().saturating_sub(1);
    if n == 0 || n > 2 {
        let which = if n == 0 { "at least 1" } else { "at most 2" };
        let s = if n == 0 { "" } else { "s" };
        return Err(vm.type_error(format!("__init__ expected {which} argument{s}, got {n}")));
    }
    Ok(Value::None)
}

/// `ref.__callback__`: read-only.
fn callback_attr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.attribute_error("readonly attribute".into()));
    }
    let cb = ref_of(vm, a[0]).map_or(Value::None, |w| w.callback);
    Ok(vm.incref(cb))
}

fn new_ref(vm: &mut Vm, a: &[Value], kw: Kwargs, share: bool) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments".into()));
    }
    if a.is_empty() || a.len() > 2 {
        let n = a.len();
        let which = if n == 0 {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(vm.type_error(format!("__new__ expected {which}, got {n}")));
    }
    let Some(target) = weakrefable(vm, a[0]) else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("cannot create weak reference to '{t}' object")));
    };
    let callback = a.get(1).copied().unwrap_or(Value::None);
    // Without a callback, CPython hands out the one existing plain reference again.
    if callback.is(Value::None) && share {
        let existing = vm.heap.weakrefs.get(&target).and_then(|refs| {
            refs.iter().copied().find(
                |&r| matches!(vm.heap.kind(r), Kind::WeakRef(w) if w.callback.is(Value::None) && w.owner.is_none()),
            )
        });
        if let Some(r) = existing {
            return Ok(vm.incref(Value::Obj(r)));
        }
    }
    vm.heap.incref(callback);
    let r = vm.heap.alloc(Kind::WeakRef(Box::new(WeakRefObj {
        target: Some(target),
        callback,
        owner: None,
        hash: None,
    })));
    if let Value::Obj(rk) = r {
        vm.heap.weakrefs.entry(target).or_default().push(rk);
        vm.heap.obj_mut(target).flags |= FLAG_WEAKREFD;
    }
    Ok(r)
}

/// `hash(ref)`: the referent's hash, computed once and kept, so a dead reference that was
/// hashed while alive still answers (CPython's weakref_hash).
pub fn hash_ref(vm: &mut Vm, r: ObjKey) -> PyResult<i64> {
    let (target, cached) = match vm.heap.kind(r) {
        Kind::WeakRef(w) => (w.target, w.hash),
        _ => (None, None),
    };
    if let Some(h) = cached {
        return Ok(h);
    }
    let Some(t) = target else {
        return Err(vm.type_error("weak object has gone away".into()));
    };
    let h = vm.hash(Value::Obj(t))?;
    if let Kind::WeakRef(w) = vm.heap.kind_mut(r) {
        w.hash = Some(h);
    }
    Ok(h)
}

/// `a == b` for two weak references: their referents compared while both live, the
/// references themselves otherwise (CPython's weakref_richcompare). None when either is not
/// a weak reference.
pub fn compare_refs(vm: &mut Vm, a: Value, b: Value, equal: bool) -> Option<PyResult<Value>> {
    let target = |vm: &Vm, v: Value| match v.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::WeakRef(w)) => Some(w.target),
        _ => None,
    };
    let (ta, tb) = (target(vm, a)?, target(vm, b)?);
    Some(match (ta, tb) {
        (Some(x), Some(y)) => compare_referents(vm, x, y, equal),
        _ => Ok(Value::Bool(a.is(b) == equal)),
    })
}

/// Calling a weak reference: its target, or None once the target died.
pub fn call_ref(vm: &mut Vm, r: ObjKey, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments".into()));
    }
    if !a.is_empty() {
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {}", a.len())));
    }
    let target = match vm.heap.kind(r) {
        Kind::WeakRef(w) => w.target,
        _ => None,
    };
    Ok(match target {
        Some(t) => vm.incref(Value::Obj(t)),
        None => Value::None,
    })
}

/// The weak references to `v`, each as the object Python code sees (a subclass instance for
/// one a subclass holds).
fn refs_to(vm: &Vm, v: Value) -> Vec<ObjKey> {
    let refs = match v {
        Value::Obj(k) => vm.heap.weakrefs.get(&k).cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    // CPython's list: the shared plain reference first, then the others newest first.
    let plain = |r: &ObjKey| matches!(vm.heap.kind(*r), Kind::WeakRef(w) if w.owner.is_none() && w.callback.is(Value::None));
    let (mut ordered, others): (Vec<ObjKey>, Vec<ObjKey>) = refs.into_iter().partition(plain);
    ordered.extend(others.into_iter().rev());
    ordered
        .into_iter()
        .map(|r| match vm.heap.kind(r) {
            Kind::WeakRef(w) => w.owner.unwrap_or(r),
            _ => r,
        })
        .collect()
}

/// The builtin reference a subclass instance holds, for the ref type's methods (its own
/// kind is handled by the interpreter directly).
fn held(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjKey> {
    match vm.unwrap_payload(v) {
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::WeakRef(_)) => Ok(k),
        _ => Err(super::descriptor_wrappers::wrong_receiver(
            vm,
            method,
            "weakref.ReferenceType",
            v,
        )),
    }
}

fn ref_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = held(vm, a[0], "__call__")?;
    call_ref(vm, k, &a[1..], kw)
}

fn ref_hash(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let k = held(vm, a[0], "__hash__")?;
    hash_ref(vm, k).map(Value::Int)
}

fn ref_repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let k = held(vm, a[0], "__repr__")?;
    let holder = a[0].as_obj().unwrap_or(k);
    let text = repr_ref(vm, holder, k);
    Ok(vm.new_str(text))
}

/// `<weakref at 0x…; to 'T' at 0x…>` (or `; dead>`), at the address of `holder`, the
/// reference or the subclass instance holding it.
pub fn repr_ref(vm: &Vm, holder: ObjKey, r: ObjKey) -> String {
    use crate::vm::repr::addr;
    match vm.heap.kind(r) {
        Kind::WeakRef(w) => match w.target {
            Some(t) => {
                let tn = vm.type_name(Value::Obj(t));
                format!(
                    "<weakref at {:#x}; to '{tn}' at {:#x}>",
                    addr(holder),
                    addr(t)
                )
            }
            None => format!("<weakref at {:#x}; dead>", addr(holder)),
        },
        _ => String::new(),
    }
}

/// `ref.__eq__`/`__ne__` for a subclass instance: the referents while both live, identity
/// otherwise; NotImplemented against anything that is not a reference.
fn ref_compare(vm: &mut Vm, a: &[Value], equal: bool) -> PyResult<Value> {
    let name = if equal { "__eq__" } else { "__ne__" };
    let me = held(vm, a[0], name)?;
    let Some(&other) = a.get(1) else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len() - 1)));
    };
    let Some(other_ref) = ref_of(vm, other).map(|w| w.target) else {
        return Ok(Value::NotImplemented);
    };
    let mine = ref_of(vm, Value::Obj(me)).and_then(|w| w.target);
    match (mine, other_ref) {
        (Some(x), Some(y)) => compare_referents(vm, x, y, equal),
        _ => Ok(Value::Bool(a[0].is(other) == equal)),
    }
}

/// `x == y` (or `!=`) of two live referents, held for the comparison: an `__eq__` may drop
/// the last other reference to either.
fn compare_referents(vm: &mut Vm, x: ObjKey, y: ObjKey, equal: bool) -> PyResult<Value> {
    let (x, y) = (Value::Obj(x), Value::Obj(y));
    vm.heap.incref(x);
    vm.heap.incref(y);
    let op = if equal { CmpKind::Eq } else { CmpKind::Ne };
    let r = vm.compare(op, x, y);
    vm.heap.decref(x);
    vm.heap.decref(y);
    r
}

fn ref_eq(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    ref_compare(vm, a, true)
}

fn ref_ne(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    ref_compare(vm, a, false)
}

fn getweakrefcount(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = super::exactly_one(vm, "_weakref.getweakrefcount", a)?;
    Ok(Value::Int(refs_to(vm, v).len() as i64))
}

fn getweakrefs(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = super::exactly_one(vm, "_weakref.getweakrefs", a)?;
    let refs: Vec<Value> = refs_to(vm, v).into_iter().map(Value::Obj).collect();
    for &r in &refs {
        vm.heap.incref(r);
    }
    Ok(vm.new_list(refs))
}

/// The module; `ref` is the ReferenceType class, which constructs references.
pub fn module(vm: &mut Vm) -> Value {
    let class = vm.types.weakref;
    super::native_types::adopt(
        vm,
        class,
        crate::vm::native::NativeType {
            new: ref_new,
            next: None,
            basetype: true,
            getters: &[("__callback__", callback_attr)],
        },
    );
    vm.add_methods(
        class,
        &[
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__repr__", ref_repr),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
        ],
    );
    super::slot_wrappers::add_class_getitem(vm, class);
    super::slot_wrappers::install_bound_new(vm, class, super::slot_wrappers::builtin_new);
    vm.heap.incref(Value::Obj(class));
    super::new_module(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
        &[("ref", Value::Obj(class))],
    )
}
