//! The one door the interpreter's text leaves by: `print`, `sys.stdout`/`sys.stderr`,
//! tracebacks, the collector's DEBUG_ lines and unraisable reports all write here, so each front
//! end (a script, the prompt, `cellar run`, a kernel) decides where the text goes: straight to the
//! process's streams (stdout buffered, stderr written at once after flushing stdout, as CPython
//! orders them), and/or into a capture that keeps the two streams apart in the order written.

use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Runs a write (a front end lifts its progress line around it).
pub type WriteGuard = Box<dyn Fn(&mut dyn FnMut())>;

pub struct Output {
    stdout: std::io::BufWriter<std::io::Stdout>,
    /// When set, every write to the process's streams runs inside it, flushed, whole lines
    /// at a time (a progress line drawn after half a line would erase it).
    guard: Option<WriteGuard>,
    /// Stdout text after the last newline, held while a guard is set.
    pending: String,
    /// Text written while capturing, consecutive writes to one stream merged.
    captured: Option<Vec<(Stream, String)>>,
    /// Whether captured text also reaches the process's streams.
    pub echo: bool,
}

impl Default for Output {
    fn default() -> Self {
        Output {
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            captured: None,
            echo: true,
            guard: None,
            pending: String::new(),
        }
    }
}

impl Output {
    pub fn write(&mut self, stream: Stream, text: &str) {
        if let Some(parts) = self.captured.as_mut() {
            match parts.last_mut() {
                Some((s, t)) if *s == stream => t.push_str(text),
                _ => parts.push((stream, text.to_string())),
            }
            if !self.echo {
                return;
            }
        }
        if let Some(guard) = self.guard.take() {
            let (lines, err) = match stream {
                Stream::Stdout => {
                    self.pending.push_str(text);
                    match self.pending.rfind('\n') {
                        Some(i) => (self.pending.drain(..=i).collect(), ""),
                        None => (String::new(), ""),
                    }
                }
                Stream::Stderr => (std::mem::take(&mut self.pending), text),
            };
            if !lines.is_empty() || !err.is_empty() {
                guard(&mut || {
                    let _ = self.stdout.write_all(lines.as_bytes());
                    let _ = self.stdout.flush();
                    let _ = std::io::stderr().write_all(err.as_bytes());
                });
            }
            self.guard = Some(guard);
            return;
        }
        match stream {
            Stream::Stdout => {
                let _ = self.stdout.write_all(text.as_bytes());
            }
            Stream::Stderr => {
                let _ = self.stdout.flush();
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(text.as_bytes());
                let _ = err.flush();
            }
        }
    }

    /// Sets (or removes) the guard every write to the process's streams runs inside.
    pub fn set_guard(&mut self, guard: Option<WriteGuard>) {
        let pending = std::mem::take(&mut self.pending);
        let _ = self.stdout.write_all(pending.as_bytes());
        let _ = self.stdout.flush();
        self.guard = guard;
    }

    pub fn out(&mut self, text: &str) {
        self.write(Stream::Stdout, text);
    }

    pub fn err(&mut self, text: &str) {
        self.write(Stream::Stderr, text);
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Writes out a partial line held back for the progress line (at the end of a cell).
    pub fn flush_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        match self.guard.take() {
            Some(guard) => {
                guard(&mut || {
                    let _ = self.stdout.write_all(pending.as_bytes());
                    let _ = self.stdout.flush();
                });
                self.guard = Some(guard);
            }
            None => {
                let _ = self.stdout.write_all(pending.as_bytes());
            }
        }
    }

    /// From now on, keep what is written (until `take_captured`).
    pub fn start_capture(&mut self, echo: bool) {
        self.captured = Some(Vec::new());
        self.echo = echo;
    }

    /// What was written since `start_capture`, and stops capturing.
    pub fn take_captured(&mut self) -> Vec<(Stream, String)> {
        self.echo = true;
        self.captured.take().unwrap_or_default()
    }
}
