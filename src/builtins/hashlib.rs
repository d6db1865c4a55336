//! The `hashlib` module over the RustCrypto digests: `md5`, `sha1`, `sha224`, `sha256`,
//! `sha384`, `sha512` and `new(name)`, each making a `_hashlib.HASH` whose running digest is
//! the instance's Rust data (`update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`), with CPython's messages.

use std::cell::RefCell;
use std::rc::Rc;

use digest::DynDigest;

use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

struct Hash {
    name: &'static str,
    block_size: i64,
    state: RefCell<Box<dyn DynDigest>>,
}

const HASH: TypeSpec = TypeSpec {
    module: "_hashlib",
    name: "HASH",
    state: &[],
    methods: &[
        ("update", update),
        ("digest", digest),
        ("hexdigest", hexdigest),
        ("copy", copy),
        ("__repr__", repr),
    ],
    new: no_new,
    next: None,
    basetype: false,
    getters: &[
        ("name", name),
        ("digest_size", digest_size),
        ("block_size", block_size),
    ],
};

/// The algorithms, by the name `new()` takes and `name` gives.
const ALGORITHMS: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

fn make(name: &str) -> Option<(&'static str, i64, Box<dyn DynDigest>)> {
    Some(match name {
        "md5" => ("md5", 64, Box::new(md5::Md5::default())),
        "sha1" => ("sha1", 64, Box::new(sha1::Sha1::default())),
        "sha224" => ("sha224", 64, Box::new(sha2::Sha224::default())),
        "sha256" => ("sha256", 64, Box::new(sha2::Sha256::default())),
        "sha384" => ("sha384", 128, Box::new(sha2::Sha384::default())),
        "sha512" => ("sha512", 128, Box::new(sha2::Sha512::default())),
        _ => return None,
    })
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("new", new),
        ("md5", md5_fn),
        ("sha1", sha1_fn),
        ("sha224", sha224_fn),
        ("sha256", sha256_fn),
        ("sha384", sha384_fn),
        ("sha512", sha512_fn),
    ];
    let m = super::new_module(vm, "hashlib", funcs, &[]);
    let Some(Kind::Module(md)) = m.as_obj().map(|k| vm.heap.kind(k)) else {
        return m;
    };
    let dict = md.dict.as_obj().expect("module dict");
    native_types::define(vm, dict, &HASH);
    for name in ["algorithms_guaranteed", "algorithms_available"] {
        let items: Vec<Value> = ALGORITHMS.iter().map(|a| vm.new_str(*a)).collect();
        let list = vm.new_list(items);
        let set = super::set::set_from(vm, list, false);
        vm.heap.decref(list);
        if let Ok(set) = set {
            let key = vm.intern(name);
            vm.ns_set(dict, key, set);
        }
    }
    m
}

fn no_new(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_hashlib.HASH' instances".into()))
}

/// The bytes a hash is fed, or CPython's TypeError.
fn data_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.str_of(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing".into()));
    }
    match vm.bytes_of(v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("object supporting the buffer API required".into())),
    }
}

fn hash_object(vm: &mut Vm, algorithm: &str, data: Option<Value>) -> PyResult<Value> {
    let Some((name, block_size, mut state)) = make(algorithm) else {
        return Err(vm.value_error(format!("unsupported hash type {algorithm}")));
    };
    if let Some(d) = data {
        let bytes = data_of(vm, d)?;
        state.update(&bytes);
    }
    let class = native_types::class_named(vm, "_hashlib", "HASH").expect("hashlib is imported");
    Ok(native_types::instance_with_native(
        vm,
        class,
        Vec::new(),
        Rc::new(Hash {
            name,
            block_size,
            state: RefCell::new(state),
        }),
    ))
}

/// `hashlib.md5(string=b'', *, usedforsecurity=True)` and the others.
fn named(vm: &mut Vm, a: &[Value], kw: Kwargs, algorithm: &str) -> PyResult<Value> {
    let fname = format!("openssl_{algorithm}");
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            a.len()
        )));
    }
    let [data, _security] =
        super::parse_args(vm, &fname, a, kw, &["string", "usedforsecurity"], 0)?;
    hash_object(vm, algorithm, data)
}

fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [name, data, _security] =
        super::parse_args(vm, "new", a, kw, &["name", "data", "usedforsecurity"], 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(n) = vm.str_of(name).map(str::to_lowercase) else {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {t}")));
    };
    hash_object(vm, &n, data)
}

fn md5_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "md5")
}

fn sha1_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "sha1")
}

fn sha224_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "sha224")
}

fn sha256_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "sha256")
}

fn sha384_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "sha384")
}

fn sha512_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    named(vm, a, kw, "sha512")
}

fn hash(vm: &Vm, me: Value) -> Rc<Hash> {
    native_types::native_data::<Hash>(vm, me).expect("a hash object")
}

fn update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "HASH.update", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let bytes = data_of(vm, a[1])?;
    hash(vm, a[0]).state.borrow_mut().update(&bytes);
    Ok(Value::None)
}

fn finished(vm: &Vm, me: Value) -> Vec<u8> {
    let h = hash(vm, me);
    let copy = h.state.borrow().box_clone();
    copy.finalize().to_vec()
}

fn digest(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = finished(vm, a[0]);
    Ok(vm.new_bytes(d))
}

fn hexdigest(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = finished(vm, a[0]);
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(hex))
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = hash(vm, a[0]);
    let state = h.state.borrow().box_clone();
    let class = vm.type_of(a[0]);
    Ok(native_types::instance_with_native(
        vm,
        class,
        Vec::new(),
        Rc::new(Hash {
            name: h.name,
            block_size: h.block_size,
            state: RefCell::new(state),
        }),
    ))
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = hash(vm, a[0]);
    let addr = vm.object_repr(a[0]);
    let at = addr
        .rsplit(" at ")
        .next()
        .unwrap_or("0x0")
        .trim_end_matches('>');
    Ok(vm.new_str(format!("<{} _hashlib.HASH object @ {at}>", h.name)))
}

fn name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let n = hash(vm, a[0]).name;
    Ok(vm.new_str(n))
}

fn digest_size(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let n = hash(vm, a[0]).state.borrow().output_size();
    Ok(Value::Int(n as i64))
}

fn block_size(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    Ok(Value::Int(hash(vm, a[0]).block_size))
}
