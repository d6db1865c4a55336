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

pub struct Output {
    stdout: std::io::BufWriter<std::io::Stdout>,
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

    pub fn out(&mut self, text: &str) {
        self.write(Stream::Stdout, text);
    }

    pub fn err(&mut self, text: &str) {
        self.write(Stream::Stderr, text);
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
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
