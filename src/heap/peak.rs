//! What was alive, by allocation site, near a cell's high-water mark (`%mem where --peak`).
//!
//! The allocator keeps the exact peak of live bytes (heap/budget.rs) but cannot say which objects
//! made it up. So while a cell runs, each time the allocator's total climbs a step above the last
//! record (an eighth of the total, at least 1 MiB) it raises `signals::PEAK`, and the next safe
//! point walks the heap and records bytes and objects by stamp. The walks cost a small multiple
//! of the heap's final size (the steps grow geometrically), nothing while the total is not
//! climbing, and nothing at all outside the notebook (the trigger is only armed for cells). The
//! last record is within one step of the true peak; a cell that ends at its peak is recorded at
//! its end, exactly.

use rustc_hash::FxHashMap;

use super::arena::Heap;
use super::budget;
use super::size::object_size;

/// Live bytes and objects per stamp at one moment.
#[derive(Debug, Clone, Default)]
pub struct SiteBytes {
    /// The allocator's live total when the walk ran.
    pub live: usize,
    /// (stamp, bytes, objects), unsorted.
    pub sites: Vec<(u32, usize, u32)>,
}

const MIN_STEP: usize = 1 << 20;

fn step(live: usize) -> usize {
    (live / 8).max(MIN_STEP)
}

impl Heap {
    /// Bytes and objects of every live object, grouped by stamp.
    pub fn bytes_by_stamp(&self) -> SiteBytes {
        let mut by: FxHashMap<u32, (usize, u32)> = FxHashMap::default();
        for (_, o) in self.iter() {
            let e = by.entry(o.site).or_default();
            e.0 += object_size(o);
            e.1 += 1;
        }
        SiteBytes {
            live: budget::live(),
            sites: by.into_iter().map(|(s, (b, n))| (s, b, n)).collect(),
        }
    }

    /// A cell starts: forget the previous cell's record and arm the trigger one step up.
    pub fn start_peak_record(&mut self) {
        self.peak_record = None;
        budget::arm_peak_trigger(budget::live() + step(budget::live()));
    }

    /// The trigger fired: record now, and re-arm one step above.
    pub fn record_peak(&mut self) {
        let rec = self.bytes_by_stamp();
        budget::arm_peak_trigger(rec.live + step(rec.live));
        self.peak_record = Some(rec);
    }

    /// The cell ended: when it climbed past its last record and ends at its peak (within
    /// 1/64), the end is the exact moment to record. Then the trigger is disarmed.
    pub fn finish_peak_record(&mut self) {
        let (live, peak) = (budget::live(), budget::peak());
        let climbed = self.peak_record.as_ref().is_some_and(|r| live > r.live);
        if climbed && peak - peak.min(live) <= peak / 64 {
            self.peak_record = Some(self.bytes_by_stamp());
        }
        budget::arm_peak_trigger(usize::MAX);
    }
}
