//! The replay's progress line (`cellar run` on a terminal): "cell n of N" and the elapsed
//! time on stderr, shown only once a replay has run for a second and only when stderr is a
//! terminal (indicatif). While it is up, the interpreter's output is written with the line
//! lifted (`ProgressBar::suspend`), so cell output and the progress line never mix.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::vm::Vm;

/// How long a replay runs before its progress shows.
const QUIET_FOR: Duration = Duration::from_secs(1);

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A progress line for `cells` code cells (nothing when stderr is not a terminal).
    pub fn start(vm: &mut Vm, cells: usize) -> Progress {
        if cells == 0 || !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(cells as u64), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("cell {pos} of {len}  {elapsed}") {
            bar.set_style(style);
        }
        let lifted = bar.clone();
        vm.out
            .set_guard(Some(Box::new(move |write: &mut dyn FnMut()| {
                lifted.suspend(write)
            })));
        let shown = bar.clone();
        // Shown from a timer thread, so a single long cell still gets its line.
        std::thread::spawn(move || {
            std::thread::sleep(QUIET_FOR);
            if !shown.is_finished() {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(200));
            }
        });
        Progress { bar: Some(bar) }
    }

    /// The replay is at code cell `n` (1-based).
    pub fn at(&self, vm: &mut Vm, n: usize) {
        vm.out.flush_pending();
        if let Some(bar) = &self.bar {
            bar.set_position(n as u64);
        }
    }

    /// Takes the line away and gives the output its streams back.
    pub fn finish(self, vm: &mut Vm) {
        if let Some(bar) = self.bar {
            vm.out.flush_pending();
            bar.finish_and_clear();
            vm.out.set_guard(None);
        }
    }
}
