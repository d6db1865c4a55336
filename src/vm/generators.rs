//! The generator protocol: resuming a suspended frame with a value (`send`, `next`), with an
//! exception raised at its `yield` (`throw`), or with GeneratorExit (`close`, and a suspended
//! generator that dies with a `try` or `with` open, as CPython's finalizer does), each passed
//! on to the iterator a `yield from` is delegating to.

use super::call::GenResult;
use super::eval::{Exit, Frame};
use super::{PyErr, PyResult, Vm};
use crate::heap::object::{GenState, Generator, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::code::Op;

/// How a generator is resumed.
pub enum Resume {
    /// With a value for its `yield` (borrowed).
    Send(Value),
    /// With an exception raised at its `yield` (owned).
    Throw(PyErr),
    /// With nothing pushed: its `yield from` finished and its result is already in place.
    Continue,
}

/// When `g` is suspended in a `yield from`: the iterator it delegates to (borrowed: the top of
/// its saved stack) and where the loop ends (its `Send`'s jump target). The instruction after
/// a `yield` inside that loop jumps back to the loop's `Send`.
fn delegation(g: &Generator) -> Option<(Value, u32)> {
    if g.state != GenState::Suspended {
        return None;
    }
    let Op::Jump(start) = g.code.ops.get(g.ip as usize)? else {
        return None;
    };
    let Op::Send(done) = g.code.ops.get(*start as usize)? else {
        return None;
    };
    Some((*g.saved.last()?, *done))
}

/// `gi_yieldfrom`: the iterator a suspended `yield from` delegates to (borrowed), or None.
pub fn delegate(g: &Generator) -> Value {
    delegation(g).map_or(Value::None, |(d, _)| d)
}

/// Whether a dying generator must be closed first: it is suspended inside a `try` or `with`
/// (whose `finally` or `__exit__` must run) or a `yield from` (whose delegate is closed too).
/// Closing any other generator would run no code.
pub fn needs_close(g: &Generator) -> bool {
    g.state == GenState::Suspended && (!g.blocks.is_empty() || delegation(g).is_some())
}

impl Vm {
    /// Resumes a generator with `sent` (borrowed).
    pub fn gen_send(&mut self, gk: ObjKey, sent: Value) -> PyResult<GenResult> {
        self.gen_resume(gk, Resume::Send(sent))
    }

    fn gen_resume(&mut self, gk: ObjKey, how: Resume) -> PyResult<GenResult> {
        let state = match self.heap.kind(gk) {
            Kind::Generator(g) => g.state,
            _ => {
                let e = self.type_error("not a generator".into());
                return self.refuse(how, e);
            }
        };
        match (state, how) {
            // Throwing into a finished generator raises the exception as it is.
            (GenState::Finished, Resume::Throw(e)) => Err(e),
            (GenState::Finished, _) => Ok(GenResult::Return(Value::None)),
            (GenState::Running, how) => {
                let msg = "generator already executing".into();
                let e = self.exception_with_msg(self.types.value_error, msg);
                self.refuse(how, e)
            }
            (GenState::Created, Resume::Send(v)) if !v.is(Value::None) => {
                let msg = "can't send non-None value to a just-started generator";
                Err(self.type_error(msg.into()))
            }
            (_, how) => self.run_generator(gk, state, how),
        }
    }

    /// Answers a resumption with `err` instead, dropping an exception it brought.
    fn refuse(&mut self, how: Resume, err: PyErr) -> PyResult<GenResult> {
        if let Resume::Throw(e) = how {
            self.heap.decref(e.0);
        }
        Err(err)
    }

    /// Runs a created or suspended generator (`state`) from where it stands until it yields,
    /// returns or raises.
    fn run_generator(&mut self, gk: ObjKey, state: GenState, how: Resume) -> PyResult<GenResult> {
        let Kind::Generator(g) = self.heap.kind_mut(gk) else {
            unreachable!("checked by gen_resume")
        };
        g.state = GenState::Running;
        // The saved stack goes onto the value stack and comes back into the same buffer at
        // the next yield: a resumption allocates nothing.
        let mut saved = std::mem::take(&mut g.saved);
        let blocks = std::mem::take(&mut g.blocks);
        let (code, globals, func, ip) = (g.code.clone(), g.globals, g.func, g.ip);
        // The generator's own exception state while it runs; the caller's stays below it.
        let own = std::mem::replace(&mut g.exc_state, Value::None);
        let caller_handled = std::mem::replace(&mut self.handled, own);
        self.handled_below.push(caller_handled);
        let base = self.stack.len();
        self.stack.append(&mut saved);
        let mut frame = Frame::new(code, base, globals, func);
        frame.ip = ip as usize;
        frame.blocks = blocks;
        match how {
            Resume::Send(v) if state != GenState::Created => {
                self.heap.incref(v);
                self.stack.push(v);
            }
            Resume::Throw(e) => {
                // Chained to what the generator itself was handling (CPython's
                // _PyErr_ChainStackItem), never to the caller's.
                if !own.is(Value::None) && !own.is(e.0) {
                    self.heap.incref(own);
                    self.set_cause(e.0, own, false);
                }
                frame.thrown = Some(e);
            }
            _ => {}
        }
        let r = if self.depth >= self.recursion_limit {
            if let Some(e) = frame.thrown.take() {
                self.heap.decref(e.0);
            }
            Err(self.depth_error(""))
        } else {
            self.depth += 1;
            let obj = match self.heap.kind(gk) {
                Kind::Generator(g) => g.frame.as_obj(),
                _ => None,
            };
            let r = self.on_stack(|vm| vm.run_frame_as(&mut frame, obj));
            self.depth -= 1;
            r
        };
        // The caller's handled exception again; the generator keeps its own if it yielded
        // inside an `except` block.
        let caller_handled = self.handled_below.pop().unwrap_or(Value::None);
        let inside = std::mem::replace(&mut self.handled, caller_handled);
        let own = if matches!(r, Ok(Exit::Yield(_))) {
            inside
        } else {
            self.heap.decref(inside);
            Value::None
        };
        match r {
            Ok(Exit::Yield(v)) => {
                saved.extend(self.stack.drain(base..));
                if let Kind::Generator(g) = self.heap.kind_mut(gk) {
                    g.saved = saved;
                    g.ip = frame.ip as u32;
                    g.blocks = std::mem::take(&mut frame.blocks);
                    g.state = GenState::Suspended;
                    g.exc_state = own;
                }
                Ok(GenResult::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                self.finish_generator(gk, base);
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                self.finish_generator(gk, base);
                // StopIteration raised inside a generator becomes RuntimeError (PEP 479).
                if self.isinstance(e.0, self.types.stop_iteration) {
                    let err = self.runtime_error("generator raised StopIteration".into());
                    self.heap.incref(e.0);
                    self.set_cause(err.0, e.0, false);
                    self.set_cause(err.0, e.0, true);
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    fn finish_generator(&mut self, gk: ObjKey, base: usize) {
        self.drop_slots(base);
        if let Kind::Generator(g) = self.heap.kind_mut(gk) {
            g.state = GenState::Finished;
            let saved = std::mem::take(&mut g.saved);
            g.blocks.clear();
            let own = std::mem::replace(&mut g.exc_state, Value::None);
            // A finished generator has no frame (gi_frame is None); the object lives on
            // wherever else it is held (a traceback).
            let frame = std::mem::replace(&mut g.frame, Value::Undef);
            self.heap.decref_all(saved);
            self.heap.decref(own);
            self.heap.decref(frame);
        }
    }

    /// `generator.throw`: raises `exc` (owned) where the generator is suspended, after offering
    /// it to the iterator a `yield from` there delegates to. `given` are `throw`'s arguments
    /// as the caller wrote them (borrowed; empty from `close`): a delegate's own `throw`
    /// method receives them unchanged, as in CPython.
    pub fn gen_throw(&mut self, gk: ObjKey, exc: PyErr, given: &[Value]) -> PyResult<GenResult> {
        let delegated = match self.heap.kind(gk) {
            Kind::Generator(g) => delegation(g),
            _ => None,
        };
        let Some((delegate, done)) = delegated else {
            return self.gen_resume(gk, Resume::Throw(exc));
        };
        self.heap.incref(delegate);
        let r = self.throw_to_delegate(gk, delegate, exc, given);
        self.heap.decref(delegate);
        match r {
            // The delegate took it and yielded: so does the generator.
            Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
            // The delegate finished: its value is the `yield from`'s, and the generator goes on.
            Ok(GenResult::Return(v)) => {
                if let Kind::Generator(g) = self.heap.kind_mut(gk) {
                    let old = g.saved.pop();
                    g.saved.push(v);
                    g.ip = done;
                    if let Some(old) = old {
                        self.heap.decref(old);
                    }
                }
                self.gen_resume(gk, Resume::Continue)
            }
            Err(e) => self.gen_resume(gk, Resume::Throw(e)),
        }
    }

    /// Offers `exc` to a `yield from`'s delegate (borrowed). GeneratorExit closes it and comes
    /// back as the error to raise in the delegating generator; another exception goes to its
    /// `throw`, if it has one.
    fn throw_to_delegate(
        &mut self,
        gk: ObjKey,
        delegate: Value,
        exc: PyErr,
        given: &[Value],
    ) -> PyResult<GenResult> {
        self.set_gen_state(gk, GenState::Running);
        let r = if self.isinstance(exc.0, self.types.generator_exit) {
            match self.close_iterator(delegate) {
                Ok(()) => Err(exc),
                Err(e) => {
                    self.heap.decref(exc.0);
                    Err(e)
                }
            }
        } else if let Some(dk) = self.generator_key(delegate) {
            self.gen_throw(dk, exc, given)
        } else {
            let name = self.intern("throw");
            match self.getattr_opt(delegate, name) {
                Ok(Some(throw)) => {
                    let r = if given.is_empty() {
                        self.call(throw, &[exc.0])
                    } else {
                        self.call(throw, given)
                    };
                    self.heap.decref(throw);
                    self.heap.decref(exc.0);
                    self.as_resumption(r)
                }
                Ok(None) => Err(exc),
                Err(e) => {
                    self.heap.decref(exc.0);
                    Err(e)
                }
            }
        };
        self.set_gen_state(gk, GenState::Suspended);
        r
    }

    fn set_gen_state(&mut self, gk: ObjKey, state: GenState) {
        if let Kind::Generator(g) = self.heap.kind_mut(gk) {
            g.state = state;
        }
    }

    fn generator_key(&self, v: Value) -> Option<ObjKey> {
        match v {
            Value::Obj(k) if matches!(self.heap.kind(k), Kind::Generator(_)) => Some(k),
            _ => None,
        }
    }

    /// What an iterator's `__next__`, `send` or `throw` gave, as a resumption: a value is
    /// yielded, and StopIteration ends the iterator with its value.
    pub fn as_resumption(&mut self, r: PyResult<Value>) -> PyResult<GenResult> {
        match r {
            Ok(v) => Ok(GenResult::Yield(v)),
            Err(e) if self.isinstance(e.0, self.types.stop_iteration) => {
                let v = self.stop_iteration_value(e.0);
                self.heap.decref(e.0);
                Ok(GenResult::Return(v))
            }
            Err(e) => Err(e),
        }
    }

    /// A StopIteration's value (owned): its first argument, or None.
    pub fn stop_iteration_value(&mut self, exc: Value) -> Value {
        let v = match exc {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::Exception(e) => match e.args {
                    Value::Obj(a) => match self.heap.kind(a) {
                        Kind::Tuple(t) => t.first().copied().unwrap_or(Value::None),
                        _ => Value::None,
                    },
                    _ => Value::None,
                },
                _ => Value::None,
            },
            _ => Value::None,
        };
        self.incref(v)
    }

    /// `generator.close`: GeneratorExit at the `yield`; a generator that yields again instead
    /// of finishing is an error.
    pub fn gen_close(&mut self, gk: ObjKey) -> PyResult<()> {
        let state = match self.heap.kind(gk) {
            Kind::Generator(g) => g.state,
            _ => return Ok(()),
        };
        match state {
            GenState::Finished => return Ok(()),
            GenState::Created => {
                let base = self.stack.len();
                self.finish_generator(gk, base);
                return Ok(());
            }
            _ => {}
        }
        let args = self.new_tuple(Vec::new());
        let exit = PyErr(self.new_exception(self.types.generator_exit, args));
        match self.gen_throw(gk, exit, &[]) {
            Ok(GenResult::Yield(v)) => {
                self.heap.decref(v);
                Err(self.runtime_error("generator ignored GeneratorExit".into()))
            }
            Ok(GenResult::Return(v)) => {
                self.heap.decref(v);
                Ok(())
            }
            Err(e)
                if self.isinstance(e.0, self.types.generator_exit)
                    || self.isinstance(e.0, self.types.stop_iteration) =>
            {
                self.heap.decref(e.0);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Closes any iterator a `yield from` delegated to: a generator's `close`, or the
    /// iterator's own `close` method if it has one.
    fn close_iterator(&mut self, it: Value) -> PyResult<()> {
        if let Some(k) = self.generator_key(it) {
            return self.gen_close(k);
        }
        let name = self.intern("close");
        if let Some(close) = self.getattr_opt(it, name)? {
            let r = self.call(close, &[]);
            self.heap.decref(close);
            self.heap.decref(r?);
        }
        Ok(())
    }

    /// The finalizer of a generator that died suspended (`needs_close`): closed, and an error
    /// reported as unraisable, as CPython's `_PyGen_Finalize` does.
    pub fn finalize_generator(&mut self, gk: ObjKey) {
        if let Err(e) = self.gen_close(gk) {
            self.write_unraisable(e, |vm| vm.repr_or_default(Value::Obj(gk)));
        }
    }
}
