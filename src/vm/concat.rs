//! `s += t` / `s = s + t` on strings in linear time, as CPython's eval loop does it: when the
//! left string is referenced only by the stack and by the variable the result is stored into,
//! nobody can observe it change, so the text is appended in place.

use super::Vm;
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::code::{Code, Op};

impl Vm {
    /// Tries the in-place append for the `+` on top of the stack, `next` being the instruction
    /// after it. On success the stack holds the grown left string, and true is returned.
    pub(super) fn concat_in_place(
        &mut self,
        next: Option<&Op>,
        code: &Code,
        base: usize,
        globals: ObjKey,
        locals: Value,
    ) -> bool {
        let n = self.stack.len();
        let (Value::Obj(a), Value::Obj(b)) = (self.stack[n - 2], self.stack[n - 1]) else {
            return false;
        };
        if a == b || self.heap.refcount(Value::Obj(a)) != Some(2) {
            return false;
        }
        let Kind::Str(right) = self.heap.kind(b) else {
            return false;
        };
        if !matches!(self.heap.kind(a), Kind::Str(_)) {
            return false;
        }
        let held_by_target = match next {
            Some(Op::StoreFast(j)) => self.stack[base + *j as usize].is(Value::Obj(a)),
            Some(Op::StoreGlobal(i)) => self
                .ns_lookup(globals, code.consts[*i as usize])
                .is_some_and(|v| v.is(Value::Obj(a))),
            Some(Op::StoreName(i)) => self
                .ns_lookup(locals.as_obj().unwrap_or(globals), code.consts[*i as usize])
                .is_some_and(|v| v.is(Value::Obj(a))),
            _ => false,
        };
        if !held_by_target {
            return false;
        }
        let (text, chars) = (right.s.clone(), right.chars);
        if !self.str_append_in_place(a, &text, chars) {
            return false;
        }
        self.stack.pop();
        self.heap.decref(Value::Obj(b));
        true
    }

    /// Appends `text` (`chars` code points) to the str `a`, which the caller knows nobody
    /// else can observe. False when growing it is refused (past the memory budget): the
    /// caller then builds a new string, which raises MemoryError.
    pub(crate) fn str_append_in_place(&mut self, a: ObjKey, text: &str, chars: usize) -> bool {
        let spare = self.heap.spare_bytes();
        let Kind::Str(left) = self.heap.kind_mut(a) else {
            return false;
        };
        let room = left.s.capacity() - left.s.len();
        if text.len() > room {
            let grow = left.s.len().max(text.len());
            if crate::heap::budget::would_exceed(grow, spare)
                || left.s.try_reserve(text.len()).is_err()
            {
                return false;
            }
        }
        left.push_str(text, chars);
        true
    }
}
