//! Requests for the interpreter's attention, in one word the eval loop tests before every
//! instruction (one load): asynchronous ones set where no Python exception can be raised (the
//! SIGINT handler for Ctrl-C, the allocator over the memory budget), and the count of heaps with
//! work waiting for their safe point (finalizers, weakref callbacks, a due collection). Long
//! native loops call the interpreter's `check_signals` every few thousand steps. Setting a bit
//! is async-signal-safe.

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

/// Ctrl-C was pressed (SIGINT): raise KeyboardInterrupt.
pub const INTERRUPT: u8 = 1;
/// The allocator crossed the memory trigger: raise MemoryError if still over budget.
pub const MEMORY: u8 = 2;

/// Request bits in the low byte; above it, how many heaps have work waiting (a heap adds itself
/// once when work arrives and removes itself when its safe point takes the work).
static PENDING: AtomicU32 = AtomicU32::new(0);
const WORK_UNIT: u32 = 1 << 8;

/// Sets `bit` (from a signal handler, the allocator or another thread).
#[inline(always)]
pub fn raise(bit: u8) {
    let bit = u32::from(bit);
    if PENDING.load(Relaxed) & bit == 0 {
        PENDING.fetch_or(bit, Relaxed);
    }
}

/// Whether any request or work is waiting (one load: cheap enough for every instruction).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Relaxed) != 0
}

/// Whether a request bit (Ctrl-C, memory) is set, ignoring waiting heap work.
#[inline(always)]
pub fn requested() -> bool {
    PENDING.load(Relaxed) & (WORK_UNIT - 1) != 0
}

/// Clears `bit` and says whether it was set.
pub fn take(bit: u8) -> bool {
    let bit = u32::from(bit);
    PENDING.load(Relaxed) & bit != 0 && PENDING.fetch_and(!bit, Relaxed) & bit != 0
}

/// A heap now has work waiting for its safe point.
pub fn work_added() {
    PENDING.fetch_add(WORK_UNIT, Relaxed);
}

/// A heap's safe point took its work.
pub fn work_taken() {
    PENDING.fetch_sub(WORK_UNIT, Relaxed);
}
