//! The memory budget. Every byte the process allocates passes through [`Counting`], the global
//! allocator (mimalloc underneath), which keeps the live total and its high-water mark exact.
//! `--max-memory` sets a limit on that total, so that runaway growth becomes a Python
//! `MemoryError` instead of the kernel's OOM killer ending the session:
//! - before a buffer whose size the program controls is allocated or grown (a repeat, a padded
//!   string, a list being appended to), the interpreter asks [`would_exceed`] and raises
//!   MemoryError where the program asked;
//! - the allocator itself never refuses (an infallible allocation that failed would abort the
//!   process), but once the total is past the trigger (the limit, or a little above it after a
//!   MemoryError was raised) it raises [`signals::MEMORY`], which the interpreter's safe point
//!   answers with MemoryError.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use super::signals;

thread_local! {
    // Counted per thread: a thread-local add costs a couple of instructions where a shared
    // atomic would lock the bus on every allocation. The interpreter runs on one thread, so its
    // count is the heap's; memory freed by another thread counts against that thread.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}
/// The limit in bytes (`usize::MAX`: none).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Above this total an allocation signals MEMORY: the limit, or higher while a raised
/// MemoryError is being handled (see `raised_at`).
static TRIGGER: AtomicUsize = AtomicUsize::new(usize::MAX);
/// When the total falls below this, the trigger goes back to the limit (0: nothing to reset).
static RESET_BELOW: AtomicUsize = AtomicUsize::new(0);

/// The global allocator: mimalloc, counted.
pub struct Counting;

impl Counting {
    #[inline(always)]
    fn grew(size: usize) {
        let live = LIVE.with(|l| {
            let n = l.get() + size as isize;
            l.set(n);
            n
        });
        PEAK.with(|p| {
            if live > p.get() {
                p.set(live);
            }
        });
        if live as usize > TRIGGER.load(Relaxed) && live > 0 {
            signals::raise(signals::MEMORY);
        }
    }

    #[inline(always)]
    fn shrank(size: usize) {
        let live = LIVE.with(|l| {
            let n = l.get() - size as isize;
            l.set(n);
            n
        });
        if (live as usize) < RESET_BELOW.load(Relaxed) && live >= 0 {
            RESET_BELOW.store(0, Relaxed);
            TRIGGER.store(LIMIT.load(Relaxed), Relaxed);
        }
    }
}

// SAFETY: every method forwards to mimalloc with the caller's layout unchanged (so mimalloc's
// guarantees hold) and only adds bookkeeping on plain atomics, which allocates nothing.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received (see the impl's comment).
        let p = unsafe { mimalloc::MiMalloc.alloc(layout) };
        if !p.is_null() {
            Self::grew(layout.size());
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) };
        if !p.is_null() {
            Self::grew(layout.size());
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as received.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) };
        Self::shrank(layout.size());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        // SAFETY: forwarded as received.
        let p = unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= old {
                Self::grew(new_size - old);
            } else {
                Self::shrank(old - new_size);
            }
        }
        p
    }
}

/// Bytes this thread allocated and has not freed (the interpreter's thread: the heap's).
pub fn live() -> usize {
    LIVE.with(|l| l.get().max(0) as usize)
}

/// The highest `live()` since the last `reset_peak`.
pub fn peak() -> usize {
    PEAK.with(|p| p.get().max(0) as usize)
}

pub fn reset_peak() {
    let now = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(now));
}

/// The limit, if one is set.
pub fn limit() -> Option<usize> {
    match LIMIT.load(Relaxed) {
        usize::MAX => None,
        n => Some(n),
    }
}

/// Sets (or, with None, removes) the limit on live bytes.
pub fn set_limit(bytes: Option<usize>) {
    let n = bytes.unwrap_or(usize::MAX);
    LIMIT.store(n, Relaxed);
    TRIGGER.store(n, Relaxed);
    RESET_BELOW.store(0, Relaxed);
}

/// Whether `extra` more bytes would take the total past the limit, not counting `reusable`
/// bytes the total includes but new objects can have back (the arena's free slots).
pub fn would_exceed(extra: usize, reusable: usize) -> bool {
    live().saturating_sub(reusable).saturating_add(extra) > LIMIT.load(Relaxed)
}

/// Decides, at a safe point that found MEMORY signalled, whether to raise MemoryError now (the
/// total, less `reusable`, is over the limit, and no MemoryError was raised at this level yet).
/// When it says yes it grants the handler its slack (`grant_slack`).
pub fn over_budget(reusable: usize) -> bool {
    let limit = LIMIT.load(Relaxed);
    if live().saturating_sub(reusable) <= limit || live() <= TRIGGER.load(Relaxed) {
        return false;
    }
    grant_slack();
    true
}

/// After a MemoryError raised for the budget (at a safe point or where a buffer was refused):
/// the trigger moves a little above today's total, so the handler of that MemoryError can run
/// without another one; it returns to the limit once the total falls back under the limit.
pub fn grant_slack() {
    let limit = LIMIT.load(Relaxed);
    let slack = (limit / 32).max(4 << 20);
    TRIGGER.store(live().saturating_add(slack), Relaxed);
    RESET_BELOW.store(limit, Relaxed);
    signals::take(signals::MEMORY);
}

/// The default limit: 80% of the machine's physical memory (None where it cannot be read).
pub fn default_limit() -> Option<usize> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 5 * 4 * 1024)
}

/// Parses a size as `--max-memory` takes it: bytes, or with a K/M/G/T suffix (powers of 1024,
/// an optional trailing `B` or `iB`); `0` means no limit.
pub fn parse_size(text: &str) -> Result<Option<usize>, String> {
    let t = text.trim();
    let upper = t.to_ascii_uppercase();
    let body = upper
        .strip_suffix("IB")
        .or_else(|| upper.strip_suffix('B'))
        .unwrap_or(&upper);
    let (digits, shift) = match body.chars().last() {
        Some('K') => (&body[..body.len() - 1], 10),
        Some('M') => (&body[..body.len() - 1], 20),
        Some('G') => (&body[..body.len() - 1], 30),
        Some('T') => (&body[..body.len() - 1], 40),
        _ => (body, 0),
    };
    let n: usize = digits.trim().parse().map_err(|_| {
        format!("invalid size '{text}' (expected a number of bytes, or e.g. 512M, 4G)")
    })?;
    let bytes = n
        .checked_mul(1usize << shift)
        .ok_or_else(|| format!("size '{text}' is too large"))?;
    Ok((bytes != 0).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_with_binary_suffixes() {
        assert_eq!(parse_size("0"), Ok(None));
        assert_eq!(parse_size("4096"), Ok(Some(4096)));
        assert_eq!(parse_size("16M"), Ok(Some(16 << 20)));
        assert_eq!(parse_size("256MiB"), Ok(Some(256 << 20)));
        assert_eq!(parse_size("2g"), Ok(Some(2 << 30)));
        assert_eq!(parse_size("1KB"), Ok(Some(1024)));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999T").is_err());
    }
}
