//! The Rust stack under deep recursion. Python calls, `__del__` chains, nested comparisons
//! and reprs recurse on the interpreter's native stack; past its end they continue on segments
//! taken from the heap (stacker), for as deep as `sys.setrecursionlimit` allows. Those segments
//! are bounded by memory: once they would pass a share of the memory budget the call fails with
//! RecursionError, where python3 would crash on its C stack and an unbounded stack would bring
//! the kernel's OOM killer.

use std::cell::Cell;

use super::{PyResult, Vm};
use crate::heap::budget;

/// Below this much native stack, the next level runs on a new segment.
const RED_ZONE: usize = 256 * 1024;
/// One segment of native stack.
const SEGMENT: usize = 16 * 1024 * 1024;
/// Segments may use this fraction of the memory budget.
const BUDGET_SHARE: usize = 4;
/// The cap when no memory budget is set (`--max-memory=0`).
const UNBUDGETED_CAP: usize = 4 << 30;

thread_local! {
    /// Segments in use on this thread.
    static SEGMENTS: Cell<usize> = const { Cell::new(0) };
}

impl Vm {
    /// Runs `f` one native level deeper, on a new stack segment if this one is nearly used up.
    #[inline]
    pub fn on_stack<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        match stacker::remaining_stack() {
            Some(left) if left >= RED_ZONE => f(self),
            _ => self.on_new_segment(f),
        }
    }

    #[cold]
    fn on_new_segment<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        let cap = budget::limit().map_or(UNBUDGETED_CAP, |l| l / BUDGET_SHARE);
        let used = SEGMENTS.with(Cell::get);
        if (used + 1).saturating_mul(SEGMENT) > cap {
            return Err(self.depth_error(""));
        }
        SEGMENTS.with(|s| s.set(used + 1));
        let r = stacker::grow(SEGMENT, || f(self));
        SEGMENTS.with(|s| s.set(used));
        r
    }
}
