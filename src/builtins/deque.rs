//! `collections.deque` (defined in `_collections`, as in CPython): a double-ended queue whose
//! items live in the instance's own ring buffer (`DequeData`), so `gc` and `%mem` see each
//! item as the deque's referent `[i]`. Its iterators check CPython's mutation counter.

use super::native_types::{self, TypeSpec};
use crate::heap::object::{DequeData, Instance, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::code::CmpKind;
use crate::vm::int_args::Index;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

fn data(vm: &Vm, d: Value) -> Option<&DequeData> {
    match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Instance(i)) => i.deque(),
        _ => None,
    }
}

fn data_mut(vm: &mut Vm, d: Value) -> Option<&mut DequeData> {
    match d.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::Instance(i)) => i.deque_mut(),
        _ => None,
    }
}

fn len(vm: &Vm, d: Value) -> usize {
    data(vm, d).map_or(0, |d| d.items.len())
}

fn item(vm: &Vm, d: Value, i: usize) -> Option<Value> {
    data(vm, d).and_then(|d| d.items.get(i).copied())
}

fn state_of(vm: &Vm, d: Value) -> u64 {
    data(vm, d).map_or(0, |d| d.state)
}

/// Whether `v` is a deque (or an instance of a subclass).
pub fn is_deque(vm: &Vm, v: Value) -> bool {
    data(vm, v).is_some()
}

/// A new empty deque of `class` (a deque subclass too).
fn new_empty(vm: &mut Vm, class: ObjKey, maxlen: Option<usize>) -> Value {
    vm.heap.incref(Value::Obj(class));
    let n = vm.slot_count(class);
    let mut inst = Instance::new_deque(class, n);
    if let Some(d) = inst.deque_mut() {
        d.maxlen = maxlen;
    }
    vm.heap.alloc(Kind::Instance(Box::new(inst)))
}

// ---- the four ends ---------------------------------------------------------------------

/// Appends `v` (owned) on the right; a full deque drops its leftmost item.
fn push_right(vm: &mut Vm, d: Value, v: Value) {
    push(vm, d, v, true)
}

/// Appends `v` (owned) on the left; a full deque drops its rightmost item.
fn push_left(vm: &mut Vm, d: Value, v: Value) {
    push(vm, d, v, false)
}

fn push(vm: &mut Vm, d: Value, v: Value, right: bool) {
    let dropped = match data_mut(vm, d) {
        Some(dq) if dq.maxlen != Some(0) => {
            if right {
                dq.items.push_back(v);
            } else {
                dq.items.push_front(v);
            }
            dq.state += 1;
            match dq.maxlen {
                Some(m) if dq.items.len() > m && right => dq.items.pop_front(),
                Some(m) if dq.items.len() > m => dq.items.pop_back(),
                _ => None,
            }
        }
        // A deque of maxlen 0 takes nothing.
        _ => Some(v),
    };
    if let Some(old) = dropped {
        vm.heap.decref(old);
    }
}

fn pop_end(vm: &mut Vm, d: Value, right: bool) -> PyResult<Value> {
    let popped = data_mut(vm, d).and_then(|dq| {
        let v = if right {
            dq.items.pop_back()
        } else {
            dq.items.pop_front()
        };
        dq.state += v.is_some() as u64;
        v
    });
    match popped {
        Some(v) => Ok(v),
        None => Err(vm.exception_with_msg(vm.types.index_error, "pop from an empty deque".into())),
    }
}

fn one_arg(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<Value> {
    match a.len() {
        2 => Ok(a[1]),
        n => Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            n - 1
        ))),
    }
}

fn no_args(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<()> {
    match a.len() {
        1 => Ok(()),
        n => Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            n - 1
        ))),
    }
}

fn append(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "append", a)?;
    vm.heap.incref(v);
    push_right(vm, a[0], v);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "appendleft", a)?;
    vm.heap.incref(v);
    push_left(vm, a[0], v);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "pop", a)?;
    pop_end(vm, a[0], true)
}

fn popleft(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "popleft", a)?;
    pop_end(vm, a[0], false)
}

/// `extend` (right) / `extendleft` (left) from any iterable; extending with itself copies
/// the items first.
fn extend_from(vm: &mut Vm, d: Value, iterable: Value, right: bool) -> PyResult<()> {
    if iterable.is(d) {
        let items: Vec<Value> =
            data(vm, d).map_or(Vec::new(), |q| q.items.iter().copied().collect());
        for &v in &items {
            vm.heap.incref(v);
        }
        for v in items {
            if right {
                push_right(vm, d, v);
            } else {
                push_left(vm, d, v);
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let r = vm.for_each_next(it, |vm, v| {
        if right {
            push_right(vm, d, v);
        } else {
            push_left(vm, d, v);
        }
        Ok(crate::vm::iter::Step::Next)
    });
    vm.heap.decref(it);
    r
}

fn extend(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "extend", a)?;
    extend_from(vm, a[0], v, true)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "extendleft", a)?;
    extend_from(vm, a[0], v, false)?;
    Ok(Value::None)
}

fn clear_items(vm: &mut Vm, d: Value) {
    let items: Vec<Value> = match data_mut(vm, d) {
        Some(dq) => {
            dq.state += 1;
            dq.items.drain(..).collect()
        }
        None => Vec::new(),
    };
    // First to last, as CPython empties a deque from the left.
    for v in items {
        vm.heap.decref(v);
    }
}

fn clear(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "clear", a)?;
    clear_items(vm, a[0]);
    Ok(Value::None)
}

fn rotate_by(vm: &mut Vm, d: Value, n: i64) {
    if let Some(dq) = data_mut(vm, d) {
        let len = dq.items.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        dq.items.rotate_right(k);
        dq.state += 1;
    }
}

fn rotate(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let n = match a.get(1) {
        Some(&v) => vm.ssize_arg(v)?,
        None => 1,
    };
    rotate_by(vm, a[0], n);
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "reverse", a)?;
    if let Some(dq) = data_mut(vm, a[0]) {
        dq.items.make_contiguous().reverse();
    }
    Ok(Value::None)
}

// ---- searching -------------------------------------------------------------------------

/// The first index in `start..stop` whose item equals `v`; a change to the deque while an
/// `__eq__` runs is the error `changed` names.
fn find(
    vm: &mut Vm,
    d: Value,
    v: Value,
    start: usize,
    stop: usize,
    changed: &str,
    is_index_error: bool,
) -> PyResult<Option<usize>> {
    let state = state_of(vm, d);
    let mut i = start;
    while i < stop.min(len(vm, d)) {
        let Some(x) = item(vm, d, i) else { break };
        vm.heap.incref(x);
        let same = vm.eq(x, v);
        vm.heap.decref(x);
        let same = same?;
        if state_of(vm, d) != state {
            let class = if is_index_error {
                vm.types.index_error
            } else {
                vm.types.runtime_error
            };
            return Err(vm.exception_with_msg(class, changed.into()));
        }
        if same {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn not_in_deque(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let r = vm.repr(v)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn count(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "count", a)?;
    let (d, mut start, mut n) = (a[0], 0, 0);
    while let Some(i) = find(
        vm,
        d,
        v,
        start,
        usize::MAX,
        "deque mutated during iteration",
        false,
    )? {
        n += 1;
        start = i + 1;
    }
    Ok(Value::Int(n))
}

fn contains(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "__contains__", a)?;
    let found = find(
        vm,
        a[0],
        v,
        0,
        usize::MAX,
        "deque mutated during iteration",
        false,
    )?;
    Ok(Value::Bool(found.is_some()))
}

/// A `start`/`stop` bound of `index`, clamped into the deque as list.index does.
fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    let Some(&v) = v else { return Ok(default) };
    if vm.try_index(v)?.is_none() {
        return Err(
            vm.type_error("slice indices must be integers or have an __index__ method".into())
        );
    }
    let i = vm.as_ssize(v, crate::vm::int_args::Overflow::Clamp)?;
    Ok(if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    })
}

fn index(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 4 {
        let n = a.len() - 1;
        let (least, most) = if n < 1 { ("least", 1) } else { ("most", 3) };
        let s = if most == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "index() takes at {least} {most} argument{s} ({n} given)"
        )));
    }
    let n = len(vm, a[0]);
    let start = bound(vm, a.get(2), n, 0)?;
    let stop = bound(vm, a.get(3), n, n)?;
    match find(
        vm,
        a[0],
        a[1],
        start,
        stop,
        "deque mutated during iteration",
        false,
    )? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => not_in_deque(vm, a[1]),
    }
}

fn remove_at(vm: &mut Vm, d: Value, i: usize) {
    let removed = data_mut(vm, d).and_then(|dq| {
        dq.state += 1;
        dq.items.remove(i)
    });
    if let Some(v) = removed {
        vm.heap.decref(v);
    }
}

fn remove(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = one_arg(vm, "remove", a)?;
    match find(
        vm,
        a[0],
        v,
        0,
        usize::MAX,
        "deque mutated during remove().",
        true,
    )? {
        Some(i) => {
            remove_at(vm, a[0], i);
            Ok(Value::None)
        }
        None => not_in_deque(vm, v),
    }
}

fn insert(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let i = vm.as_ssize(a[1], crate::vm::int_args::Overflow::OverflowError)?;
    let d = a[0];
    let (n, maxlen) = data(vm, d).map_or((0, None), |q| (q.items.len(), q.maxlen));
    if maxlen == Some(n) {
        return Err(vm.exception_with_msg(
            vm.types.index_error,
            "deque already at its maximum size".into(),
        ));
    }
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    let v = vm.incref(a[2]);
    if let Some(dq) = data_mut(vm, d) {
        dq.items.insert(at, v);
        dq.state += 1;
    }
    Ok(Value::None)
}

// ---- the sequence protocol -------------------------------------------------------------

/// The position `i` names, with CPython's sequence-protocol errors.
fn position(vm: &mut Vm, d: Value, i: Value) -> PyResult<usize> {
    let n = len(vm, d) as i64;
    let i = match vm.try_index(i)? {
        Some(Index::Fits(i)) => i,
        Some(Index::Huge { .. }) => {
            let t = vm.type_name(i);
            return Err(vm.exception_with_msg(
                vm.types.index_error,
                format!("cannot fit '{t}' into an index-sized integer"),
            ));
        }
        None => {
            let t = vm.type_name(i);
            return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
        }
    };
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.exception_with_msg(vm.types.index_error, "deque index out of range".into()));
    }
    Ok(i as usize)
}

fn getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let i = position(vm, a[0], a[1])?;
    let v = item(vm, a[0], i).unwrap_or(Value::None);
    Ok(vm.incref(v))
}

fn setitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let i = position(vm, a[0], a[1])?;
    let v = vm.incref(a[2]);
    let old = match data_mut(vm, a[0]).and_then(|q| q.items.get_mut(i)) {
        Some(slot) => std::mem::replace(slot, v),
        None => v,
    };
    vm.heap.decref(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let i = position(vm, a[0], a[1])?;
    remove_at(vm, a[0], i);
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(len(vm, a[0]) as i64))
}

fn bool_(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(len(vm, a[0]) > 0))
}

fn items_of(vm: &mut Vm, d: Value) -> Vec<Value> {
    let items: Vec<Value> = data(vm, d).map_or(Vec::new(), |q| q.items.iter().copied().collect());
    for &v in &items {
        vm.heap.incref(v);
    }
    items
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = a[0];
    let k = d.as_obj().expect("a deque");
    if vm.repr_stack.iter().filter(|&&x| x == k).count() >= 2 {
        return Ok(vm.new_str("[...]".to_string()));
    }
    let items = items_of(vm, d);
    let list = vm.new_list(items);
    let r = vm.repr(list);
    vm.heap.decref(list);
    let r = r?;
    let class = vm.type_of(d);
    // The type's own name (`_PyType_Name`): `deque`, or a subclass's.
    let name = match vm.heap.kind(class) {
        Kind::Class(c) => vm.str_of(c.name).unwrap_or("?").to_string(),
        _ => "?".into(),
    };
    let s = match data(vm, d).and_then(|q| q.maxlen) {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    };
    Ok(vm.new_str(s))
}

/// The rich comparisons: deques compare with deques only, item by item as lists do.
fn compare(vm: &mut Vm, a: &[Value], op: CmpKind) -> PyResult<Value> {
    if a.len() != 2 || !is_deque(vm, a[1]) {
        return Ok(Value::NotImplemented);
    }
    if a[0].is(a[1]) && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Eq));
    }
    let (x, y) = (items_of(vm, a[0]), items_of(vm, a[1]));
    let (x, y) = (vm.new_list(x), vm.new_list(y));
    let r = vm.compare(op, x, y);
    vm.heap.decref(x);
    vm.heap.decref(y);
    r
}

macro_rules! comparisons {
    ($($name:ident => $op:expr),*) => {$(
        fn $name(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            compare(vm, a, $op)
        }
    )*};
}

comparisons!(eq => CmpKind::Eq, ne => CmpKind::Ne, lt => CmpKind::Lt, le => CmpKind::Le,
    gt => CmpKind::Gt, ge => CmpKind::Ge);

/// A new deque of `d`'s type and maxlen holding `d`'s items: `copy()`. A subclass is made by
/// calling it, `type(d)(d)` or `type(d)(d, maxlen)`, as CPython does.
fn copy_of(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let class = vm.type_of(d);
    let maxlen = data(vm, d).and_then(|q| q.maxlen);
    if native_types::class_named(vm, "collections", "deque") != Some(class) {
        return match maxlen {
            Some(m) => vm.call(Value::Obj(class), &[d, Value::Int(m as i64)]),
            None => vm.call(Value::Obj(class), &[d]),
        };
    }
    let new = new_empty(vm, class, maxlen);
    for v in items_of(vm, d) {
        push_right(vm, new, v);
    }
    Ok(new)
}

fn copy(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    no_args(vm, "copy", a)?;
    copy_of(vm, a[0])
}

fn add(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if !is_deque(vm, a[1]) {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    }
    let new = copy_of(vm, a[0])?;
    if let Err(e) = extend_from(vm, new, a[1], true) {
        vm.heap.decref(new);
        return Err(e);
    }
    Ok(new)
}

fn iadd(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    extend_from(vm, a[0], a[1], true)?;
    Ok(vm.incref(a[0]))
}

/// `d *= n` in place: the items n times over (a maxlen keeps the last ones).
fn repeat_in_place(vm: &mut Vm, d: Value, n: Value) -> PyResult<()> {
    let n = vm.as_ssize(n, crate::vm::int_args::Overflow::OverflowError)?;
    if n <= 0 {
        clear_items(vm, d);
        return Ok(());
    }
    let items = items_of(vm, d);
    let total = items.len().saturating_mul(n as usize);
    if total > isize::MAX as usize / 8 {
        vm.heap.decref_all(items);
        return Err(vm.memory_error());
    }
    for _ in 1..n {
        for &v in &items {
            vm.heap.incref(v);
            push_right(vm, d, v);
        }
    }
    vm.heap.decref_all(items);
    Ok(())
}

fn mul(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if vm.try_index(a[1])?.is_none() {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    }
    let new = copy_of(vm, a[0])?;
    if let Err(e) = repeat_in_place(vm, new, a[1]) {
        vm.heap.decref(new);
        return Err(e);
    }
    Ok(new)
}

fn imul(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if vm.try_index(a[1])?.is_none() {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    }
    repeat_in_place(vm, a[0], a[1])?;
    Ok(vm.incref(a[0]))
}

fn reduce(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = a[0];
    let class = vm.incref(Value::Obj(vm.type_of(d)));
    let args = match data(vm, d).and_then(|q| q.maxlen) {
        Some(m) => {
            let empty = vm.new_tuple(Vec::new());
            vm.new_tuple(vec![empty, Value::Int(m as i64)])
        }
        None => vm.new_tuple(Vec::new()),
    };
    let dict = vm.intern("__dict__");
    let state = match vm.lookup_attr(d, dict)? {
        Some(s) if super::len_of(vm, s).unwrap_or(0) > 0 => s,
        Some(s) => {
            vm.heap.decref(s);
            Value::None
        }
        None => Value::None,
    };
    let it = vm.get_iter(d)?;
    Ok(vm.new_tuple(vec![class, args, state, it]))
}

fn maxlen(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.attribute_error(
            "attribute 'maxlen' of 'collections.deque' objects is not writable".into(),
        ));
    }
    Ok(match data(vm, a[0]).and_then(|q| q.maxlen) {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

fn sizeof(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let k = a[0].as_obj().expect("a deque");
    let n = crate::heap::size::object_size(vm.heap.obj(k));
    Ok(Value::Int(n as i64))
}

// ---- construction ----------------------------------------------------------------------

/// `deque.__init__(iterable=(), maxlen=None)`: empties the deque and fills it anew.
fn init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, maxlen] =
        super::parse_args(vm, "deque", &a[1..], kw, &["iterable", "maxlen"], 0)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => match vm.try_index(v)? {
            Some(Index::Fits(m)) if m < 0 => {
                return Err(vm.value_error("maxlen must be non-negative".into()))
            }
            Some(Index::Fits(m)) => Some(m as usize),
            Some(Index::Huge { .. }) => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t".into()))
            }
            None => return Err(vm.type_error("an integer is required".into())),
        },
    };
    let d = a[0];
    if len(vm, d) > 0 {
        clear_items(vm, d);
    }
    if let Some(q) = data_mut(vm, d) {
        q.maxlen = maxlen;
    }
    if let Some(it) = iterable {
        extend_from(vm, d, it, true)?;
    }
    Ok(Value::None)
}

/// `deque(...)`: a new deque; its `__init__` fills it unless a subclass brings its own.
fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = a[0].as_obj().expect("the class");
    let d = new_empty(vm, class, None);
    let init_name = vm.names.init;
    let own_init = matches!(
        vm.class_lookup(class, init_name),
        Some(Value::Obj(f)) if matches!(vm.heap.kind(f), Kind::Native(_))
    );
    if own_init {
        if let Err(e) = init(vm, &crate::vm::call::with_receiver(d, &a[1..]), kw) {
            vm.heap.decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

// ---- iterators -------------------------------------------------------------------------
// State: 0 the deque, 1 the next position, 2 the deque's mutation counter when iteration
// began. The reverse iterator counts its position from the right.

fn iter_new(vm: &mut Vm, d: Value, reverse: bool) -> PyResult<Value> {
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    let Some(class) = native_types::class_named(vm, "_collections", name) else {
        return Err(vm.runtime_error(format!("_collections.{name} is not defined")));
    };
    let state = Value::Int(state_of(vm, d) as i64);
    let d = vm.incref(d);
    Ok(native_types::instance(
        vm,
        class,
        vec![d, Value::Int(0), state],
    ))
}

fn iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    iter_new(vm, a[0], false)
}

fn reversed(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    iter_new(vm, a[0], true)
}

fn iter_step(vm: &mut Vm, it: Value, reverse: bool) -> PyResult<Option<Value>> {
    let d = native_types::state(vm, it, 0);
    if d.is_undef() {
        return Ok(None);
    }
    let pos = match native_types::state(vm, it, 1) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let began = native_types::state(vm, it, 2);
    if !Value::Int(state_of(vm, d) as i64).is(began) {
        return Err(vm.runtime_error("deque mutated during iteration".into()));
    }
    let n = len(vm, d);
    if pos >= n {
        native_types::set_state(vm, it, 0, Value::Undef);
        return Ok(None);
    }
    let i = if reverse { n - 1 - pos } else { pos };
    let v = item(vm, d, i).unwrap_or(Value::None);
    native_types::set_state(vm, it, 1, Value::Int(pos as i64 + 1));
    Ok(Some(vm.incref(v)))
}

fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    iter_step(vm, it, false)
}

fn reverse_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    iter_step(vm, it, true)
}

fn iter_length_hint(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = native_types::state(vm, a[0], 0);
    let pos = match native_types::state(vm, a[0], 1) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let left = if d.is_undef() {
        0
    } else {
        len(vm, d).saturating_sub(pos)
    };
    Ok(Value::Int(left as i64))
}

const DEQUE_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("rotate", rotate),
    ("reverse", reverse),
    ("count", count),
    ("index", index),
    ("remove", remove),
    ("insert", insert),
    ("copy", copy),
    ("__copy__", copy),
    ("__len__", dunder_len),
    ("__bool__", bool_),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__reduce__", reduce),
    ("__sizeof__", sizeof),
];

pub const TYPES: &[TypeSpec] = &[
    TypeSpec {
        module: "collections",
        name: "deque",
        state: &[],
        methods: DEQUE_METHODS,
        new,
        next: None,
        basetype: true,
        getters: &[("maxlen", maxlen)],
    },
    TypeSpec {
        module: "_collections",
        name: "_deque_iterator",
        state: &["_deque", "_index", "_state"],
        methods: &[("__length_hint__", iter_length_hint)],
        new: native_types::no_direct_new,
        next: Some(iter_next),
        basetype: false,
        getters: &[],
    },
    TypeSpec {
        module: "_collections",
        name: "_deque_reverse_iterator",
        state: &["_deque", "_index", "_state"],
        methods: &[("__length_hint__", iter_length_hint)],
        new: native_types::no_direct_new,
        next: Some(reverse_iter_next),
        basetype: false,
        getters: &[],
    },
];

/// `deque.__hash__` is None: deques are unhashable.
pub fn finish_deque_class(vm: &mut Vm, class: ObjKey) {
    let key = vm.intern("__hash__");
    vm.class_dict_set(class, key, Value::None);
}
