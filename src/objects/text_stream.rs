//! The storage behind a text file object (`open()` in text mode): the OS file, its read-ahead
//! and write-behind byte buffers, and the options `open()` fixed. The methods here move bytes
//! and find line ends; decoding, newline translation and Python's errors live in
//! builtins/text_file.rs.
//!
//! Every codec a text file accepts is ASCII-compatible (utf-8, ascii, latin-1), so line ends
//! are found and positions are counted on the raw bytes, and `tell()` is a plain byte offset as
//! CPython's is whenever its decoder holds no state.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, IntoRawFd};

/// How much one read from the OS asks for, and how much writing may hold back: CPython's
/// `_CHUNK_SIZE` and buffer size, so a write after a read lands where CPython's does.
pub const CHUNK: usize = 8192;

/// The `newline` argument of `open()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: lines end at `\n`, `\r` or `\r\n`, all read as `\n`.
    Universal,
    /// `''`: lines end at any of the three, returned as they are.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// What a written `\n` becomes, when it changes.
    pub fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

/// The text codecs a file can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileCodec {
    Utf8,
    Ascii,
    Latin1,
    /// Windows-1252: one byte a character, five bytes undefined.
    Cp1252,
}

/// Which line ends reading has met (the `newlines` attribute): bits for `\r`, `\n`, `\r\n`.
pub const SEEN_CR: u8 = 1;
pub const SEEN_LF: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

#[derive(Debug)]
pub struct TextStream {
    /// None once closed.
    file: Option<std::fs::File>,
    /// False: closing leaves the descriptor open (`open(fd, closefd=False)`).
    pub closefd: bool,
    pub readable: bool,
    pub writable: bool,
    pub codec: FileCodec,
    /// The encoding as `open()` was given it ("utf-8" by default, as under CPython's UTF-8 mode), for `encoding` and repr.
    pub encoding: Box<str>,
    pub errors: Box<str>,
    pub newline: Newline,
    pub line_buffering: bool,
    /// Bytes read from the OS and not yet consumed: `rbuf[rpos..]`.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// How far `rbuf` has been checked by the decoder (a character cut by a chunk's end waits),
    /// and where the current read's decoding began (positions in decode errors count from it).
    pub checked: usize,
    pub decode_base: usize,
    pub eof: bool,
    /// Bytes written and not yet handed to the OS.
    pub wbuf: Vec<u8>,
    /// False after `next()` until the end or a seek: CPython refuses `tell()` then.
    pub telling: bool,
    /// The line ends met in what was read ahead (CPython's decoder notes a whole chunk's),
    /// and how far `rbuf` has been looked at for them.
    pub seen: u8,
    scanned: usize,
}

impl TextStream {
    pub fn new(file: std::fs::File, readable: bool, writable: bool) -> TextStream {
        TextStream {
            file: Some(file),
            closefd: true,
            readable,
            writable,
            codec: FileCodec::Utf8,
            encoding: "utf-8".into(),
            errors: "strict".into(),
            newline: Newline::Universal,
            line_buffering: false,
            rbuf: Vec::new(),
            rpos: 0,
            checked: 0,
            decode_base: 0,
            eof: false,
            wbuf: Vec::new(),
            telling: true,
            seen: 0,
            scanned: 0,
        }
    }

    fn file(&mut self) -> std::io::Result<&mut std::fs::File> {
        self.file
            .as_mut()
            .ok_or_else(|| std::io::Error::from_raw_os_error(libc::EBADF))
    }

    pub fn fileno(&self) -> Option<i32> {
        self.file.as_ref().map(|f| f.as_raw_fd())
    }

    /// Reads one more chunk from the OS onto the read buffer; false at the end of the file.
    /// Pending writes go out first, so reading continues where writing stopped.
    pub fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        // Consumed bytes go before the buffer grows; callers hold offsets from `rpos`.
        if self.rpos > 0 && (self.rpos == self.rbuf.len() || self.rpos >= CHUNK) {
            self.rbuf.drain(..self.rpos);
            self.checked = self.checked.saturating_sub(self.rpos);
            self.decode_base = self.decode_base.saturating_sub(self.rpos);
            self.scanned = self.scanned.saturating_sub(self.rpos);
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let n = loop {
            let file = self.file.as_mut().expect("fill on an open file");
            match file.read(&mut self.rbuf[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        let n = match n {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.truncate(start);
                return Err(e);
            }
        };
        self.rbuf.truncate(start + n);
        self.eof = n == 0;
        Ok(n > 0)
    }

    /// Reads until the buffer holds `want` unread bytes or the file ends.
    pub fn fill_to(&mut self, want: usize) -> std::io::Result<()> {
        while self.rbuf.len() - self.rpos < want && !self.eof {
            self.fill()?;
        }
        Ok(())
    }

    /// The end (exclusive, in `rbuf`) of the next line, reading more as needed; the rest of
    /// the file when no line end comes.
    pub fn line_end(&mut self) -> std::io::Result<usize> {
        // Where the search resumes, counted from `rpos` (reading more may move the buffer).
        let mut skip = 0;
        loop {
            let from = self.rpos + skip;
            let avail = &self.rbuf[from..];
            let found = match self.newline {
                Newline::Universal | Newline::Untranslated => {
                    memchr::memchr2(b'\n', b'\r', avail).map(|i| (i, avail[i] == b'\r'))
                }
                Newline::Lf => memchr::memchr(b'\n', avail).map(|i| (i, false)),
                Newline::Cr => memchr::memchr(b'\r', avail).map(|i| (i, false)),
                Newline::CrLf => memchr::memmem::find(avail, b"\r\n").map(|i| (i + 1, false)),
            };
            match found {
                Some((i, cr)) => {
                    let at = from + i;
                    if !cr {
                        return Ok(at + 1);
                    }
                    // A `\r` ends the line, unless a `\n` follows: read on to see.
                    if at + 1 == self.rbuf.len() && !self.eof {
                        skip = at - self.rpos;
                        self.fill()?;
                        continue;
                    }
                    let crlf = self.rbuf.get(at + 1) == Some(&b'\n');
                    return Ok(at + 1 + crlf as usize);
                }
                None if self.eof => return Ok(self.rbuf.len()),
                None => {
                    // `\r\n` may straddle the chunk's end.
                    skip = (self.rbuf.len() - self.rpos).saturating_sub(1);
                    self.fill()?;
                }
            }
        }
    }

    /// Takes `rbuf[rpos..end]` as consumed and returns it.
    pub fn consume(&mut self, end: usize) -> &[u8] {
        let start = self.rpos;
        self.rpos = end;
        &self.rbuf[start..end]
    }

    /// The end of the first `n` characters (`\r\n` is one when it is read as `\n`), within
    /// `rbuf[rpos..limit]`.
    pub fn chars_end(&self, n: usize, limit: usize) -> usize {
        let bytes = &self.rbuf[..limit];
        let mut i = self.rpos;
        let mut count = 0;
        while i < limit && count < n {
            let c = bytes[i];
            i += if self.codec == FileCodec::Utf8 && c >= 0xc0 {
                let len = match c {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    _ => 4,
                };
                let mut j = 1;
                while j < len && i + j < limit && (0x80..0xc0).contains(&bytes[i + j]) {
                    j += 1;
                }
                j
            } else if c == b'\r'
                && self.newline == Newline::Universal
                && bytes.get(i + 1) == Some(&b'\n')
            {
                2
            } else {
                1
            };
            count += 1;
        }
        i.min(limit)
    }

    /// Queues bytes for writing. A write after reading drops what was read ahead, so it lands
    /// where the OS file position is, as CPython's buffered layer puts it.
    pub fn write(&mut self, bytes: &[u8], line_end: bool) -> std::io::Result<()> {
        if !self.rbuf.is_empty() {
            self.drop_read_ahead();
        }
        self.wbuf.extend_from_slice(bytes);
        if self.wbuf.len() >= CHUNK || (line_end && self.line_buffering) {
            self.flush()?;
        }
        Ok(())
    }

    fn drop_read_ahead(&mut self) {
        self.rbuf.clear();
        self.rpos = 0;
        self.checked = 0;
        self.decode_base = 0;
        self.scanned = 0;
        self.eof = false;
    }

    /// Notes the line ends in what was read ahead (a final `\r` waits for its next byte).
    pub fn scan_newlines(&mut self) {
        let mut end = self.rbuf.len();
        if (!self.eof || self.rpos < end) && self.rbuf.last() == Some(&b'\r') {
            end -= 1;
        }
        let start = self.scanned.min(end);
        self.scanned = end;
        if self.seen == SEEN_CR | SEEN_LF | SEEN_CRLF {
            return;
        }
        let b = &self.rbuf[..end];
        let region = &b[start..end];
        // Most text has no `\r` at all: then only whether a `\n` is there matters.
        if memchr::memchr(b'\r', region).is_none() {
            if memchr::memchr(b'\n', region).is_some() {
                self.seen |= SEEN_LF;
            }
            return;
        }
        for i in start..end {
            self.seen |= match b[i] {
                b'\r' if b.get(i + 1) == Some(&b'\n') => SEEN_CRLF,
                b'\r' => SEEN_CR,
                b'\n' if i > 0 && b[i - 1] == b'\r' => 0,
                b'\n' => SEEN_LF,
                _ => 0,
            };
        }
    }

    /// Hands pending writes to the OS.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.wbuf);
        let r = self.file()?.write_all(&pending);
        if r.is_err() {
            self.wbuf = pending;
        }
        r
    }

    /// The byte offset of the next read or write.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        self.flush()?;
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let pos = self.file()?.stream_position()?;
        Ok(pos.saturating_sub(unread))
    }

    /// Where the OS file stands, past what was read ahead.
    pub fn os_position(&mut self) -> std::io::Result<u64> {
        self.flush()?;
        self.file()?.stream_position()
    }

    pub fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        self.drop_read_ahead();
        self.telling = true;
        self.seen = 0;
        self.file()?.seek(to)
    }

    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        self.flush()?;
        self.file()?.set_len(size)
    }

    /// Flushes and lets the descriptor go (kept open when `closefd` is false).
    pub fn close(&mut self) -> std::io::Result<()> {
        let r = self.flush();
        self.wbuf.clear();
        self.drop_read_ahead();
        if let Some(f) = self.file.take() {
            if !self.closefd {
                let _ = f.into_raw_fd();
            }
        }
        r
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    /// Bytes held in buffers (for `sys.getsizeof` and `%mem`).
    pub fn buffered(&self) -> usize {
        self.rbuf.capacity() + self.wbuf.capacity() + self.encoding.len() + self.errors.len()
    }
}

/// A file object that dies unclosed still writes what it holds, as CPython's dealloc does.
impl Drop for TextStream {
    fn drop(&mut self) {
        let _ = self.close();
    }
}
