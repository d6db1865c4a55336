//! The collector's interpreter side: the safe point where due work runs, the choice of which
//! generation an automatic collection takes (with the 25% rule), and the steps of a collection
//! that run Python code or print: `gc.callbacks`, DEBUG_ output, `__del__` on the garbage,
//! resurrection, and clearing (or saving, with DEBUG_SAVEALL) what is left. The graph phases are
//! heap/gc.rs.

use super::{PyErr, PyResult, Vm};
use crate::heap::gc::{
    Due, DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, NUM_GENERATIONS, PERMANENT, UNREACHABLE,
};
use crate::heap::object::{Kind, FLAG_FINALIZED};
use crate::heap::{ObjKey, Value};

impl Vm {
    /// Runs what waits for a safe point: finalizers of objects that died, then a collection
    /// that an allocation made due.
    pub fn safe_point(&mut self) -> PyResult<()> {
        self.check_signals()?;
        if !self.heap.take_attention() {
            return Ok(());
        }
        self.run_finalizers();
        self.run_weak_callbacks();
        if let Some(due) = self.heap.gc.due.take() {
            self.collect_generations(due);
            self.run_finalizers();
        }
        Ok(())
    }

    /// gc_collect_generations: collects the oldest generation over its threshold; the oldest
    /// one only once the objects waiting for it exceed a quarter of those it holds.
    fn collect_generations(&mut self, due: Due) {
        let gc = &mut self.heap.gc;
        if !gc.enabled || gc.collecting {
            return;
        }
        // Allocations since the trigger count after the collection, as they would in CPython.
        let since = (gc.count[0] - due.count_at_trigger).max(0);
        gc.count[0] = due.count_at_trigger;
        let mut chosen = None;
        for g in (0..NUM_GENERATIONS).rev() {
            if gc.count[g] > gc.threshold[g] {
                if g == NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4 {
                    continue;
                }
                chosen = Some(g);
                break;
            }
        }
        if let Some(g) = chosen {
            gc.collecting = true;
            self.collect_with_callbacks(g, Some(due.gen0_mark));
            self.heap.gc.collecting = false;
        }
        self.heap.gc.count[0] += since;
    }

    /// `gc.collect(g)`: 0 if a collection is already running.
    pub fn collect_now(&mut self, g: usize) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        self.heap.gc.due = None;
        let n = self.collect_with_callbacks(g, None);
        self.heap.gc.collecting = false;
        n
    }

    /// _PyGC_CollectNoFail at interpreter exit: a full collection without callbacks, run even
    /// when the collector is disabled.
    pub fn collect_final(&mut self) -> usize {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        self.heap.gc.due = None;
        let n = self.collect_main(2, None);
        self.heap.gc.collecting = false;
        n
    }

    fn collect_with_callbacks(&mut self, g: usize, gen0_mark: Option<usize>) -> usize {
        self.invoke_gc_callbacks("start", g, 0);
        let n = self.collect_main(g, gen0_mark);
        self.invoke_gc_callbacks("stop", g, n);
        n
    }

    /// Calls every callable of `gc.callbacks` with (phase, info), in list order; an exception
    /// in one is reported and ignored.
    fn invoke_gc_callbacks(&mut self, phase: &str, g: usize, collected: usize) {
        let Some((callbacks, _)) = self.gc_lists else {
            return;
        };
        if self.len_of_list(callbacks) == 0 {
            return;
        }
        let phase = self.new_str(phase);
        let info = self.new_dict();
        let ik = info.as_obj().expect("dict");
        for (name, n) in [
            ("generation", g),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let key = self.new_str(name);
            // The info dict is small; if even that fails (MemoryError), it goes without the key.
            if let Err(e) = self.dict_set(ik, key, Value::Int(n as i64)) {
                self.heap.decref(e.0);
            }
            self.heap.decref(key);
        }
        let mut i = 0;
        while i < self.len_of_list(callbacks) {
            let cb = match callbacks {
                Value::Obj(k) => match self.heap.kind(k) {
                    Kind::List(items) => items[i],
                    _ => break,
                },
                _ => break,
            };
            self.heap.incref(cb);
            self.call_unraisable(cb, &[phase, info], |vm| vm.repr_or_default(cb));
            self.heap.decref(cb);
            // What the callback dropped is finalized now, as CPython does at refcount zero,
            // while the collection is still running (so a gc.collect() in it does nothing).
            self.run_finalizers();
            i += 1;
        }
        self.heap.decref(phase);
        self.heap.decref(info);
    }

    /// Calls `f` where nothing can receive an exception (a finalizer, a gc or weakref
    /// callback): one is reported on stderr as CPython reports an unraisable exception, naming
    /// `what` it was ignored in, and dropped.
    fn call_unraisable(&mut self, f: Value, args: &[Value], what: impl FnOnce(&mut Vm) -> String) {
        match self.call(f, args) {
            Ok(r) => self.heap.decref(r),
            Err(e) => self.write_unraisable(e, what),
        }
    }

    /// As PyErr_WriteUnraisable: the object the error was ignored in, then the error's own
    /// traceback (no chained exceptions); an error raised outside any Python frame gets the
    /// running frame's line, as CPython's hook does.
    pub(super) fn write_unraisable(&mut self, e: PyErr, what: impl FnOnce(&mut Vm) -> String) {
        let has_tb = match e.0 {
            Value::Obj(k) => {
                matches!(self.heap.kind(k), Kind::Exception(x) if !x.traceback.is(Value::None))
            }
            _ => true,
        };
        if !has_tb {
            if let Some(fr) = self.frames.last() {
                let at = self.heap.site_ip as usize;
                let (line, position) = (fr.code.line_at(at), fr.code.position_at(at));
                self.add_traceback(e.0, at, line, position);
            }
        }
        let style = super::exc::TracebackStyle {
            chain: false,
            ..Default::default()
        };
        let report = self.exception_chunks(e.0, &style).concat();
        let what = what(self);
        self.out
            .err(&format!("Exception ignored in: {what}\n{report}"));
        self.heap.decref(e.0);
    }

    fn len_of_list(&self, v: Value) -> usize {
        match v {
            Value::Obj(k) => match self.heap.kind(k) {
                Kind::List(items) => items.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    pub(super) fn repr_or_default(&mut self, v: Value) -> String {
        match self.repr(v) {
            Ok(s) => s,
            Err(e) => {
                self.heap.decref(e.0);
                "<object>".into()
            }
        }
    }

    /// gc_collect_main: one collection of generation `g`; returns the number of unreachable
    /// objects found, less those their finalizers saved.
    fn collect_main(&mut self, g: usize, gen0_mark: Option<usize>) -> usize {
        let debug = self.heap.gc.debug;
        let started = std::time::Instant::now();
        if debug & DEBUG_STATS != 0 {
            let mut l = self.heap.gc.live;
            if let Some(mark) = gen0_mark {
                // Objects allocated since the trigger are not tracked yet in CPython.
                l[0] = self.heap.generation_split(0, mark).0.len();
            }
            self.out.err(&format!(
                "gc: collecting generation {g}...\n\
                 gc: objects in each generation: {} {} {}\n\
                 gc: objects in permanent generation: {}\n",
                l[0], l[1], l[2], l[PERMANENT]
            ));
        }
        let examined: usize = self.heap.gc.live[..=g].iter().sum();
        let unreachable = self.heap.collect_phases(g, gen0_mark);
        if debug & DEBUG_COLLECTABLE != 0 {
            for &k in &unreachable {
                let t = self.type_name(Value::Obj(k));
                let addr = super::repr::addr(k);
                self.out.err(&format!("gc: collectable <{t} {addr:#x}>\n"));
            }
        }
        self.handle_weakrefs(&unreachable);
        self.finalize_garbage(&unreachable);
        let old = (g + 1).min(NUM_GENERATIONS - 1);
        let (resurrected, garbage) = self.heap.split_resurrected(&unreachable);
        self.heap.move_to_generation(old, &resurrected);
        let m = garbage.len();
        self.delete_garbage(&garbage, old);
        if debug & DEBUG_STATS != 0 {
            let secs = started.elapsed().as_secs_f64();
            self.out.err(&format!(
                "gc: done, {m} unreachable, 0 uncollectable, {secs:.4}s elapsed\n"
            ));
        }
        if self.heap.trace != crate::heap::arena::Trace::Off {
            let promoted = if g + 1 < NUM_GENERATIONS {
                examined.saturating_sub(unreachable.len())
            } else {
                0
            };
            self.heap
                .trace_events
                .push(crate::heap::arena::TraceEvent::Collection {
                    generation: g,
                    examined,
                    unreachable: m,
                    promoted,
                });
        }
        let stats = &mut self.heap.gc.stats[g];
        stats.collections += 1;
        stats.collected += m as u64;
        m
    }

    /// Calls the callbacks of weak references whose targets died (queued by the heap), each
    /// with its weakref; exceptions are reported and ignored.
    pub fn run_weak_callbacks(&mut self) {
        while !self.heap.pending_weak_callbacks.is_empty() {
            let batch: Vec<ObjKey> = self.heap.pending_weak_callbacks.drain(..).collect();
            for r in batch {
                self.call_weak_callback(r);
                self.heap.decref(Value::Obj(r));
            }
        }
    }

    /// Calls the callback of weakref `r` (a subclass instance holding one included) with `r`.
    fn call_weak_callback(&mut self, r: ObjKey) {
        if self.heap.try_obj(r).is_none() {
            return;
        }
        let held = self.unwrap_payload(Value::Obj(r));
        let cb = match held
            .as_obj()
            .and_then(|k| self.heap.try_obj(k))
            .map(|o| &o.kind)
        {
            Some(Kind::WeakRef(w)) => w.callback,
            _ => return,
        };
        self.heap.incref(cb);
        self.call_unraisable(cb, &[Value::Obj(r)], |vm| vm.repr_or_default(cb));
        self.heap.decref(cb);
    }

    /// handle_weakrefs: weak references to the garbage are cleared before any finalizer runs;
    /// the callbacks of those that are not garbage themselves are called.
    fn handle_weakrefs(&mut self, unreachable: &[ObjKey]) {
        let mut callbacks = Vec::new();
        for &k in unreachable {
            let weakrefd = self
                .heap
                .try_obj(k)
                .is_some_and(|o| o.flags & crate::heap::object::FLAG_WEAKREFD != 0);
            if weakrefd {
                callbacks.extend(self.heap.clear_weakrefs(k, false));
            }
        }
        for r in callbacks {
            let in_garbage = self
                .heap
                .try_obj(r)
                .is_some_and(|o| crate::heap::gc::gen_of(o) == UNREACHABLE);
            if in_garbage || self.heap.try_obj(r).is_none() {
                continue;
            }
            self.heap.incref(Value::Obj(r));
            self.call_weak_callback(r);
            self.heap.decref(Value::Obj(r));
        }
    }

    /// finalize_garbage: `__del__` for each unreachable object that has one and has not run it,
    /// each held alive for its call (as CPython does).
    fn finalize_garbage(&mut self, unreachable: &[ObjKey]) {
        for &k in unreachable {
            let Some(o) = self.heap.try_obj(k) else {
                continue;
            };
            if o.flags & FLAG_FINALIZED != 0 || !crate::vm::attr::needs_finalizer(&self.heap, o) {
                continue;
            }
            let v = Value::Obj(k);
            self.heap.gc.finalizers_called += 1;
            self.heap.incref(v);
            self.call_finalizer(v);
            self.heap.decref(v);
            self.run_finalizers();
        }
    }

    /// delete_garbage: the garbage goes to `gc.garbage` under DEBUG_SAVEALL; otherwise each
    /// object's references are cleared, which frees the cycles. Whatever is still alive after
    /// that moves to the older generation.
    fn delete_garbage(&mut self, garbage: &[ObjKey], old: usize) {
        let save = self.heap.gc.debug & DEBUG_SAVEALL != 0;
        for &k in garbage {
            let still = self
                .heap
                .try_obj(k)
                .is_some_and(|o| crate::heap::gc::gen_of(o) == UNREACHABLE);
            if !still {
                continue;
            }
            if save {
                if let Some((_, garbage_list)) = self.gc_lists {
                    self.heap.incref(Value::Obj(k));
                    if let Value::Obj(gl) = garbage_list {
                        if let Kind::List(items) = self.heap.kind_mut(gl) {
                            items.push(Value::Obj(k));
                        }
                    }
                }
            } else {
                self.heap.clear_garbage(k);
            }
        }
        let alive: Vec<ObjKey> = garbage
            .iter()
            .copied()
            .filter(|&k| self.heap.try_obj(k).is_some())
            .collect();
        self.heap.move_to_generation(old, &alive);
    }

    /// Runs the `__del__` of objects that died, in the order they died. CPython calls a
    /// finalizer inside the decref that kills its object, so deaths caused by one finalizer
    /// are finalized before the next queued one runs: each call's own deaths are drained first.
    pub fn run_finalizers(&mut self) {
        while !self.heap.pending_finalizers.is_empty() {
            let batch: Vec<_> = self.heap.pending_finalizers.drain(..).collect();
            for k in batch {
                let v = Value::Obj(k);
                self.call_finalizer(v);
                // The queue's reference: the object dies now unless `__del__` resurrected it.
                self.heap.decref(v);
                if !self.heap.pending_finalizers.is_empty() {
                    // Out of stack for another level: the outer loop takes them, still in order
                    // (and every queued object keeps being finalized and released).
                    if let Err(e) = self.on_stack(|vm| {
                        vm.run_finalizers();
                        Ok(())
                    }) {
                        self.heap.decref(e.0);
                    }
                }
            }
        }
    }

    /// `safe_point` where nothing can receive an exception (interpreter exit): a pending
    /// KeyboardInterrupt or MemoryError is dropped.
    pub fn safe_point_quietly(&mut self) {
        if let Err(e) = self.safe_point() {
            self.heap.decref(e.0);
        }
    }

    /// Marks `v` finalized and calls its `__del__` (PEP 442: once); an exception in it is
    /// reported as CPython reports an unraisable one, and ignored.
    pub fn call_finalizer(&mut self, v: Value) {
        let Value::Obj(k) = v else { return };
        self.heap.obj_mut(k).flags |= crate::heap::object::FLAG_FINALIZED;
        if matches!(self.heap.kind(k), Kind::Generator(_)) {
            self.finalize_generator(k);
            return;
        }
        if let Some(del) = self.special(v, self.names.del) {
            self.heap.incref(del);
            self.call_unraisable(del, &[v], |vm| vm.repr_or_default(del));
            self.heap.decref(del);
        }
    }
}
