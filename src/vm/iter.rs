//! Iteration and subscripts: `iter()` for every iterable kind, `next()` (None at the end, no
//! StopIteration object for the common case), unpacking, `yield from` delegation, and
//! `obj[i]` / `obj[i] = v` / `del obj[i]` with slices.

use smallvec::SmallVec;

use super::call::GenResult;
use super::int_args::{Index, Overflow};
use super::interrupts::CHECK_EVERY;
use super::{PyResult, Vm};
use crate::heap::object::{Iter, Kind, Layout, SeqOf, ViewKind};
use crate::heap::{ObjKey, Value};

/// Whether a `for_each_item` callback wants the next item.
pub enum Step {
    Next,
    Stop,
}

/// IndexError for `l[i] = v` and `del l[i]` outside the list.
const ASSIGN_RANGE: &str = "list assignment index out of range";

impl Vm {
    /// `iter(v)` (owned iterator).
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let it = match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_) => {
                    let of = match self.heap.kind(k) {
                        Kind::List(_) => SeqOf::List,
                        Kind::Tuple(_) => SeqOf::Tuple,
                        Kind::Bytes(_) => SeqOf::Bytes,
                        _ => SeqOf::ByteArray,
                    };
                    Iter::Seq {
                        seq: v,
                        index: 0,
                        of,
                    }
                }
                Kind::Str(_) => Iter::Str { s: v, byte: 0 },
                Kind::Range(r) => {
                    return Ok(self.heap.alloc(Kind::Iter(Box::new(Iter::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    }))))
                }
                Kind::BigRange(r) => {
                    let state = (r.start.clone(), r.step.clone(), r.len.clone());
                    return Ok(self
                        .heap
                        .alloc(Kind::Iter(Box::new(Iter::BigRange(Box::new(state))))));
                }
                Kind::Dict(d) => Iter::Dict {
                    dict: v,
                    index: 0,
                    what: ViewKind::Keys,
                    len: d.len(),
                    remaining: d.len(),
                },
                Kind::DictView(dv) => {
                    let (d, what) = (dv.dict, dv.kind);
                    let what = if what == ViewKind::Proxy {
                        ViewKind::Keys
                    } else {
                        what
                    };
                    let len = d
                        .as_obj()
                        .and_then(|dk| self.namespace(dk))
                        .map_or(0, |dd| dd.len());
                    self.heap.incref(d);
                    return Ok(self.heap.alloc(Kind::Iter(Box::new(Iter::Dict {
                        dict: d,
                        index: 0,
                        what,
                        len,
                        remaining: len,
                    }))));
                }
                Kind::Set(s) => Iter::Set {
                    set: v,
                    index: 0,
                    len: s.table.len(),
                },
                Kind::File(f) if f.is_closed() => {
                    return Err(self.value_error("I/O operation on closed file.".into()))
                }
                Kind::Iter(_) | Kind::Generator(_) | Kind::File(_) => return Ok(self.incref(v)),
                Kind::Class(c)
                    if c.metaclass.is_some() && self.special(v, self.names.iter).is_some() =>
                {
                    let f = self.special(v, self.names.iter).expect("checked");
                    return self.call(f, &[v]);
                }
                Kind::Instance(_) => {
                    if let Some(f) = self.special(v, self.names.iter) {
                        // `__iter__ = None` declares the class not iterable (slot_tp_iter).
                        if f.is(Value::None) {
                            return Err(self.not_iterable(v));
                        }
                        let r = self.call(f, &[v])?;
                        if self.special(r, self.names.next).is_none()
                            && !matches!(r, Value::Obj(rk) if matches!(self.heap.kind(rk), Kind::Iter(_) | Kind::Generator(_)))
                        {
                            let t = self.type_name(r);
                            self.heap.decref(r);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{t}'"
                            )));
                        }
                        return Ok(r);
                    }
                    if let Some(p) = self.payload(v) {
                        return self.get_iter(p);
                    }
                    // A native type's `__getitem__` is a mapping's (CPython's mp_subscript,
                    // `re.Match`), which iteration does not fall back to.
                    if self.special(v, self.names.getitem).is_some()
                        && crate::builtins::native_types::native_base(self, self.type_of(v))
                            .is_none()
                    {
                        Iter::GetItem { obj: v, index: 0 }
                    } else {
                        return Err(self.not_iterable(v));
                    }
                }
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        self.heap.incref(v);
        Ok(self.heap.alloc(Kind::Iter(Box::new(it))))
    }

    /// Whether `v`'s type can be iterated at all (has `__iter__` or is a sequence): CPython's
    /// test before it words a failed `*x` as "must be an iterable".
    pub fn has_iter(&self, v: Value) -> bool {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Instance(_) | Kind::Exception(_) => {
                    self.special(v, self.names.iter).is_some()
                        || self.special(v, self.names.getitem).is_some()
                        || self.payload(v).is_some_and(|p| self.has_iter(p))
                }
                Kind::List(_)
                | Kind::Tuple(_)
                | Kind::Str(_)
                | Kind::Bytes(_)
                | Kind::ByteArray(_)
                | Kind::Range(_)
                | Kind::BigRange(_)
                | Kind::Dict(_)
                | Kind::DictView(_)
                | Kind::Set(_)
                | Kind::Iter(_)
                | Kind::Generator(_)
                | Kind::File(_) => true,
                _ => false,
            },
            _ => false,
        }
    }

    /// The items of `*v` in a display (`[*v]`, `(*v,)`, `f(a, *v)`), with CPython's message
    /// when `v` is no iterable at all.
    pub fn iterate_starred(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if !self.has_iter(v) {
            let t = self.type_name(v);
            return Err(self.type_error(format!("Value after * must be an iterable, not {t}")));
        }
        self.iterate_sized(v)
    }

    fn not_iterable(&mut self, v: Value) -> super::PyErr {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not iterable"))
    }

    /// The next item (owned), or None when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Every native loop over an iterator passes here: Ctrl-C stops it (one load).
        if crate::heap::signals::requested() {
            self.check_signals()?;
        }
        let Value::Obj(k) = it else {
            let t = self.type_name(it);
            return Err(self.type_error(format!("'{t}' object is not an iterator")));
        };
        let heap = &mut self.heap;
        // Ranges and sequences advance here; the other iterators in `next_slow`.
        match heap.kind_mut(k) {
            Kind::Iter(iter) => match &mut **iter {
                Iter::Range { next, stop, step } => {
                    let cur = *next;
                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                        *next = cur.saturating_add(*step);
                        return Ok(Some(Value::Int(cur)));
                    }
                    return Ok(None);
                }
                Iter::BigRange(state) => {
                    let (next, step, left) = &mut **state;
                    if num_traits::Zero::is_zero(left) {
                        return Ok(None);
                    }
                    *left -= 1u8;
                    let cur = next.clone();
                    *next += &*step;
                    return Ok(Some(self.int_from_big(cur)));
                }
                Iter::Seq { seq, index, .. } => {
                    let (seq, i) = (*seq, *index);
                    let Value::Obj(sk) = seq else {
                        return Ok(None);
                    };
                    *index += 1;
                    let v = match heap.kind(sk) {
                        Kind::List(l) => l.get(i).copied(),
                        Kind::Tuple(t) => t.get(i).copied(),
                        Kind::Bytes(b) => b.b.get(i).map(|&c| Value::Int(c as i64)),
                        Kind::ByteArray(b) => b.get(i).map(|&c| Value::Int(c as i64)),
                        _ => None,
                    };
                    match v {
                        Some(v) => heap.incref(v),
                        None => self.release_iterated(k),
                    }
                    return Ok(v);
                }
                _ => (),
            },
            Kind::Generator(_) => {
                return match self.gen_send(k, Value::None)? {
                    GenResult::Yield(v) => Ok(Some(v)),
                    GenResult::Return(v) => {
                        self.heap.decref(v);
                        Ok(None)
                    }
                };
            }
            Kind::File(_) => return crate::builtins::text_file::file_next(self, it),
            Kind::Instance(i) => {
                let class = i.class;
                // Only a native type's instance (Opaque layout) can have a native `next`.
                if self.class_layout(class) == Layout::Opaque {
                    if let Some(next) = self.native_types.get(&class).and_then(|t| t.next) {
                        return next(self, it);
                    }
                }
                let Some(f) = self.special(it, self.names.next) else {
                    let t = self.type_name(it);
                    return Err(self.type_error(format!("'{t}' object is not an iterator")));
                };
                return match self.call(f, &[it]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e.0, self.types.stop_iteration) => {
                        self.heap.decref(e.0);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            _ => {
                let t = self.type_name(it);
                return Err(self.type_error(format!("'{t}' object is not an iterator")));
            }
        };
        self.next_slow(k)
    }

    fn next_slow(&mut self, k: crate::heap::ObjKey) -> PyResult<Option<Value>> {
        let Kind::Iter(iter) = self.heap.kind(k) else {
            return Ok(None);
        };
        match &**iter {
            Iter::Str { s, byte } => {
                let (s, b) = (*s, *byte);
                let text = self.str_of(s).unwrap_or("");
                let Some(c) = text[b..].chars().next() else {
                    return Ok(None);
                };
                if let Iter::Str { byte, .. } = self.iter_state(k) {
                    *byte += c.len_utf8();
                }
                let mut buf = [0u8; 4];
                let cs = c.encode_utf8(&mut buf);
                let v = self.intern_char(cs);
                Ok(Some(v))
            }
            Iter::Dict {
                dict,
                index,
                what,
                len,
                remaining,
            } => {
                let (d, mut i, what, len, remaining) = (*dict, *index, *what, *len, *remaining);
                // A dict, or a class namespace behind a mappingproxy.
                let Some(dd) = d.as_obj().and_then(|d| self.namespace(d)) else {
                    return Ok(None);
                };
                if dd.len() != len {
                    return Err(
                        self.runtime_error("dictionary changed size during iteration".into())
                    );
                }
                while i < dd.entry_slots() && dd.entry_at(i).is_none() {
                    i += 1;
                }
                let Some(e) = dd.entry_at(i).copied() else {
                    self.release_iterated(k);
                    return Ok(None);
                };
                if remaining == 0 {
                    // Past the end for good, as CPython drops its dict reference here.
                    self.release_iterated(k);
                    return Err(
                        self.runtime_error("dictionary keys changed during iteration".into())
                    );
                }
                if let Iter::Dict {
                    index, remaining, ..
                } = self.iter_state(k)
                {
                    *index = i + 1;
                    *remaining -= 1;
                }
                Ok(Some(match what {
                    ViewKind::Keys | ViewKind::Proxy => self.incref(e.key),
                    ViewKind::Values => self.incref(e.value),
                    ViewKind::Items => {
                        self.heap.incref(e.key);
                        self.heap.incref(e.value);
                        self.new_tuple(vec![e.key, e.value])
                    }
                }))
            }
            Iter::Set { set, index, len } => {
                let (s, mut i, len) = (*set, *index, *len);
                let Some(Kind::Set(so)) = s.as_obj().map(|s| self.heap.kind(s)) else {
                    return Ok(None);
                };
                if so.table.len() != len {
                    return Err(self.runtime_error("Set changed size during iteration".into()));
                }
                while i < so.table.slots() && so.table.key_at(i).is_none() {
                    i += 1;
                }
                let Some(v) = so.table.key_at(i) else {
                    self.release_iterated(k);
                    return Ok(None);
                };
                if let Iter::Set { index, .. } = self.iter_state(k) {
                    *index = i + 1;
                }
                Ok(Some(self.incref(v)))
            }
            Iter::Reversed { seq, index } => {
                let (seq, i) = (*seq, *index);
                if i == 0 || !matches!(seq, Value::Obj(_)) {
                    self.release_iterated(k);
                    return Ok(None);
                }
                if let Iter::Reversed { index, .. } = self.iter_state(k) {
                    *index -= 1;
                }
                let v = match self.heap.kind(seq.as_obj().expect("seq")) {
                    Kind::List(l) => l.get(i - 1).copied(),
                    Kind::Tuple(t) => t.get(i - 1).copied(),
                    Kind::Bytes(b) => b.b.get(i - 1).map(|&c| Value::Int(c as i64)),
                    Kind::ByteArray(b) => b.get(i - 1).map(|&c| Value::Int(c as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => Ok(Some(self.incref(v))),
                    None => {
                        if let Kind::Range(r) = self.heap.kind(seq.as_obj().expect("seq")) {
                            return Ok(Some(Value::Int(r.get(i as i64 - 1))));
                        }
                        Ok(None)
                    }
                }
            }
            Iter::Enumerate { it, count } => {
                let (inner, count) = (*it, *count);
                let Some(v) = self.next(inner)? else {
                    return Ok(None);
                };
                let next = self.binary(crate::syntax::ast::BinOp::Add, count, Value::Int(1))?;
                if let Iter::Enumerate { count: c, .. } = self.iter_state(k) {
                    *c = next;
                }
                Ok(Some(self.new_tuple(vec![count, v])))
            }
            Iter::Zip { its, .. } if its.is_empty() => Ok(None),
            Iter::Zip { its, strict } => {
                let (its, strict) = (SmallVec::<[Value; 4]>::from_slice(its), *strict);
                match self.next_of_each(&its)? {
                    Ok(items) => Ok(Some(self.new_tuple(items))),
                    Err(i) if strict => self.zip_unequal(&its, i),
                    Err(_) => Ok(None),
                }
            }
            Iter::Map { func, its } => {
                let (func, its) = (*func, SmallVec::<[Value; 4]>::from_slice(its));
                let Ok(items) = self.next_of_each(&its)? else {
                    return Ok(None);
                };
                let r = self.call(func, &items);
                self.heap.decref_all(items);
                r.map(Some)
            }
            Iter::Filter { func, it } => {
                let (func, inner) = (*func, *it);
                loop {
                    let Some(v) = self.next(inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is(Value::None) {
                        self.truthy(v)
                    } else {
                        let r = self.call(func, &[v]);
                        match r {
                            Ok(r) => {
                                let t = self.truthy(r);
                                self.heap.decref(r);
                                t
                            }
                            Err(e) => Err(e),
                        }
                    };
                    match keep {
                        Ok(true) => return Ok(Some(v)),
                        Ok(false) => self.heap.decref(v),
                        Err(e) => {
                            self.heap.decref(v);
                            return Err(e);
                        }
                    }
                }
            }
            Iter::GetItem { obj, index } => {
                let (obj, i) = (*obj, *index);
                if let Iter::GetItem { index, .. } = self.iter_state(k) {
                    *index += 1;
                }
                match self.getitem(obj, Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.isinstance(e.0, self.types.index_error)
                            || self.isinstance(e.0, self.types.stop_iteration) =>
                    {
                        self.heap.decref(e.0);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Iter::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                if func.is(Value::None) {
                    return Ok(None);
                }
                let v = match self.call(func, &[]) {
                    Ok(v) => v,
                    Err(e) if self.isinstance(e.0, self.types.stop_iteration) => {
                        self.heap.decref(e.0);
                        self.exhaust_callable_iter(k);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                let done = match self.eq(v, sentinel) {
                    Ok(d) => d,
                    Err(e) => {
                        self.heap.decref(v);
                        return Err(e);
                    }
                };
                if done {
                    self.heap.decref(v);
                    self.exhaust_callable_iter(k);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Iter::Range { .. } | Iter::BigRange(_) | Iter::Seq { .. } => Ok(None),
        }
    }

    /// The next item of each iterator (owned), as zip and map take them; `Err(i)` when
    /// iterator `i` is exhausted. The items already taken are released on either failure.
    fn next_of_each(&mut self, its: &[Value]) -> PyResult<Result<Vec<Value>, usize>> {
        let mut items = Vec::with_capacity(its.len());
        for (i, &it) in its.iter().enumerate() {
            match self.next(it) {
                Ok(Some(v)) => items.push(v),
                other => {
                    self.heap.decref_all(items);
                    return other.map(|_| Err(i));
                }
            }
        }
        Ok(Ok(items))
    }

    /// `zip(strict=True)` found input `i` exhausted: an error unless every input ends here.
    fn zip_unequal(&mut self, its: &[Value], i: usize) -> PyResult<Option<Value>> {
        let earlier = |i: usize| match i {
            1 => "argument 1".to_string(),
            _ => format!("arguments 1-{i}"),
        };
        if i > 0 {
            let msg = format!("zip() argument {} is shorter than {}", i + 1, earlier(i));
            return Err(self.value_error(msg));
        }
        for (j, &it) in its.iter().enumerate().skip(1) {
            if let Some(v) = self.next(it)? {
                self.heap.decref(v);
                let msg = format!("zip() argument {} is longer than {}", j + 1, earlier(j));
                return Err(self.value_error(msg));
            }
        }
        Ok(None)
    }

    /// An exhausted iterator lets go of what it iterated, as CPython's list, tuple, dict,
    /// set and reversed iterators do: a list reached only through a finished `for` loop's
    /// iterator dies when the loop ends.
    fn release_iterated(&mut self, k: crate::heap::ObjKey) {
        let old = match self.iter_state(k) {
            Iter::Seq { seq: v, .. }
            | Iter::Dict { dict: v, .. }
            | Iter::Set { set: v, .. }
            | Iter::Reversed { seq: v, .. } => std::mem::replace(v, Value::None),
            _ => Value::None,
        };
        self.heap.decref(old);
    }

    /// The state of iterator object `k`, to advance it.
    /// A callable iterator that reached its end lets go of its function and sentinel.
    fn exhaust_callable_iter(&mut self, k: crate::heap::ObjKey) {
        if let Iter::Callable { func, sentinel } = self.iter_state(k) {
            let old = (
                std::mem::replace(func, Value::None),
                std::mem::replace(sentinel, Value::None),
            );
            self.heap.decref(old.0);
            self.heap.decref(old.1);
        }
    }

    fn iter_state(&mut self, k: crate::heap::ObjKey) -> &mut Iter {
        match self.heap.kind_mut(k) {
            Kind::Iter(it) => it,
            other => unreachable!("iter_state on a {}", other.tag()),
        }
    }

    /// A one-character string (interned: iterating strings allocates nothing new per char).
    pub fn intern_char(&mut self, c: &str) -> Value {
        let v = self.intern(c);
        self.incref(v)
    }

    /// All items of an iterable (owned); the buffer grows fallibly (MemoryError) and Ctrl-C
    /// stops a long collection.
    pub fn iterate(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.collect_items(v, false)
    }

    /// `iterate` as the list-building paths of CPython do it (`list()`, `tuple()`, `extend`,
    /// `sorted`, `[*v]`): the length hint first, so a huge range fails at once, as in CPython.
    pub fn iterate_sized(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.collect_items(v, true)
    }

    fn collect_items(&mut self, v: Value, hinted: bool) -> PyResult<Vec<Value>> {
        if let Value::Obj(k) = v {
            let exact = match self.heap.kind(k) {
                Kind::List(l) => Some(l.len()),
                Kind::Tuple(t) => Some(t.len()),
                _ => None,
            };
            if let Some(n) = exact {
                let mut items = self.vec_with_capacity(n)?;
                items.extend_from_slice(self.seq_slice(v));
                items.iter().for_each(|x| self.heap.incref(*x));
                return Ok(items);
            }
        }
        // As list_extend: the iterator first, then the length hint of the iterable.
        let it = self.get_iter(v)?;
        let hint = if hinted {
            self.length_hint(v)
        } else {
            Ok(None)
        };
        let mut out = match hint.and_then(|h| self.vec_with_capacity(h.unwrap_or(0))) {
            Ok(out) => out,
            Err(e) => {
                self.heap.decref(it);
                return Err(e);
            }
        };
        let r = self.for_each_next(it, |vm, x| {
            if let Err(e) = vm.reserve(&mut out, 1) {
                vm.heap.decref(x);
                return Err(e);
            }
            out.push(x);
            Ok(Step::Next)
        });
        self.heap.decref(it);
        match r {
            Ok(()) => Ok(out),
            Err(e) => {
                self.heap.decref_all(out);
                Err(e)
            }
        }
    }

    /// The length a builtin iterable announces before being collected (ranges: OverflowError
    /// beyond `Py_ssize_t`, as `len()` would say).
    fn length_hint(&mut self, v: Value) -> PyResult<Option<usize>> {
        let Value::Obj(k) = v else { return Ok(None) };
        match self.heap.kind(k) {
            Kind::Range(r) => Ok(Some(r.len() as usize)),
            Kind::BigRange(r) => match num_traits::ToPrimitive::to_i64(&r.len) {
                Some(n) => Ok(Some(n as usize)),
                None => {
                    Err(self.overflow_error("Python int too large to convert to C ssize_t".into()))
                }
            },
            Kind::Instance(_) => self.user_length_hint(v),
            _ => Ok(None),
        }
    }

    /// PyObject_LengthHint for an instance: `__len__` (a TypeError from it means "no hint"),
    /// then `__length_hint__`; any other error propagates, as `list(x)` shows.
    fn user_length_hint(&mut self, v: Value) -> PyResult<Option<usize>> {
        if self.user_special(v, self.names.len).is_some() {
            match crate::builtins::len_of(self, v) {
                Ok(n) => return Ok(Some(n)),
                Err(e) if self.isinstance(e.0, self.types.type_error) => self.heap.decref(e.0),
                Err(e) => return Err(e),
            }
        }
        let name = self.intern("__length_hint__");
        let Some(f) = self.user_special(v, name) else {
            return Ok(None);
        };
        let r = self.call(f, &[v])?;
        let n = match r {
            Value::NotImplemented => return Ok(None),
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            _ => {
                let t = self.type_name(r);
                self.heap.decref(r);
                return Err(self.type_error(format!("__length_hint__ must be an integer, not {t}")));
            }
        };
        if n < 0 {
            return Err(self.value_error("__length_hint__() should return >= 0".into()));
        }
        Ok(Some(n as usize))
    }

    /// Calls `f` with each item of `v` (an owned reference each), in order, until `f` says
    /// `Step::Stop` or fails; checks for Ctrl-C and the memory budget every few thousand items.
    pub fn for_each_item(
        &mut self,
        v: Value,
        f: impl FnMut(&mut Vm, Value) -> PyResult<Step>,
    ) -> PyResult<()> {
        let it = self.get_iter(v)?;
        let r = self.for_each_next(it, f);
        self.heap.decref(it);
        r
    }

    /// `for_each_item` over an iterator already made (borrowed): `iter()` is not called
    /// again, which a Python `__iter__` would see.
    pub fn for_each_next(
        &mut self,
        it: Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<Step>,
    ) -> PyResult<()> {
        let mut n = 0usize;
        loop {
            n += 1;
            if n.is_multiple_of(CHECK_EVERY) {
                self.check_signals()?;
            }
            match self.next(it)? {
                Some(x) => {
                    if let Step::Stop = f(self, x)? {
                        return Ok(());
                    }
                }
                None => return Ok(()),
            }
        }
    }

    /// Unpacks for `a, b = v` / `a, *b, c = v` (owned items, in order).
    pub fn unpack(
        &mut self,
        v: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match self.iterate(v) {
            Ok(i) => i,
            Err(e) => {
                if self.isinstance(e.0, self.types.type_error) {
                    self.heap.decref(e.0);
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                return Err(e);
            }
        };
        match after {
            None => {
                if items.len() != before {
                    let n = items.len();
                    self.heap.decref_all(items);
                    return Err(if n > before {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {before}, got {n})"
                        ))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    let n = items.len();
                    self.heap.decref_all(items);
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {n})",
                        before + after
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                let list = self.new_list(middle);
                items.push(list);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// One step of `yield from`: sends into a generator, or takes `next` of another iterator.
    pub fn send_into(&mut self, it: Value, sent: Value) -> PyResult<GenResult> {
        if let Value::Obj(k) = it {
            if matches!(self.heap.kind(k), Kind::Generator(_)) {
                return self.gen_send(k, sent);
            }
        }
        // Another iterator: `send(None)` is its `__next__`, another value goes to its `send`;
        // the StopIteration that ends it carries the `yield from`'s value.
        if !sent.is(Value::None) {
            let name = self.intern("send");
            let send = self.getattr(it, name)?;
            let r = self.call(send, &[sent]);
            self.heap.decref(send);
            return self.as_resumption(r);
        }
        if let Some(next) = self.user_special(it, self.names.next) {
            self.heap.incref(next);
            let r = self.call(next, &[it]);
            self.heap.decref(next);
            return self.as_resumption(r);
        }
        match self.next(it)? {
            Some(v) => Ok(GenResult::Yield(v)),
            None => Ok(GenResult::Return(Value::None)),
        }
    }

    /// Normalises a Python index against a length.
    fn seq_index(&mut self, idx: Value, len: usize, what: &str) -> PyResult<usize> {
        self.seq_index_or(idx, len, what, None)
    }

    /// `seq_index` with the IndexError message for an index outside the sequence (None:
    /// "WHAT index out of range").
    pub(crate) fn seq_index_or(
        &mut self,
        idx: Value,
        len: usize,
        what: &str,
        out_of_range: Option<&str>,
    ) -> PyResult<usize> {
        let i = match self.try_index(idx)? {
            Some(Index::Fits(i)) => i,
            Some(Index::Huge { .. }) => return Err(self.cannot_fit(idx, Overflow::IndexError)),
            None => {
                let t = self.type_name(idx);
                // unicode_subscript words it differently from list and tuple.
                return Err(self.type_error(if what == "string" {
                    format!("string indices must be integers, not '{t}'")
                } else {
                    format!("{what} indices must be integers or slices, not {t}")
                }));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(match out_of_range {
                Some(msg) => self.index_error(msg),
                None => self.index_error(&format!("{what} index out of range")),
            });
        }
        Ok(j as usize)
    }

    /// Resolves a slice object against a length: (start, stop, step) as CPython's indices().
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<(i64, i64, i64)> {
        let parts = match s {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Slice(p) => **p,
                _ => [Value::None; 3],
            },
            _ => [Value::None; 3],
        };
        let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
            if v.is(Value::None) {
                return Ok(None);
            }
            match v {
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(b as i64)),
                _ => match vm.try_index(v)? {
                    Some(super::int_args::Index::Fits(i)) => Ok(Some(i)),
                    // PySlice_Unpack clamps huge ints to +-PY_SSIZE_T_MAX.
                    Some(super::int_args::Index::Huge { negative }) => {
                        Ok(Some(if negative { -i64::MAX } else { i64::MAX }))
                    }
                    None => Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method".into(),
                    )),
                },
            }
        };
        let step = get(self, parts[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero".into()));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i + len } else { i };
                    i.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(get(self, parts[0])?, 0, 0, len),
                clamp(get(self, parts[1])?, len, 0, len),
            )
        } else {
            (
                clamp(get(self, parts[0])?, len - 1, -1, len - 1),
                clamp(get(self, parts[1])?, -1, -1, len - 1),
            )
        };
        Ok((start, stop, step))
    }

    /// `range[idx]` with arbitrary-precision indices and slices (CPython's range_subscript).
    fn range_getitem(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        let Some(r) = self.range_big(obj) else {
            return Err(self.type_error("'range' object expected".into()));
        };
        if self.is_slice(idx) {
            let (start, stop, step) = self.slice_indices_big(idx, &r.len)?;
            let (start, stop) = (r.get(&start), r.get(&stop));
            let step = step * &r.step;
            return Ok(self.new_range(start, stop, step));
        }
        let Some(i) = self.index_big_opt(idx)? else {
            let t = self.type_name(idx);
            return Err(
                self.type_error(format!("range indices must be integers or slices, not {t}"))
            );
        };
        let i = if i.sign() == num_bigint::Sign::Minus {
            i + &r.len
        } else {
            i
        };
        if i.sign() == num_bigint::Sign::Minus || i >= r.len {
            return Err(self.index_error("range object index out of range"));
        }
        let v = r.get(&i);
        Ok(self.int_from_big(v))
    }

    /// A slice resolved against an arbitrary-precision length (CPython's
    /// _PySlice_GetLongIndices).
    fn slice_indices_big(
        &mut self,
        s: Value,
        len: &num_bigint::BigInt,
    ) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)> {
        use num_bigint::{BigInt, Sign};
        let parts = match s {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Slice(p) => **p,
                _ => [Value::None; 3],
            },
            _ => [Value::None; 3],
        };
        let get = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
            if v.is(Value::None) {
                return Ok(None);
            }
            match vm.index_big_opt(v)? {
                Some(b) => Ok(Some(b)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method".into(),
                )),
            }
        };
        let step = get(self, parts[2])?.unwrap_or_else(|| BigInt::from(1));
        if step.sign() == Sign::NoSign {
            return Err(self.value_error("slice step cannot be zero".into()));
        }
        let back = step.sign() == Sign::Minus;
        let (lower, upper) = if back {
            (BigInt::from(-1), len - 1u8)
        } else {
            (BigInt::from(0), len.clone())
        };
        let clamp = |v: BigInt| -> BigInt {
            let v = if v.sign() == Sign::Minus { v + len } else { v };
            if v < lower {
                lower.clone()
            } else if v > upper {
                upper.clone()
            } else {
                v
            }
        };
        let start = match get(self, parts[0])? {
            Some(v) => clamp(v),
            None if back => upper.clone(),
            None => lower.clone(),
        };
        let stop = match get(self, parts[1])? {
            Some(v) => clamp(v),
            None if back => lower.clone(),
            None => upper.clone(),
        };
        Ok((start, stop, step))
    }

    pub(crate) fn slice_positions(&mut self, s: Value, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        // PySlice_AdjustIndices' length, reserved fallibly (a slice of a huge sequence).
        let count = match step {
            st if st > 0 && start < stop => (stop - start - 1) / st + 1,
            st if st < 0 && start > stop => (start - stop - 1) / -st + 1,
            _ => 0,
        };
        let mut out = self.vec_with_capacity(count as usize)?;
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    pub(crate) fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Obj(k) if matches!(self.heap.kind(k), Kind::Slice(_)))
    }

    /// `seq[idx]` for a list or tuple (`what`) of `len` items: one item, or a new sequence of
    /// the same kind for a slice.
    fn seq_getitem(&mut self, k: ObjKey, idx: Value, len: usize, what: &str) -> PyResult<Value> {
        if self.is_slice(idx) {
            let pos = self.slice_positions(idx, len)?;
            let items = self.seq_slice(Value::Obj(k));
            let picked: Vec<Value> = pos.iter().map(|p| items[*p]).collect();
            picked.iter().for_each(|v| self.heap.incref(*v));
            return Ok(if what == "list" {
                self.new_list(picked)
            } else {
                self.new_tuple(picked)
            });
        }
        let i = self.seq_index(idx, len, what)?;
        let v = self.seq_slice(Value::Obj(k))[i];
        Ok(self.incref(v))
    }

    /// `obj[idx]` (owned).
    /// A class namespace's value for `key` (borrowed): its keys are strs, so any other
    /// hashable key is simply absent.
    pub fn class_ns_get(&mut self, class: Value, key: Value) -> PyResult<Option<Value>> {
        if self.str_of(key).is_none() {
            self.hash(key)?;
            return Ok(None);
        }
        Ok(class.as_obj().and_then(|c| self.ns_lookup(c, key)))
    }

    pub fn getitem(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        let Value::Obj(k) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object is not subscriptable")));
        };
        match self.heap.kind(k) {
            Kind::DictView(v) if v.kind == ViewKind::Proxy => {
                let class = v.dict;
                // `types.MappingProxyType(d)` over a plain dict: any key.
                if matches!(
                    class.as_obj().map(|d| self.heap.kind(d)),
                    Some(Kind::Dict(_))
                ) {
                    return self.getitem(class, idx);
                }
                match self.class_ns_get(class, idx)? {
                    Some(found) => Ok(self.incref(found)),
                    None => Err(self.key_error(idx)),
                }
            }
            Kind::List(l) => {
                let len = l.len();
                self.seq_getitem(k, idx, len, "list")
            }
            Kind::Tuple(t) => {
                let len = t.len();
                self.seq_getitem(k, idx, len, "tuple")
            }
            Kind::Bytes(_) | Kind::ByteArray(_) => crate::builtins::bytes::getitem(self, obj, idx),
            Kind::Str(s) => {
                let len = s.chars;
                if self.is_slice(idx) {
                    let pos = self.slice_positions(idx, len)?;
                    let Kind::Str(s) = self.heap.kind(k) else {
                        unreachable!()
                    };
                    let out: String = if s.is_ascii() {
                        pos.iter().map(|p| s.s.as_bytes()[*p] as char).collect()
                    } else {
                        let chars: Vec<char> = s.s.chars().collect();
                        pos.iter().map(|p| chars[*p]).collect()
                    };
                    return Ok(self.new_str(out));
                }
                let i = self.seq_index(idx, len, "string")?;
                let Kind::Str(s) = self.heap.kind(k) else {
                    unreachable!()
                };
                let c = s.char_at(i);
                let mut buf = [0u8; 4];
                let cs: &str = c.encode_utf8(&mut buf);
                let cs = cs.to_string();
                Ok(self.intern_char(&cs))
            }
            Kind::Range(r) if matches!(idx, Value::Int(_)) => {
                let r = *r;
                let len = r.len() as usize;
                let i = self.seq_index(idx, len, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Kind::Range(_) | Kind::BigRange(_) => self.range_getitem(obj, idx),
            Kind::Dict(_) => match self.dict_get(k, idx)? {
                Some(v) => Ok(self.incref(v)),
                None => Err(self.key_error(idx)),
            },
            Kind::Instance(_) => match self.special(obj, self.names.getitem) {
                Some(f) => self.call(f, &[obj, idx]),
                None if self.payload(obj).is_some() => self.payload_getitem(obj, idx),
                None => {
                    let t = self.type_name(obj);
                    Err(self.type_error(format!("'{t}' object is not subscriptable")))
                }
            },
            // A metaclass's `__getitem__` comes before the class's `__class_getitem__`.
            Kind::Class(c)
                if c.metaclass.is_some() && self.special(obj, self.names.getitem).is_some() =>
            {
                let f = self.special(obj, self.names.getitem).expect("checked");
                self.call(f, &[obj, idx])
            }
            Kind::Class(_) if k == self.types.type_ => {
                crate::builtins::slot_wrappers::generic_alias(self, obj, idx)
            }
            Kind::Class(_) => {
                // `C[int]`: the class's own `__class_getitem__` (PEP 560), bound to it.
                let hook = self.intern("__class_getitem__");
                if let Some(f) = self.lookup_attr(obj, hook)? {
                    let r = self.call(f, &[idx]);
                    self.heap.decref(f);
                    return r;
                }
                let t = self.class_name(k);
                Err(self.type_error(format!("type '{t}' is not subscriptable")))
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    /// `obj[idx] = value` (value consumed).
    pub fn setitem(&mut self, obj: Value, idx: Value, value: Value) -> PyResult<()> {
        let Value::Obj(k) = obj else {
            self.heap.decref(value);
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item assignment")));
        };
        match self.heap.kind(k) {
            Kind::List(l) => {
                let len = l.len();
                if self.is_slice(idx) {
                    let items = match self.iterate(value) {
                        Ok(i) => i,
                        Err(e) => {
                            self.heap.decref(value);
                            return Err(e);
                        }
                    };
                    self.heap.decref(value);
                    let (start, stop, step) = self.slice_indices(idx, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        let old: Vec<Value> = match self.heap.kind_mut(k) {
                            Kind::List(l) => {
                                l.splice(start as usize..stop as usize, items).collect()
                            }
                            _ => Vec::new(),
                        };
                        // CPython's list_ass_slice releases the replaced items last to first.
                        self.heap.decref_all(old.into_iter().rev());
                        return Ok(());
                    }
                    let pos = self.slice_positions(idx, len)?;
                    if pos.len() != items.len() {
                        let n = items.len();
                        self.heap.decref_all(items);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {n} to extended slice of size {}",
                            pos.len()
                        )));
                    }
                    for (p, v) in pos.into_iter().zip(items) {
                        let old = match self.heap.kind_mut(k) {
                            Kind::List(l) => std::mem::replace(&mut l[p], v),
                            _ => Value::None,
                        };
                        self.heap.decref(old);
                    }
                    return Ok(());
                }
                let i = match self.seq_index_or(idx, len, "list", Some(ASSIGN_RANGE)) {
                    Ok(i) => i,
                    Err(e) => {
                        self.heap.decref(value);
                        return Err(e);
                    }
                };
                let old = match self.heap.kind_mut(k) {
                    Kind::List(l) => std::mem::replace(&mut l[i], value),
                    _ => Value::None,
                };
                self.heap.decref(old);
                Ok(())
            }
            Kind::Dict(_) => self.dict_set(k, idx, value),
            Kind::ByteArray(_) => {
                let r = crate::builtins::bytearray::setitem(self, k, idx, value);
                self.heap.decref(value);
                r
            }
            Kind::Instance(_) => match self.special(obj, self.names.setitem) {
                Some(f) => {
                    let r = self.call(f, &[obj, idx, value]);
                    self.heap.decref(value);
                    let r = r?;
                    self.heap.decref(r);
                    Ok(())
                }
                // Only a mutable value takes items; a tuple subclass reports its own name.
                None if self.payload(obj).is_some_and(|p| {
                    matches!(
                        p.as_obj().map(|k| self.heap.kind(k)),
                        Some(Kind::List(_) | Kind::Dict(_) | Kind::ByteArray(_))
                    )
                }) =>
                {
                    let p = self.unwrap_payload(obj);
                    self.setitem(p, idx, value)
                }
                None => {
                    self.heap.decref(value);
                    let t = self.type_name(obj);
                    Err(self.type_error(format!("'{t}' object does not support item assignment")))
                }
            },
            _ => {
                self.heap.decref(value);
                let t = self.type_name(obj);
                Err(self.type_error(format!("'{t}' object does not support item assignment")))
            }
        }
    }

    pub fn delitem(&mut self, obj: Value, idx: Value) -> PyResult<()> {
        let Value::Obj(k) = obj else {
            let t = self.type_name(obj);
            return Err(self.type_error(format!("'{t}' object does not support item deletion")));
        };
        match self.heap.kind(k) {
            Kind::List(l) => {
                let len = l.len();
                if self.is_slice(idx) {
                    let pos = self.slice_positions(idx, len)?;
                    self.delete_positions(k, pos);
                    return Ok(());
                }
                let i = self.seq_index_or(idx, len, "list", Some(ASSIGN_RANGE))?;
                let old = match self.heap.kind_mut(k) {
                    Kind::List(l) => l.remove(i),
                    _ => Value::None,
                };
                self.heap.decref(old);
                Ok(())
            }
            Kind::Dict(_) => match self.dict_remove(k, idx)? {
                Some(v) => {
                    self.heap.decref(v);
                    Ok(())
                }
                None => Err(self.key_error(idx)),
            },
            Kind::ByteArray(_) => crate::builtins::bytearray::delitem(self, k, idx),
            Kind::Instance(_) if self.special(obj, self.names.delitem).is_some() => {
                let f = self.special(obj, self.names.delitem).expect("found above");
                let r = self.call(f, &[obj, idx])?;
                self.heap.decref(r);
                Ok(())
            }
            Kind::Instance(i) if i.payload().is_some() => {
                let p = self.unwrap_payload(obj);
                self.delitem(p, idx)
            }
            kind => {
                // PySequence_DelItem's wording for a sequence given an index; PyObject_DelItem's
                // for everything else.
                let sequence = matches!(
                    kind,
                    Kind::Tuple(_)
                        | Kind::Str(_)
                        | Kind::Bytes(_)
                        | Kind::Range(_)
                        | Kind::BigRange(_)
                        | Kind::DictView(_)
                        | Kind::Set(_)
                        | Kind::Instance(_)
                        | Kind::Exception(_)
                );
                let t = self.type_name(obj);
                let verb = if sequence && self.try_index(idx)?.is_some() {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!("'{t}' object {verb} support item deletion")))
            }
        }
    }

    /// `del l[slice]` at the slice's positions, in one pass: CPython releases a step-1 slice's
    /// items last to first (list_ass_slice) and an extended slice's first to last.
    fn delete_positions(&mut self, k: ObjKey, mut pos: Vec<usize>) {
        if pos.is_empty() {
            return;
        }
        let step_one = pos.windows(2).all(|w| w[1] == w[0] + 1);
        pos.sort_unstable();
        let old = match self.heap.kind_mut(k) {
            Kind::List(l) => std::mem::take(l),
            _ => return,
        };
        let mut keep = Vec::with_capacity(old.len() - pos.len());
        let mut removed = Vec::with_capacity(pos.len());
        let mut next = pos.iter().peekable();
        for (i, v) in old.into_iter().enumerate() {
            if next.peek() == Some(&&i) {
                next.next();
                removed.push(v);
            } else {
                keep.push(v);
            }
        }
        if let Kind::List(l) = self.heap.kind_mut(k) {
            *l = keep;
        }
        if step_one {
            removed.reverse();
        }
        self.heap.decref_all(removed);
    }
}
