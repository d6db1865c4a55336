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

/// `ReferenceType(obj[, callback])`, the class first.
fn ref_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    new_ref(vm, &a[1..], kw)
}

/// `ref.__callback__`: read-only.
fn callback_attr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.attribute_error("readonly attribute".into()));
    }
    match a[0].as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::WeakRef(w)) => {
            let cb = w.callback;
            Ok(vm.incref(cb))
        }
        _ => Ok(Value::None),
    }
}

fn new_ref(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
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
    if callback.is(Value::None) {
        let existing = vm.heap.weakrefs.get(&target).and_then(|refs| {
            refs.iter().copied().find(
                |&r| matches!(vm.heap.kind(r), Kind::WeakRef(w) if w.callback.is(Value::None)),
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
        (Some(x), Some(y)) => {
            let op = if equal { CmpKind::Eq } else { CmpKind::Ne };
            vm.compare(op, Value::Obj(x), Value::Obj(y))
        }
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

fn refs_to(vm: &Vm, v: Value) -> Vec<ObjKey> {
    match v {
        Value::Obj(k) => vm.heap.weakrefs.get(&k).cloned().unwrap_or_default(),
        _ => Vec::new(),
    }
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
            basetype: false,
            getters: &[("__callback__", callback_attr)],
        },
    );
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
