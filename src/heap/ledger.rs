//! Live bytes and objects by allocation stamp, kept exactly as objects are born, change size and
//! die (while the heap counts bytes: the notebook and the verifier), and the exact state at the
//! running cell's high-water mark of object bytes (`%mem where --peak`, `%mem flame --peak`).
//!
//! Copying every stamp's count at each new high would be ruinous: a cell that builds a list
//! reaches a new high at nearly every allocation. Instead each stamp also counts its changes
//! since the high, and a new high zeroes those of the stamps that changed (listed in
//! `touched`): the state at the high is the state now minus the changes since. Each change
//! costs a few additions in one slot; zeroing costs what was changed since the last high.
//!
//! The heap calls `reached` with its exact total before every decrease (a free, or an object
//! found smaller after a mutation), which is where a maximum can be: so the high is exact to
//! the byte, except that an object mutated again and again with no allocation or free in
//! between is seen at its size after the last change.

use super::sites::{stamp_slot, StampSlot};

/// Live bytes and objects per stamp at one moment.
#[derive(Debug, Clone, Default)]
pub struct SiteBytes {
    /// The objects' total bytes then.
    pub live: usize,
    /// The stamp whose instruction was running then (NO_SITE: none).
    pub at: u32,
    /// (stamp, bytes, objects) for every stamp with live objects, unsorted.
    pub sites: Vec<(u32, usize, u32)>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    bytes: i64,
    /// The change in `bytes` since the running cell's high.
    since_bytes: i64,
    objects: i32,
    since_objects: i32,
    /// In `born` or `alive` (so each stamp is listed once).
    listed: bool,
    /// In `touched`.
    touched: bool,
}

impl Counts {
    fn is_empty(&self) -> bool {
        self.bytes == 0 && self.objects == 0
    }
}

#[inline(always)]
fn slot<'a>(
    plain: &'a mut Vec<Counts>,
    stacked: &'a mut Vec<Counts>,
    stamp: u32,
) -> &'a mut Counts {
    let (table, i) = match stamp_slot(stamp) {
        StampSlot::Plain(i) => (plain, i),
        StampSlot::Stacked(i) => (stacked, i),
    };
    if i >= table.len() {
        table.resize(i + 1, Counts::default());
    }
    &mut table[i]
}

#[derive(Default)]
pub struct SiteLedger {
    /// Counts of plain sites, indexed by site.
    plain: Vec<Counts>,
    /// Counts of stack nodes (`%mem stacks on`), indexed by node.
    stacked: Vec<Counts>,
    /// Stamps that gained objects since the last `state` and were not listed: the stamps
    /// with live objects are among these and `alive`.
    born: Vec<u32>,
    /// The stamps that had live objects at the last `state`.
    alive: Vec<u32>,
    /// Stamps changed since the high.
    touched: Vec<u32>,
    /// A cell is running: its high is being tracked.
    recording: bool,
    high: usize,
    high_at: u32,
}

impl SiteLedger {
    /// `objects` objects and `bytes` bytes more (or fewer) for `stamp`.
    #[inline]
    pub fn change(&mut self, stamp: u32, bytes: i64, objects: i32) {
        let c = slot(&mut self.plain, &mut self.stacked, stamp);
        c.bytes += bytes;
        c.objects += objects;
        if !c.listed && objects > 0 {
            c.listed = true;
            self.born.push(stamp);
        }
        if self.recording {
            c.since_bytes += bytes;
            c.since_objects += objects;
            if !c.touched {
                c.touched = true;
                self.touched.push(stamp);
            }
        }
    }

    /// Forgets the changes since the high.
    fn untouch(&mut self) {
        for stamp in self.touched.drain(..) {
            let c = slot(&mut self.plain, &mut self.stacked, stamp);
            c.since_bytes = 0;
            c.since_objects = 0;
            c.touched = false;
        }
    }

    /// The objects' total is `live` now, running `at`: a new high forgets the changes.
    #[inline]
    pub fn reached(&mut self, live: usize, at: u32) {
        if self.recording && live > self.high {
            self.high = live;
            self.high_at = at;
            self.untouch();
        }
    }

    /// A cell starts with the objects' total at `live`: its high starts there.
    pub fn start(&mut self, live: usize, at: u32) {
        self.recording = true;
        self.high = live;
        self.high_at = at;
        self.untouch();
    }

    /// The cell ended: the high stops moving.
    pub fn stop(&mut self) {
        self.recording = false;
        self.untouch();
        // A cell that changed many stamps: give the list's memory back.
        if self.touched.capacity() > 1 << 12 {
            self.touched = Vec::new();
        }
    }

    /// The state now, with the objects' total `live`.
    pub fn now(&mut self, live: usize) -> SiteBytes {
        self.state(live, super::sites::NO_SITE, false)
    }

    /// The state at the running cell's high (call with the heap's sizes settled).
    pub fn at_high(&mut self) -> SiteBytes {
        self.state(self.high, self.high_at, true)
    }

    /// Every stamp's counts, or at the high its counts minus its changes since. The stamps
    /// with live objects are remembered for the next call, so each call costs the stamps alive
    /// and born since, not every stamp.
    fn state(&mut self, live: usize, at: u32, at_high: bool) -> SiteBytes {
        let mut candidates = std::mem::take(&mut self.alive);
        candidates.append(&mut self.born);
        if at_high {
            candidates.extend_from_slice(&self.touched);
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut sites = Vec::new();
        let mut alive = Vec::new();
        for stamp in candidates {
            let c = slot(&mut self.plain, &mut self.stacked, stamp);
            c.listed = c.objects > 0;
            if c.listed {
                alive.push(stamp);
            }
            let (mut bytes, mut objects) = (c.bytes, c.objects);
            if at_high {
                bytes -= c.since_bytes;
                objects -= c.since_objects;
            }
            if objects > 0 || bytes > 0 {
                sites.push((stamp, bytes.max(0) as usize, objects.max(0) as u32));
            }
        }
        self.alive = alive;
        SiteBytes { live, at, sites }
    }

    /// Each stamp's counts against a fresh count of `objects` (stamp, bytes): the first
    /// difference, for the verifier.
    pub fn check(&self, objects: impl Iterator<Item = (u32, usize)>) -> Option<String> {
        let mut want: rustc_hash::FxHashMap<u32, Counts> = Default::default();
        for (stamp, bytes) in objects {
            let c = want.entry(stamp).or_default();
            c.bytes += bytes as i64;
            c.objects += 1;
        }
        let kept = |table: &Vec<Counts>, tag: fn(usize) -> u32| {
            table
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.is_empty())
                .map(move |(i, c)| (tag(i), *c))
                .collect::<Vec<_>>()
        };
        let mut have = kept(&self.plain, |i| i as u32);
        have.extend(kept(&self.stacked, super::sites::stacked_stamp));
        for &(stamp, c) in &have {
            let w = want.remove(&stamp).unwrap_or_default();
            if (w.bytes, w.objects) != (c.bytes, c.objects) {
                return Some(format!(
                    "stamp {stamp}: ledger has {} objects, {} bytes; the heap has {} objects, {} bytes",
                    c.objects, c.bytes, w.objects, w.bytes
                ));
            }
        }
        want.into_iter().next().map(|(stamp, w)| {
            format!(
                "stamp {stamp}: ledger has nothing; the heap has {} objects, {} bytes",
                w.objects, w.bytes
            )
        })
    }
}
