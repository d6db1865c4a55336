//! The `random` module over CPython's Mersenne Twister (`mersenne.rs`): seeded runs print the
//! same numbers as python3.

use num_bigint::BigInt;

use super::mersenne::Mersenne;
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

fn rng(vm: &mut Vm) -> &mut Mersenne {
    vm.rng
        .get_or_insert_with(|| Box::new(Mersenne::from_time()))
}

fn seed(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Random.seed() takes from 1 to 3 positional arguments but {} were given",
            a.len() + 1
        )));
    }
    let m = match a.first().copied().unwrap_or(Value::None) {
        Value::None => Mersenne::from_time(),
        Value::Float(f) => Mersenne::seed_f64(f),
        v => {
            if let Some(n) = vm.to_big(v) {
                Mersenne::seed_int(&n)
            } else if let Some(s) = vm.str_of(v) {
                Mersenne::seed_str(s)
            } else {
                return Err(vm.type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
                        .into(),
                ));
            }
        }
    };
    vm.rng = Some(Box::new(m));
    Ok(Value::None)
}

fn random(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(rng(vm).random()))
}

fn randrange_result(vm: &mut Vm, r: Result<BigInt, String>) -> PyResult<Value> {
    match r {
        Ok(b) => Ok(vm.int_from_big(b)),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn randint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let msg = match a.len() {
        0 => "Random.randint() missing 2 required positional arguments: 'a' and 'b'".to_string(),
        1 => "Random.randint() missing 1 required positional argument: 'b'".to_string(),
        2 => String::new(),
        n => format!(
            "Random.randint() takes 3 positional arguments but {} were given",
            n + 1
        ),
    };
    if !msg.is_empty() {
        return Err(vm.type_error(msg));
    }
    let (lo, hi) = (vm.index_big(a[0])?, vm.index_big(a[1])?);
    let r = rng(vm).randrange_big(&lo, Some(&(hi + 1)), &BigInt::from(1));
    randrange_result(vm, r)
}

fn randrange(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(format!(
            "Random.randrange() takes from 2 to 4 positional arguments but {} were given",
            a.len() + 1
        )));
    }
    let start = vm.index_big(a[0])?;
    let stop = match a.get(1) {
        Some(&v) => Some(vm.index_big(v)?),
        None => None,
    };
    let step = match a.get(2) {
        Some(&s) => vm.index_big(s)?,
        None => BigInt::from(1),
    };
    let r = rng(vm).randrange_big(&start, stop.as_ref(), &step);
    randrange_result(vm, r)
}

fn uniform(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        a.first().and_then(|v| vm.to_f64(*v)),
        a.get(1).and_then(|v| vm.to_f64(*v)),
    ) else {
        return Err(vm.type_error("uniform() expects two numbers".into()));
    };
    Ok(Value::Float(rng(vm).uniform(x, y)))
}

fn gauss(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let mu = a.first().and_then(|v| vm.to_f64(*v)).unwrap_or(0.0);
    let sigma = a.get(1).and_then(|v| vm.to_f64(*v)).unwrap_or(1.0);
    Ok(Value::Float(rng(vm).gauss(mu, sigma)))
}

fn choice(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&seq) = a.first() else {
        return Err(
            vm.type_error("Random.choice() missing 1 required positional argument: 'seq'".into())
        );
    };
    let n = super::len_of(vm, seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = rng(vm).choice_index(n);
    vm.getitem(seq, Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(&Value::Obj(k)) = a.first() else {
        return Err(vm.type_error("shuffle() expects a list".into()));
    };
    let mut items = match vm.heap.kind_mut(k) {
        Kind::List(l) => std::mem::take(l),
        _ => {
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("'{t}' object does not support item assignment")));
        }
    };
    rng(vm).shuffle(&mut items);
    if let Kind::List(l) = vm.heap.kind_mut(k) {
        *l = items;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (Some(&pop), Some(&k)) = (a.first(), a.get(1)) else {
        return Err(
            vm.type_error("Random.sample() missing 1 required positional argument: 'k'".into())
        );
    };
    let items = vm.iterate(pop)?;
    let k = match vm.as_ssize(k, crate::vm::int_args::Overflow::Clamp) {
        Ok(k) => k,
        Err(e) => {
            vm.heap.decref_all(items);
            return Err(e);
        }
    };
    if k < 0 || k as usize > items.len() {
        vm.heap.decref_all(items);
        return Err(vm.value_error("Sample larger than population or is negative".into()));
    }
    let picked = rng(vm).sample_indices(items.len(), k as usize);
    let out: Vec<Value> = picked.iter().map(|&i| items[i]).collect();
    out.iter().for_each(|v| vm.heap.incref(*v));
    vm.heap.decref_all(items);
    Ok(vm.new_list(out))
}

fn getrandbits(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let k = vm.c_int_arg(a.first().copied().unwrap_or(Value::Int(0)))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    vm.check_budget(k as usize / 8)?;
    let b: BigInt = rng(vm).getrandbits(k as u32);
    Ok(vm.int_from_big(b))
}

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("randint", randint),
        ("randrange", randrange),
        ("uniform", uniform),
        ("gauss", gauss),
        ("choice", choice),
        ("shuffle", shuffle),
        ("sample", sample),
        ("getrandbits", getrandbits),
    ];
    super::new_module(vm, "random", funcs, &[])
}
