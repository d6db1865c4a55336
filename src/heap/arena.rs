//! The arena: allocation, `incref` / `decref`, and freeing. An object is freed the moment its
//! count reaches zero; the cascade to its referents runs on a worklist (never by recursion), and
//! objects with a `__del__` are parked for the interpreter to finalize at its next safe point.

use slotmap::SlotMap;

use super::object::{Kind, Object, FLAG_FINALIZED, FLAG_WEAKREFD};
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
    /// The bytes of every live object (heap/size.rs), exact at every allocation, mutation and
    /// free once the last object handed out for mutation (`mutated`) is settled. `%mem check`
    /// and the verifier compare it with the sum of every object's size, so a buffer that grows
    /// behind the heap's back cannot go unseen.
    live_bytes: usize,
    /// The last object allocated or handed out by `kind_mut`, with the size `live_bytes` holds
    /// for it (`FRESH`: none yet): its size may change until the next heap operation, which
    /// settles it first.
    mutated: Option<(ObjKey, usize)>,
    /// Whether `live_bytes` and the ledger are kept (turned on by `count_bytes`: the notebook
    /// and the verifier use them; a plain script run pays one branch per operation).
    counting_bytes: bool,
    /// Live bytes and objects by allocation stamp, and the running cell's peak (heap/ledger.rs).
    pub ledger: super::ledger::SiteLedger,
    /// Objects allocated and freed so far, per kind (`Kind::index`): `%mem diff` by type.
    pub kind_counts: KindCounts,
    /// The same for instances and exceptions, per (class, kind index) (kept while counting
    /// bytes).
    pub class_counts: rustc_hash::FxHashMap<(ObjKey, usize), KindCount>,
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
}

/// `mutated` holds a new object: nothing is counted for it yet.
const FRESH: usize = usize::MAX;

/// The per-kind counters, one per `Kind::index` (more kinds than `Default` covers for arrays).
#[derive(Debug, Clone, Copy)]
pub struct KindCounts(pub [KindCount; super::object::KIND_COUNT]);

impl Default for KindCounts {
    fn default() -> KindCounts {
        KindCounts([KindCount::default(); super::object::KIND_COUNT])
    }
}

impl std::ops::Deref for KindCounts {
    type Target = [KindCount; super::object::KIND_COUNT];
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for KindCounts {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

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
        if counting {
            self.settle_sizes();
            if let Some(class) = class_of(&kind) {
                let key = (class, kind.index());
                self.class_counts.entry(key).or_default().allocated += 1;
            }
        }
        let k = self.objects.insert(Object {
            rc: 1,
            gc_pos: 0,
            flags: 0,
            site,
            kind,
        });
        if counting {
            // Sized at the next operation: the caller may still fill it in.
            self.mutated = Some((k, FRESH));
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

    /// Takes a dying class off its bases' `__subclasses__()` lists.
    pub(super) fn forget_subclass(&mut self, class: ObjKey, bases: &[ObjKey]) {
        for &b in bases {
            if let Some(Kind::Class(bc)) = self.objects.get_mut(b).map(|o| &mut o.kind) {
                bc.subclasses.retain(|&s| s != class);
            }
        }
    }

    #[cold]
    fn dealloc(&mut self, first: ObjKey) {
        let counting = self.counting_bytes;
        if counting {
            // The total only falls from here: if it is a high, now is the moment.
            self.settle_sizes();
            self.ledger.reached(self.live_bytes, self.current_site());
        }
        let mut work = std::mem::take(&mut self.work);
        work.push(first);
        while let Some(k) = work.pop() {
            // Taken back while it waited: a dying referent queued this weak reference (or the
            // instance holding one) for its callback.
            if self.objects[k].rc > 0 {
                continue;
            }
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
            if counting {
                if let Some(class) = class_of(&obj.kind) {
                    let key = (class, obj.kind.index());
                    self.class_counts.entry(key).or_default().freed += 1;
                }
                let bytes = super::size::object_size(&obj);
                self.live_bytes -= bytes;
                self.ledger.change(obj.site, -(bytes as i64), -1);
            }
            if super::gc::is_gc_kind(&obj.kind) {
                self.count_deallocation();
            }
            if let Kind::Class(c) = &obj.kind {
                self.forget_subclass(k, &c.bases);
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

    /// An object's kind, to change: from here its size may change, so it is counted again at
    /// the next heap operation.
    #[inline]
    pub fn kind_mut(&mut self, k: ObjKey) -> &mut Kind {
        if self.counting_bytes && !matches!(self.mutated, Some((m, _)) if m == k) {
            self.settle_sizes();
            let size = match self.objects.get(k) {
                Some(o) => super::size::object_size(o),
                None => stale(k),
            };
            self.mutated = Some((k, size));
        }
        match self.objects.get_mut(k) {
            Some(o) => &mut o.kind,
            None => stale(k),
        }
    }

    /// Counts again the last object allocated or handed out for mutation: `live_bytes` and the
    /// ledger are exact afterwards.
    #[inline]
    pub fn settle_sizes(&mut self) {
        if let Some((k, counted)) = self.mutated.take() {
            self.settle(k, counted);
        }
    }

    fn settle(&mut self, k: ObjKey, counted: usize) {
        // Every free settles first, so the object is alive.
        let Some(o) = self.objects.get(k) else {
            return;
        };
        let (counted, born) = if counted == FRESH {
            (0, 1)
        } else {
            (counted, 0)
        };
        let size = super::size::object_size(o);
        if size == counted && born == 0 {
            return;
        }
        let site = o.site;
        if size < counted {
            // It shrank: no other change happened since it was handed out, so the total
            // before this one is the total just before the change, which may be a high.
            self.ledger.reached(self.live_bytes, self.current_site());
        }
        self.live_bytes = self.live_bytes + size - counted;
        self.ledger.change(site, size as i64 - counted as i64, born);
    }

    /// The bytes of every live object, settled first (counting starts here if it was off).
    pub fn live_bytes(&mut self) -> usize {
        self.count_bytes();
        self.settle_sizes();
        self.live_bytes
    }

    /// Marks every object alive now as made by no Python code: what the interpreter's own
    /// startup ran (the embedded modules) is startup to `%mem`, not lines of theirs. Only
    /// before counting starts (the ledger is built from these stamps).
    pub fn stamp_all_as_startup(&mut self) {
        if self.counting_bytes {
            return;
        }
        for o in self.objects.values_mut() {
            o.site = super::sites::NO_SITE;
        }
    }

    /// Starts keeping `live_bytes` and the ledger, from a count of every object now.
    pub fn count_bytes(&mut self) {
        if !self.counting_bytes {
            for o in self.objects.values() {
                let bytes = super::size::object_size(o);
                self.live_bytes += bytes;
                self.ledger.change(o.site, bytes as i64, 1);
            }
            self.counting_bytes = true;
        }
    }

    /// Live bytes and objects by stamp now.
    pub fn bytes_by_stamp(&mut self) -> super::ledger::SiteBytes {
        let live = self.live_bytes();
        self.ledger.now(live)
    }

    /// A cell starts: its peak starts at the total now.
    pub fn start_peak(&mut self) {
        let live = self.live_bytes();
        self.ledger.start(live, self.current_site());
    }

    /// Live bytes and objects by stamp at the running cell's peak, so far.
    pub fn at_peak(&mut self) -> super::ledger::SiteBytes {
        let live = self.live_bytes();
        self.ledger.reached(live, self.current_site());
        self.ledger.at_high()
    }

    /// An object's type as a trace line shows it: the class name of an instance, else the
    /// kind's name.
    pub fn type_label(&self, k: ObjKey) -> String {
        let kind = &self.objects[k].kind;
        match class_of(kind) {
            Some(class) => self.class_name(class).unwrap_or_else(|| "instance".into()),
            None => kind.tag().to_string(),
        }
    }

    /// A class's `__name__` (None if `class` is not a live class).
    pub fn class_name(&self, class: ObjKey) -> Option<String> {
        match &self.objects.get(class)?.kind {
            Kind::Class(c) => match c.name {
                Value::Obj(n) => match &self.objects.get(n)?.kind {
                    Kind::Str(s) => Some(s.s.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
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
            let owner = match self.objects.get_mut(r) {
                Some(Object {
                    kind: Kind::WeakRef(w),
                    ..
                }) => {
                    w.target = None;
                    if w.callback.is(Value::None) || w.callback.is_undef() {
                        continue;
                    }
                    w.owner
                }
                _ => continue,
            };
            // A subclass instance is the weakref its callback receives; one already freed
            // in this same cascade gets no callback.
            match owner {
                Some(o) if self.objects.contains_key(o) => with_callback.push(o),
                Some(_) => {}
                None => with_callback.push(r),
            }
        }
        // CPython keeps an object's weak references newest first: callbacks run in that order.
        with_callback.reverse();
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

/// The class of an instance or an exception: the kinds counted per class.
fn class_of(kind: &Kind) -> Option<ObjKey> {
    match kind {
        Kind::Instance(i) => Some(i.class),
        Kind::Exception(e) => Some(e.class),
        _ => None,
    }
}
