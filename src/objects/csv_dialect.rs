//! CPython 3.11's `_csv` module (Modules/_csv.c) as a pure-Rust state machine and
//! row formatter: the parsing and writing behind `csv.reader` and `csv.writer`.
//! Nothing here depends on the rest of the crate; builtins/csv.rs wraps it.
//!
//! # Reading
//!
//! [`Reader`] holds one reader's state.  `csv.reader(iterable, ...)` becomes a
//! `Reader::new(dialect)`; each `__next__` pulls lines from the iterable and
//! passes them, exactly as yielded (line endings included), to
//! [`Reader::feed`] until it returns `Ok(Some(row))` (a record is complete) or
//! an error.  When the iterable is exhausted, call [`Reader::finish`]: it
//! returns the pending record (a quoted field left open, or an escape at the very
//! end), `Err("unexpected end of data")` under `strict`, or `Ok(None)` meaning
//! `StopIteration`.  After an error the reader has discarded the rest of the
//! record and the next `feed` starts a fresh one, as CPython does.
//! `reader.line_num` is [`Reader::line_num`], `reader.dialect` the dialect
//! given to `new`.  `csv.field_size_limit()` is [`Reader::field_limit`]
//! (default [`DEFAULT_FIELD_LIMIT`]; CPython keeps it per module, so copy the
//! module's current value into each reader before feeding it).
//!
//! Fields are `str`, except that with `QUOTE_NONNUMERIC` every field that
//! does not start with the quote character (or an escape) is converted with
//! `float()` (a `ValueError` on failure); empty fields stay `''`.
//!
//! # Writing
//!
//! `writer.writerow(row)` is [`write_row`]: convert each element to an
//! [`OutField`] (`str` as-is; `None`; objects for which `PyNumber_Check` is
//! true - `int`, `bool`, `float`, `complex`, `Decimal`, `Fraction` - as
//! `Number(str(x))`; anything else as `Str(str(x))`), then call the file's
//! `write` with the returned text (including the line terminator) and return
//! what `write` returned.  `writerows(rows)` calls `writerow` for each row and
//! returns `None`; rows written before an error stay written.  A non-iterable
//! row is `_csv.Error: iterable expected, not <type>` ([`iterable_expected`]).
//!
//! `DictReader`, `DictWriter` and the `Sniffer` are Python (src/builtins/py/csv.py).

use std::fmt;

/// `csv.field_size_limit()` when nobody has changed it (128 KiB of characters).
pub const DEFAULT_FIELD_LIMIT: i64 = 128 * 1024;

/// `csv.QUOTE_MINIMAL` (0), `QUOTE_ALL` (1), `QUOTE_NONNUMERIC` (2), `QUOTE_NONE` (3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quoting {
    Minimal,
    All,
    NonNumeric,
    None,
}

impl Quoting {
    /// The `quoting=` argument: `TypeError: bad "quoting" value` outside 0..=3.
    /// (A non-int argument is `TypeError: "quoting" must be an integer`.)
    pub fn from_int(value: i64) -> Result<Quoting, CsvError> {
        match value {
            0 => Ok(Quoting::Minimal),
            1 => Ok(Quoting::All),
            2 => Ok(Quoting::NonNumeric),
            3 => Ok(Quoting::None),
            _ => Err(CsvError::type_error("bad \"quoting\" value")),
        }
    }

    /// The module constant's value.
    pub fn to_int(self) -> i64 {
        match self {
            Quoting::Minimal => 0,
            Quoting::All => 1,
            Quoting::NonNumeric => 2,
            Quoting::None => 3,
        }
    }
}

/// A resolved dialect (the attributes of `reader.dialect` / `writer.dialect`).
#[derive(Clone, Debug, PartialEq)]
pub struct Dialect {
    pub delimiter: char,
    pub quotechar: Option<char>,
    pub escapechar: Option<char>,
    pub doublequote: bool,
    pub skipinitialspace: bool,
    pub lineterminator: String,
    pub quoting: Quoting,
    pub strict: bool,
}

impl Default for Dialect {
    /// `csv.excel`.
    fn default() -> Dialect {
        Dialect {
            delimiter: ',',
            quotechar: Some('"'),
            escapechar: None,
            doublequote: true,
            skipinitialspace: false,
            lineterminator: "\r\n".to_string(),
            quoting: Quoting::Minimal,
            strict: false,
        }
    }
}

impl Dialect {
    /// `csv.excel_tab` (`"excel-tab"`).
    pub fn excel_tab() -> Dialect {
        Dialect {
            delimiter: '\t',
            ..Dialect::default()
        }
    }

    /// `csv.unix_dialect` (`"unix"`).
    pub fn unix() -> Dialect {
        Dialect {
            lineterminator: "\n".to_string(),
            quoting: Quoting::All,
            ..Dialect::default()
        }
    }

    /// The check CPython makes once the keyword arguments are merged over the
    /// base dialect.  Note the rule that comes before it: `quotechar=None`
    /// given without `quoting=` switches `quoting` to `QUOTE_NONE`.
    pub fn validate(&self) -> Result<(), CsvError> {
        if self.quoting != Quoting::None && self.quotechar.is_none() {
            return Err(CsvError::type_error(
                "quotechar must be set if quoting enabled",
            ));
        }
        Ok(())
    }
}

/// What the interpreter has for a one-character dialect argument.
#[derive(Clone, Copy, Debug)]
pub enum CharArg<'a> {
    Str(&'a str),
    None,
    /// Any other object, by its type name.
    Other(&'a str),
}

/// Checks `delimiter=` (`nullable == false`), `quotechar=` or `escapechar=`
/// (`nullable == true`) with CPython's `TypeError` messages.
pub fn char_arg(name: &str, arg: CharArg, nullable: bool) -> Result<Option<char>, CsvError> {
    let wrong_type = |type_name: &str| {
        if nullable {
            CsvError::type_error(format!(
                "\"{name}\" must be string or None, not {type_name}"
            ))
        } else {
            CsvError::type_error(format!("\"{name}\" must be string, not {type_name}"))
        }
    };
    match arg {
        CharArg::None if nullable => Ok(None),
        CharArg::None => Err(wrong_type("NoneType")),
        CharArg::Other(type_name) => Err(wrong_type(type_name)),
        CharArg::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Some(c)),
                _ => Err(CsvError::type_error(format!(
                    "\"{name}\" must be a 1-character string"
                ))),
            }
        }
    }
}

/// One field read.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Str(String),
    /// An unquoted field under `QUOTE_NONNUMERIC`.
    Float(f64),
}

/// The Python exception a failure maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvErrorKind {
    /// `_csv.Error` (`csv.Error`).
    Error,
    ValueError,
    TypeError,
}

/// A failure, with CPython's exact message.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    pub kind: CsvErrorKind,
    pub msg: String,
}

impl CsvError {
    pub fn error(msg: impl Into<String>) -> CsvError {
        CsvError {
            kind: CsvErrorKind::Error,
            msg: msg.into(),
        }
    }

    pub fn value_error(msg: impl Into<String>) -> CsvError {
        CsvError {
            kind: CsvErrorKind::ValueError,
            msg: msg.into(),
        }
    }

    pub fn type_error(msg: impl Into<String>) -> CsvError {
        CsvError {
            kind: CsvErrorKind::TypeError,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            CsvErrorKind::Error => "_csv.Error",
            CsvErrorKind::ValueError => "ValueError",
            CsvErrorKind::TypeError => "TypeError",
        };
        write!(f, "{kind}: {}", self.msg)
    }
}

impl std::error::Error for CsvError {}

/// `_csv.Error` for a reader whose iterator yields something not a `str`.
pub fn iterator_should_return_strings(type_name: &str) -> CsvError {
    CsvError::error(format!(
        "iterator should return strings, not {type_name} (the file should be opened in text mode)"
    ))
}

/// `_csv.Error` for `writerow` given something that is not iterable.
pub fn iterable_expected(type_name: &str) -> CsvError {
    CsvError::error(format!("iterable expected, not {type_name}"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// The reader's state machine (see the module docs).
#[derive(Clone, Debug)]
pub struct Reader {
    dialect: Dialect,
    state: State,
    /// The field being read, and its length in characters.
    field: String,
    field_len: usize,
    /// The field being read will be converted with `float()`.
    numeric: bool,
    fields: Vec<Field>,
    line_num: usize,
    /// `csv.field_size_limit()`, in characters.
    pub field_limit: i64,
}

/// A character of the line, or `None` for the end of the line.
type Input = Option<char>;

fn is_line_end(c: Input) -> bool {
    matches!(c, None | Some('\n') | Some('\r'))
}

impl Reader {
    pub fn new(d: Dialect) -> Reader {
        Reader {
            dialect: d,
            state: State::StartRecord,
            field: String::new(),
            field_len: 0,
            numeric: false,
            fields: Vec::new(),
            line_num: 0,
            field_limit: DEFAULT_FIELD_LIMIT,
        }
    }

    pub fn dialect(&self) -> &Dialect {
        &self.dialect
    }

    /// `reader.line_num`: how many lines have been fed.
    pub fn line_num(&self) -> usize {
        self.line_num
    }

    /// Feeds one line; `Ok(Some(row))` when a record is complete (`[]` for an
    /// empty line), `Ok(None)` when it continues onto the next line.
    pub fn feed(&mut self, line: &str) -> Result<Option<Vec<Field>>, CsvError> {
        self.line_num += 1;
        for c in line.chars().map(Some).chain(std::iter::once(None)) {
            if let Err(e) = self.process(c) {
                self.reset();
                return Err(e);
            }
        }
        if self.state == State::StartRecord {
            Ok(Some(std::mem::take(&mut self.fields)))
        } else {
            Ok(None)
        }
    }

    /// End of input.  Inside a quoted field, or after an escape character on
    /// the last line, CPython returns the pending record with the open field
    /// as read so far (`['a', 'b\n']` for `a,"b\n`), or raises
    /// `_csv.Error: unexpected end of data` when `strict`.  Otherwise `Ok(None)`.
    pub fn finish(&mut self) -> Result<Option<Vec<Field>>, CsvError> {
        let result = if self.field_len != 0 || self.state == State::InQuotedField {
            if self.dialect.strict {
                Err(CsvError::error("unexpected end of data"))
            } else {
                self.save_field()
                    .map(|()| Some(std::mem::take(&mut self.fields)))
            }
        } else {
            Ok(None)
        };
        self.reset();
        result
    }

    /// Forgets any partial record (what CPython does at the start of each `__next__`).
    pub fn reset(&mut self) {
        self.state = State::StartRecord;
        self.field.clear();
        self.field_len = 0;
        self.numeric = false;
        self.fields.clear();
    }

    fn is_quote(&self, c: char) -> bool {
        self.dialect.quoting != Quoting::None && Some(c) == self.dialect.quotechar
    }

    fn add_char(&mut self, c: char) -> Result<(), CsvError> {
        if self.field_len as i64 >= self.field_limit {
            return Err(CsvError::error(format!(
                "field larger than field limit ({})",
                self.field_limit
            )));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn save_field(&mut self) -> Result<(), CsvError> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let field = if self.numeric {
            self.numeric = false;
            Field::Float(py_float(&text)?)
        } else {
            Field::Str(text)
        };
        self.fields.push(field);
        Ok(())
    }

    /// Ends the record at a line end: `None` completes it, '\r' or '\n' waits
    /// for the rest of the line to be only line-end characters.
    fn end_record(&mut self, c: Input) -> Result<(), CsvError> {
        self.save_field()?;
        self.state = if c.is_none() {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        Ok(())
    }

    fn process(&mut self, c: Input) -> Result<(), CsvError> {
        match self.state {
            State::StartRecord => match c {
                None => {}
                Some('\n') | Some('\r') => self.state = State::EatCrnl,
                Some(_) => {
                    self.state = State::StartField;
                    self.start_field(c)?;
                }
            },
            State::StartField => self.start_field(c)?,
            State::EscapedChar => match c {
                Some(ch @ ('\n' | '\r')) => {
                    self.add_char(ch)?;
                    self.state = State::AfterEscapedCrnl;
                }
                _ => {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = State::InField;
                }
            },
            State::AfterEscapedCrnl => {
                if c.is_some() {
                    self.in_field(c)?;
                }
            }
            State::InField => self.in_field(c)?,
            State::InQuotedField => match c {
                None => {}
                Some(ch) if Some(ch) == self.dialect.escapechar => {
                    self.state = State::EscapeInQuotedField;
                }
                Some(ch) if self.is_quote(ch) => {
                    self.state = if self.dialect.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                }
                Some(ch) => self.add_char(ch)?,
            },
            State::EscapeInQuotedField => {
                self.add_char(c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => match c {
                Some(ch) if self.is_quote(ch) => {
                    self.add_char(ch)?;
                    self.state = State::InQuotedField;
                }
                Some(ch) if ch == self.dialect.delimiter => {
                    self.save_field()?;
                    self.state = State::StartField;
                }
                _ if is_line_end(c) => self.end_record(c)?,
                Some(ch) if !self.dialect.strict => {
                    self.add_char(ch)?;
                    self.state = State::InField;
                }
                _ => {
                    let quote = self.dialect.quotechar.unwrap_or('"');
                    return Err(CsvError::error(format!(
                        "'{}' expected after '{}'",
                        self.dialect.delimiter, quote
                    )));
                }
            },
            State::EatCrnl => match c {
                Some('\n') | Some('\r') => {}
                None => self.state = State::StartRecord,
                Some(_) => {
                    return Err(CsvError::error(
                        "new-line character seen in unquoted field - \
                         do you need to open the file in universal-newline mode?",
                    ))
                }
            },
        }
        Ok(())
    }

    fn start_field(&mut self, c: Input) -> Result<(), CsvError> {
        match c {
            _ if is_line_end(c) => self.end_record(c)?,
            Some(ch) if self.is_quote(ch) => self.state = State::InQuotedField,
            Some(ch) if Some(ch) == self.dialect.escapechar => self.state = State::EscapedChar,
            Some(' ') if self.dialect.skipinitialspace => {}
            Some(ch) if ch == self.dialect.delimiter => self.save_field()?,
            Some(ch) => {
                if self.dialect.quoting == Quoting::NonNumeric {
                    self.numeric = true;
                }
                self.add_char(ch)?;
                self.state = State::InField;
            }
            None => unreachable!("handled as a line end"),
        }
        Ok(())
    }

    fn in_field(&mut self, c: Input) -> Result<(), CsvError> {
        match c {
            _ if is_line_end(c) => self.end_record(c)?,
            Some(ch) if Some(ch) == self.dialect.escapechar => self.state = State::EscapedChar,
            Some(ch) if ch == self.dialect.delimiter => {
                self.save_field()?;
                self.state = State::StartField;
            }
            Some(ch) => self.add_char(ch)?,
            None => unreachable!("handled as a line end"),
        }
        Ok(())
    }
}

/// One value of a row to write.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OutField<'a> {
    /// A `str`, or `str(x)` of an object that is not a number.
    Str(&'a str),
    /// `str(x)` of an object for which `PyNumber_Check` holds (int, bool,
    /// float, complex, Decimal, Fraction...): not quoted under `QUOTE_NONNUMERIC`.
    Number(&'a str),
    /// `None`: written as an empty field (quoted under `QUOTE_ALL` and
    /// `QUOTE_NONNUMERIC`).
    None,
}

/// `writer.writerow(fields)`: the text written, line terminator included.
pub fn write_row(d: &Dialect, fields: &[OutField]) -> Result<String, CsvError> {
    d.validate()?;
    let mut rec = String::new();
    for (i, field) in fields.iter().enumerate() {
        let quoted = match d.quoting {
            Quoting::All => true,
            Quoting::NonNumeric => !matches!(field, OutField::Number(_)),
            Quoting::Minimal | Quoting::None => false,
        };
        let text = match field {
            OutField::Str(s) | OutField::Number(s) => s,
            OutField::None => "",
        };
        append_field(d, &mut rec, i > 0, text, quoted)?;
    }
    if fields.len() == 1 && rec.is_empty() {
        // A lone empty field would read back as an empty line.
        if d.quoting == Quoting::None {
            return Err(CsvError::error("single empty field record must be quoted"));
        }
        append_field(d, &mut rec, false, "", true)?;
    }
    rec.push_str(&d.lineterminator);
    Ok(rec)
}

/// Whether `c` needs an escape character before it, or (`Ok(false)`) only
/// makes the field quoted; `None` if it is an ordinary character.
fn special_char(d: &Dialect, c: char) -> Option<bool> {
    let is_quote = Some(c) == d.quotechar;
    let is_escape = Some(c) == d.escapechar;
    if c != d.delimiter && !is_quote && !is_escape && !d.lineterminator.contains(c) {
        return None;
    }
    Some(if d.quoting == Quoting::None {
        true
    } else if is_quote {
        !d.doublequote
    } else {
        is_escape
    })
}

fn append_field(
    d: &Dialect,
    rec: &mut String,
    separator: bool,
    text: &str,
    mut quoted: bool,
) -> Result<(), CsvError> {
    // First pass: whether the field gets quotes, and whether it can be written.
    for c in text.chars() {
        match special_char(d, c) {
            Some(true) if d.escapechar.is_none() => {
                return Err(CsvError::error("need to escape, but no escapechar set"));
            }
            Some(false) => quoted = true,
            _ => {}
        }
    }
    if separator {
        rec.push(d.delimiter);
    }
    let quote = d.quotechar.filter(|_| quoted);
    rec.extend(quote);
    for c in text.chars() {
        match special_char(d, c) {
            Some(true) => rec.extend(d.escapechar),
            // Only a quote character that is not escaped is doubled.
            Some(false) if Some(c) == d.quotechar => rec.push(c),
            _ => {}
        }
        rec.push(c);
    }
    rec.extend(quote);
    Ok(())
}

/// Python's `float(s)` for a `str`, with its `ValueError` message.
pub fn py_float(s: &str) -> Result<f64, CsvError> {
    let fail = || {
        CsvError::value_error(format!(
            "could not convert string to float: {}",
            py_repr_str(s)
        ))
    };
    // Non-ASCII whitespace becomes ' ' and non-ASCII decimal digits their ASCII
    // digit; any other non-ASCII character cannot be part of a float.
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 0x7f {
            ascii.push(c);
        } else if c.is_whitespace() {
            ascii.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            ascii.push(char::from(b'0' + d));
        } else {
            return Err(fail());
        }
    }
    // Only ASCII whitespace (not \x1c..\x1f) is stripped.
    let trimmed =
        ascii.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    // Underscores are allowed only between two digits.
    let bytes = trimmed.as_bytes();
    let mut digits = String::with_capacity(trimmed.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return Err(fail());
            }
        } else {
            digits.push(char::from(b));
        }
    }
    // Rust's grammar matches strtod's decimal forms plus inf/infinity/nan
    // (any case, optional sign), as Python's does; both round correctly.
    digits.parse::<f64>().map_err(|_| fail())
}

/// The value of a non-ASCII decimal digit (Unicode category Nd).
fn unicode_decimal(c: char) -> Option<u8> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then(|| (cp - zero) as u8)
}

/// Whether Python's `str.isprintable()` holds for `c`.
fn py_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    // The flattened ranges are sorted: an odd index means `cp` lies past the
    // start of a range but not past its end.
    let i = NON_PRINTABLE.partition_point(|&x| x < cp);
    !(i % 2 == 1 || NON_PRINTABLE.get(i) == Some(&cp))
}

/// Python's `repr()` of a `str`.
pub fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if py_printable(c) => out.push(c),
            _ if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            _ if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            _ => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Inclusive ranges of non-ASCII code points that `str.isprintable()` rejects
/// (Unicode 14.0.0, as in CPython 3.11), flattened as start, end, start, end, ...
const NON_PRINTABLE: &[u32] = &[
    0x80, 0xa0, 0xad, 0xad, 0x378, 0x379, 0x380, 0x383, 0x38b, 0x38b, 0x38d, 0x38d, 0x3a2, 0x3a2,
    0x530, 0x530, 0x557, 0x558, 0x58b, 0x58c, 0x590, 0x590, 0x5c8, 0x5cf, 0x5eb, 0x5ee, 0x5f5,
    0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70e, 0x70f, 0x74b, 0x74c, 0x7b2, 0x7bf, 0x7fb, 0x7fc,
    0x82e, 0x82f, 0x83f, 0x83f, 0x85c, 0x85d, 0x85f, 0x85f, 0x86b, 0x86f, 0x88f, 0x897, 0x8e2,
    0x8e2, 0x984, 0x984, 0x98d, 0x98e, 0x991, 0x992, 0x9a9, 0x9a9, 0x9b1, 0x9b1, 0x9b3, 0x9b5,
    0x9ba, 0x9bb, 0x9c5, 0x9c6, 0x9c9, 0x9ca, 0x9cf, 0x9d6, 0x9d8, 0x9db, 0x9de, 0x9de, 0x9e4,
    0x9e5, 0x9ff, 0xa00, 0xa04, 0xa04, 0xa0b, 0xa0e, 0xa11, 0xa12, 0xa29, 0xa29, 0xa31, 0xa31,
    0xa34, 0xa34, 0xa37, 0xa37, 0xa3a, 0xa3b, 0xa3d, 0xa3d, 0xa43, 0xa46, 0xa49, 0xa4a, 0xa4e,
    0xa50, 0xa52, 0xa58, 0xa5d, 0xa5d, 0xa5f, 0xa65, 0xa77, 0xa80, 0xa84, 0xa84, 0xa8e, 0xa8e,
    0xa92, 0xa92, 0xaa9, 0xaa9, 0xab1, 0xab1, 0xab4, 0xab4, 0xaba, 0xabb, 0xac6, 0xac6, 0xaca,
    0xaca, 0xace, 0xacf, 0xad1, 0xadf, 0xae4, 0xae5, 0xaf2, 0xaf8, 0xb00, 0xb00, 0xb04, 0xb04,
    0xb0d, 0xb0e, 0xb11, 0xb12, 0xb29, 0xb29, 0xb31, 0xb31, 0xb34, 0xb34, 0xb3a, 0xb3b, 0xb45,
    0xb46, 0xb49, 0xb4a, 0xb4e, 0xb54, 0xb58, 0xb5b, 0xb5e, 0xb5e, 0xb64, 0xb65, 0xb78, 0xb81,
    0xb84, 0xb84, 0xb8b, 0xb8d, 0xb91, 0xb91, 0xb96, 0xb98, 0xb9b, 0xb9b, 0xb9d, 0xb9d, 0xba0,
    0xba2, 0xba5, 0xba7, 0xbab, 0xbad, 0xbba, 0xbbd, 0xbc3, 0xbc5, 0xbc9, 0xbc9, 0xbce, 0xbcf,
    0xbd1, 0xbd6, 0xbd8, 0xbe5, 0xbfb, 0xbff, 0xc0d, 0xc0d, 0xc11, 0xc11, 0xc29, 0xc29, 0xc3a,
    0xc3b, 0xc45, 0xc45, 0xc49, 0xc49, 0xc4e, 0xc54, 0xc57, 0xc57, 0xc5b, 0xc5c, 0xc5e, 0xc5f,
    0xc64, 0xc65, 0xc70, 0xc76, 0xc8d, 0xc8d, 0xc91, 0xc91, 0xca9, 0xca9, 0xcb4, 0xcb4, 0xcba,
    0xcbb, 0xcc5, 0xcc5, 0xcc9, 0xcc9, 0xcce, 0xcd4, 0xcd7, 0xcdc, 0xcdf, 0xcdf, 0xce4, 0xce5,
    0xcf0, 0xcf0, 0xcf3, 0xcff, 0xd0d, 0xd0d, 0xd11, 0xd11, 0xd45, 0xd45, 0xd49, 0xd49, 0xd50,
    0xd53, 0xd64, 0xd65, 0xd80, 0xd80, 0xd84, 0xd84, 0xd97, 0xd99, 0xdb2, 0xdb2, 0xdbc, 0xdbc,
    0xdbe, 0xdbf, 0xdc7, 0xdc9, 0xdcb, 0xdce, 0xdd5, 0xdd5, 0xdd7, 0xdd7, 0xde0, 0xde5, 0xdf0,
    0xdf1, 0xdf5, 0xe00, 0xe3b, 0xe3e, 0xe5c, 0xe80, 0xe83, 0xe83, 0xe85, 0xe85, 0xe8b, 0xe8b,
    0xea4, 0xea4, 0xea6, 0xea6, 0xebe, 0xebf, 0xec5, 0xec5, 0xec7, 0xec7, 0xece, 0xecf, 0xeda,
    0xedb, 0xee0, 0xeff, 0xf48, 0xf48, 0xf6d, 0xf70, 0xf98, 0xf98, 0xfbd, 0xfbd, 0xfcd, 0xfcd,
    0xfdb, 0xfff, 0x10c6, 0x10c6, 0x10c8, 0x10cc, 0x10ce, 0x10cf, 0x1249, 0x1249, 0x124e, 0x124f,
    0x1257, 0x1257, 0x1259, 0x1259, 0x125e, 0x125f, 0x1289, 0x1289, 0x128e, 0x128f, 0x12b1, 0x12b1,
    0x12b6, 0x12b7, 0x12bf, 0x12bf, 0x12c1, 0x12c1, 0x12c6, 0x12c7, 0x12d7, 0x12d7, 0x1311, 0x1311,
    0x1316, 0x1317, 0x135b, 0x135c, 0x137d, 0x137f, 0x139a, 0x139f, 0x13f6, 0x13f7, 0x13fe, 0x13ff,
    0x1680, 0x1680, 0x169d, 0x169f, 0x16f9, 0x16ff, 0x1716, 0x171e, 0x1737, 0x173f, 0x1754, 0x175f,
    0x176d, 0x176d, 0x1771, 0x1771, 0x1774, 0x177f, 0x17de, 0x17df, 0x17ea, 0x17ef, 0x17fa, 0x17ff,
    0x180e, 0x180e, 0x181a, 0x181f, 0x1879, 0x187f, 0x18ab, 0x18af, 0x18f6, 0x18ff, 0x191f, 0x191f,
    0x192c, 0x192f, 0x193c, 0x193f, 0x1941, 0x1943, 0x196e, 0x196f, 0x1975, 0x197f, 0x19ac, 0x19af,
    0x19ca, 0x19cf, 0x19db, 0x19dd, 0x1a1c, 0x1a1d, 0x1a5f, 0x1a5f, 0x1a7d, 0x1a7e, 0x1a8a, 0x1a8f,
    0x1a9a, 0x1a9f, 0x1aae, 0x1aaf, 0x1acf, 0x1aff, 0x1b4d, 0x1b4f, 0x1b7f, 0x1b7f, 0x1bf4, 0x1bfb,
    0x1c38, 0x1c3a, 0x1c4a, 0x1c4c, 0x1c89, 0x1c8f, 0x1cbb, 0x1cbc, 0x1cc8, 0x1ccf, 0x1cfb, 0x1cff,
    0x1f16, 0x1f17, 0x1f1e, 0x1f1f, 0x1f46, 0x1f47, 0x1f4e, 0x1f4f, 0x1f58, 0x1f58, 0x1f5a, 0x1f5a,
    0x1f5c, 0x1f5c, 0x1f5e, 0x1f5e, 0x1f7e, 0x1f7f, 0x1fb5, 0x1fb5, 0x1fc5, 0x1fc5, 0x1fd4, 0x1fd5,
    0x1fdc, 0x1fdc, 0x1ff0, 0x1ff1, 0x1ff5, 0x1ff5, 0x1fff, 0x200f, 0x2028, 0x202f, 0x205f, 0x206f,
    0x2072, 0x2073, 0x208f, 0x208f, 0x209d, 0x209f, 0x20c1, 0x20cf, 0x20f1, 0x20ff, 0x218c, 0x218f,
    0x2427, 0x243f, 0x244b, 0x245f, 0x2b74, 0x2b75, 0x2b96, 0x2b96, 0x2cf4, 0x2cf8, 0x2d26, 0x2d26,
    0x2d28, 0x2d2c, 0x2d2e, 0x2d2f, 0x2d68, 0x2d6e, 0x2d71, 0x2d7e, 0x2d97, 0x2d9f, 0x2da7, 0x2da7,
    0x2daf, 0x2daf, 0x2db7, 0x2db7, 0x2dbf, 0x2dbf, 0x2dc7, 0x2dc7, 0x2dcf, 0x2dcf, 0x2dd7, 0x2dd7,
    0x2ddf, 0x2ddf, 0x2e5e, 0x2e7f, 0x2e9a, 0x2e9a, 0x2ef4, 0x2eff, 0x2fd6, 0x2fef, 0x2ffc, 0x3000,
    0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318f, 0x318f, 0x31e4, 0x31ef,
    0x321f, 0x321f, 0xa48d, 0xa48f, 0xa4c7, 0xa4cf, 0xa62c, 0xa63f, 0xa6f8, 0xa6ff, 0xa7cb, 0xa7cf,
    0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7f1, 0xa82d, 0xa82f, 0xa83a, 0xa83f, 0xa878, 0xa87f,
    0xa8c6, 0xa8cd, 0xa8da, 0xa8df, 0xa954, 0xa95e, 0xa97d, 0xa97f, 0xa9ce, 0xa9ce, 0xa9da, 0xa9dd,
    0xa9ff, 0xa9ff, 0xaa37, 0xaa3f, 0xaa4e, 0xaa4f, 0xaa5a, 0xaa5b, 0xaac3, 0xaada, 0xaaf7, 0xab00,
    0xab07, 0xab08, 0xab0f, 0xab10, 0xab17, 0xab1f, 0xab27, 0xab27, 0xab2f, 0xab2f, 0xab6c, 0xab6f,
    0xabee, 0xabef, 0xabfa, 0xabff, 0xd7a4, 0xd7af, 0xd7c7, 0xd7ca, 0xd7fc, 0xf8ff, 0xfa6e, 0xfa6f,
    0xfada, 0xfaff, 0xfb07, 0xfb12, 0xfb18, 0xfb1c, 0xfb37, 0xfb37, 0xfb3d, 0xfb3d, 0xfb3f, 0xfb3f,
    0xfb42, 0xfb42, 0xfb45, 0xfb45, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91, 0xfdc8, 0xfdce, 0xfdd0, 0xfdef,
    0xfe1a, 0xfe1f, 0xfe53, 0xfe53, 0xfe67, 0xfe67, 0xfe6c, 0xfe6f, 0xfe75, 0xfe75, 0xfefd, 0xff00,
    0xffbf, 0xffc1, 0xffc8, 0xffc9, 0xffd0, 0xffd1, 0xffd8, 0xffd9, 0xffdd, 0xffdf, 0xffe7, 0xffe7,
    0xffef, 0xfffb, 0xfffe, 0xffff, 0x1000c, 0x1000c, 0x10027, 0x10027, 0x1003b, 0x1003b, 0x1003e,
    0x1003e, 0x1004e, 0x1004f, 0x1005e, 0x1007f, 0x100fb, 0x100ff, 0x10103, 0x10106, 0x10134,
    0x10136, 0x1018f, 0x1018f, 0x1019d, 0x1019f, 0x101a1, 0x101cf, 0x101fe, 0x1027f, 0x1029d,
    0x1029f, 0x102d1, 0x102df, 0x102fc, 0x102ff, 0x10324, 0x1032c, 0x1034b, 0x1034f, 0x1037b,
    0x1037f, 0x1039e, 0x1039e, 0x103c4, 0x103c7, 0x103d6, 0x103ff, 0x1049e, 0x1049f, 0x104aa,
    0x104af, 0x104d4, 0x104d7, 0x104fc, 0x104ff, 0x10528, 0x1052f, 0x10564, 0x1056e, 0x1057b,
    0x1057b, 0x1058b, 0x1058b, 0x10593, 0x10593, 0x10596, 0x10596, 0x105a2, 0x105a2, 0x105b2,
    0x105b2, 0x105ba, 0x105ba, 0x105bd, 0x105ff, 0x10737, 0x1073f, 0x10756, 0x1075f, 0x10768,
    0x1077f, 0x10786, 0x10786, 0x107b1, 0x107b1, 0x107bb, 0x107ff, 0x10806, 0x10807, 0x10809,
    0x10809, 0x10836, 0x10836, 0x10839, 0x1083b, 0x1083d, 0x1083e, 0x10856, 0x10856, 0x1089f,
    0x108a6, 0x108b0, 0x108df, 0x108f3, 0x108f3, 0x108f6, 0x108fa, 0x1091c, 0x1091e, 0x1093a,
    0x1093e, 0x10940, 0x1097f, 0x109b8, 0x109bb, 0x109d0, 0x109d1, 0x10a04, 0x10a04, 0x10a07,
    0x10a0b, 0x10a14, 0x10a14, 0x10a18, 0x10a18, 0x10a36, 0x10a37, 0x10a3b, 0x10a3e, 0x10a49,
    0x10a4f, 0x10a59, 0x10a5f, 0x10aa0, 0x10abf, 0x10ae7, 0x10aea, 0x10af7, 0x10aff, 0x10b36,
    0x10b38, 0x10b56, 0x10b57, 0x10b73, 0x10b77, 0x10b92, 0x10b98, 0x10b9d, 0x10ba8, 0x10bb0,
    0x10bff, 0x10c49, 0x10c7f, 0x10cb3, 0x10cbf, 0x10cf3, 0x10cf9, 0x10d28, 0x10d2f, 0x10d3a,
    0x10e5f, 0x10e7f, 0x10e7f, 0x10eaa, 0x10eaa, 0x10eae, 0x10eaf, 0x10eb2, 0x10eff, 0x10f28,
    0x10f2f, 0x10f5a, 0x10f6f, 0x10f8a, 0x10faf, 0x10fcc, 0x10fdf, 0x10ff7, 0x10fff, 0x1104e,
    0x11051, 0x11076, 0x1107e, 0x110bd, 0x110bd, 0x110c3, 0x110cf, 0x110e9, 0x110ef, 0x110fa,
    0x110ff, 0x11135, 0x11135, 0x11148, 0x1114f, 0x11177, 0x1117f, 0x111e0, 0x111e0, 0x111f5,
    0x111ff, 0x11212, 0x11212, 0x1123f, 0x1127f, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128e,
    0x1128e, 0x1129e, 0x1129e, 0x112aa, 0x112af, 0x112eb, 0x112ef, 0x112fa, 0x112ff, 0x11304,
    0x11304, 0x1130d, 0x1130e, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331, 0x11331, 0x11334,
    0x11334, 0x1133a, 0x1133a, 0x11345, 0x11346, 0x11349, 0x1134a, 0x1134e, 0x1134f, 0x11351,
    0x11356, 0x11358, 0x1135c, 0x11364, 0x11365, 0x1136d, 0x1136f, 0x11375, 0x113ff, 0x1145c,
    0x1145c, 0x11462, 0x1147f, 0x114c8, 0x114cf, 0x114da, 0x1157f, 0x115b6, 0x115b7, 0x115de,
    0x115ff, 0x11645, 0x1164f, 0x1165a, 0x1165f, 0x1166d, 0x1167f, 0x116ba, 0x116bf, 0x116ca,
    0x116ff, 0x1171b, 0x1171c, 0x1172c, 0x1172f, 0x11747, 0x117ff, 0x1183c, 0x1189f, 0x118f3,
    0x118fe, 0x11907, 0x11908, 0x1190a, 0x1190b, 0x11914, 0x11914, 0x11917, 0x11917, 0x11936,
    0x11936, 0x11939, 0x1193a, 0x11947, 0x1194f, 0x1195a, 0x1199f, 0x119a8, 0x119a9, 0x119d8,
    0x119d9, 0x119e5, 0x119ff, 0x11a48, 0x11a4f, 0x11aa3, 0x11aaf, 0x11af9, 0x11bff, 0x11c09,
    0x11c09, 0x11c37, 0x11c37, 0x11c46, 0x11c4f, 0x11c6d, 0x11c6f, 0x11c90, 0x11c91, 0x11ca8,
    0x11ca8, 0x11cb7, 0x11cff, 0x11d07, 0x11d07, 0x11d0a, 0x11d0a, 0x11d37, 0x11d39, 0x11d3b,
    0x11d3b, 0x11d3e, 0x11d3e, 0x11d48, 0x11d4f, 0x11d5a, 0x11d5f, 0x11d66, 0x11d66, 0x11d69,
    0x11d69, 0x11d8f, 0x11d8f, 0x11d92, 0x11d92, 0x11d99, 0x11d9f, 0x11daa, 0x11edf, 0x11ef9,
    0x11faf, 0x11fb1, 0x11fbf, 0x11ff2, 0x11ffe, 0x1239a, 0x123ff, 0x1246f, 0x1246f, 0x12475,
    0x1247f, 0x12544, 0x12f8f, 0x12ff3, 0x12fff, 0x1342f, 0x143ff, 0x14647, 0x167ff, 0x16a39,
    0x16a3f, 0x16a5f, 0x16a5f, 0x16a6a, 0x16a6d, 0x16abf, 0x16abf, 0x16aca, 0x16acf, 0x16aee,
    0x16aef, 0x16af6, 0x16aff, 0x16b46, 0x16b4f, 0x16b5a, 0x16b5a, 0x16b62, 0x16b62, 0x16b78,
    0x16b7c, 0x16b90, 0x16e3f, 0x16e9b, 0x16eff, 0x16f4b, 0x16f4e, 0x16f88, 0x16f8e, 0x16fa0,
    0x16fdf, 0x16fe5, 0x16fef, 0x16ff2, 0x16fff, 0x187f8, 0x187ff, 0x18cd6, 0x18cff, 0x18d09,
    0x1afef, 0x1aff4, 0x1aff4, 0x1affc, 0x1affc, 0x1afff, 0x1afff, 0x1b123, 0x1b14f, 0x1b153,
    0x1b163, 0x1b168, 0x1b16f, 0x1b2fc, 0x1bbff, 0x1bc6b, 0x1bc6f, 0x1bc7d, 0x1bc7f, 0x1bc89,
    0x1bc8f, 0x1bc9a, 0x1bc9b, 0x1bca0, 0x1ceff, 0x1cf2e, 0x1cf2f, 0x1cf47, 0x1cf4f, 0x1cfc4,
    0x1cfff, 0x1d0f6, 0x1d0ff, 0x1d127, 0x1d128, 0x1d173, 0x1d17a, 0x1d1eb, 0x1d1ff, 0x1d246,
    0x1d2df, 0x1d2f4, 0x1d2ff, 0x1d357, 0x1d35f, 0x1d379, 0x1d3ff, 0x1d455, 0x1d455, 0x1d49d,
    0x1d49d, 0x1d4a0, 0x1d4a1, 0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad, 0x1d4ad, 0x1d4ba,
    0x1d4ba, 0x1d4bc, 0x1d4bc, 0x1d4c4, 0x1d4c4, 0x1d506, 0x1d506, 0x1d50b, 0x1d50c, 0x1d515,
    0x1d515, 0x1d51d, 0x1d51d, 0x1d53a, 0x1d53a, 0x1d53f, 0x1d53f, 0x1d545, 0x1d545, 0x1d547,
    0x1d549, 0x1d551, 0x1d551, 0x1d6a6, 0x1d6a7, 0x1d7cc, 0x1d7cd, 0x1da8c, 0x1da9a, 0x1daa0,
    0x1daa0, 0x1dab0, 0x1deff, 0x1df1f, 0x1dfff, 0x1e007, 0x1e007, 0x1e019, 0x1e01a, 0x1e022,
    0x1e022, 0x1e025, 0x1e025, 0x1e02b, 0x1e0ff, 0x1e12d, 0x1e12f, 0x1e13e, 0x1e13f, 0x1e14a,
    0x1e14d, 0x1e150, 0x1e28f, 0x1e2af, 0x1e2bf, 0x1e2fa, 0x1e2fe, 0x1e300, 0x1e7df, 0x1e7e7,
    0x1e7e7, 0x1e7ec, 0x1e7ec, 0x1e7ef, 0x1e7ef, 0x1e7ff, 0x1e7ff, 0x1e8c5, 0x1e8c6, 0x1e8d7,
    0x1e8ff, 0x1e94c, 0x1e94f, 0x1e95a, 0x1e95d, 0x1e960, 0x1ec70, 0x1ecb5, 0x1ed00, 0x1ed3e,
    0x1edff, 0x1ee04, 0x1ee04, 0x1ee20, 0x1ee20, 0x1ee23, 0x1ee23, 0x1ee25, 0x1ee26, 0x1ee28,
    0x1ee28, 0x1ee33, 0x1ee33, 0x1ee38, 0x1ee38, 0x1ee3a, 0x1ee3a, 0x1ee3c, 0x1ee41, 0x1ee43,
    0x1ee46, 0x1ee48, 0x1ee48, 0x1ee4a, 0x1ee4a, 0x1ee4c, 0x1ee4c, 0x1ee50, 0x1ee50, 0x1ee53,
    0x1ee53, 0x1ee55, 0x1ee56, 0x1ee58, 0x1ee58, 0x1ee5a, 0x1ee5a, 0x1ee5c, 0x1ee5c, 0x1ee5e,
    0x1ee5e, 0x1ee60, 0x1ee60, 0x1ee63, 0x1ee63, 0x1ee65, 0x1ee66, 0x1ee6b, 0x1ee6b, 0x1ee73,
    0x1ee73, 0x1ee78, 0x1ee78, 0x1ee7d, 0x1ee7d, 0x1ee7f, 0x1ee7f, 0x1ee8a, 0x1ee8a, 0x1ee9c,
    0x1eea0, 0x1eea4, 0x1eea4, 0x1eeaa, 0x1eeaa, 0x1eebc, 0x1eeef, 0x1eef2, 0x1efff, 0x1f02c,
    0x1f02f, 0x1f094, 0x1f09f, 0x1f0af, 0x1f0b0, 0x1f0c0, 0x1f0c0, 0x1f0d0, 0x1f0d0, 0x1f0f6,
    0x1f0ff, 0x1f1ae, 0x1f1e5, 0x1f203, 0x1f20f, 0x1f23c, 0x1f23f, 0x1f249, 0x1f24f, 0x1f252,
    0x1f25f, 0x1f266, 0x1f2ff, 0x1f6d8, 0x1f6dc, 0x1f6ed, 0x1f6ef, 0x1f6fd, 0x1f6ff, 0x1f774,
    0x1f77f, 0x1f7d9, 0x1f7df, 0x1f7ec, 0x1f7ef, 0x1f7f1, 0x1f7ff, 0x1f80c, 0x1f80f, 0x1f848,
    0x1f84f, 0x1f85a, 0x1f85f, 0x1f888, 0x1f88f, 0x1f8ae, 0x1f8af, 0x1f8b2, 0x1f8ff, 0x1fa54,
    0x1fa5f, 0x1fa6e, 0x1fa6f, 0x1fa75, 0x1fa77, 0x1fa7d, 0x1fa7f, 0x1fa87, 0x1fa8f, 0x1faad,
    0x1faaf, 0x1fabb, 0x1fabf, 0x1fac6, 0x1facf, 0x1fada, 0x1fadf, 0x1fae8, 0x1faef, 0x1faf7,
    0x1faff, 0x1fb93, 0x1fb93, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1ffff, 0x2a6e0, 0x2a6ff, 0x2b739,
    0x2b73f, 0x2b81e, 0x2b81f, 0x2cea2, 0x2ceaf, 0x2ebe1, 0x2f7ff, 0x2fa1e, 0x2ffff, 0x3134b,
    0xe00ff, 0xe01f0, 0x10ffff,
];
/// Non-ASCII code points of the digit zero of each run of ten decimal digits (Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

#[cfg(test)]
mod tests {
    use super::CsvErrorKind as K;
    use super::OutField as W;
    use super::*;
    use Ex::{F, S};

    /// A dialect as the generator prints it.
    struct Dl {
        delimiter: char,
        quotechar: Option<char>,
        escapechar: Option<char>,
        doublequote: bool,
        skipinitialspace: bool,
        lineterminator: &'static str,
        quoting: Quoting,
        strict: bool,
    }

    impl Dl {
        fn dialect(&self) -> Dialect {
            Dialect {
                delimiter: self.delimiter,
                quotechar: self.quotechar,
                escapechar: self.escapechar,
                doublequote: self.doublequote,
                skipinitialspace: self.skipinitialspace,
                lineterminator: self.lineterminator.to_string(),
                quoting: self.quoting,
                strict: self.strict,
            }
        }
    }

    /// An expected field: a str, or a float by its bits.
    #[derive(Debug)]
    enum Ex {
        S(&'static str),
        F(u64),
    }

    /// What one `next(reader)` gave, with `reader.line_num` after it.
    #[derive(Debug)]
    enum Ev {
        Row(&'static [Ex], usize),
        Err(K, &'static str, usize),
    }

    struct ReaderCase {
        name: &'static str,
        dialect: Dl,
        limit: i64,
        lines: &'static [&'static str],
        events: &'static [Ev],
    }

    struct WriterCase {
        name: &'static str,
        dialect: Dl,
        row: &'static [OutField<'static>],
        result: Result<&'static str, (K, &'static str)>,
    }

    /// Reads like `next()` called until `StopIteration`, going on after errors.
    fn run_reader(case: &ReaderCase) -> Vec<String> {
        let mut reader = Reader::new(case.dialect.dialect());
        reader.field_limit = case.limit;
        let mut out = Vec::new();
        let mut record = |res: Result<Option<Vec<Field>>, CsvError>, line_num: usize| match res {
            Ok(Some(row)) => out.push(format!("row {} {:?}", line_num, show_row(&row))),
            Ok(None) => {}
            Err(e) => out.push(format!("err {} {:?} {:?}", line_num, e.kind, e.msg)),
        };
        for line in case.lines {
            let res = reader.feed(line);
            record(res, reader.line_num());
        }
        let res = reader.finish();
        record(res, reader.line_num());
        // Finishing twice gives nothing more.
        assert_eq!(reader.finish(), Ok(None), "{}", case.name);
        out
    }

    fn show_row(row: &[Field]) -> Vec<String> {
        row.iter()
            .map(|f| match f {
                Field::Str(s) => format!("S{s:?}"),
                Field::Float(x) => format!("F{:016x}", x.to_bits()),
            })
            .collect()
    }

    fn expected_events(events: &[Ev]) -> Vec<String> {
        events
            .iter()
            .map(|ev| match ev {
                Ev::Row(fields, line_num) => {
                    let shown: Vec<String> = fields
                        .iter()
                        .map(|f| match f {
                            S(s) => format!("S{s:?}"),
                            F(bits) => format!("F{bits:016x}"),
                        })
                        .collect();
                    format!("row {line_num} {shown:?}")
                }
                Ev::Err(kind, msg, line_num) => format!("err {line_num} {kind:?} {msg:?}"),
            })
            .collect()
    }

    #[test]
    fn reader_matches_cpython() {
        assert!(READER_CASES.len() >= 40);
        let errors = READER_CASES
            .iter()
            .filter(|c| c.events.iter().any(|e| matches!(e, Ev::Err(..))))
            .count();
        assert!(errors >= 10, "{errors} error cases");
        for case in READER_CASES {
            assert_eq!(
                run_reader(case),
                expected_events(case.events),
                "reader case {}",
                case.name
            );
        }
    }

    #[test]
    fn writer_matches_cpython() {
        assert!(WRITER_CASES.len() >= 20);
        for case in WRITER_CASES {
            let got = write_row(&case.dialect.dialect(), case.row);
            let want = case
                .result
                .map(str::to_string)
                .map_err(|(kind, msg)| CsvError {
                    kind,
                    msg: msg.to_string(),
                });
            assert_eq!(got, want, "writer case {}", case.name);
        }
    }

    #[test]
    fn written_rows_read_back() {
        let rows: &[&[&str]] = &[
            &["a", "b,c", "d\"e", "f\r\ng", ""],
            &[""],
            &["x", " y ", "\"", "line\nbreak"],
        ];
        for d in [Dialect::default(), Dialect::unix(), Dialect::excel_tab()] {
            let mut reader = Reader::new(d.clone());
            for row in rows {
                let fields: Vec<OutField> = row.iter().map(|s| OutField::Str(s)).collect();
                let text = write_row(&d, &fields).unwrap();
                let mut got = None;
                for line in text.split_inclusive('\n') {
                    got = reader.feed(line).unwrap();
                }
                let want: Vec<Field> = row.iter().map(|s| Field::Str(s.to_string())).collect();
                assert_eq!(got, Some(want), "{d:?} {text:?}");
            }
        }
    }

    #[test]
    fn dialect_arguments() {
        assert_eq!(Quoting::from_int(2), Ok(Quoting::NonNumeric));
        assert_eq!(Quoting::None.to_int(), 3);
        let bad = Quoting::from_int(4).unwrap_err();
        assert_eq!(
            (bad.kind, bad.msg.as_str()),
            (K::TypeError, "bad \"quoting\" value")
        );
        let d = Dialect {
            quotechar: None,
            ..Dialect::default()
        };
        assert_eq!(
            d.validate().unwrap_err().msg,
            "quotechar must be set if quoting enabled"
        );
        assert_eq!(
            char_arg("delimiter", CharArg::Str(";"), false),
            Ok(Some(';'))
        );
        assert_eq!(char_arg("escapechar", CharArg::None, true), Ok(None));
        let msg = |r: Result<Option<char>, CsvError>| r.unwrap_err().msg;
        assert_eq!(
            msg(char_arg("delimiter", CharArg::Str(""), false)),
            "\"delimiter\" must be a 1-character string"
        );
        assert_eq!(
            msg(char_arg("delimiter", CharArg::None, false)),
            "\"delimiter\" must be string, not NoneType"
        );
        assert_eq!(
            msg(char_arg("quotechar", CharArg::Other("int"), true)),
            "\"quotechar\" must be string or None, not int"
        );
    }

    #[test]
    fn unicode_tables() {
        // Non-ASCII str.isspace() in CPython 3.11 (printed by the generator).
        let spaces = [
            0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
            0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(c.is_whitespace(), spaces.contains(&(c as u32)), "{c:?}");
        }
        assert_eq!(unicode_decimal('\u{669}'), Some(9));
        assert_eq!(unicode_decimal('\u{66a}'), None);
        assert_eq!(unicode_decimal('\u{1fbf9}'), Some(9));
        assert_eq!(
            py_repr_str("a'b\"\u{378}\u{10ffff}\u{e000}"),
            "'a\\'b\"\\u0378\\U0010ffff\\ue000'"
        );
    }

    // Generated by src/builtins/gen_csv_tests.py with CPython 3.11.7.
    const READER_CASES: &[ReaderCase] = &[
            ReaderCase {
                name: "simple",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,b,c\n"],
                events: &[Ev::Row(&[S("a"), S("b"), S("c")], 1)],
            },
            ReaderCase {
                name: "two_rows",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,b\n", "c,d\n"],
                events: &[Ev::Row(&[S("a"), S("b")], 1), Ev::Row(&[S("c"), S("d")], 2)],
            },
            ReaderCase {
                name: "quote_inside_unquoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\"b,c\n"],
                events: &[Ev::Row(&[S("a\"b"), S("c")], 1)],
            },
            ReaderCase {
                name: "doubled_quotes",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"\"b\",c\n"],
                events: &[Ev::Row(&[S("a\"b"), S("c")], 1)],
            },
            ReaderCase {
                name: "only_doubled_quotes",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"\"\"\"\n"],
                events: &[Ev::Row(&[S("\"")], 1)],
            },
            ReaderCase {
                name: "empty_quoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"\",x,\"\"\n"],
                events: &[Ev::Row(&[S(""), S("x"), S("")], 1)],
            },
            ReaderCase {
                name: "quoted_delimiter",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a,b\",c\n"],
                events: &[Ev::Row(&[S("a,b"), S("c")], 1)],
            },
            ReaderCase {
                name: "quoted_spans_lines",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\n", "b\",c\n", "d\n"],
                events: &[Ev::Row(&[S("a\nb"), S("c")], 2), Ev::Row(&[S("d")], 3)],
            },
            ReaderCase {
                name: "quoted_spans_crlf",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\r\n", "b\"\r\n"],
                events: &[Ev::Row(&[S("a\r\nb")], 2)],
            },
            ReaderCase {
                name: "quoted_spans_three",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["x,\"1\n", "\n", "2\"\n"],
                events: &[Ev::Row(&[S("x"), S("1\n\n2")], 3)],
            },
            ReaderCase {
                name: "empty_lines",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\n", "a\n", "\r\n", "", "\r", "b"],
                events: &[Ev::Row(&[], 1), Ev::Row(&[S("a")], 2), Ev::Row(&[], 3), Ev::Row(&[], 4), Ev::Row(&[], 5), Ev::Row(&[S("b")], 6)],
            },
            ReaderCase {
                name: "trailing_delimiter",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,b,\n"],
                events: &[Ev::Row(&[S("a"), S("b"), S("")], 1)],
            },
            ReaderCase {
                name: "only_delimiters",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &[",,\n", ",\n"],
                events: &[Ev::Row(&[S(""), S(""), S("")], 1), Ev::Row(&[S(""), S("")], 2)],
            },
            ReaderCase {
                name: "whitespace_kept",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &[" a , b \n"],
                events: &[Ev::Row(&[S(" a "), S(" b ")], 1)],
            },
            ReaderCase {
                name: "skipinitialspace",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: true, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &[" a,  b, \"c\"\n", ",  ,\n"],
                events: &[Ev::Row(&[S("a"), S("b"), S("c")], 1), Ev::Row(&[S(""), S(""), S("")], 2)],
            },
            ReaderCase {
                name: "skipinitialspace_after_quote",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: true, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a, \"b\" ,c\n"],
                events: &[Ev::Row(&[S("a"), S("b "), S("c")], 1)],
            },
            ReaderCase {
                name: "skipinitialspace_space_delim",
                dialect: Dl { delimiter: ' ', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: true, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a  b   c\n"],
                events: &[Ev::Row(&[S("a"), S("b"), S("c")], 1)],
            },
            ReaderCase {
                name: "space_delim",
                dialect: Dl { delimiter: ' ', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a  b\n"],
                events: &[Ev::Row(&[S("a"), S(""), S("b")], 1)],
            },
            ReaderCase {
                name: "crlf_endings",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,b\r\n", "c\r\n"],
                events: &[Ev::Row(&[S("a"), S("b")], 1), Ev::Row(&[S("c")], 2)],
            },
            ReaderCase {
                name: "cr_endings",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,b\r", "c\r"],
                events: &[Ev::Row(&[S("a"), S("b")], 1), Ev::Row(&[S("c")], 2)],
            },
            ReaderCase {
                name: "last_line_no_newline",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\n", "b,c"],
                events: &[Ev::Row(&[S("a")], 1), Ev::Row(&[S("b"), S("c")], 2)],
            },
            ReaderCase {
                name: "lines_without_endings",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a", "b,c", ""],
                events: &[Ev::Row(&[S("a")], 1), Ev::Row(&[S("b"), S("c")], 2), Ev::Row(&[], 3)],
            },
            ReaderCase {
                name: "text_after_quote",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"b,c\n"],
                events: &[Ev::Row(&[S("ab"), S("c")], 1)],
            },
            ReaderCase {
                name: "text_after_quote_then_quote",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,\"b\"c\"d\",e\n"],
                events: &[Ev::Row(&[S("a"), S("bc\"d\""), S("e")], 1)],
            },
            ReaderCase {
                name: "text_after_quote_strict",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["\"a\"b,c\n", "d\n"],
                events: &[Ev::Err(K::Error, "',' expected after '\"'", 1), Ev::Row(&[S("d")], 2)],
            },
            ReaderCase {
                name: "text_after_quote_strict_semicolon",
                dialect: Dl { delimiter: ';', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["\"a\";\"b\"x\n"],
                events: &[Ev::Err(K::Error, "';' expected after '\"'", 1)],
            },
            ReaderCase {
                name: "quote_then_crlf",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"\r\n", "\"b\"\r"],
                events: &[Ev::Row(&[S("a")], 1), Ev::Row(&[S("b")], 2)],
            },
            ReaderCase {
                name: "quote_then_cr_then_text",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"\rb\n", "c\n"],
                events: &[Ev::Err(K::Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?", 1), Ev::Row(&[S("c")], 2)],
            },
            ReaderCase {
                name: "bare_cr_in_unquoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\rb\n", "c\n"],
                events: &[Ev::Err(K::Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?", 1), Ev::Row(&[S("c")], 2)],
            },
            ReaderCase {
                name: "bare_cr_at_end",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\r"],
                events: &[Ev::Row(&[S("a")], 1)],
            },
            ReaderCase {
                name: "cr_cr_lf",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\r\r\n"],
                events: &[Ev::Row(&[S("a")], 1)],
            },
            ReaderCase {
                name: "lf_then_text",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\nb\n"],
                events: &[Ev::Err(K::Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?", 1)],
            },
            ReaderCase {
                name: "cr_in_quoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\rb\",c\n"],
                events: &[Ev::Row(&[S("a\rb"), S("c")], 1)],
            },
            ReaderCase {
                name: "cr_at_start_then_text",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\rb\n"],
                events: &[Ev::Err(K::Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?", 1)],
            },
            ReaderCase {
                name: "nonnumeric",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1,\"2\",3.5,-4e2\n"],
                events: &[Ev::Row(&[F(0x3ff0000000000000), S("2"), F(0x400c000000000000), F(0xc079000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_error",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1,x,2\n", "3\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: 'x'", 1), Ev::Row(&[F(0x4008000000000000)], 2)],
            },
            ReaderCase {
                name: "nonnumeric_empty_fields",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &[",,\n", "\"\",1\n"],
                events: &[Ev::Row(&[S(""), S(""), S("")], 1), Ev::Row(&[S(""), F(0x3ff0000000000000)], 2)],
            },
            ReaderCase {
                name: "nonnumeric_spaces",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &[" 1 ,\t2\t\n"],
                events: &[Ev::Row(&[F(0x3ff0000000000000), F(0x4000000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_only_spaces",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["  \n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: '  '", 1)],
            },
            ReaderCase {
                name: "nonnumeric_specials",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["inf,-Infinity,nan,-nan,1_000,1_0.5e1_0,.5,5.,+1E-3,-0\n"],
                events: &[Ev::Row(&[F(0x7ff0000000000000), F(0xfff0000000000000), F(0x7ff8000000000000), F(0xfff8000000000000), F(0x408f400000000000), F(0x4238727cda000000), F(0x3fe0000000000000), F(0x4014000000000000), F(0x3f50624dd2f1a9fc), F(0x8000000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_bad_underscore",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1__0\n", "_1\n", "1_\n", "1_.5\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: '1__0'", 1), Ev::Err(K::ValueError, "could not convert string to float: '_1'", 2), Ev::Err(K::ValueError, "could not convert string to float: '1_'", 3), Ev::Err(K::ValueError, "could not convert string to float: '1_.5'", 4)],
            },
            ReaderCase {
                name: "nonnumeric_bad_forms",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1e\n", ".\n", "0x10\n", "nan(1)\n", "1,2\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: '1e'", 1), Ev::Err(K::ValueError, "could not convert string to float: '.'", 2), Ev::Err(K::ValueError, "could not convert string to float: '0x10'", 3), Ev::Err(K::ValueError, "could not convert string to float: 'nan(1)'", 4), Ev::Row(&[F(0x3ff0000000000000), F(0x4000000000000000)], 5)],
            },
            ReaderCase {
                name: "nonnumeric_unicode_digits",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["\u{661}\u{662},\u{ff13}.\u{665},\u{1d7ce}\n"],
                events: &[Ev::Row(&[F(0x4028000000000000), F(0x400c000000000000), F(0x0000000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_unicode_space",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["\u{a0}1\u{3000},\u{2028}2\u{2029}\n"],
                events: &[Ev::Row(&[F(0x3ff0000000000000), F(0x4000000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_ascii_fs_not_space",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &[" \u{1c}5\u{1c}\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: ' \\x1c5\\x1c'", 1)],
            },
            ReaderCase {
                name: "nonnumeric_repr_quote",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["it's\n", "say \"hi\"\n", "both'\"\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: \"it's\"", 1), Ev::Err(K::ValueError, "could not convert string to float: 'say \"hi\"'", 2), Ev::Err(K::ValueError, "could not convert string to float: 'both\\'\"'", 3)],
            },
            ReaderCase {
                name: "nonnumeric_repr_escapes",
                dialect: Dl { delimiter: ';', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["a\\b\tc\n", "\u{200b}1\n", "\u{7f}\u{85}\u{a0}\u{e9}\n", "\u{e0001}\u{1f600}\u{feff}\n", "\u{378}\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: 'a\\\\b\\tc'", 1), Ev::Err(K::ValueError, "could not convert string to float: '\\u200b1'", 2), Ev::Err(K::ValueError, "could not convert string to float: '\\x7f\\x85\\xa0\u{e9}'", 3), Ev::Err(K::ValueError, "could not convert string to float: '\\U000e0001\u{1f600}\\ufeff'", 4), Ev::Err(K::ValueError, "could not convert string to float: '\\u0378'", 5)],
            },
            ReaderCase {
                name: "nonnumeric_quoted_then_text",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["\"1\"2,3\n"],
                events: &[Ev::Row(&[S("12"), F(0x4008000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1,2"],
                events: &[Ev::Row(&[F(0x3ff0000000000000), F(0x4000000000000000)], 1)],
            },
            ReaderCase {
                name: "nonnumeric_escape",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::NonNumeric, strict: false },
                limit: 131072,
                lines: &["1\\\n", "5,\\7\n"],
                events: &[Ev::Err(K::ValueError, "could not convert string to float: '1\\n5'", 2)],
            },
            ReaderCase {
                name: "semicolon",
                dialect: Dl { delimiter: ';', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a;b,c;\"d;e\"\n"],
                events: &[Ev::Row(&[S("a"), S("b,c"), S("d;e")], 1)],
            },
            ReaderCase {
                name: "tab",
                dialect: Dl { delimiter: '\t', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\tb\t\n", "\"x\ty\"\tz\n"],
                events: &[Ev::Row(&[S("a"), S("b"), S("")], 1), Ev::Row(&[S("x\ty"), S("z")], 2)],
            },
            ReaderCase {
                name: "excel_tab",
                dialect: Dl { delimiter: '\t', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\tb,c\t\n"],
                events: &[Ev::Row(&[S("a"), S("b,c"), S("")], 1)],
            },
            ReaderCase {
                name: "unix",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\n", quoting: Quoting::All, strict: false },
                limit: 131072,
                lines: &["\"a\",b\n", "c,\"d\n", "e\"\n"],
                events: &[Ev::Row(&[S("a"), S("b")], 1), Ev::Row(&[S("c"), S("d\ne")], 3)],
            },
            ReaderCase {
                name: "escapechar",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\\,b,c\n"],
                events: &[Ev::Row(&[S("a,b"), S("c")], 1)],
            },
            ReaderCase {
                name: "escapechar_at_field_start",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["x,\\,y\n"],
                events: &[Ev::Row(&[S("x"), S(",y")], 1)],
            },
            ReaderCase {
                name: "escapechar_in_quoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\\\"b\",c\n"],
                events: &[Ev::Row(&[S("a\"b"), S("c")], 1)],
            },
            ReaderCase {
                name: "escapechar_end_of_line",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\\\n", "b\n"],
                events: &[Ev::Row(&[S("a\nb")], 2)],
            },
            ReaderCase {
                name: "escapechar_crlf",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\\\r\n", "b\r\n"],
                events: &[Ev::Row(&[S("a\r")], 1), Ev::Row(&[S("b")], 2)],
            },
            ReaderCase {
                name: "escapechar_at_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\\"],
                events: &[Ev::Row(&[S("a\n")], 1)],
            },
            ReaderCase {
                name: "escapechar_at_eof_strict",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["a\\"],
                events: &[Ev::Err(K::Error, "unexpected end of data", 1)],
            },
            ReaderCase {
                name: "escapechar_alone_at_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["x,\\"],
                events: &[Ev::Row(&[S("x"), S("\n")], 1)],
            },
            ReaderCase {
                name: "escapechar_quoted_at_eol",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\\\n", "b\"\n"],
                events: &[Ev::Row(&[S("a\nb")], 2)],
            },
            ReaderCase {
                name: "escapechar_quoted_at_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\\"],
                events: &[Ev::Row(&[S("a\n")], 1)],
            },
            ReaderCase {
                name: "no_doublequote",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('\\'), doublequote: false, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\\\"b\"\"c\"\n"],
                events: &[Ev::Row(&[S("a\"b\"c\"")], 1)],
            },
            ReaderCase {
                name: "no_doublequote_plain",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: false, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"\"b\",c\n"],
                events: &[Ev::Row(&[S("a\"b\""), S("c")], 1)],
            },
            ReaderCase {
                name: "escapechar_is_quotechar",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: Some('"'), doublequote: false, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"\"b\",c\n"],
                events: &[Ev::Row(&[S("a\"b,c\n")], 1)],
            },
            ReaderCase {
                name: "quote_none",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::None, strict: false },
                limit: 131072,
                lines: &["\"a\",b\n", "c\"d\",e\n"],
                events: &[Ev::Row(&[S("\"a\""), S("b")], 1), Ev::Row(&[S("c\"d\""), S("e")], 2)],
            },
            ReaderCase {
                name: "quote_none_no_quotechar",
                dialect: Dl { delimiter: ',', quotechar: None, escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::None, strict: false },
                limit: 131072,
                lines: &["\"a\",b\n"],
                events: &[Ev::Row(&[S("\"a\""), S("b")], 1)],
            },
            ReaderCase {
                name: "quotechar_single",
                dialect: Dl { delimiter: ',', quotechar: Some('\''), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["'a,b',c\n", "'it''s'\n"],
                events: &[Ev::Row(&[S("a,b"), S("c")], 1), Ev::Row(&[S("it's")], 2)],
            },
            ReaderCase {
                name: "unterminated_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,\"b\n"],
                events: &[Ev::Row(&[S("a"), S("b\n")], 1)],
            },
            ReaderCase {
                name: "unterminated_eof_strict",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["a,\"b\n"],
                events: &[Ev::Err(K::Error, "unexpected end of data", 1)],
            },
            ReaderCase {
                name: "unterminated_empty_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a,\""],
                events: &[Ev::Row(&[S("a"), S("")], 1)],
            },
            ReaderCase {
                name: "unterminated_empty_eof_strict",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["a,\""],
                events: &[Ev::Err(K::Error, "unexpected end of data", 1)],
            },
            ReaderCase {
                name: "quote_at_eof",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["a,\"b\""],
                events: &[Ev::Row(&[S("a"), S("b")], 1)],
            },
            ReaderCase {
                name: "strict_then_more",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: true },
                limit: 131072,
                lines: &["\"a\"x\n", "\"b\"\n"],
                events: &[Ev::Err(K::Error, "',' expected after '\"'", 1), Ev::Row(&[S("b")], 2)],
            },
            ReaderCase {
                name: "nul_char",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["a\u{0}b,\u{0}\n"],
                events: &[Ev::Row(&[S("a\u{0}b"), S("\u{0}")], 1)],
            },
            ReaderCase {
                name: "field_limit",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 5,
                lines: &["abcde\n", "abcdef\n", "x\n"],
                events: &[Ev::Row(&[S("abcde")], 1), Ev::Err(K::Error, "field larger than field limit (5)", 2), Ev::Row(&[S("x")], 3)],
            },
            ReaderCase {
                name: "field_limit_quoted",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 4,
                lines: &["\"abc\n", "d\"\n"],
                events: &[Ev::Err(K::Error, "field larger than field limit (4)", 2)],
            },
            ReaderCase {
                name: "line_num_counting",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\n", "\"a\n", "\n", "b\"\n", "c\n"],
                events: &[Ev::Row(&[], 1), Ev::Row(&[S("a\n\nb")], 4), Ev::Row(&[S("c")], 5)],
            },
            ReaderCase {
                name: "unicode",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\u{e9},\u{fc},\u{4e2d}\u{1f600}\n"],
                events: &[Ev::Row(&[S("\u{e9}"), S("\u{fc}"), S("\u{4e2d}\u{1f600}")], 1)],
            },
            ReaderCase {
                name: "text_after_quote_next_line",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\n", "b\"c\n"],
                events: &[Ev::Row(&[S("a\nbc")], 2)],
            },
            ReaderCase {
                name: "many_fields",
                dialect: Dl { delimiter: ',', quotechar: Some('"'), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["1,2,3,4,5,6,7,8,9,10\n"],
                events: &[Ev::Row(&[S("1"), S("2"), S("3"), S("4"), S("5"), S("6"), S("7"), S("8"), S("9"), S("10")], 1)],
            },
            ReaderCase {
                name: "delimiter_is_quotechar",
                dialect: Dl { delimiter: '"', quotechar: Some('\''), escapechar: None, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: Quoting::Minimal, strict: false },
                limit: 131072,
                lines: &["\"a\"b\"\n"],
                events: &[Ev::Row(&[S(""), S("a"), S("b"), S("")], 1)],
            },
        ];

    const WRITER_CASES: &[WriterCase] = &[
        WriterCase {
            name: "simple",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a"), W::Str("b")],
            result: Ok("a,b\r\n"),
        },
        WriterCase {
            name: "empty_row",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[],
            result: Ok("\r\n"),
        },
        WriterCase {
            name: "single_empty",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("")],
            result: Ok("\"\"\r\n"),
        },
        WriterCase {
            name: "single_none",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::None],
            result: Ok("\"\"\r\n"),
        },
        WriterCase {
            name: "two_empty",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str(""), W::Str("")],
            result: Ok(",\r\n"),
        },
        WriterCase {
            name: "two_none",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::None, W::None],
            result: Ok(",\r\n"),
        },
        WriterCase {
            name: "comma",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a,b"), W::Str("c")],
            result: Ok("\"a,b\",c\r\n"),
        },
        WriterCase {
            name: "quote",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\"b"), W::Str("\"")],
            result: Ok("\"a\"\"b\",\"\"\"\"\r\n"),
        },
        WriterCase {
            name: "newline",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\nb")],
            result: Ok("\"a\nb\"\r\n"),
        },
        WriterCase {
            name: "cr_default_terminator",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\rb")],
            result: Ok("\"a\rb\"\r\n"),
        },
        WriterCase {
            name: "cr_lf_terminator",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\rb"), W::Str("c\nd")],
            result: Ok("a\rb,\"c\nd\"\n"),
        },
        WriterCase {
            name: "custom_terminator_char",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "X",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("aXb"), W::Str("c")],
            result: Ok("\"aXb\",cX"),
        },
        WriterCase {
            name: "empty_terminator",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a"), W::Str("b")],
            result: Ok("a,b"),
        },
        WriterCase {
            name: "spaces_kept",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str(" a "), W::Str("b ")],
            result: Ok(" a ,b \r\n"),
        },
        WriterCase {
            name: "numbers_minimal",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[
                W::Number("1"),
                W::Number("2.5"),
                W::Number("True"),
                W::None,
                W::Str("x"),
            ],
            result: Ok("1,2.5,True,,x\r\n"),
        },
        WriterCase {
            name: "quote_all",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::All,
                strict: false,
            },
            row: &[W::Str("a"), W::Number("1"), W::None, W::Str("")],
            result: Ok("\"a\",\"1\",\"\",\"\"\r\n"),
        },
        WriterCase {
            name: "quote_nonnumeric",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::NonNumeric,
                strict: false,
            },
            row: &[
                W::Str("a"),
                W::Number("1"),
                W::Number("2.5"),
                W::None,
                W::Number("True"),
                W::Str(""),
                W::Number("1e+20"),
            ],
            result: Ok("\"a\",1,2.5,\"\",True,\"\",1e+20\r\n"),
        },
        WriterCase {
            name: "quote_nonnumeric_single_none",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::NonNumeric,
                strict: false,
            },
            row: &[W::None],
            result: Ok("\"\"\r\n"),
        },
        WriterCase {
            name: "quote_none_escape",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[
                W::Str("a,b"),
                W::Str("c\"d"),
                W::Str("e\\f"),
                W::Str("g\nh"),
            ],
            result: Ok("a\\,b,c\\\"d,e\\\\f,g\\\nh\r\n"),
        },
        WriterCase {
            name: "quote_none_no_escape",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("a,b")],
            result: Err((K::Error, "need to escape, but no escapechar set")),
        },
        WriterCase {
            name: "quote_none_quote_no_escape",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("a\"b")],
            result: Err((K::Error, "need to escape, but no escapechar set")),
        },
        WriterCase {
            name: "quote_none_no_quotechar",
            dialect: Dl {
                delimiter: ',',
                quotechar: None,
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("a\"b"), W::Str("c")],
            result: Ok("a\"b,c\r\n"),
        },
        WriterCase {
            name: "quotechar_none_implies_none",
            dialect: Dl {
                delimiter: ',',
                quotechar: None,
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("a\"b")],
            result: Ok("a\"b\r\n"),
        },
        WriterCase {
            name: "quote_none_single_empty",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("")],
            result: Err((K::Error, "single empty field record must be quoted")),
        },
        WriterCase {
            name: "quote_none_single_none",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::None],
            result: Err((K::Error, "single empty field record must be quoted")),
        },
        WriterCase {
            name: "no_doublequote_escape",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: false,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\"b"), W::Str("c")],
            result: Ok("a\\\"b,c\r\n"),
        },
        WriterCase {
            name: "no_doublequote_escape_and_quote",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: false,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\"b,c")],
            result: Ok("\"a\\\"b,c\"\r\n"),
        },
        WriterCase {
            name: "no_doublequote_no_escape",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: false,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\"b")],
            result: Err((K::Error, "need to escape, but no escapechar set")),
        },
        WriterCase {
            name: "escapechar_minimal",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\\b"), W::Str("c")],
            result: Ok("a\\\\b,c\r\n"),
        },
        WriterCase {
            name: "escapechar_minimal_quoted",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a,b\\c")],
            result: Ok("\"a,b\\\\c\"\r\n"),
        },
        WriterCase {
            name: "escapechar_quote_all",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: Some('\\'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::All,
                strict: false,
            },
            row: &[W::Str("a\\b"), W::Str("c\"d")],
            result: Ok("\"a\\\\b\",\"c\"\"d\"\r\n"),
        },
        WriterCase {
            name: "semicolon",
            dialect: Dl {
                delimiter: ';',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a;b"), W::Str("c,d"), W::Str("e")],
            result: Ok("\"a;b\";c,d;e\r\n"),
        },
        WriterCase {
            name: "excel_tab",
            dialect: Dl {
                delimiter: '\t',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("a\tb"), W::Str("c"), W::Str("d e")],
            result: Ok("\"a\tb\"\tc\td e\r\n"),
        },
        WriterCase {
            name: "unix",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\n",
                quoting: Quoting::All,
                strict: false,
            },
            row: &[W::Str("a"), W::Number("1"), W::None],
            result: Ok("\"a\",\"1\",\"\"\n"),
        },
        WriterCase {
            name: "quotechar_single",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('\''),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("it's"), W::Str("x"), W::Str("say \"hi\"")],
            result: Ok("'it''s',x,say \"hi\"\r\n"),
        },
        WriterCase {
            name: "unicode",
            dialect: Dl {
                delimiter: ',',
                quotechar: Some('"'),
                escapechar: None,
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::Minimal,
                strict: false,
            },
            row: &[W::Str("\u{e9}"), W::Str("\u{4e2d},\u{1f600}")],
            result: Ok("\u{e9},\"\u{4e2d},\u{1f600}\"\r\n"),
        },
        WriterCase {
            name: "delimiter_is_escapechar",
            dialect: Dl {
                delimiter: ';',
                quotechar: Some('"'),
                escapechar: Some(';'),
                doublequote: true,
                skipinitialspace: false,
                lineterminator: "\r\n",
                quoting: Quoting::None,
                strict: false,
            },
            row: &[W::Str("a;b")],
            result: Ok("a;;b\r\n"),
        },
    ];
}
