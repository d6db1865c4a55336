//! What the interpreter does with asynchronous requests (heap/signals.rs): KeyboardInterrupt for
//! Ctrl-C and MemoryError past the memory budget, raised at a safe point or inside a long native
//! loop; the SIGINT handler that sets the request; and the fallible-allocation helpers that
//! turn a refused allocation into MemoryError where the program asked for the memory.

use std::collections::TryReserveError;

use super::{PyErr, PyResult, Vm};
use crate::heap::{budget, signals};

/// Native loops check for requests once per this many steps (a few microseconds of work).
pub const CHECK_EVERY: usize = 1 << 12;

/// Installs the SIGINT handler: Ctrl-C sets the INTERRUPT request instead of killing the
/// process. Idempotent; a failure to install leaves the default behaviour. As python3, it
/// leaves an ignored SIGINT ignored (a background job of a script: `cellar prog.py &`).
pub fn install_sigint_handler() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if sigint_ignored() {
            return;
        }
        // SAFETY: the handler only stores to an atomic (async-signal-safe).
        #[allow(unsafe_code)]
        let _ = unsafe {
            signal_hook::low_level::register(signal_hook::consts::SIGINT, || {
                signals::raise(signals::INTERRUPT)
            })
        };
    });
}

/// Runs `f` and then puts back the SIGINT disposition that was in force before it. A line
/// editor installs its own SIGINT handler for as long as it lives (rustyline does, in
/// `Editor::new`), which would swallow Ctrl-C while a cell runs; the editor never needs it,
/// since it reads Ctrl-C as a key in raw mode.
pub fn keeping_sigint_handler<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: sigaction with a null new action only reads the current one into a zeroed
    // struct owned here; the second call reinstalls exactly that action.
    #[allow(unsafe_code)]
    unsafe {
        let mut saved: libc::sigaction = std::mem::zeroed();
        let have = libc::sigaction(libc::SIGINT, std::ptr::null(), &mut saved) == 0;
        let result = f();
        if have {
            libc::sigaction(libc::SIGINT, &saved, std::ptr::null_mut());
        }
        result
    }
}

fn sigint_ignored() -> bool {
    // SAFETY: a query only (null new action), into a zeroed sigaction owned here.
    #[allow(unsafe_code)]
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

impl Vm {
    /// Raises what a pending request asks for: KeyboardInterrupt, or MemoryError while still
    /// over the budget. Cheap when nothing is pending.
    #[inline]
    pub fn check_signals(&mut self) -> PyResult<()> {
        if !signals::pending() {
            return Ok(());
        }
        self.answer_signals()
    }

    #[cold]
    fn answer_signals(&mut self) -> PyResult<()> {
        if signals::take(signals::INTERRUPT) {
            return Err(self.keyboard_interrupt());
        }
        if signals::take(signals::MEMORY) && budget::over_budget(self.heap.spare_bytes()) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn keyboard_interrupt(&mut self) -> PyErr {
        let args = self.new_tuple(Vec::new());
        PyErr(self.new_exception(self.types.keyboard_interrupt, args))
    }

    /// MemoryError(), as PyErr_NoMemory raises it (no message).
    pub fn memory_error(&mut self) -> PyErr {
        let args = self.new_tuple(Vec::new());
        PyErr(self.new_exception(self.types.memory_error, args))
    }

    /// Checks that `bytes` more would stay within the memory budget.
    pub fn check_budget(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > 0 && budget::would_exceed(bytes, self.heap.spare_bytes()) {
            budget::grant_slack();
            return Err(self.memory_error());
        }
        Ok(())
    }

    fn no_memory(&mut self, _: TryReserveError) -> PyErr {
        self.memory_error()
    }

    /// An empty Vec with room for `n` items, or MemoryError (over the budget, or refused).
    pub fn vec_with_capacity<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        self.check_budget(n.saturating_mul(std::mem::size_of::<T>()))?;
        v.try_reserve_exact(n).map_err(|e| self.no_memory(e))?;
        Ok(v)
    }

    /// Room for `extra` more items in `v`, or MemoryError. Growth doubles, so the check is
    /// against what the grown buffer would add.
    pub fn reserve<T>(&mut self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        if v.capacity() - v.len() >= extra {
            return Ok(());
        }
        let grow = extra
            .max(v.capacity())
            .saturating_mul(std::mem::size_of::<T>());
        self.check_budget(grow)?;
        v.try_reserve(extra).map_err(|e| self.no_memory(e))
    }

    /// A String with room for `n` bytes, or MemoryError.
    pub fn string_with_capacity(&mut self, n: usize) -> PyResult<String> {
        let mut s = String::new();
        self.reserve_str(&mut s, n)?;
        Ok(s)
    }

    /// Room for `extra` more bytes in `s`, or MemoryError.
    pub fn reserve_str(&mut self, s: &mut String, extra: usize) -> PyResult<()> {
        if s.capacity() - s.len() >= extra {
            return Ok(());
        }
        self.check_budget(extra.max(s.capacity()))?;
        s.try_reserve(extra).map_err(|e| self.no_memory(e))
    }
}
