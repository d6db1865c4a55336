//! Standard input read a line at a time for `input()`, in a way Ctrl-C can interrupt: the
//! process waits in poll(2), which a signal always wakes (std's blocking read is restarted by
//! the kernel and would sit there until Enter), and keeps what it read past the line for the
//! next call.

use std::cell::RefCell;

use crate::vm::{PyResult, Vm};

thread_local! {
    /// Bytes read from fd 0 but not yet returned as a line.
    static PENDING: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// How long one wait lasts before the interrupt flag is looked at again (a signal wakes the
/// wait at once; this only bounds a signal that lands between the check and the wait).
const WAIT_MS: i32 = 100;

/// The next line of standard input with its newline, or what is left before end of file;
/// None at end of file. KeyboardInterrupt if Ctrl-C comes while waiting.
pub fn read_line(vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
    loop {
        if let Some(line) = PENDING.with(|p| take_line(&mut p.borrow_mut())) {
            return Ok(Some(line));
        }
        vm.check_signals()?;
        match wait_readable() {
            Wait::Ready => {}
            Wait::Again => continue,
            Wait::Failed(e) => return Err(super::io::stdin_error(vm, &e)),
        }
        let mut chunk = [0u8; 8192];
        // SAFETY: reads at most chunk.len() bytes into a live buffer.
        #[allow(unsafe_code)]
        let n = unsafe { libc::read(0, chunk.as_mut_ptr().cast(), chunk.len()) };
        match n {
            0 => {
                let rest = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
                return Ok((!rest.is_empty()).then_some(rest));
            }
            n if n > 0 => PENDING.with(|p| p.borrow_mut().extend_from_slice(&chunk[..n as usize])),
            _ => {
                let e = std::io::Error::last_os_error();
                if e.kind() != std::io::ErrorKind::Interrupted {
                    return Err(super::io::stdin_error(vm, &e));
                }
            }
        }
    }
}

/// Gives back bytes read past what a caller wanted (`sys.stdin.read(n)`), for the next read.
pub fn unread(mut bytes: Vec<u8>) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        bytes.extend_from_slice(&p);
        *p = bytes;
    });
}

fn take_line(pending: &mut Vec<u8>) -> Option<Vec<u8>> {
    let end = pending.iter().position(|&b| b == b'\n')?;
    let rest = pending.split_off(end + 1);
    Some(std::mem::replace(pending, rest))
}

enum Wait {
    Ready,
    /// Timed out or woken by a signal: check the flag and wait again.
    Again,
    Failed(std::io::Error),
}

fn wait_readable() -> Wait {
    let mut fd = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd for the duration of the call.
    #[allow(unsafe_code)]
    let r = unsafe { libc::poll(&mut fd, 1, WAIT_MS) };
    match r {
        0 => Wait::Again,
        r if r > 0 => Wait::Ready,
        _ => {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                Wait::Again
            } else {
                Wait::Failed(e)
            }
        }
    }
}
