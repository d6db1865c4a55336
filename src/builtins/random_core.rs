//! The `_random` module: `_random.Random`, the Mersenne Twister core that `random.Random`
//! (py/random.py) derives from, as CPython's is: `random()`, `getrandbits(k)`, `seed(n)`,
//! `getstate()` and `setstate(state)`. Each instance keeps its generator as its Rust data.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::mersenne::{Mersenne, N};
use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

type Generator = RefCell<Mersenne>;

const RANDOM: TypeSpec = TypeSpec {
    module: "_random",
    name: "Random",
    state: &[],
    methods: &[
        ("random", random),
        ("getrandbits", getrandbits),
        ("seed", seed),
        ("getstate", getstate),
        ("setstate", setstate),
    ],
    new,
    next: None,
    basetype: true,
    getters: &[],
};

pub fn module(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "_random", &[], &[]);
    if let Some(Kind::Module(md)) = m.as_obj().map(|k| vm.heap.kind(k)) {
        let dict = md.dict.as_obj().expect("module dict");
        native_types::define(vm, dict, &RANDOM);
    }
    m
}

fn generator(vm: &Vm, me: Value) -> Rc<Generator> {
    native_types::native_data::<Generator>(vm, me).expect("a Random instance")
}

/// `Random(x=None)`: a generator seeded from `x` (from the OS when None). A subclass's
/// `__init__` seeds it again as it likes.
fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = native_types::class_arg(a);
    let exact = native_types::class_named(vm, "_random", "Random") == Some(class);
    if exact && !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments".into()));
    }
    if exact && a.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument".into()));
    }
    let m = match a.get(1) {
        Some(&x) if exact => seeded(vm, x)?,
        _ => Mersenne::from_time(),
    };
    Ok(native_types::instance_with_native(
        vm,
        class,
        Vec::new(),
        Rc::new(RefCell::new(m)),
    ))
}

/// The generator `seed(x)` makes: from the OS for None, from `abs(x)` for an int, from the
/// UTF-8 (str) or the bytes followed by their SHA-512 for str, bytes and bytearray (what
/// random.py's version-2 seeding hands over), from `hash(x)` otherwise.
fn seeded(vm: &mut Vm, x: Value) -> PyResult<Mersenne> {
    Ok(match x {
        Value::None => Mersenne::from_time(),
        Value::Int(_) | Value::Bool(_) => Mersenne::seed_int(&vm.to_big(x).unwrap_or_default()),
        Value::Float(f) => Mersenne::seed_f64(f),
        _ => {
            if let Some(s) = vm.str_of(x) {
                Mersenne::seed_str(s)
            } else if let Some(b) = vm.bytes_of(x) {
                Mersenne::seed_bytes(b)
            } else if let Some(n) = vm.to_big(x) {
                Mersenne::seed_int(&n)
            } else {
                Mersenne::seed_hash(vm.hash(x)?)
            }
        }
    })
}

fn random(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = generator(vm, a[0]);
    let x = g.borrow_mut().random();
    Ok(Value::Float(x))
}

fn getrandbits(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "getrandbits", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    let k = vm.c_int_arg(a[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    vm.check_budget(k as usize / 8)?;
    let g = generator(vm, a[0]);
    if k <= 62 {
        let r = g.borrow_mut().getrandbits_u128(k as u32);
        return Ok(Value::Int(r as i64));
    }
    let b: BigInt = g.borrow_mut().getrandbits(k as u32);
    Ok(vm.int_from_big(b))
}

fn seed(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    native_types::no_keywords(vm, "seed", kw)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "seed expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let m = seeded(vm, a.get(1).copied().unwrap_or(Value::None))?;
    let g = generator(vm, a[0]);
    *g.borrow_mut() = m;
    Ok(Value::None)
}

fn getstate(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let g = generator(vm, a[0]);
    let items: Vec<Value> = {
        let m = g.borrow();
        let (words, index) = m.state();
        words
            .iter()
            .map(|&w| Value::Int(w as i64))
            .chain(std::iter::once(Value::Int(index as i64)))
            .collect()
    };
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let state = a.get(1).copied().unwrap_or(Value::None);
    let items: Vec<Value> = match state.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple".into())),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size".into()));
    }
    let mut mt = [0u32; N];
    for (i, &v) in items[..N].iter().enumerate() {
        mt[i] = unsigned_long(vm, v)? as u32;
    }
    let index = match vm.try_index(items[N])? {
        Some(crate::vm::int_args::Index::Fits(i)) => i,
        Some(_) => -1,
        None => {
            let t = vm.type_name(items[N]);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state".into()));
    }
    let g = generator(vm, a[0]);
    *g.borrow_mut() = Mersenne::from_state(mt, index as usize);
    Ok(Value::None)
}

/// A state word as C's `PyLong_AsUnsignedLong` reads it.
fn unsigned_long(vm: &mut Vm, v: Value) -> PyResult<u64> {
    let Some(b) = vm.to_big(v) else {
        return Err(vm.type_error("an integer is required".into()));
    };
    if b.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative value to unsigned int".into()));
    }
    u64::try_from(b)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned long".into()))
}
