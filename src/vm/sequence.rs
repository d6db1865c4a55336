//! Repetition and concatenation of str, list and tuple with CPython's size rules: the count is
//! converted as PyNumber_AsSsize_t(n, OverflowError); a result too long for `Py_ssize_t` is
//! OverflowError "repeated string is too long" for str and MemoryError for list and tuple; the
//! buffer is reserved fallibly (MemoryError under the memory budget); big results are filled in
//! chunks between which Ctrl-C is honoured.

use super::int_args::Overflow;
use super::{PyResult, Vm};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};

/// Items (or bytes) copied between two checks for Ctrl-C while filling a big repeat.
const CHUNK: usize = 1 << 20;

impl Vm {
    /// `seq * n` (or `n * seq`) when `seq` is a str, list or tuple and `n` an integer (an int,
    /// bool or `__index__` object); None when the operands are not of that shape.
    pub fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Option<Value>> {
        let Value::Obj(k) = seq else { return Ok(None) };
        if !matches!(
            self.heap.kind(k),
            Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_)
        ) || matches!(n, Value::Float(_))
        {
            return Ok(None);
        }
        if !self.is_index(n) {
            return Ok(None);
        }
        if matches!(self.heap.kind(k), Kind::Bytes(_) | Kind::ByteArray(_)) {
            return crate::builtins::bytes::repeat(self, seq, n).map(Some);
        }
        let count = self.as_ssize(n, Overflow::OverflowError)?;
        self.repeat_count(k, count).map(Some)
    }

    /// Whether `n` is an integer for sequence repetition: an int, a bool, or an object with
    /// `__index__`.
    pub fn is_index(&mut self, n: Value) -> bool {
        matches!(n, Value::Int(_) | Value::Bool(_))
            || matches!(n, Value::Obj(nk) if matches!(self.heap.kind(nk), Kind::BigInt(_)))
            || self.user_special(n, self.names.index).is_some()
            || self.payload(n).is_some_and(|p| self.to_big(p).is_some())
    }

    /// Makes room for `extra` more items in list `k`, fallibly: MemoryError past the memory
    /// budget or when the allocator refuses (the append that doubles a big list is the one).
    #[inline]
    pub fn list_reserve(&mut self, k: ObjKey, extra: usize) -> PyResult<()> {
        match self.heap.kind(k) {
            Kind::List(l) if l.capacity() - l.len() >= extra => Ok(()),
            Kind::List(_) => self.list_grow(k, extra),
            _ => Ok(()),
        }
    }

    #[cold]
    fn list_grow(&mut self, k: ObjKey, extra: usize) -> PyResult<()> {
        let cap = match self.heap.kind(k) {
            Kind::List(l) => l.capacity(),
            _ => 0,
        };
        self.check_budget(extra.max(cap).saturating_mul(std::mem::size_of::<Value>()))?;
        let r = match self.heap.kind_mut(k) {
            Kind::List(l) => l.try_reserve(extra),
            _ => Ok(()),
        };
        r.map_err(|_| self.memory_error())
    }

    /// Appends `items` (owned) to list `k`; on MemoryError they are released.
    pub fn list_extend(&mut self, k: ObjKey, items: Vec<Value>) -> PyResult<()> {
        if let Err(e) = self.list_reserve(k, items.len()) {
            self.heap.decref_all(items);
            return Err(e);
        }
        if let Kind::List(l) = self.heap.kind_mut(k) {
            l.extend(items);
        }
        Ok(())
    }

    /// A str, list or tuple repeated `count` times (`count` < 0 counts as 0).
    pub fn repeat_count(&mut self, k: ObjKey, count: i64) -> PyResult<Value> {
        let count = count.max(0) as usize;
        let (len, chars) = match self.heap.kind(k) {
            Kind::Str(s) => (s.s.len(), Some(s.chars)),
            Kind::List(l) => (l.len(), None),
            Kind::Tuple(t) if count == 1 => return Ok(self.incref(Value::Obj(k))),
            Kind::Tuple(t) => (t.len(), None),
            _ => return Err(self.type_error("can't multiply sequence by non-int".into())),
        };
        if len == 0 || count == 0 {
            return Ok(match self.heap.kind(k) {
                Kind::Str(_) => self.new_str(""),
                Kind::List(_) => self.new_list(Vec::new()),
                _ => self.new_tuple(Vec::new()),
            });
        }
        if let Some(chars) = chars {
            if count > isize::MAX as usize / chars {
                return Err(self.overflow_error("repeated string is too long".into()));
            }
            let s = self.repeat_str(k, len * count)?;
            return Ok(self.new_str(s));
        }
        // Refcounts are u32: a count beyond that could not be stored (nor the list held).
        if len > isize::MAX as usize / count || count > u32::MAX as usize {
            return Err(self.memory_error());
        }
        let mut out = self.vec_with_capacity(len * count)?;
        let per_check = (CHUNK / len).max(1);
        let mut done = 0;
        while done < count {
            let n = per_check.min(count - done);
            let unit = self.seq_slice(Value::Obj(k));
            for _ in 0..n {
                out.extend_from_slice(unit);
            }
            done += n;
            self.check_signals()?;
        }
        let unit: &[Value] = self.seq_slice(Value::Obj(k));
        let keys: Vec<_> = unit.iter().filter_map(|v| v.as_obj()).collect();
        for c in keys {
            self.heap.obj_mut(c).rc += count as u32;
        }
        Ok(match self.heap.kind(k) {
            Kind::List(_) => self.new_list(out),
            _ => self.new_tuple(out),
        })
    }

    /// `l *= n` on list `k`: in place, without a temporary copy (`n == 1` costs nothing, as in
    /// CPython's `list_inplace_repeat`).
    pub fn list_inplace_repeat(&mut self, k: ObjKey, count: i64) -> PyResult<()> {
        let len = match self.heap.kind(k) {
            Kind::List(l) => l.len(),
            _ => return Ok(()),
        };
        if count == 1 || len == 0 {
            return Ok(());
        }
        if count <= 0 {
            let old = match self.heap.kind_mut(k) {
                Kind::List(l) => std::mem::take(l),
                _ => Vec::new(),
            };
            self.heap.decref_all(old);
            return Ok(());
        }
        let count = count as usize;
        if len > isize::MAX as usize / count || count > u32::MAX as usize {
            return Err(self.memory_error());
        }
        self.list_reserve(k, len * (count - 1))?;
        let per_check = (CHUNK / len).max(1);
        let mut done = 1;
        while done < count {
            let n = per_check.min(count - done);
            if let Kind::List(l) = self.heap.kind_mut(k) {
                for _ in 0..n {
                    l.extend_from_within(..len);
                }
            }
            done += n;
            // Each original item gains its new references before anything can run.
            let keys: Vec<_> = match self.heap.kind(k) {
                Kind::List(l) => l[..len].iter().filter_map(|v| v.as_obj()).collect(),
                _ => Vec::new(),
            };
            for c in keys {
                self.heap.obj_mut(c).rc += n as u32;
            }
            self.check_signals()?;
        }
        Ok(())
    }

    /// The string `k` repeated to `total` bytes: doubling copies, log2(count) memcpys, with a
    /// check for Ctrl-C after each big one.
    fn repeat_str(&mut self, k: ObjKey, total: usize) -> PyResult<String> {
        let mut out = String::new();
        self.reserve_str(&mut out, total)?;
        if let Kind::Str(s) = self.heap.kind(k) {
            out.push_str(&s.s);
        }
        while out.len() < total {
            let take = out.len().min(total - out.len());
            out.extend_from_within(..take);
            if take >= CHUNK {
                self.check_signals()?;
            }
        }
        Ok(out)
    }

    /// `a + b` for two lists or two tuples: their items, each with a new reference.
    pub fn concat_items(&mut self, a: ObjKey, b: ObjKey) -> PyResult<Vec<Value>> {
        let n = self.seq_slice(Value::Obj(a)).len() + self.seq_slice(Value::Obj(b)).len();
        let mut out = self.vec_with_capacity(n)?;
        out.extend_from_slice(self.seq_slice(Value::Obj(a)));
        out.extend_from_slice(self.seq_slice(Value::Obj(b)));
        for &v in &out {
            self.heap.incref(v);
        }
        Ok(out)
    }

    /// `a + b` for two strings.
    pub fn concat_str(&mut self, a: ObjKey, b: ObjKey) -> PyResult<String> {
        let text = |vm: &Vm, k| match vm.heap.kind(k) {
            Kind::Str(s) => s.s.len(),
            _ => 0,
        };
        let mut s = String::new();
        self.reserve_str(&mut s, text(self, a) + text(self, b))?;
        for k in [a, b] {
            if let Kind::Str(x) = self.heap.kind(k) {
                s.push_str(&x.s);
            }
        }
        Ok(s)
    }
}
