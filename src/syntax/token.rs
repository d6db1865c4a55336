//! Tokens: the raw logos lexer over source text, and the token kinds the parser consumes.
//!
//! Numbers, names and strings are scanned by hand-written callbacks (CPython's tokenizer rules
//! decide their errors); everything else is a plain logos token. Layout (NEWLINE/INDENT/DEDENT)
//! is not decided here but in `layout.rs`.

use logos::Logos;

/// What can go wrong while scanning one raw token. Converted to a `SyntaxError` by the layout pass,
/// which knows the line structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// A character that starts no token (`$`, `?`, `€`, a stray control character).
    #[default]
    BadCharacter,
    /// A numeric literal error: the message and the byte offset (from the token start) of the
    /// tokenizer's cursor when it gave up; CPython's caret is derived from it.
    Number(String, usize),
    /// A numeric literal error that CPython reports over a range: the token start up to `end`.
    NumberRange(String, usize),
    /// A string that does not end on its line (single-quoted) or before the end of the file.
    UnterminatedString { triple: bool },
    /// A backslash not followed by a newline.
    BackslashNotAtEnd,
}

/// The raw tokens logos recognises. Whitespace and comments are skipped; newlines and backslash
/// continuations are kept so the layout pass can see line structure.
#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Raw {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    #[token("\\", stray_backslash)]
    Backslash,

    #[regex(r"[A-Za-z_]", scan_name)]
    #[regex(r"[^\x00-\x7F]", scan_name)]
    Word(Word),

    #[regex(r"[0-9]", scan_number)]
    #[regex(r"\.[0-9]", scan_number)]
    Number(NumKind),

    #[regex(r#"(?i:[rubf]|rb|br|fr|rf)?['"]"#, scan_string)]
    Str(StrKind),

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Pipe,
    #[token("&")]
    Amp,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Caret,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    /// `<>`: one token (PEP 401's joke operator), so `1 <> 2` fails on it as in CPython.
    #[token("<>")]
    LessGreater,
    #[token("!")]
    Exclamation,
}

/// A name or a keyword (keywords are recognised by the name scanner so that `ifé` stays a name).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Word {
    Name,
    Keyword(Keyword),
}

macro_rules! keywords {
    ($($variant:ident = $text:literal),* $(,)?) => {
        /// The hard keywords of Python 3.11.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Keyword { $($variant),* }

        impl Keyword {
            pub fn from_text(s: &str) -> Option<Keyword> {
                match s { $($text => Some(Keyword::$variant),)* _ => None }
            }
            pub fn as_str(self) -> &'static str {
                match self { $(Keyword::$variant => $text),* }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as", Assert = "assert",
    Async = "async", Await = "await", Break = "break", Class = "class", Continue = "continue",
    Def = "def", Del = "del", Elif = "elif", Else = "else", Except = "except",
    Finally = "finally", For = "for", From = "from", Global = "global", If = "if",
    Import = "import", In = "in", Is = "is", Lambda = "lambda", Nonlocal = "nonlocal",
    Not = "not", Or = "or", Pass = "pass", Raise = "raise", Return = "return", Try = "try",
    While = "while", With = "with", Yield = "yield",
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumKind {
    Int,
    Float,
    Imaginary,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrKind {
    pub triple: bool,
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && unicode_ident::is_xid_start(c))
}

pub fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
}

/// Like CPython's `is_potential_identifier_char` (any non-ASCII character counts).
fn is_potential_identifier_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || !c.is_ascii()
}

fn stray_backslash(_: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    Err(LexError::BackslashNotAtEnd)
}

fn scan_name(lex: &mut logos::Lexer<Raw>) -> Result<Word, LexError> {
    let first = lex.slice().chars().next().unwrap_or(' ');
    if !is_id_start(first) {
        return Err(LexError::BadCharacter);
    }
    let extra: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| is_id_continue(c))
        .map(char::len_utf8)
        .sum();
    lex.bump(extra);
    Ok(match Keyword::from_text(lex.slice()) {
        Some(k) => Word::Keyword(k),
        None => Word::Name,
    })
}

/// A cursor over the characters after the token start, mirroring CPython's `tok_nextc`.
struct Cursor<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> char {
        self.peek_at(0)
    }
    fn peek_at(&self, n: usize) -> char {
        self.text.get(self.pos + n).map_or('\0', |&b| b as char)
    }
    fn bump(&mut self) -> char {
        self.pos += 1;
        self.peek()
    }
    /// The character at the cursor, decoded as UTF-8 (for error messages and identifier checks).
    fn char_here(&self) -> char {
        let rest = &self.text[self.pos.min(self.text.len())..];
        let head = &rest[..rest.len().min(4)];
        match std::str::from_utf8(head) {
            Ok(s) => s.chars().next().unwrap_or('\0'),
            Err(e) => std::str::from_utf8(&head[..e.valid_up_to()])
                .ok()
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{FFFD}'),
        }
    }
    fn err(&self, msg: impl Into<String>) -> LexError {
        LexError::Number(msg.into(), self.pos)
    }
    /// `tok_decimal_tail`: digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<(), LexError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != '_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err("invalid decimal literal"));
            }
        }
    }
    /// `verify_end_of_number`: a number directly followed by an identifier character is an error,
    /// except before the keywords that may follow a number in valid code (`1if x else y`).
    fn verify_end(&self, kind: &str) -> Result<(), LexError> {
        let rest = &self.text[self.pos.min(self.text.len())..];
        let allowed = ["and", "else", "for", "if", "in", "is", "or", "not"];
        if allowed.iter().any(|k| rest.starts_with(k.as_bytes())) {
            return Ok(());
        }
        // Only ASCII: a non-ASCII character after a number is reported on its own
        // ("invalid character") when the next token starts.
        let here = self.char_here();
        if here.is_ascii() && is_potential_identifier_char(here) {
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
    /// Digits of a 0x/0o/0b literal: `_`-separated groups of digits accepted by `ok`.
    fn radix_digits(&mut self, ok: fn(char) -> bool, kind: &str) -> Result<(), LexError> {
        loop {
            if self.peek() == '_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !ok(c) {
                if c.is_ascii_digit() && kind != "hexadecimal" {
                    return Err(LexError::Number(
                        format!("invalid digit '{c}' in {kind} literal"),
                        self.pos + 1,
                    ));
                }
                return Err(self.err(format!("invalid {kind} literal")));
            }
            while ok(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != '_' {
                break;
            }
        }
        let c = self.peek();
        if c.is_ascii_digit() {
            // CPython has consumed the digit: the caret stands on it.
            return Err(LexError::Number(
                format!("invalid digit '{c}' in {kind} literal"),
                self.pos + 1,
            ));
        }
        self.verify_end(kind)
    }
}

/// CPython's number scanner (tokenizer.c, `tok_get`), with its error messages.
fn scan_number(lex: &mut logos::Lexer<Raw>) -> Result<NumKind, LexError> {
    let start = lex.span().start;
    let source = lex.source().as_bytes();
    let mut c = Cursor {
        text: &source[start..],
        pos: 0,
    };
    let result = scan_number_at(&mut c);
    let consumed = c.pos;
    let already = lex.span().len();
    if consumed > already {
        lex.bump(consumed - already);
    }
    result
}

fn scan_number_at(c: &mut Cursor) -> Result<NumKind, LexError> {
    if c.peek() == '.' {
        c.pos += 1;
        return fraction(c);
    }
    if c.peek() == '0' {
        let next = c.bump();
        match next {
            'x' | 'X' => {
                c.pos += 1;
                c.radix_digits(|ch| ch.is_ascii_hexdigit(), "hexadecimal")?;
                return Ok(NumKind::Int);
            }
            'o' | 'O' => {
                c.pos += 1;
                c.radix_digits(|ch| ('0'..='7').contains(&ch), "octal")?;
                return Ok(NumKind::Int);
            }
            'b' | 'B' => {
                c.pos += 1;
                c.radix_digits(|ch| ch == '0' || ch == '1', "binary")?;
                return Ok(NumKind::Int);
            }
            _ => {}
        }
        // Zeros, maybe followed by more digits: old-style octal is an error unless it turns out
        // to be a float (`0123.5`, `01e3`).
        loop {
            if c.peek() == '_' {
                c.pos += 1;
                if !c.peek().is_ascii_digit() {
                    return Err(c.err("invalid decimal literal"));
                }
            }
            if c.peek() != '0' {
                break;
            }
            c.pos += 1;
        }
        let zeros_end = c.pos;
        let nonzero = c.peek().is_ascii_digit();
        if nonzero {
            c.decimal_tail()?;
        }
        match c.peek() {
            '.' => {
                c.pos += 1;
                return fraction(c);
            }
            'e' | 'E' => return exponent(c),
            'j' | 'J' => return imaginary(c),
            _ => {}
        }
        if nonzero {
            return Err(LexError::NumberRange(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                zeros_end,
            ));
        }
        c.verify_end("decimal")?;
        return Ok(NumKind::Int);
    }
    c.decimal_tail()?;
    match c.peek() {
        '.' => {
            c.pos += 1;
            fraction(c)
        }
        'e' | 'E' => exponent(c),
        'j' | 'J' => imaginary(c),
        _ => {
            c.verify_end("decimal")?;
            Ok(NumKind::Int)
        }
    }
}

fn fraction(c: &mut Cursor) -> Result<NumKind, LexError> {
    if c.peek().is_ascii_digit() {
        c.decimal_tail()?;
    }
    match c.peek() {
        'e' | 'E' => exponent(c),
        'j' | 'J' => imaginary(c),
        _ => {
            c.verify_end("decimal")?;
            Ok(NumKind::Float)
        }
    }
}

fn exponent(c: &mut Cursor) -> Result<NumKind, LexError> {
    let e_pos = c.pos;
    let next = c.bump();
    if next == '+' || next == '-' {
        if !c.bump().is_ascii_digit() {
            return Err(c.err("invalid decimal literal"));
        }
    } else if !next.is_ascii_digit() {
        // `1e` followed by a non-digit: the `e` is not part of the number.
        c.pos = e_pos;
        c.verify_end("decimal")?;
        return Ok(NumKind::Float);
    }
    c.decimal_tail()?;
    if matches!(c.peek(), 'j' | 'J') {
        return imaginary(c);
    }
    c.verify_end("decimal")?;
    Ok(NumKind::Float)
}

fn imaginary(c: &mut Cursor) -> Result<NumKind, LexError> {
    c.pos += 1;
    c.verify_end("imaginary")?;
    Ok(NumKind::Imaginary)
}

/// Scan a string literal whose prefix and opening quote logos matched.
fn scan_string(lex: &mut logos::Lexer<Raw>) -> Result<StrKind, LexError> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    loop {
        let Some(&b) = rest.get(i) else {
            // End of file before the closing quote.
            lex.bump(rest.len());
            return Err(LexError::UnterminatedString { triple });
        };
        if b == b'\\' {
            // An escape (or, in a raw string, a backslash that still protects the next quote).
            i += 2;
            if rest.get(i - 1) == Some(&b'\r') && rest.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(StrKind { triple });
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                lex.bump(i + 3);
                return Ok(StrKind { triple });
            }
        }
        if !triple && (b == b'\n' || b == b'\r') {
            lex.bump(i);
            return Err(LexError::UnterminatedString { triple });
        }
        i += 1;
    }
}
