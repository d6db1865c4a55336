//! The arena: allocation, `incref` / `decref`, and freeing. An object is freed the moment its
//! count reaches zero; the cascade to its referents runs on a worklist (never by recursion), and
//! objects with a `__del__` are parked for the interpreter to finalize at its next safe point.

use slotmap::SlotMap;

use super::object::{Kind, Object, FLAG_FINALIZED, FLAG_RESIZED, FLAG_WEAKREFD};
use super::value::{ObjKey, Value};

#[derive(Default)]
pub struct Heap {
    objects: SlotMap<ObjKey, Object>,
    /// Objects whose count reached zero and whose class has `__del__`: each keeps a count of one,
    /// owned by this queue, until the interpreter calls the finalizer (PEP 442: once).
    pub pending_finalizers: Vec<ObjKey>,
    /// Decides whether a dying object needs its `__del__` run first (installed by the VM, which
    /// knows where `__del__` lives).
    pub needs_finalizer: Option<fn(&Heap, &Object) -> bool>,
    /// Reused between cascades so that freeing allocates nothing in the common case.
    work: Vec<ObjKey>,
    /// The bytes of every live object (heap/size.rs), counted for objects that were alive when
    /// the sizes were last settled (`settle_sizes`): new objects and those handed out for
    /// mutation since wait in `resized`, so temporaries are never sized at all.
    /// `%mem check` and the verifier compare it with the sum of every object's size, so a
    /// buffer that grows behind the heap's back cannot go unseen.
    live_bytes: usize,
    /// Objects given out by `kind_mut` since they were last counted, each with the size
    /// `live_bytes` holds for it (FLAG_RESIZED marks them).
    resized: Vec<(ObjKey, usize)>,
    /// Whether `live_bytes` is kept (turned on by `count_bytes`: the notebook and the verifier
    /// use it; a plain script run pays nothing for it).
    counting_bytes: bool,
    /// Objects allocated and freed so far, per kind (`Kind::index`): `%mem diff` by type.
    pub kind_counts: [KindCount; super::object::KIND_COUNT],
    /// The cycle collector's generations, counters and settings.
    pub gc: super::gc::GcState,
    /// Weak references by target (targets carry FLAG_WEAKREFD).
    pub weakrefs: rustc_hash::FxHashMap<ObjKey, Vec<ObjKey>>,
    /// Weak references whose target died and whose callback waits for the next safe point
    /// (each holds a reference to the weakref object).
    pub pending_weak_callbacks: Vec<ObjKey>,
    /// Work is waiting for the interpreter's next safe point: finalizers to run or a collection
    /// to do (counted in heap/signals.rs, which the eval loop tests).
    attention: bool,
    /// `%mem trace`: what to log, and the events logged since the front end last printed them.
    pub trace: Trace,
    pub trace_events: Vec<TraceEvent>,
    /// The running code's first site and the running instruction (heap/sites.rs): the
    /// interpreter stores the instruction before executing it, the base when it changes frame,
    /// and each new object is stamped with their sum.
    pub site_base: u32,
    pub site_ip: u32,
    pub sites: super::sites::SiteTable,
    /// Live bytes by site near the running cell's peak (heap/peak.rs).
    pub peak_record: Option<super::peak::SiteBytes>,
}

/// Objects handed out for mutation before their sizes are settled (bounds `resized`).
const SETTLE_AFTER: usize = 1 << 14;

/// One kind's objects allocated and freed so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct KindCount {
    pub allocated: u64,
    pub freed: u64,
}

/// What `%mem trace` logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Trace {
    #[default]
    Off,
    /// One event per collection.
    Collections,
    /// Collections, and every object freed at refcount zero.
    Everything,
}

/// One logged event.
#[derive(Debug, Clone)]
pub enum TraceEvent {
    /// An object freed: its type (a class name for instances) and bytes.
    Freed { what: String, bytes: usize },
    /// A collection of generation `generation`: objects examined, unreachable found, and
    /// survivors moved to the next generation.
    Collection {
        generation: usize,
        examined: usize,
        unreachable: usize,
        promoted: usize,
    },
}

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }

    #[inline]
    pub fn alloc(&mut self, kind: Kind) -> Value {
        self.kind_counts[kind.index()].allocated += 1;
        let gc_type = super::gc::is_gc_kind(&kind);
        let tracked = gc_type && self.starts_tracked(&kind);
        if gc_type {
            self.count_allocation();
        }
        if self.objects.len() == self.objects.capacity() {
            self.arena_grows();
        }
        let site = self.sites.stamp(self.current_site());
        let counting = self.counting_bytes;
        if counting && self.resized.len() >= SETTLE_AFTER {
            self.settle_sizes();
        }
        // Counted when the sizes are next settled, if still alive: most objects are not.
        let k = self.objects.insert(Object {
            rc: 1,
            gc_pos: 0,
            flags: if counting { FLAG_RESIZED } else { 0 },
            site,
            kind,
        });
        if counting {
            self.resized.push((k, 0));
        }
        if tracked {
            self.track(k);
        }
        Value::Obj(k)
    }

    /// The site of the running instruction (NO_SITE while no Python code runs: the base and
    /// the instruction are both 0 then, as `Vm::run_frame` restores them).
    #[inline(always)]
    pub fn current_site(&self) -> u32 {
        self.site_base.wrapping_add(self.site_ip)
    }

    #[inline]
    pub fn incref(&mut self, v: Value) {
        if let Value::Obj(k) = v {
            self.obj_mut(k).rc += 1;
        }
    }

    #[inline]
    pub fn decref(&mut self, v: Value) {
        if let Value::Obj(k) = v {
            let o = self.obj_mut(k);
            o.rc -= 1;
            if o.rc == 0 {
                self.dealloc(k);
            }
        }
    }

    /// Drops several owned references.
    pub fn decref_all(&mut self, vs: impl IntoIterator<Item = Value>) {
        for v in vs {
            self.decref(v);
        }
    }

    #[cold]
    fn dealloc(&mut self, first: ObjKey) {
        let mut work = std::mem::take(&mut self.work);
        work.push(first);
        while let Some(k) = work.pop() {
            if let Some(check) = self.needs_finalizer {
                let o = &self.objects[k];
                if o.flags & FLAG_FINALIZED == 0 && check(self, o) {
                    self.objects[k].rc = 1;
                    self.pending_finalizers.push(k);
                    self.request_attention();
                    continue;
                }
            }
            self.untrack(k);
            if self.objects[k].flags & FLAG_WEAKREFD != 0 {
                self.clear_weakrefs(k, true);
            }
            // The cells' own code objects are not the user's objects; a collected object was
            // logged when the collector cleared it.
            if self.trace == Trace::Everything
                && !matches!(self.objects[k].kind, Kind::Code(_) | Kind::Cleared)
            {
                let what = self.type_label(k);
                let bytes = super::size::object_size(&self.objects[k]);
                self.trace_events.push(TraceEvent::Freed { what, bytes });
            }
            let Some(obj) = self.objects.remove(k) else {
                panic!("internal error: freeing a stale object key {k:?}");
            };
            self.kind_counts[obj.kind.index()].freed += 1;
            // A resized object's counted size leaves with its `resized` entry.
            if self.counting_bytes && obj.flags & FLAG_RESIZED == 0 {
                self.live_bytes -= super::size::object_size(&obj);
            }
            if super::gc::is_gc_kind(&obj.kind) {
                self.count_deallocation();
            }
            let objects = &mut self.objects;
            // CPython drops a list's or tuple's items last to first but a dict's entries first
            // to last; the worklist pops in reverse, so namespaces push their dead in reverse.
            let forward = matches!(
                obj.kind,
                Kind::Dict(_)
                    | Kind::Instance(_)
                    | Kind::Exception(_)
                    | Kind::Module(_)
                    | Kind::Frame(_)
                    | Kind::Traceback(_)
            );
            let mark = work.len();
            obj.kind.for_each_referent(|v| {
                if let Value::Obj(c) = v {
                    let Some(o) = objects.get_mut(c) else {
                        panic!(
                            "internal error: stale key {c:?} held by a freed {}",
                            obj.kind.tag()
                        );
                    };
                    o.rc -= 1;
                    if o.rc == 0 {
                        work.push(c);
                    }
                }
            });
            if forward {
                work[mark..].reverse();
            }
            if let Kind::WeakRef(w) = &obj.kind {
                if let Some(t) = w.target {
                    if let Some(list) = self.weakrefs.get_mut(&t) {
                        list.retain(|&r| r != k);
                    }
                }
            }
            // Drop the payload now: its Vec/Box buffers go back to the allocator; its values
            // were accounted for above.
            drop(obj);
        }
        self.work = work;
    }

    #[inline]
    pub fn obj(&self, k: ObjKey) -> &Object {
        match self.objects.get(k) {
            Some(o) => o,
            None => stale(k),
        }
    }

    /// The object if `k` is still alive (a collection's lists may hold keys of freed objects).
    #[inline]
    pub fn try_obj(&self, k: ObjKey) -> Option<&Object> {
        self.objects.get(k)
    }

    #[inline]
    pub fn try_obj_mut(&mut self, k: ObjKey) -> Option<&mut Object> {
        self.objects.get_mut(k)
    }

    #[inline]
    pub fn obj_mut(&mut self, k: ObjKey) -> &mut Object {
        match self.objects.get_mut(k) {
            Some(o) => o,
            None => stale(k),
        }
    }

    #[inline]
    pub fn kind(&self, k: ObjKey) -> &Kind {
        &self.obj(k).kind
    }

    /// An object's kind, to change: from here its size may change, so it is counted again
    /// when the sizes are next settled.
    #[inline]
    pub fn kind_mut(&mut self, k: ObjKey) -> &mut Kind {
        let counting = self.counting_bytes;
        if counting && self.resized.len() >= SETTLE_AFTER {
            self.settle_sizes();
        }
        let o = match self.objects.get_mut(k) {
            Some(o) => o,
            None => stale(k),
        };
        if counting && o.flags & FLAG_RESIZED == 0 {
            o.flags |= FLAG_RESIZED;
            self.resized.push((k, super::size::object_size(o)));
        }
        &mut o.kind
    }

    /// Counts again the objects handed out for mutation: `live_bytes` is exact afterwards.
    #[cold]
    pub fn settle_sizes(&mut self) {
        // The list's buffer is kept for the next round.
        let mut resized = std::mem::take(&mut self.resized);
        for &(k, counted) in &resized {
            self.live_bytes -= counted;
            // A freed object leaves with what was counted for it; a live one (the slot's
            // version matches) is counted as it is now.
            if let Some(o) = self.objects.get_mut(k) {
                if o.flags & FLAG_RESIZED != 0 {
                    o.flags &= !FLAG_RESIZED;
                    self.live_bytes += super::size::object_size(o);
                }
            }
        }
        resized.clear();
        self.resized = resized;
    }

    /// The bytes of every live object, settled first (counting starts here if it was off).
    pub fn live_bytes(&mut self) -> usize {
        self.count_bytes();
        self.settle_sizes();
        self.live_bytes
    }

    /// Starts keeping `live_bytes`, from a count of every object now.
    pub fn count_bytes(&mut self) {
        if !self.counting_bytes {
            self.live_bytes = self.objects.values().map(super::size::object_size).sum();
            self.counting_bytes = true;
        }
    }

    /// An object's type as a trace line shows it: the class name of an instance, else the
    /// kind's name.
    pub fn type_label(&self, k: ObjKey) -> String {
        let class = match &self.objects[k].kind {
            Kind::Instance(i) => Some(i.class),
            Kind::Exception(e) => Some(e.class),
            other => return other.tag().to_string(),
        };
        let name = class.and_then(|c| match &self.objects.get(c)?.kind {
            Kind::Class(c) => match c.name {
                Value::Obj(n) => match &self.objects.get(n)?.kind {
                    Kind::Str(s) => Some(s.s.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        });
        name.unwrap_or_else(|| "instance".into())
    }

    /// The arena slot a key names (the key without its version): dense, for tables indexed
    /// by object.
    pub fn slot_index(k: ObjKey) -> usize {
        use slotmap::Key;
        (k.data().as_ffi() & 0xffff_ffff) as usize
    }

    pub fn contains(&self, k: ObjKey) -> bool {
        self.objects.contains_key(k)
    }

    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// The arena is about to double (one allocation as big as the arena): past the memory
    /// budget, the program gets MemoryError at its next safe point, before it needs another.
    #[cold]
    fn arena_grows(&mut self) {
        let growth = self.objects.capacity().max(1) * std::mem::size_of::<(Object, u32)>();
        if super::budget::would_exceed(growth, 0) {
            super::signals::raise(super::signals::MEMORY);
        }
    }

    /// Bytes of the arena's free slots: counted by the allocator as live, but new objects take
    /// them before the arena grows (the memory budget treats them as available).
    pub fn spare_bytes(&self) -> usize {
        (self.objects.capacity() - self.objects.len()) * std::mem::size_of::<(Object, u32)>()
    }

    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (ObjKey, &Object)> {
        self.objects.iter()
    }

    pub fn refcount(&self, v: Value) -> Option<u32> {
        v.as_obj().map(|k| self.obj(k).rc)
    }
}

impl Heap {
    /// Marks work for the next safe point (finalizers, weakref callbacks, a due collection).
    pub fn request_attention(&mut self) {
        if !self.attention {
            self.attention = true;
            super::signals::work_added();
        }
    }

    /// Takes the mark; says whether work is waiting.
    pub fn take_attention(&mut self) -> bool {
        if self.attention {
            self.attention = false;
            super::signals::work_taken();
        }
        !self.pending_finalizers.is_empty()
            || !self.pending_weak_callbacks.is_empty()
            || self.gc.due.is_some()
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        if self.attention {
            super::signals::work_taken();
        }
    }
}

#[cold]
#[inline(never)]
fn stale(k: ObjKey) -> ! {
    panic!("internal error: stale object key {k:?} (an object used after it was freed)")
}

impl Heap {
    /// Clears every weak reference to `target`; with `callbacks`, those with a callback are
    /// queued (holding their weakref) for the next safe point.
    pub fn clear_weakrefs(&mut self, target: ObjKey, callbacks: bool) -> Vec<ObjKey> {
        let refs = self.weakrefs.remove(&target).unwrap_or_default();
        if let Some(o) = self.objects.get_mut(target) {
            o.flags &= !FLAG_WEAKREFD;
        }
        let mut with_callback = Vec::new();
        for &r in &refs {
            if let Some(Object {
                kind: Kind::WeakRef(w),
                ..
            }) = self.objects.get_mut(r)
            {
                w.target = None;
                if !w.callback.is(Value::None) && !w.callback.is_undef() {
                    with_callback.push(r);
                }
            }
        }
        if callbacks {
            for &r in &with_callback {
                self.incref(Value::Obj(r));
                self.pending_weak_callbacks.push(r);
            }
            if !with_callback.is_empty() {
                self.request_attention();
            }
        }
        with_callback
    }
}
