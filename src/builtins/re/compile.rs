//! A parsed pattern to a program for the backtracking matcher (exec.rs): flags resolved into
//! each instruction (case-insensitive literals, multiline anchors, ASCII or Unicode classes),
//! single-character repeats as one instruction, lookbehind widths checked as CPython checks
//! them.

use super::chars::{fold, lower, upper, CharSet};
use super::flags::*;
use super::parse::{width, At, Node, Parsed, RepKind};

/// A test of one character.
#[derive(Debug, Clone, Copy)]
pub enum Single {
    Lit(u32),
    /// Equal ignoring case: the pattern character's fold.
    LitIgnore {
        fold: u32,
        unicode: bool,
    },
    NotLit(u32),
    NotLitIgnore {
        fold: u32,
        unicode: bool,
    },
    /// Any character but `\n`.
    Any,
    AnyAll,
    Set(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary { unicode: bool },
    NonBoundary { unicode: bool },
}

#[derive(Debug, Clone)]
pub enum Op {
    One(Single),
    At(Anchor),
    /// Records the position in capture slot n (group n/2, start or end).
    Save(u32),
    /// Tries `first`, and `second` if that fails.
    Split(u32, u32),
    Jmp(u32),
    /// A repeat of one character test; `next_lit` is the literal that must follow, which
    /// lets a greedy repeat skip positions where the rest cannot start.
    RepOne {
        item: Single,
        min: u32,
        max: u32,
        greedy: bool,
        next_lit: Option<u32>,
    },
    /// Starts a general repeat (register `reg`): the loop test at `end` runs first.
    RepStart {
        reg: u32,
        end: u32,
    },
    /// The loop test of a general repeat, after its body: another iteration or the rest.
    RepEnd {
        reg: u32,
        min: u32,
        max: u32,
        greedy: bool,
        body: u32,
    },
    GroupRef {
        group: u32,
        ignore: bool,
        unicode: bool,
    },
    /// Goes on if the group has matched, else jumps to `no`.
    GroupExists {
        group: u32,
        no: u32,
    },
    AtomicStart,
    AtomicEnd,
    /// A lookaround: `behind` characters back (0 for lookahead); `end` follows its LookEnd.
    LookStart {
        negate: bool,
        behind: u32,
        end: u32,
    },
    LookEnd,
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub ops: Vec<Op>,
    pub sets: Vec<CharSet>,
    /// Groups, group 0 included.
    pub groups: usize,
    pub regs: usize,
    /// A test every match's first character passes, when there is one.
    pub first: Option<Single>,
    /// Matches can only start at the beginning of the string (`\A`, or `^` without MULTILINE).
    pub anchored: bool,
}

pub enum CompileError {
    /// re.error without a position.
    Re(String),
}

struct Compiler {
    ops: Vec<Op>,
    sets: Vec<CharSet>,
    regs: usize,
    is_text: bool,
    group_widths: Vec<(u64, u64)>,
}

pub fn compile(parsed: &Parsed, is_text: bool) -> Result<Program, CompileError> {
    let mut c = Compiler {
        ops: Vec::new(),
        sets: Vec::new(),
        regs: 0,
        is_text,
        group_widths: parsed.group_widths.clone(),
    };
    c.ops.push(Op::Save(0));
    c.seq(&parsed.nodes, parsed.flags)?;
    c.ops.push(Op::Save(1));
    c.ops.push(Op::Match);
    c.link_next_literals();
    let first = first_test(&c.ops);
    let anchored = matches!(
        c.ops.get(1),
        Some(Op::At(Anchor::Beginning | Anchor::BeginningString))
    );
    Ok(Program {
        ops: c.ops,
        sets: c.sets,
        groups: parsed.groups,
        regs: c.regs,
        first,
        anchored,
    })
}

/// The character test a match must begin with, if the program starts with one.
fn first_test(ops: &[Op]) -> Option<Single> {
    for op in ops {
        match op {
            Op::Save(_) => continue,
            Op::One(s) => return Some(*s),
            Op::RepOne { item, min, .. } if *min > 0 => return Some(*item),
            _ => return None,
        }
    }
    None
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.ops.len() as u32
    }

    fn unicode(&self, flags: u32) -> bool {
        self.is_text && flags & ASCII == 0
    }

    fn single(&mut self, node: &Node, flags: u32) -> Option<Single> {
        let ignore = flags & IGNORECASE != 0;
        let unicode = self.unicode(flags);
        let cased =
            |c: u32| lower(c, unicode) != c || upper(c, unicode) != c || fold(c, unicode) != c;
        Some(match node {
            Node::Lit(c) if ignore && (cased(*c) || *c >= 128) => Single::LitIgnore {
                fold: fold(*c, unicode),
                unicode,
            },
            Node::Lit(c) => Single::Lit(*c),
            Node::NotLit(c) if ignore && (cased(*c) || *c >= 128) => Single::NotLitIgnore {
                fold: fold(*c, unicode),
                unicode,
            },
            Node::NotLit(c) => Single::NotLit(*c),
            Node::Any if flags & DOTALL != 0 => Single::AnyAll,
            Node::Any => Single::Any,
            Node::In { negate, items } => {
                let set = CharSet::new(*negate, items.clone(), ignore, unicode);
                self.sets.push(set);
                Single::Set(self.sets.len() as u32 - 1)
            }
            _ => return None,
        })
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), CompileError> {
        for node in nodes {
            self.node(node, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32) -> Result<(), CompileError> {
        if let Some(s) = self.single(node, flags) {
            self.ops.push(Op::One(s));
            return Ok(());
        }
        match node {
            Node::At(at) => {
                let unicode = self.unicode(flags);
                let multiline = flags & MULTILINE != 0;
                self.ops.push(Op::At(match at {
                    At::Beginning if multiline => Anchor::BeginningLine,
                    At::Beginning => Anchor::Beginning,
                    At::BeginningString => Anchor::BeginningString,
                    At::End if multiline => Anchor::EndLine,
                    At::End => Anchor::End,
                    At::EndString => Anchor::EndString,
                    At::Boundary => Anchor::Boundary { unicode },
                    At::NonBoundary => Anchor::NonBoundary { unicode },
                }));
            }
            Node::Sub {
                group,
                add,
                del,
                body,
            } => {
                let inner = (flags | add) & !del;
                if let Some(g) = group {
                    self.ops.push(Op::Save(2 * *g as u32));
                    self.seq(body, inner)?;
                    self.ops.push(Op::Save(2 * *g as u32 + 1));
                } else {
                    self.seq(body, inner)?;
                }
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.pc();
                        self.ops.push(Op::Split(split + 1, 0));
                        self.seq(alt, flags)?;
                        jumps.push(self.pc());
                        self.ops.push(Op::Jmp(0));
                        let next = self.pc();
                        self.ops[split as usize] = Op::Split(split + 1, next);
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.ops[j as usize] = Op::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => self.ops.push(Op::GroupRef {
                group: *g as u32,
                ignore: flags & IGNORECASE != 0,
                unicode: self.unicode(flags),
            }),
            Node::GroupRefExists { group, yes, no } => {
                let test = self.pc();
                self.ops.push(Op::GroupExists {
                    group: *group as u32,
                    no: 0,
                });
                self.seq(yes, flags)?;
                let jmp = self.pc();
                self.ops.push(Op::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.seq(no, flags)?;
                }
                let end = self.pc();
                self.ops[test as usize] = Op::GroupExists {
                    group: *group as u32,
                    no: no_pc,
                };
                self.ops[jmp as usize] = Op::Jmp(end);
            }
            Node::Assert {
                behind,
                negate,
                body,
            } => {
                let back = if *behind {
                    let (lo, hi) = width(body, &self.group_widths);
                    if lo > u32::MAX as u64 {
                        return Err(CompileError::Re("looks too much behind".into()));
                    }
                    if lo != hi {
                        return Err(CompileError::Re(
                            "look-behind requires fixed-width pattern".into(),
                        ));
                    }
                    lo as u32
                } else {
                    0
                };
                let start = self.pc();
                self.ops.push(Op::LookStart {
                    negate: *negate,
                    behind: back,
                    end: 0,
                });
                self.seq(body, flags)?;
                self.ops.push(Op::LookEnd);
                let end = self.pc();
                self.ops[start as usize] = Op::LookStart {
                    negate: *negate,
                    behind: back,
                    end,
                };
            }
            Node::Atomic(body) => {
                self.ops.push(Op::AtomicStart);
                self.seq(body, flags)?;
                self.ops.push(Op::AtomicEnd);
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In { .. } => {
                unreachable!("single-character nodes are compiled above")
            }
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepKind,
        body: &[Node],
        flags: u32,
    ) -> Result<(), CompileError> {
        if kind == RepKind::Possessive {
            self.ops.push(Op::AtomicStart);
            self.repeat(min, max, RepKind::Greedy, body, flags)?;
            self.ops.push(Op::AtomicEnd);
            return Ok(());
        }
        let greedy = kind == RepKind::Greedy;
        if body.len() == 1 {
            if let Some(item) = self.single(&body[0], flags) {
                self.ops.push(Op::RepOne {
                    item,
                    min,
                    max,
                    greedy,
                    next_lit: None,
                });
                return Ok(());
            }
        }
        if min == 1 && max == 1 {
            return self.seq(body, flags);
        }
        if min == 0 && max == 1 {
            let split = self.pc();
            self.ops.push(Op::Split(0, 0));
            self.seq(body, flags)?;
            let end = self.pc();
            self.ops[split as usize] = if greedy {
                Op::Split(split + 1, end)
            } else {
                Op::Split(end, split + 1)
            };
            return Ok(());
        }
        let reg = self.regs as u32;
        self.regs += 1;
        let start = self.pc();
        self.ops.push(Op::RepStart { reg, end: 0 });
        let body_pc = self.pc();
        self.seq(body, flags)?;
        let end = self.pc();
        self.ops.push(Op::RepEnd {
            reg,
            min,
            max,
            greedy,
            body: body_pc,
        });
        self.ops[start as usize] = Op::RepStart { reg, end };
        Ok(())
    }

    /// Tells each greedy single-character repeat the literal that follows it, if one does.
    fn link_next_literals(&mut self) {
        for i in 0..self.ops.len() {
            let next = match self.ops.get(i + 1) {
                Some(Op::One(Single::Lit(c))) => Some(*c),
                _ => None,
            };
            if let Op::RepOne {
                greedy: true,
                next_lit,
                ..
            } = &mut self.ops[i]
            {
                *next_lit = next;
            }
        }
    }
}
