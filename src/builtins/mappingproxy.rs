//! `C.__dict__` and `vars(C)`: a `mappingproxy`, a live read-only view of a class's namespace
//! (a `DictView` of kind `Proxy` over the class). Reads go to the namespace; writes are refused
//! with CPython's messages, since a class's attributes change only through `setattr`, which
//! gives the class a new version tag.

use crate::heap::object::{DictView, Kind, ViewKind};
use crate::heap::{ObjKey, Value};
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// A new mappingproxy over `class`'s namespace (owned).
pub fn new_proxy(vm: &mut Vm, class: ObjKey) -> Value {
    vm.heap.incref(Value::Obj(class));
    vm.heap.alloc(Kind::DictView(Box::new(DictView {
        dict: Value::Obj(class),
        kind: ViewKind::Proxy,
    })))
}

/// `types.MappingProxyType(d)`: a read-only view of a dict (or of a dict subclass's items).
pub fn from_python(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [m] = super::parse_args(vm, "mappingproxy", a, kw, &["mapping"], 1)?;
    let m = m.unwrap_or(Value::None);
    let target = match vm.unwrap_payload(m) {
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::Dict(_)) => k,
        _ => {
            let t = vm.type_name(m);
            return Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {t}"
            )));
        }
    };
    Ok(new_proxy(vm, target))
}

/// For a mappingproxy, the mapping it shows (owned): its dict, or a class namespace copied
/// into one; None for anything else.
pub fn shown_mapping(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let target = match v.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::DictView(d)) if d.kind == ViewKind::Proxy => d.dict,
        _ => return Ok(None),
    };
    match target.as_obj().map(|t| vm.heap.kind(t)) {
        Some(Kind::Dict(_)) => Ok(Some(vm.incref(target))),
        _ => proxy_copy(vm, target).map(Some),
    }
}

/// The class a proxy (or a view made from one) reads.
fn class_of(vm: &Vm, proxy: Value) -> Value {
    match proxy.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::DictView(v)) => v.dict,
        _ => Value::None,
    }
}

/// `dict(proxy)` without going through the protocol: a new dict of the namespace's items.
pub fn proxy_copy(vm: &mut Vm, class: Value) -> PyResult<Value> {
    let pairs: Vec<(Value, Value)> = class
        .as_obj()
        .and_then(|k| vm.namespace(k))
        .map(|d| d.iter().map(|e| (e.key, e.value)).collect())
        .unwrap_or_default();
    super::introspect::dict_from_pairs(vm, pairs)
}

fn view_of(vm: &mut Vm, a: &[Value], kind: ViewKind) -> Value {
    let class = class_of(vm, a[0]);
    vm.heap.incref(class);
    vm.heap
        .alloc(Kind::DictView(Box::new(DictView { dict: class, kind })))
}

fn keys(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view_of(vm, a, ViewKind::Keys))
}

fn values(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view_of(vm, a, ViewKind::Values))
}

fn items(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(view_of(vm, a, ViewKind::Items))
}

fn get(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = class_of(vm, a[0]);
    let default = a.get(2).copied().unwrap_or(Value::None);
    let v = vm.class_ns_get(class, a[1])?.unwrap_or(default);
    Ok(vm.incref(v))
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let class = class_of(vm, a[0]);
    proxy_copy(vm, class)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy;
    vm.add_methods(
        t,
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("copy", copy),
        ],
    );
}
