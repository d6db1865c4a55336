//! Asynchronous requests for the interpreter's attention, set from places that cannot raise a
//! Python exception themselves: the SIGINT handler (Ctrl-C) and the allocator (over the memory
//! budget). The eval loop tests `pending()` at each safe point; long native loops call the
//! interpreter's `check_signals` every few thousand steps. Setting a bit is async-signal-safe.

use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

/// Ctrl-C was pressed (SIGINT): raise KeyboardInterrupt.
pub const INTERRUPT: u8 = 1;
/// The allocator crossed the memory trigger: raise MemoryError if still over budget.
pub const MEMORY: u8 = 2;

static PENDING: AtomicU8 = AtomicU8::new(0);

/// Sets `bit` (from a signal handler, the allocator or another thread).
#[inline(always)]
pub fn raise(bit: u8) {
    if PENDING.load(Relaxed) & bit == 0 {
        PENDING.fetch_or(bit, Relaxed);
    }
}

/// Whether any request is waiting (one load: cheap enough for every instruction).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Relaxed) != 0
}

/// Clears `bit` and says whether it was set.
pub fn take(bit: u8) -> bool {
    PENDING.fetch_and(!bit, Relaxed) & bit != 0
}
