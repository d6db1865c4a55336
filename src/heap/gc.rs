//! The generational cycle collector's heap side, as CPython 3.11 runs it (shared/GC.md): which
//! objects are tracked, the three generations (plus the permanent one of `gc.freeze()`), the
//! allocation counter and thresholds that make a collection due, and the graph phases of one
//! collection, named as in gcmodule.c: `update_refs`, `subtract_refs`, `move_unreachable`,
//! `untrack_tuples` / `untrack_dicts`, survivors moving up. What needs the interpreter (callbacks,
//! `__del__`, resurrection, clearing the garbage) is in vm/collect.rs.
//!
//! A generation is a vector of keys in tracking order. An object knows its generation (flag bits)
//! and its position in that vector (`gc_pos`), so an entry is live only if the object there still
//! points back at it; untracking or freeing leaves a tombstone that the next pass over the vector
//! drops. Young vectors are rebuilt by every collection; older ones when tombstones dominate.

use super::arena::Heap;
use super::object::{Kind, Object};
use super::value::{ObjKey, Value};

pub const NUM_GENERATIONS: usize = 3;
/// Generation index of `gc.freeze()`'s permanent generation.
pub const PERMANENT: usize = 3;
/// Generation marker of objects inside a running collection.
const COLLECTING: usize = 4;
/// Generation marker of objects found unreachable, until they are freed or saved.
pub const UNREACHABLE: usize = 5;

pub const FLAG_TRACKED: u8 = 2;
const GEN_SHIFT: u8 = 2;
const GEN_MASK: u8 = 0b1_1100;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

#[derive(Debug, Clone, Copy, Default)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// An automatic collection decided at an allocation, to run at the interpreter's next safe
/// point. CPython collects inside the allocation, before the new object is tracked; the mark
/// keeps that object (and any allocated since) out of the collection.
#[derive(Debug, Clone, Copy)]
pub struct Due {
    pub gen0_mark: usize,
    pub count_at_trigger: i64,
}

#[derive(Debug)]
pub struct GcState {
    pub gens: [Vec<ObjKey>; 4],
    /// Live (tracked) objects per generation, permanent last.
    pub live: [usize; 4],
    /// count[0]: allocations minus deallocations of GC-type objects (never below 0); count[1]
    /// and count[2]: collections of the next younger generation.
    pub count: [i64; NUM_GENERATIONS],
    pub threshold: [i64; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    pub long_lived_pending: usize,
    pub long_lived_total: usize,
    pub debug: i64,
    pub stats: [GenStats; NUM_GENERATIONS],
    /// `__del__` methods the collector has called on garbage (for `%mem gc`).
    pub finalizers_called: u64,
    pub due: Option<Due>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            gens: Default::default(),
            live: [0; 4],
            count: [0; NUM_GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_pending: 0,
            long_lived_total: 0,
            debug: 0,
            stats: Default::default(),
            finalizers_called: 0,
            due: None,
        }
    }
}

/// Whether objects of this kind are collector objects (CPython's GC types): they count toward
/// `count[0]` when allocated and freed, tracked or not. The empty tuple is CPython's singleton.
pub fn is_gc_kind(kind: &Kind) -> bool {
    match kind {
        Kind::Str(_)
        | Kind::Bytes(_)
        | Kind::ByteArray(_)
        | Kind::Complex(_)
        | Kind::BigInt(_)
        | Kind::Range(_)
        | Kind::BigRange(_)
        | Kind::Code(_) => false,
        Kind::Tuple(items) => !items.is_empty(),
        Kind::Iter(it) => !matches!(
            **it,
            super::object::Iter::Range { .. } | super::object::Iter::BigRange(_)
        ),
        // Containers, and what CPython tracks though it may hold nothing (functions, classes,
        // frames, files): every other kind, listed so a new kind must choose.
        Kind::List(_)
        | Kind::Dict(_)
        | Kind::Set(_)
        | Kind::Slice(_)
        | Kind::Function(_)
        | Kind::Class(_)
        | Kind::Instance(_)
        | Kind::Exception(_)
        | Kind::BoundMethod(_)
        | Kind::Native(_)
        | Kind::Cell(_)
        | Kind::Generator(_)
        | Kind::Frame(_)
        | Kind::Traceback(_)
        | Kind::Module(_)
        | Kind::Property(_)
        | Kind::StaticMethod(_)
        | Kind::ClassMethod(_)
        | Kind::Super(_)
        | Kind::DictView(_)
        | Kind::File(_)
        | Kind::WeakRef(_)
        | Kind::Cleared => true,
    }
}

pub fn gen_of(o: &Object) -> usize {
    ((o.flags & GEN_MASK) >> GEN_SHIFT) as usize
}

pub fn is_tracked(o: &Object) -> bool {
    o.flags & FLAG_TRACKED != 0
}

fn set_gen(o: &mut Object, g: usize) {
    o.flags = (o.flags & !GEN_MASK) | ((g as u8) << GEN_SHIFT);
}

impl Heap {
    /// CPython's `_PyObject_GC_MAY_BE_TRACKED`: would holding `v` make a container tracked?
    pub fn may_be_tracked(&self, v: Value) -> bool {
        match v {
            Value::Obj(k) => {
                let o = self.obj(k);
                match &o.kind {
                    Kind::Tuple(_) => is_tracked(o),
                    kind => is_gc_kind(kind),
                }
            }
            _ => false,
        }
    }

    /// Whether a dict holds a key or value that may be tracked (else it need not be).
    fn dict_needs_tracking(&self, d: &crate::objects::dict::Dict) -> bool {
        d.iter()
            .any(|e| self.may_be_tracked(e.key) || self.may_be_tracked(e.value))
    }

    /// Whether a new object starts tracked: dicts only if they hold something trackable,
    /// everything else of a GC type always.
    pub(super) fn starts_tracked(&self, kind: &Kind) -> bool {
        match kind {
            Kind::Dict(d) => self.dict_needs_tracking(d),
            kind => is_gc_kind(kind),
        }
    }

    pub fn track(&mut self, k: ObjKey) {
        let pos = self.gc.gens[0].len() as u32;
        let o = self.obj_mut(k);
        if is_tracked(o) {
            return;
        }
        o.flags |= FLAG_TRACKED;
        set_gen(o, 0);
        o.gc_pos = pos;
        self.gc.gens[0].push(k);
        self.gc.live[0] += 1;
    }

    pub fn untrack(&mut self, k: ObjKey) {
        let o = self.obj_mut(k);
        if !is_tracked(o) {
            return;
        }
        o.flags &= !FLAG_TRACKED;
        let g = gen_of(o);
        if g < 4 {
            self.gc.live[g] -= 1;
            let gc = &self.gc;
            // A due collection's mark is a position in generation 0: keep positions until it runs.
            let marked = g == 0 && gc.due.is_some();
            if !marked && gc.gens[g].len() > 2 * gc.live[g] + 1024 {
                self.compact(g);
            }
        }
    }

    /// A dict just received `key: value`: it becomes tracked if either may be (CPython's
    /// MAINTAIN_TRACKING).
    pub fn dict_stored(&mut self, d: ObjKey, key: Value, value: Value) {
        if !is_tracked(self.obj(d)) && (self.may_be_tracked(key) || self.may_be_tracked(value)) {
            self.track(d);
        }
    }

    /// Called by `alloc` for GC-type objects, before the new object is tracked.
    pub(super) fn count_allocation(&mut self) {
        let gc = &mut self.gc;
        gc.count[0] += 1;
        if gc.count[0] > gc.threshold[0]
            && gc.enabled
            && gc.threshold[0] != 0
            && !gc.collecting
            && gc.due.is_none()
        {
            gc.due = Some(Due {
                gen0_mark: gc.gens[0].len(),
                count_at_trigger: gc.count[0],
            });
            self.request_attention();
        }
    }

    pub(super) fn count_deallocation(&mut self) {
        if self.gc.count[0] > 0 {
            self.gc.count[0] -= 1;
        }
    }

    /// Whether `gens[g][pos]` still holds the object `k`.
    fn entry_live(&self, g: usize, pos: usize, k: ObjKey) -> bool {
        match self.try_obj(k) {
            Some(o) => is_tracked(o) && gen_of(o) == g && o.gc_pos as usize == pos,
            None => false,
        }
    }

    /// The live keys of generation `g`, in order.
    pub fn generation(&self, g: usize) -> Vec<ObjKey> {
        let v = &self.gc.gens[g];
        v.iter()
            .enumerate()
            .filter(|&(i, &k)| self.entry_live(g, i, k))
            .map(|(_, &k)| k)
            .collect()
    }

    /// The live keys of generation `g` before position `mark`, and those from it on.
    pub fn generation_split(&self, g: usize, mark: usize) -> (Vec<ObjKey>, Vec<ObjKey>) {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for (i, &k) in self.gc.gens[g].iter().enumerate() {
            if self.entry_live(g, i, k) {
                if i < mark {
                    before.push(k);
                } else {
                    after.push(k);
                }
            }
        }
        (before, after)
    }

    /// Drops the tombstones of generation `g`.
    fn compact(&mut self, g: usize) {
        let keys = self.generation(g);
        self.place(g, keys);
    }

    /// Makes `keys` (all tracked) the whole of generation `g`, in order.
    fn place(&mut self, g: usize, keys: Vec<ObjKey>) {
        for (i, &k) in keys.iter().enumerate() {
            let o = self.obj_mut(k);
            set_gen(o, g);
            o.gc_pos = i as u32;
        }
        self.gc.live[g] = keys.len();
        self.gc.gens[g] = keys;
    }

    /// Appends tracked objects to generation `g`.
    pub fn move_to_generation(&mut self, g: usize, keys: &[ObjKey]) {
        for &k in keys {
            let pos = self.gc.gens[g].len() as u32;
            let Some(o) = self.try_obj_mut(k) else {
                continue;
            };
            if !is_tracked(o) {
                continue;
            }
            let old = gen_of(o);
            set_gen(o, g);
            o.gc_pos = pos;
            if old < 4 {
                self.gc.live[old] -= 1;
            }
            self.gc.gens[g].push(k);
            self.gc.live[g] += 1;
        }
    }

    /// `gc.freeze()`: every tracked object moves to the permanent generation.
    pub fn freeze(&mut self) {
        let mut all = self.generation(PERMANENT);
        for g in 0..NUM_GENERATIONS {
            all.extend(self.generation(g));
            self.gc.gens[g].clear();
            self.gc.live[g] = 0;
        }
        self.place(PERMANENT, all);
        self.gc.count[0] = 0;
        self.gc.due = None;
    }

    /// `gc.unfreeze()`: the permanent generation joins the oldest one, unexamined.
    pub fn unfreeze(&mut self) {
        let frozen = self.generation(PERMANENT);
        self.gc.gens[PERMANENT].clear();
        self.gc.live[PERMANENT] = 0;
        let mut old = self.generation(2);
        old.extend(frozen);
        self.place(2, old);
    }

    /// Runs the graph phases of collecting generation `g` (and the younger ones with it):
    /// updates the counters, returns the unreachable objects (left tracked, marked UNREACHABLE, in
    /// the order CPython's young list has them) and moves the survivors up.
    pub fn collect_phases(&mut self, g: usize, gen0_mark: Option<usize>) -> Vec<ObjKey> {
        if g + 1 < NUM_GENERATIONS {
            self.gc.count[g + 1] += 1;
        }
        for c in &mut self.gc.count[..=g] {
            *c = 0;
        }
        // The generations collected, merged as gc_list_merge does: the oldest first, then the
        // younger ones appended in order. Generation 0 past the mark stays young.
        let (gen0, tail) = self.generation_split(0, gen0_mark.unwrap_or(usize::MAX));
        let mut young = if g > 0 {
            self.generation(g)
        } else {
            Vec::new()
        };
        young.extend(gen0);
        for i in 1..g {
            young.extend(self.generation(i));
        }
        for i in 0..=g {
            self.gc.gens[i].clear();
            self.gc.live[i] = 0;
        }
        for (i, &k) in young.iter().enumerate() {
            let o = self.obj_mut(k);
            set_gen(o, COLLECTING);
            o.gc_pos = i as u32;
        }
        let mut gc_refs = self.update_refs(&young);
        self.subtract_refs(&young, &mut gc_refs);
        let (reachable, unreachable) = self.move_unreachable(&young, &gc_refs);
        self.untrack_tuples(&reachable);
        let reachable: Vec<ObjKey> = reachable
            .into_iter()
            .filter(|&k| is_tracked(self.obj(k)))
            .collect();
        for &k in &unreachable {
            set_gen(self.obj_mut(k), UNREACHABLE);
        }
        if g + 1 < NUM_GENERATIONS {
            if g == NUM_GENERATIONS - 2 {
                self.gc.long_lived_pending += reachable.len();
            }
            self.move_to_generation(g + 1, &reachable);
        } else {
            self.untrack_dicts(&reachable);
            let reachable: Vec<ObjKey> = reachable
                .into_iter()
                .filter(|&k| is_tracked(self.obj(k)))
                .collect();
            self.gc.long_lived_pending = 0;
            self.gc.long_lived_total = reachable.len();
            self.place(2, reachable);
        }
        self.place(0, tail);
        unreachable
    }

    /// update_refs: each collected object's count of references, before subtracting the ones
    /// from inside the set.
    fn update_refs(&self, young: &[ObjKey]) -> Vec<i64> {
        young.iter().map(|&k| self.obj(k).rc as i64).collect()
    }

    /// Whether `v` is an object of the set being collected (its index in it).
    fn in_collection(&self, v: Value) -> Option<usize> {
        let Value::Obj(k) = v else { return None };
        let o = self.try_obj(k)?;
        (is_tracked(o) && gen_of(o) == COLLECTING).then_some(o.gc_pos as usize)
    }

    /// subtract_refs: removes the references that objects of the set hold to each other; what
    /// is left is held from outside.
    fn subtract_refs(&self, young: &[ObjKey], gc_refs: &mut [i64]) {
        // The order does not matter here; `traverse` walks the common containers directly.
        for &k in young {
            self.obj(k).kind.traverse(|v| {
                if let Some(i) = self.in_collection(v) {
                    gc_refs[i] -= 1;
                }
            });
        }
    }

    /// move_unreachable, as gcmodule.c runs it, so that survivors and garbage come out in
    /// CPython's order: the set is scanned in order; an object held from outside is traversed
    /// (in tp_traverse order) and stays; one that is not yet known to be held moves, for now, to
    /// the unreachable list; an object found reachable after it moved there goes back to the
    /// end of the scan. Returns (survivors, unreachable), each in the order CPython's lists end
    /// up in.
    ///
    /// A class's namespace is CPython's separate `tp_dict` object, made before the class and so
    /// always parked by the time the class is traversed: its entries are visited when the scan
    /// reaches it again at the end (entries `n + i` of `scan`), not with the class.
    fn move_unreachable(&self, young: &[ObjKey], gc_refs: &[i64]) -> (Vec<ObjKey>, Vec<ObjKey>) {
        let n = young.len();
        let mut refs = gc_refs.to_vec();
        // Still COLLECTING: not yet scanned as reachable (CPython's PREV_MASK_COLLECTING).
        let mut collecting = vec![true; n];
        // Where an object sits in `unreachable` while it is there.
        let mut parked: Vec<Option<usize>> = vec![None; n];
        let mut scan: Vec<usize> = (0..n).collect();
        let mut unreachable: Vec<Option<usize>> = Vec::new();
        let mut survivors = Vec::new();
        let mut at = 0;
        while at < scan.len() {
            let entry = scan[at];
            at += 1;
            let namespace_of = entry.checked_sub(n);
            let i = namespace_of.unwrap_or(entry);
            let mut deferred_namespace = false;
            if namespace_of.is_none() && refs[i] == 0 {
                parked[i] = Some(unreachable.len());
                unreachable.push(Some(i));
                continue;
            }
            // Each referent is looked at as the traversal yields it: a buffer of them would be
            // as large as the largest container collected (16 MB for a million-item list).
            let mut visit = |v: Value| {
                let Some(c) = self.in_collection(v) else {
                    return;
                };
                if !collecting[c] {
                    return;
                }
                if let Some(p) = parked[c].take() {
                    unreachable[p] = None;
                    scan.push(c);
                    refs[c] = 1;
                } else if refs[c] == 0 {
                    refs[c] = 1;
                }
            };
            match (&self.obj(young[i]).kind, namespace_of) {
                (Kind::Class(c), Some(_)) => c.dict.for_each(|k, v| {
                    visit(v);
                    visit(k);
                }),
                (_, Some(_)) => {}
                (Kind::Class(c), None) if !c.dict.is_empty() => {
                    c.traverse_without_namespace(visit);
                    deferred_namespace = true;
                }
                (kind, None) => kind.traverse(visit),
            }
            if namespace_of.is_none() {
                if deferred_namespace {
                    scan.push(n + i);
                }
                collecting[i] = false;
                survivors.push(young[i]);
            }
        }
        let unreachable = unreachable
            .into_iter()
            .flatten()
            .map(|i| young[i])
            .collect();
        (survivors, unreachable)
    }

    /// untrack_tuples: a surviving tuple that holds nothing trackable stops being tracked.
    fn untrack_tuples(&mut self, reachable: &[ObjKey]) {
        for &k in reachable {
            let untrack = match &self.obj(k).kind {
                Kind::Tuple(items) => items.iter().all(|&v| !self.may_be_tracked(v)),
                _ => false,
            };
            if untrack {
                // Not through `untrack`: the object is in no generation vector right now.
                self.obj_mut(k).flags &= !FLAG_TRACKED;
            }
        }
    }

    /// untrack_dicts (full collections only): the same for dicts.
    fn untrack_dicts(&mut self, reachable: &[ObjKey]) {
        for &k in reachable {
            let untrack = match &self.obj(k).kind {
                Kind::Dict(d) => !self.dict_needs_tracking(d),
                _ => false,
            };
            if untrack {
                self.obj_mut(k).flags &= !FLAG_TRACKED;
            }
        }
    }

    /// Of the unreachable objects still alive after their finalizers ran, those that something
    /// outside now refers to, with everything they reach: CPython's handle_resurrected_objects.
    /// Returns (resurrected, still unreachable).
    pub fn split_resurrected(&mut self, unreachable: &[ObjKey]) -> (Vec<ObjKey>, Vec<ObjKey>) {
        let alive: Vec<ObjKey> = unreachable
            .iter()
            .copied()
            .filter(|&k| {
                self.try_obj(k)
                    .is_some_and(|o| is_tracked(o) && gen_of(o) == UNREACHABLE)
            })
            .collect();
        for (i, &k) in alive.iter().enumerate() {
            let o = self.obj_mut(k);
            set_gen(o, COLLECTING);
            o.gc_pos = i as u32;
        }
        let mut gc_refs = self.update_refs(&alive);
        self.subtract_refs(&alive, &mut gc_refs);
        let (resurrected, garbage) = self.move_unreachable(&alive, &gc_refs);
        for &k in &garbage {
            set_gen(self.obj_mut(k), UNREACHABLE);
        }
        (resurrected, garbage)
    }

    /// Takes every reference out of an unreachable object (CPython's tp_clear), leaving a
    /// `Cleared` shell that dies when the last reference to it goes.
    pub fn clear_garbage(&mut self, k: ObjKey) {
        if !self.contains(k) {
            return;
        }
        if self.trace == super::arena::Trace::Everything {
            // Logged here, while the object still has its type: freed as `Cleared` below.
            let what = self.type_label(k);
            let bytes = super::size::object_size(self.obj(k));
            self.trace_events
                .push(super::arena::TraceEvent::Freed { what, bytes });
        }
        let kind = std::mem::replace(self.kind_mut(k), Kind::Cleared);
        if let Kind::Class(c) = &kind {
            self.forget_subclass(k, &c.bases);
        }
        // A cleared weak reference leaves its target's list now: freed later as `Cleared`,
        // dealloc would no longer know to take it off.
        if let Kind::WeakRef(w) = &kind {
            if let Some(list) = w.target.and_then(|t| self.weakrefs.get_mut(&t)) {
                list.retain(|&r| r != k);
            }
        }
        let mut refs = Vec::new();
        kind.for_each_referent(|v| refs.push(v));
        self.incref(Value::Obj(k));
        for v in refs {
            self.decref(v);
        }
        drop(kind);
        self.decref(Value::Obj(k));
    }

    /// Checks the generation bookkeeping: every tracked object sits at its position in its
    /// generation's vector, and the live counts add up. One line per problem.
    pub fn check_generations(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut live = [0usize; 6];
        for (k, o) in self.iter() {
            if !is_tracked(o) {
                continue;
            }
            let g = gen_of(o);
            if g >= 6 {
                problems.push(format!("{} {k:?}: bad generation {g}", o.kind.tag()));
                continue;
            }
            live[g] += 1;
            if g < 4 && self.gc.gens[g].get(o.gc_pos as usize) != Some(&k) {
                problems.push(format!(
                    "{} {k:?}: tracked in generation {g} but not at its position {}",
                    o.kind.tag(),
                    o.gc_pos
                ));
            }
        }
        for (g, (&found, &counted)) in live.iter().zip(&self.gc.live).enumerate() {
            if found != counted {
                problems.push(format!(
                    "generation {g}: {found} tracked objects but a live count of {counted}"
                ));
            }
        }
        if live[COLLECTING] + live[UNREACHABLE] != 0 && !self.gc.collecting {
            problems.push("objects left marked by a finished collection".into());
        }
        problems
    }
}
