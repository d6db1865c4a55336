//! Regular-expression syntax: pattern text (as code points; a bytes pattern as Latin-1) to a
//! tree of nodes, with CPython's `re._parser` rules for what each construct means and the
//! exact `re.error` message and position for what is wrong.

use super::flags::*;

/// Largest repeat count; `{m,}` and `*` mean up to this (CPython's `MAXREPEAT`).
pub const MAXREPEAT: u32 = u32::MAX;

/// `re.error(msg, pattern, pos)`, or the OverflowError a huge repeat count raises.
#[derive(Debug)]
pub enum ParseError {
    Re {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    /// A ValueError: flags that contradict each other or the pattern's kind.
    Value(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    In {
        negate: bool,
        items: Vec<ClassItem>,
    },
    At(At),
    /// A group: capturing when `group` is set, and/or with flags turned on and off inside.
    Sub {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Branch(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
}

/// What the parse found: the tree, the flags (the caller's plus global inline ones), the
/// number of groups (group 0 included) and the named groups in definition order.
pub struct Parsed {
    pub nodes: Vec<Node>,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The width range of each group, for back references inside a lookbehind.
    pub group_widths: Vec<(u64, u64)>,
}

type PResult<T> = Result<T, ParseError>;

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: u32,
    escaped: bool,
}

impl Tok {
    fn len(self) -> usize {
        1 + self.escaped as usize
    }
    fn is(self, ch: char) -> bool {
        !self.escaped && self.c == ch as u32
    }
    fn text(self) -> String {
        let c = char::from_u32(self.c).unwrap_or('\u{fffd}');
        if self.escaped {
            format!("\\{c}")
        } else {
            c.to_string()
        }
    }
}

struct Source<'a> {
    s: &'a [u32],
    is_text: bool,
    index: usize,
    next: Option<Tok>,
}

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";
const SPECIAL: &[u8] = b".\\[{()*+?^$|";

fn is_ascii_in(c: u32, set: &[u8]) -> bool {
    c < 128 && set.contains(&(c as u8))
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], is_text: bool) -> PResult<Source<'a>> {
        let mut src = Source {
            s,
            is_text,
            index: 0,
            next: None,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&e) = self.s.get(self.index + 1) else {
                return Err(ParseError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.s.len() - 1),
                });
            };
            self.index += 2;
            self.next = Some(Tok {
                c: e,
                escaped: true,
            });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn matches(&mut self, ch: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(ch)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn next_is_in(&self, set: &[u8]) -> bool {
        self.next
            .is_some_and(|t| !t.escaped && is_ascii_in(t.c, set))
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.is_text {
            msg = ascii_backslashreplace(&msg);
        }
        ParseError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
        }
    }

    /// Up to `n` characters of `set` (plain ones only), as text.
    fn get_while(&mut self, n: usize, set: &[u8]) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_is_in(set) {
                break;
            }
            let t = self.get()?.expect("checked");
            out.push(t.c as u8 as char);
        }
        Ok(out)
    }

    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !crate::builtins::string_case::do_isidentifier(name) {
            let r = py_repr(name);
            return Err(self.error(
                format!("bad character in group name {r}"),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// The repr CPython's messages give a name (`'a b'`), with its quoting rules.
pub fn py_repr(s: &str) -> String {
    crate::numeric::parse::py_str_repr(s)
}

fn ascii_backslashreplace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Width of each group once closed (None while open); group 0 included.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Group numbers a conditional names, with the position to blame if they never exist.
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, src: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

const MAXGROUPS: usize = (u32::MAX / 2) as usize;

fn hex_value(digits: &str) -> u32 {
    u32::from_str_radix(digits, 16).unwrap_or(0)
}

/// An escape inside `[...]`: a literal, or a category (`\d`, `\w`, `\s` and negations).
fn class_escape(src: &mut Source, tok: Tok) -> PResult<ClassItem> {
    if let Some(c) = simple_escape(tok.c) {
        return Ok(ClassItem::Lit(c));
    }
    if let Some(cat) = category(tok.c) {
        return Ok(ClassItem::Cat(cat));
    }
    let esc = tok.text();
    let c = tok.c;
    if let Some(v) = numeric_escape(src, c, &esc)? {
        return Ok(ClassItem::Lit(v));
    }
    if is_ascii_in(c, b"01234567") {
        let mut e = esc.clone();
        e.push_str(&src.get_while(2, b"01234567")?);
        let v = u32::from_str_radix(&e[1..], 8).unwrap_or(0);
        if v > 0o377 {
            let n = e.chars().count();
            return Err(src.error(
                format!("octal escape value {e} outside of range 0-0o377"),
                n,
            ));
        }
        return Ok(ClassItem::Lit(v));
    }
    if is_ascii_in(c, b"89") || (c < 128 && (c as u8).is_ascii_alphabetic()) {
        return Err(src.error(format!("bad escape {esc}"), 2));
    }
    Ok(ClassItem::Lit(c))
}

/// `\a \b \f \n \r \t \v \\` inside a class (`\b` is a backspace there).
fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category(c: u32) -> Option<Cat> {
    Some(match char::from_u32(c)? {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

/// `\xhh`, `\uhhhh`, `\Uhhhhhhhh` and `\N{name}` (the last three in str patterns only).
fn numeric_escape(src: &mut Source, c: u32, esc: &str) -> PResult<Option<u32>> {
    let (width, ok) = match char::from_u32(c) {
        Some('x') => (2, true),
        Some('u') => (4, src.is_text),
        Some('U') => (8, src.is_text),
        Some('N') if src.is_text => {
            if !src.matches('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.get_until('}', "character name")?;
            return match unicode_names2::character(&name) {
                Some(ch) => Ok(Some(ch as u32)),
                None => Err(src.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => (0, false),
    };
    if !ok {
        return Ok(None);
    }
    let mut e = esc.to_string();
    e.push_str(&src.get_while(width, b"0123456789abcdefABCDEF")?);
    if e.len() != width + 2 {
        let n = e.len();
        return Err(src.error(format!("incomplete escape {e}"), n));
    }
    let v = hex_value(&e[2..]);
    if char::from_u32(v).is_none() && v > 0x10ffff {
        return Err(src.error(format!("bad escape {e}"), e.len()));
    }
    Ok(Some(v))
}

/// An escape outside a class.
fn escape(src: &mut Source, state: &mut State, tok: Tok) -> PResult<Node> {
    let c = tok.c;
    match char::from_u32(c) {
        Some('A') => return Ok(Node::At(At::BeginningString)),
        Some('Z') => return Ok(Node::At(At::EndString)),
        Some('b') => return Ok(Node::At(At::Boundary)),
        Some('B') => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(Node::In {
            negate: false,
            items: vec![ClassItem::Cat(cat)],
        });
    }
    if c != 'b' as u32 {
        if let Some(v) = simple_escape(c) {
            return Ok(Node::Lit(v));
        }
    }
    let esc = tok.text();
    if let Some(v) = numeric_escape(src, c, &esc)? {
        return Ok(Node::Lit(v));
    }
    if c == '0' as u32 {
        let mut e = esc.clone();
        e.push_str(&src.get_while(2, b"01234567")?);
        return Ok(Node::Lit(u32::from_str_radix(&e[1..], 8).unwrap_or(0)));
    }
    if is_ascii_in(c, b"0123456789") {
        let mut e = esc.clone();
        if src.next_is_in(b"0123456789") {
            let d = src.get()?.expect("digit");
            e.push(d.c as u8 as char);
            let b = e.as_bytes();
            if is_ascii_in(b[1] as u32, b"01234567")
                && is_ascii_in(b[2] as u32, b"01234567")
                && src.next_is_in(b"01234567")
            {
                let d = src.get()?.expect("digit");
                e.push(d.c as u8 as char);
                let v = u32::from_str_radix(&e[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(src.error(
                        format!("octal escape value {e} outside of range 0-0o377"),
                        e.len(),
                    ));
                }
                return Ok(Node::Lit(v));
            }
        }
        let group: usize = e[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(src.error("cannot refer to an open group", e.len()));
            }
            state.check_lookbehind_group(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), e.len() - 1));
    }
    if c < 128 && (c as u8).is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape {esc}"), 2));
    }
    Ok(Node::Lit(c))
}

/// Parses `pattern` (code points) with the caller's `flags`.
pub fn parse(pattern: &[u32], is_text: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Source::new(pattern, is_text)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let verbose = flags & VERBOSE != 0;
    let nodes = parse_sub(&mut src, &mut state, verbose, 0)?;
    let flags = fix_flags(is_text, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ParseError::Re {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
            });
        }
    }
    let mut group_widths: Vec<(u64, u64)> =
        state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    group_widths[0] = width(&nodes, &group_widths);
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups(),
        names: state.names,
        group_widths,
    })
}

/// The flag checks CPython makes once the pattern's kind is known; a str pattern gets
/// UNICODE unless it asked for ASCII.
pub fn fix_flags(is_text: bool, mut flags: u32) -> PResult<u32> {
    let value = |m: &str| ParseError::Value(m.to_string());
    if is_text {
        if flags & LOCALE != 0 {
            return Err(value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

fn parse_sub(
    src: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
) -> PResult<Vec<Node>> {
    let mut items = Vec::new();
    let mut verbose = verbose;
    loop {
        items.push(parse_seq(
            src,
            state,
            verbose,
            nested + 1,
            nested == 0 && items.is_empty(),
        )?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    Ok(vec![Node::Branch(items)])
}

fn parse_seq(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.get()?;
        if verbose && !this.escaped {
            if is_ascii_in(this.c, WHITESPACE) {
                continue;
            }
            if this.c == '#' as u32 {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.escaped {
            let node = escape(src, state, this)?;
            seq.push(node);
            continue;
        }
        if !is_ascii_in(this.c, SPECIAL) {
            seq.push(Node::Lit(this.c));
            continue;
        }
        match this.c as u8 {
            b'[' => seq.push(parse_class(src)?),
            b'*' | b'+' | b'?' | b'{' => {
                let here = src.tell();
                let (min, max) = match this.c as u8 {
                    b'?' => (0, 1),
                    b'*' => (0, MAXREPEAT),
                    b'+' => (1, MAXREPEAT),
                    _ => {
                        if src.next.is_some_and(|t| t.is('}')) {
                            seq.push(Node::Lit(this.c));
                            continue;
                        }
                        let mut lo = String::new();
                        let mut hi = String::new();
                        while src.next_is_in(b"0123456789") {
                            lo.push(src.get()?.expect("digit").c as u8 as char);
                        }
                        if src.matches(',')? {
                            while src.next_is_in(b"0123456789") {
                                hi.push(src.get()?.expect("digit").c as u8 as char);
                            }
                        } else {
                            hi = lo.clone();
                        }
                        if !src.matches('}')? {
                            seq.push(Node::Lit(this.c));
                            src.seek(here)?;
                            continue;
                        }
                        let count = |s: &str| -> PResult<u32> {
                            match s.parse::<u64>() {
                                Ok(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                                _ => Err(ParseError::Overflow(
                                    "the repetition number is too large".into(),
                                )),
                            }
                        };
                        let min = if lo.is_empty() { 0 } else { count(&lo)? };
                        let max = if hi.is_empty() {
                            MAXREPEAT
                        } else {
                            count(&hi)?
                        };
                        if !hi.is_empty() && max < min {
                            return Err(
                                src.error("min repeat greater than max repeat", src.tell() - here)
                            );
                        }
                        (min, max)
                    }
                };
                let off = src.tell() - here + 1;
                match seq.last() {
                    None | Some(Node::At(_)) => {
                        return Err(src.error("nothing to repeat", off));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(src.error("multiple repeat", off));
                    }
                    _ => {}
                }
                let item = seq.pop().expect("an item");
                let body = match item {
                    Node::Sub {
                        group: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepKind::Lazy
                } else if src.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    body,
                });
            }
            b'.' => seq.push(Node::Any),
            b'^' => seq.push(Node::At(At::Beginning)),
            b'$' => seq.push(Node::At(At::End)),
            b'(' => {
                if let Some(node) =
                    parse_group(src, state, &mut verbose, nested, first, seq.is_empty())?
                {
                    seq.push(node);
                }
            }
            _ => seq.push(Node::Lit(this.c)),
        }
    }
    // Plain non-capturing groups dissolve into the sequence around them.
    let mut out = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Sub {
                group: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn parse_class(src: &mut Source) -> PResult<Node> {
    let here = src.tell() - 1;
    let mut items: Vec<ClassItem> = Vec::new();
    let negate = src.matches('^')?;
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set", src.tell() - here));
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let code1 = if this.escaped {
            class_escape(src, this)?
        } else {
            ClassItem::Lit(this.c)
        };
        if src.matches('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set", src.tell() - here));
            };
            if that.is(']') {
                items.push(code1);
                items.push(ClassItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.escaped {
                class_escape(src, that)?
            } else {
                ClassItem::Lit(that.c)
            };
            let bad = || format!("bad character range {}-{}", this.text(), that.text());
            let off = this.len() + 1 + that.len();
            match (code1, code2) {
                (ClassItem::Lit(lo), ClassItem::Lit(hi)) => {
                    if hi < lo {
                        return Err(src.error(bad(), off));
                    }
                    items.push(ClassItem::Range(lo, hi));
                }
                _ => return Err(src.error(bad(), off)),
            }
        } else {
            items.push(code1);
        }
    }
    let mut uniq: Vec<ClassItem> = Vec::with_capacity(items.len());
    for it in items {
        if !uniq.contains(&it) {
            uniq.push(it);
        }
    }
    if uniq.len() == 1 {
        if let ClassItem::Lit(c) = uniq[0] {
            return Ok(if negate {
                Node::NotLit(c)
            } else {
                Node::Lit(c)
            });
        }
    }
    Ok(Node::In {
        negate,
        items: uniq,
    })
}

/// After `(`: a group, an extension, or None for a comment or global flags.
fn parse_group(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    seq_empty: bool,
) -> PResult<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0u32, 0u32);
    if src.matches('?')? {
        let Some(ch) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        let c = if ch.escaped { 0 } else { ch.c };
        match char::from_u32(c).unwrap_or('\0') {
            'P' => {
                if src.matches('<')? {
                    let n = src.get_until('>', "group name")?;
                    src.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if src.matches('=')? {
                    let n = src.get_until(')', "group name")?;
                    src.check_group_name(&n, 1)?;
                    let len = n.chars().count();
                    let Some(gid) = state.names.iter().find(|(k, _)| *k == n).map(|e| e.1) else {
                        return Err(
                            src.error(format!("unknown group name {}", py_repr(&n)), len + 1)
                        );
                    };
                    if !state.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", len + 1));
                    }
                    state.check_lookbehind_group(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(c2) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    let t = c2.text();
                    return Err(src.error(format!("unknown extension ?P{t}"), c2.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(
                            src.error("missing ), unterminated comment", src.tell() - start)
                        );
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = c;
                let mut behind = false;
                let mut outer_lookbehind = None;
                if kind == '<' as u32 {
                    let Some(c2) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    if !(c2.is('=') || c2.is('!')) {
                        let t = c2.text();
                        return Err(src.error(format!("unknown extension ?<{t}"), c2.len() + 2));
                    }
                    kind = c2.c;
                    behind = true;
                    outer_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(src, state, *verbose, nested + 1)?;
                if let Some(None) = outer_lookbehind {
                    state.lookbehind_groups = None;
                }
                if !src.matches(')')? {
                    return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
                }
                return Ok(Some(Node::Assert {
                    behind,
                    negate: kind == '!' as u32,
                    body,
                }));
            }
            '(' => return parse_conditional(src, state, *verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            ch if flag_of(ch as u32).is_some() || ch == '-' => {
                match parse_flags(src, state, ch as u32)? {
                    None => {
                        if !first || !seq_empty {
                            return Err(src.error(
                                "global flags not at the start of the expression",
                                src.tell() - start,
                            ));
                        }
                        *verbose = state.flags & VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                }
            }
            _ => {
                let t = ch.text();
                return Err(src.error(format!("unknown extension ?{t}"), ch.len() + 1));
            }
        }
    }
    let group = if capture {
        let gid = state.groups();
        if gid >= MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        state.widths.push(None);
        if let Some(n) = &name {
            if let Some(&(_, ogid)) = state.names.iter().find(|(k, _)| k == n) {
                return Err(src.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {ogid}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            state.names.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    if let Some(g) = group {
        let known: Vec<(u64, u64)> = state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
        state.widths[g] = Some(width(&body, &known));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Sub {
        group,
        add,
        del,
        body,
    }))
}

fn parse_conditional(
    src: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let cond = src.get_until(')', "group name")?;
    let len = cond.chars().count();
    let group = if crate::builtins::string_case::do_isidentifier(&cond) {
        src.check_group_name(&cond, 1)?;
        match state.names.iter().find(|(k, _)| *k == cond) {
            Some(&(_, g)) => g,
            None => {
                return Err(src.error(format!("unknown group name {}", py_repr(&cond)), len + 1));
            }
        }
    } else {
        let g: usize = match cond.parse::<u64>() {
            Ok(v) if cond.chars().all(|c| c.is_ascii_digit() || c == '+') => {
                v.min(usize::MAX as u64) as usize
            }
            _ => {
                return Err(src.error(
                    format!("bad character in group name {}", py_repr(&cond)),
                    len + 1,
                ));
            }
        };
        if g == 0 {
            return Err(src.error("bad group number", len + 1));
        }
        if g >= MAXGROUPS {
            return Err(src.error(format!("invalid group reference {g}"), len + 1));
        }
        if !state.groupref_pos.iter().any(|&(k, _)| k == g) {
            state.groupref_pos.push((g, src.tell() - len - 1));
        }
        g
    };
    state.check_lookbehind_group(group, src)?;
    let yes = parse_seq(src, state, verbose, nested + 1, false)?;
    let no = if src.matches('|')? {
        let no = parse_seq(src, state, verbose, nested + 1, false)?;
        if src.next.is_some_and(|t| t.is('|')) {
            return Err(src.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !src.matches(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    Ok(Node::GroupRefExists { group, yes, no })
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// Inline flags after `(?`: None for global ones (`(?i)`), else the scoped on/off sets.
fn parse_flags(src: &mut Source, state: &mut State, first: u32) -> PResult<Option<(u32, u32)>> {
    let (mut add, mut del) = (0u32, 0u32);
    let mut ch = first;
    let alpha = |c: u32| char::from_u32(c).is_some_and(|c| c.is_alphabetic());
    if ch != '-' as u32 {
        loop {
            let flag = flag_of(ch).expect("a flag");
            if src.is_text {
                if ch == 'L' as u32 {
                    return Err(src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if ch == 'u' as u32 {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(t) = src.get()? else {
                return Err(src.error("missing -, : or )", 0));
            };
            if t.is(')') || t.is('-') || t.is(':') {
                ch = t.c;
                break;
            }
            if t.escaped || flag_of(t.c).is_none() {
                let msg = if !t.escaped && alpha(t.c) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, t.len()));
            }
            ch = t.c;
        }
    }
    if ch == ')' as u32 {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == '-' as u32 {
        let Some(t) = src.get()? else {
            return Err(src.error("missing flag", 0));
        };
        if t.escaped || flag_of(t.c).is_none() {
            let msg = if !t.escaped && alpha(t.c) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, t.len()));
        }
        let mut t = t;
        loop {
            let flag = flag_of(t.c).expect("a flag");
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(n) = src.get()? else {
                return Err(src.error("missing :", 0));
            };
            if n.is(':') {
                break;
            }
            if n.escaped || flag_of(n.c).is_none() {
                let msg = if !n.escaped && alpha(n.c) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, n.len()));
            }
            t = n;
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// Saturating width arithmetic: CPython's MAXWIDTH (2**64) is "unbounded".
const UNBOUNDED: u64 = u64::MAX;

/// The least and most characters `nodes` can match.
pub fn width(nodes: &[Node], groups: &[(u64, u64)]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in nodes {
        let (l, h) = match node {
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::At(_) | Node::Assert { .. } => (0, 0),
            Node::Sub { body, .. } | Node::Atomic(body) => width(body, groups),
            Node::Branch(alts) => {
                let mut l = UNBOUNDED;
                let mut h = 0;
                for a in alts {
                    let (al, ah) = width(a, groups);
                    l = l.min(al);
                    h = h.max(ah);
                }
                (l, h)
            }
            Node::Repeat { min, max, body, .. } => {
                let (bl, bh) = width(body, groups);
                let l = bl.saturating_mul(*min as u64);
                let h = if *max == MAXREPEAT && bh > 0 {
                    UNBOUNDED
                } else {
                    bh.saturating_mul(*max as u64)
                };
                (l, h)
            }
            Node::GroupRef(g) => groups.get(*g).copied().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut l, mut h) = width(yes, groups);
                match no {
                    Some(no) => {
                        let (nl, nh) = width(no, groups);
                        l = l.min(nl);
                        h = h.max(nh);
                    }
                    None => l = 0,
                }
                (l, h)
            }
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo, hi)
}
