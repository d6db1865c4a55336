//! The matcher: runs a compiled program (compile.rs) against a text by backtracking, with an
//! explicit stack (no Rust recursion, so no pattern can overflow the native stack), in the
//! order CPython's `_sre` tries alternatives, so the same match comes out: leftmost
//! alternative first, greedy repeats longest first, and CPython's rule that a repeat stops
//! iterating once an iteration matched the empty string.

use super::chars::{fold, is_word, lower};
use super::compile::{Anchor, Op, Program, Single};
use crate::heap::signals;

/// A character of a text: a byte of a bytes object or a code point of a str.
pub trait Unit: Copy {
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for char {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

/// Unset capture slot.
pub const NONE: usize = usize::MAX;

/// The matcher was stopped by a pending signal (Ctrl-C, memory); the caller raises it.
pub struct Interrupted;

enum Bt {
    Alt {
        pc: u32,
        pos: usize,
    },
    Mark {
        slot: u32,
        old: usize,
        last: Option<usize>,
    },
    Reg {
        reg: u32,
        count: isize,
        last: usize,
    },
    /// A greedy single-character repeat at `pos` may give back characters down to `min_pos`.
    RepOneGreedy {
        pc: u32,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat at `pos` (`count` so far) may take one more.
    RepOneLazy {
        pc: u32,
        pos: usize,
        count: u32,
    },
    /// A greedy general repeat tried one more iteration; failing that, the rest runs here.
    UntilTail {
        reg: u32,
        count: isize,
        last: usize,
        pos: usize,
        pc: u32,
    },
    /// A lazy general repeat ran the rest first; failing that, one more iteration.
    LazyMore {
        reg: u32,
        count: isize,
        pos: usize,
        pc: u32,
    },
    Barrier {
        kind: BarrierKind,
        pos: usize,
        pc: u32,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BarrierKind {
    Atomic,
    Look,
    NegLook,
}

pub struct Matcher<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    pub marks: Vec<usize>,
    /// The group whose end was marked last (CPython's `lastindex`).
    pub lastindex: Option<usize>,
    /// A match may not end here (it would be empty where the previous one ended).
    pub no_empty_at: usize,
    regs: Vec<(isize, usize)>,
    stack: Vec<Bt>,
    steps: u32,
}

impl<'a, T: Unit> Matcher<'a, T> {
    /// A matcher over `text`, already cut at `endpos` (the end `$` and `\Z` see).
    pub fn new(prog: &'a Program, text: &'a [T]) -> Matcher<'a, T> {
        Matcher {
            prog,
            text,
            marks: vec![NONE; prog.groups * 2],
            lastindex: None,
            no_empty_at: NONE,
            regs: vec![(-1, NONE); prog.regs],
            stack: Vec::new(),
            steps: 0,
        }
    }

    /// Finds the first match starting at or after `pos` (only at `pos` when `anchored`;
    /// reaching the end of the text when `full`). On success the marks hold the groups.
    pub fn search(&mut self, pos: usize, anchored: bool, full: bool) -> Result<bool, Interrupted> {
        let len = self.text.len();
        if pos > len {
            return Ok(false);
        }
        if anchored || self.prog.anchored {
            return self.run(pos, full);
        }
        let mut start = pos;
        loop {
            if let Some(first) = self.prog.first {
                while start < len && !self.single(first, self.text[start].code()) {
                    start += 1;
                }
                if start >= len {
                    return Ok(false);
                }
            }
            if self.run(start, full)? {
                return Ok(true);
            }
            if start >= len {
                return Ok(false);
            }
            start += 1;
        }
    }

    #[inline(always)]
    fn single(&self, s: Single, c: u32) -> bool {
        match s {
            Single::Lit(x) => c == x,
            Single::LitIgnore { fold: f, unicode } => c == f || fold(c, unicode) == f,
            Single::NotLit(x) => c != x,
            Single::NotLitIgnore { fold: f, unicode } => c != f && fold(c, unicode) != f,
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Set(i) => self.prog.sets[i as usize].contains(c),
        }
    }

    fn at(&self, a: Anchor, pos: usize) -> bool {
        let len = self.text.len();
        let nl = '\n' as u32;
        let ch = |i: usize| self.text[i].code();
        match a {
            Anchor::Beginning | Anchor::BeginningString => pos == 0,
            Anchor::BeginningLine => pos == 0 || ch(pos - 1) == nl,
            Anchor::End => pos == len || (pos + 1 == len && ch(pos) == nl),
            Anchor::EndLine => pos == len || ch(pos) == nl,
            Anchor::EndString => pos == len,
            Anchor::Boundary { unicode } | Anchor::NonBoundary { unicode } => {
                if len == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(ch(pos - 1), unicode);
                let after = pos < len && is_word(ch(pos), unicode);
                (before != after) == matches!(a, Anchor::Boundary { .. })
            }
        }
    }

    /// Tries to match at exactly `start`.
    fn run(&mut self, start: usize, full: bool) -> Result<bool, Interrupted> {
        let prog = self.prog;
        let ops = &prog.ops;
        let len = self.text.len();
        let mut pc = 0usize;
        let mut pos = start;
        self.stack.clear();
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xffff == 0 && signals::pending() {
                self.unwind_all();
                return Err(Interrupted);
            }
            let ok = match &ops[pc] {
                Op::One(s) => {
                    if pos < len && self.single(*s, self.text[pos].code()) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::At(a) => {
                    if self.at(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::Save(slot) => {
                    let old = self.marks[*slot as usize];
                    self.stack.push(Bt::Mark {
                        slot: *slot,
                        old,
                        last: self.lastindex,
                    });
                    self.marks[*slot as usize] = pos;
                    if slot & 1 == 1 && *slot > 1 {
                        self.lastindex = Some(*slot as usize / 2);
                    }
                    pc += 1;
                    true
                }
                Op::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a as usize;
                    true
                }
                Op::Jmp(a) => {
                    pc = *a as usize;
                    true
                }
                Op::RepOne {
                    item,
                    min,
                    max,
                    greedy,
                    next_lit,
                } => {
                    let (min, max) = (*min as usize, *max as usize);
                    let limit = len.min(pos.saturating_add(max));
                    if *greedy {
                        let mut end = pos;
                        while end < limit && self.single(*item, self.text[end].code()) {
                            end += 1;
                        }
                        if end - pos < min {
                            false
                        } else {
                            let min_pos = pos + min;
                            let mut p = end;
                            let mut found = true;
                            if let Some(c) = *next_lit {
                                while !(p < len && self.text[p].code() == c) {
                                    if p <= min_pos {
                                        found = false;
                                        break;
                                    }
                                    p -= 1;
                                }
                            }
                            if !found {
                                false
                            } else {
                                if p > min_pos {
                                    self.stack.push(Bt::RepOneGreedy {
                                        pc: pc as u32 + 1,
                                        min_pos,
                                        pos: p,
                                    });
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                    } else {
                        let mut end = pos;
                        while end - pos < min
                            && end < len
                            && self.single(*item, self.text[end].code())
                        {
                            end += 1;
                        }
                        if end - pos < min {
                            false
                        } else {
                            self.stack.push(Bt::RepOneLazy {
                                pc: pc as u32,
                                pos: end,
                                count: min as u32,
                            });
                            pos = end;
                            pc += 1;
                            true
                        }
                    }
                }
                Op::RepStart { reg, end } => {
                    let (count, last) = self.regs[*reg as usize];
                    self.stack.push(Bt::Reg {
                        reg: *reg,
                        count,
                        last,
                    });
                    self.regs[*reg as usize] = (-1, NONE);
                    pc = *end as usize;
                    true
                }
                Op::RepEnd {
                    reg,
                    min,
                    max,
                    greedy,
                    body,
                } => {
                    let r = *reg as usize;
                    let (c, last) = self.regs[r];
                    let count = c + 1;
                    if count < *min as isize {
                        self.stack.push(Bt::Reg {
                            reg: *reg,
                            count: c,
                            last,
                        });
                        self.regs[r].0 = count;
                        pc = *body as usize;
                    } else if *greedy {
                        if (count < *max as isize) && pos != last {
                            self.stack.push(Bt::UntilTail {
                                reg: *reg,
                                count: c,
                                last,
                                pos,
                                pc: pc as u32 + 1,
                            });
                            self.regs[r] = (count, pos);
                            pc = *body as usize;
                        } else {
                            pc += 1;
                        }
                    } else {
                        self.stack.push(Bt::LazyMore {
                            reg: *reg,
                            count,
                            pos,
                            pc: pc as u32,
                        });
                        pc += 1;
                    }
                    true
                }
                Op::GroupRef {
                    group,
                    ignore,
                    unicode,
                } => {
                    let g = *group as usize;
                    let (s, e) = (self.marks[2 * g], self.marks[2 * g + 1]);
                    if s == NONE || e == NONE || e < s {
                        false
                    } else {
                        let n = e - s;
                        if pos + n > len {
                            false
                        } else {
                            let same = (0..n).all(|i| {
                                let (a, b) = (self.text[s + i].code(), self.text[pos + i].code());
                                a == b || *ignore && lower(a, *unicode) == lower(b, *unicode)
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Op::GroupExists { group, no } => {
                    let g = *group as usize;
                    let (s, e) = (
                        self.marks.get(2 * g).copied().unwrap_or(NONE),
                        self.marks.get(2 * g + 1).copied().unwrap_or(NONE),
                    );
                    if s == NONE || e == NONE || e < s {
                        pc = *no as usize;
                    } else {
                        pc += 1;
                    }
                    true
                }
                Op::AtomicStart => {
                    self.stack.push(Bt::Barrier {
                        kind: BarrierKind::Atomic,
                        pos,
                        pc: 0,
                    });
                    pc += 1;
                    true
                }
                Op::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Op::LookStart {
                    negate,
                    behind,
                    end,
                } => {
                    let back = *behind as usize;
                    if back > pos {
                        if *negate {
                            pc = *end as usize;
                            true
                        } else {
                            false
                        }
                    } else {
                        let kind = if *negate {
                            BarrierKind::NegLook
                        } else {
                            BarrierKind::Look
                        };
                        self.stack.push(Bt::Barrier {
                            kind,
                            pos,
                            pc: *end,
                        });
                        pos -= back;
                        pc += 1;
                        true
                    }
                }
                Op::LookEnd => {
                    if self.innermost_barrier() == Some(BarrierKind::NegLook) {
                        // The body matched, so the assertion fails: undo what it did.
                        self.undo_to_barrier();
                        false
                    } else {
                        let (_, saved, end) = self.cut();
                        pos = saved;
                        pc = end as usize;
                        true
                    }
                }
                Op::Match => {
                    if full && pos != len || pos == self.no_empty_at {
                        false
                    } else {
                        self.marks[1] = pos;
                        return Ok(true);
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p as usize;
                        pos = q;
                    }
                    None => return Ok(false),
                }
            }
        }
    }

    /// Pops choice points until one says where to go on, undoing marks and registers.
    fn backtrack(&mut self) -> Option<(u32, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Mark { slot, old, last } => {
                    self.marks[slot as usize] = old;
                    self.lastindex = last;
                }
                Bt::Reg { reg, count, last } => self.regs[reg as usize] = (count, last),
                Bt::RepOneGreedy { pc, min_pos, pos } => {
                    let next_lit = match &self.prog.ops[pc as usize - 1] {
                        Op::RepOne { next_lit, .. } => *next_lit,
                        _ => None,
                    };
                    let mut p = pos - 1;
                    if let Some(c) = next_lit {
                        let mut found = true;
                        while self.text[p].code() != c {
                            if p <= min_pos {
                                found = false;
                                break;
                            }
                            p -= 1;
                        }
                        if !found {
                            continue;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Bt::RepOneGreedy {
                            pc,
                            min_pos,
                            pos: p,
                        });
                    }
                    return Some((pc, p));
                }
                Bt::RepOneLazy { pc, pos, count } => {
                    let Op::RepOne { item, max, .. } = &self.prog.ops[pc as usize] else {
                        continue;
                    };
                    if count >= *max
                        || pos >= self.text.len()
                        || !self.single(*item, self.text[pos].code())
                    {
                        continue;
                    }
                    self.stack.push(Bt::RepOneLazy {
                        pc,
                        pos: pos + 1,
                        count: count + 1,
                    });
                    return Some((pc + 1, pos + 1));
                }
                Bt::UntilTail {
                    reg,
                    count,
                    last,
                    pos,
                    pc,
                } => {
                    self.regs[reg as usize] = (count, last);
                    return Some((pc, pos));
                }
                Bt::LazyMore {
                    reg,
                    count,
                    pos,
                    pc,
                } => {
                    let Op::RepEnd { max, body, .. } = &self.prog.ops[pc as usize] else {
                        continue;
                    };
                    let r = reg as usize;
                    let (c, last) = self.regs[r];
                    if count >= *max as isize || pos == last {
                        continue;
                    }
                    self.stack.push(Bt::Reg {
                        reg,
                        count: c,
                        last,
                    });
                    self.regs[r] = (count, pos);
                    return Some((*body, pos));
                }
                Bt::Barrier { kind, pos, pc } => {
                    if kind == BarrierKind::NegLook {
                        return Some((pc, pos));
                    }
                }
            }
        }
        None
    }

    /// Drops the choice points above the innermost barrier (an atomic group or lookaround
    /// that just matched), keeping their undo records; returns the barrier.
    fn cut(&mut self) -> (BarrierKind, usize, u32) {
        let mut undo = Vec::new();
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Barrier { kind, pos, pc } => {
                    self.stack.extend(undo.into_iter().rev());
                    return (kind, pos, pc);
                }
                Bt::Mark { .. } | Bt::Reg { .. } => undo.push(e),
                Bt::UntilTail {
                    reg, count, last, ..
                } => undo.push(Bt::Reg { reg, count, last }),
                _ => {}
            }
        }
        (BarrierKind::Atomic, 0, 0)
    }

    fn innermost_barrier(&self) -> Option<BarrierKind> {
        self.stack.iter().rev().find_map(|e| match e {
            Bt::Barrier { kind, .. } => Some(*kind),
            _ => None,
        })
    }

    /// Undoes what happened since the innermost barrier and removes it.
    fn undo_to_barrier(&mut self) {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Barrier { .. } => return,
                Bt::Mark { slot, old, last } => {
                    self.marks[slot as usize] = old;
                    self.lastindex = last;
                }
                Bt::Reg { reg, count, last } => self.regs[reg as usize] = (count, last),
                Bt::UntilTail {
                    reg, count, last, ..
                } => self.regs[reg as usize] = (count, last),
                _ => {}
            }
        }
    }

    fn unwind_all(&mut self) {
        self.stack.clear();
    }
}
