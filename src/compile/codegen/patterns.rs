//! The `match` statement compiled as CPython 3.11 compiles it: each case's pattern works on a
//! copy of the subject, captured values wait on the stack (newest deepest) until the whole
//! pattern has matched and are then stored, and every failure jumps to a ladder of pops
//! (`fail_pop[n]` pops n items) that leaves the stack as the case found it. The checks that
//! raise SyntaxError (unreachable patterns, repeated names) ran in syntax/validate.rs.

use super::Codegen;
use crate::heap::Value;
use crate::objects::code::{CmpKind, Op};
use crate::syntax::ast::{BinOp, Expr, MatchCase, Pattern, PatternKind};

/// CPython's pattern_context.
struct Ctx {
    /// Names captured so far, in capture order; their values are on the stack, first on top.
    stores: Vec<String>,
    /// Jumps (instruction positions) to patch to `fail_pop[n]`, which pops n items.
    fail_pop: Vec<Vec<usize>>,
    /// Items on the stack above the stored captures that the pattern being compiled does
    /// not own (the enclosing patterns' working values).
    on_top: i64,
}

impl<'a> Codegen<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) {
        self.expr(subject);
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject before the case above it.
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let nloop = n - has_default as usize;
        let mut ends = Vec::new();
        for (i, case) in cases[..nloop].iter().enumerate() {
            self.set_loc(case.pattern.span);
            let last = i == nloop - 1;
            if !last {
                self.emit(Op::Copy(1));
            }
            let mut pc = Ctx {
                stores: Vec::new(),
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc);
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(g) = &case.guard {
                self.expr(g);
                let j = self.emit(Op::PopJumpIfFalse(0));
                fail_slot(&mut pc, 0).push(j);
            }
            if !last {
                self.emit(Op::PopTop);
            }
            self.stmts(&case.body);
            ends.push(self.emit(Op::Jump(0)));
            self.set_loc(case.pattern.span);
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.set_loc(case.pattern.span);
            if let Some(g) = &case.guard {
                self.expr(g);
                ends.push(self.emit(Op::PopJumpIfFalse(0)));
            }
            self.stmts(&case.body);
        }
        for j in ends {
            self.patch(j);
        }
    }

    /// A conditional (or plain) jump to the pops that undo what is on the stack now.
    fn jump_to_fail(&mut self, pc: &mut Ctx, op: Op) {
        let pops = (pc.on_top + pc.stores.len() as i64).max(0) as usize;
        let j = self.emit(op);
        fail_slot(pc, pops).push(j);
    }

    /// The ladder: `fail_pop[n]` pops one item and falls into `fail_pop[n - 1]`.
    fn emit_fail_pop(&mut self, pc: &mut Ctx) {
        let ladder = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in ladder.into_iter().enumerate().rev() {
            for j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Op::PopTop);
            }
        }
    }

    /// Keeps the value on top as a capture (or drops it for `_`).
    fn store_capture(&mut self, name: Option<&str>, pc: &mut Ctx) {
        let Some(name) = name else {
            self.emit(Op::PopTop);
            return;
        };
        let depth = pc.on_top + pc.stores.len() as i64 + 1;
        if depth > 1 {
            self.emit(Op::Rot(depth as u32));
        }
        pc.stores.push(name.to_string());
    }

    fn load_int(&mut self, i: i64) {
        self.load_const(Value::Int(i));
    }

    /// Matches (and consumes) the value on top of the stack.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut Ctx) {
        match &p.kind {
            PatternKind::Value(x) => {
                self.expr(x);
                self.emit_at(Op::Compare(CmpKind::Eq), p.span);
                self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::Singleton(x) => {
                self.expr(x);
                self.emit(Op::Is(false));
                self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::As {
                pattern: None,
                name,
            } => self.store_capture(name.as_deref(), pc),
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                pc.on_top += 1;
                self.emit(Op::Copy(1));
                self.pattern(inner, pc);
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc);
            }
            PatternKind::Star(name) => self.store_capture(name.as_deref(), pc),
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), pc),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::Or(alts) => self.or_pattern(alts, pc),
        }
    }

    fn sequence_pattern(&mut self, items: &'a [Pattern], pc: &mut Ctx) {
        let size = items.len() as i64;
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let is_wild = |p: &Pattern| p.is_wildcard() || matches!(p.kind, PatternKind::Star(None));
        let only_wildcard = items.iter().all(is_wild);
        let star_wildcard = star.is_some_and(|i| matches!(items[i].kind, PatternKind::Star(None)));
        pc.on_top += 1;
        self.emit(Op::MatchSequence);
        self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
        match star {
            None => {
                self.emit(Op::GetLen);
                self.load_int(size);
                self.emit(Op::Compare(CmpKind::Eq));
                self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen);
                self.load_int(size - 1);
                self.emit(Op::Compare(CmpKind::Ge));
                self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop);
        } else if star_wildcard {
            // Index the items needed instead of unpacking them all.
            let star = star.unwrap_or(0) as i64;
            pc.on_top += 1;
            for (i, p) in items.iter().enumerate() {
                let i = i as i64;
                if p.is_wildcard() || i == star {
                    continue;
                }
                self.emit(Op::Copy(1));
                if i < star {
                    self.load_int(i);
                } else {
                    self.emit(Op::GetLen);
                    self.load_int(size - i);
                    self.emit(Op::Binary(BinOp::Sub));
                }
                self.emit(Op::BinarySubscr);
                self.pattern(p, pc);
            }
            pc.on_top -= 1;
            self.emit(Op::PopTop);
        } else {
            match star {
                Some(s) => self.emit(Op::UnpackEx(s as u16, (size - s as i64 - 1) as u16)),
                None => self.emit(Op::UnpackSequence(size as u32)),
            };
            pc.on_top += size;
            for p in items {
                pc.on_top -= 1;
                self.pattern(p, pc);
            }
        }
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut Ctx,
    ) {
        let size = keys.len() as i64;
        pc.on_top += 1;
        self.emit(Op::MatchMapping);
        self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop);
            return;
        }
        if size > 0 {
            self.emit(Op::GetLen);
            self.load_int(size);
            self.emit(Op::Compare(CmpKind::Ge));
            self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
        }
        for k in keys {
            self.expr(k);
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::MatchKeys);
        // The keys and the values (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::Is(true));
        self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
        self.emit(Op::UnpackSequence(size as u32));
        pc.on_top += size - 1;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern(p, pc);
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // [subject, keys] -> [subject, rest]; the subject stays under the capture.
                self.emit(Op::CopyDictWithoutKeys);
                pc.on_top += 1;
                self.store_capture(Some(name), pc);
                pc.on_top -= 1;
                self.emit(Op::PopTop);
            }
            None => {
                self.emit(Op::PopTop);
                self.emit(Op::PopTop);
            }
        }
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut Ctx,
    ) {
        let nargs = patterns.len();
        self.expr(cls);
        let names = kwd_attrs.iter().map(|a| self.sink.str_const(a)).collect();
        let names = self.sink.tuple_const(names);
        self.load_const(names);
        self.emit(Op::MatchClass(nargs as u32));
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::Is(true));
        pc.on_top += 1;
        self.jump_to_fail(pc, Op::PopJumpIfFalse(0));
        let total = (nargs + kwd_attrs.len()) as i64;
        self.emit(Op::UnpackSequence(total as u32));
        pc.on_top += total - 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if p.is_wildcard() {
                self.emit(Op::PopTop);
                continue;
            }
            self.pattern(p, pc);
        }
    }

    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut Ctx) {
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        let mut ends = Vec::new();
        for alt in alts {
            pc.stores = Vec::new();
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy(1));
            self.pattern(alt, pc);
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    // Put this alternative's captures in the first one's order.
                    let mut icontrol = ctl.len();
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let istores = pc.stores.iter().position(|s| s == name).unwrap_or(0);
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.emit(Op::Rot(icontrol as u32 + 1));
                            }
                        }
                    }
                }
            }
            ends.push(self.emit(Op::Jump(0)));
            self.emit_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail;
        pc.on_top = outer_on_top;
        // No alternative matched: drop the subject and fail.
        self.emit(Op::PopTop);
        self.jump_to_fail(pc, Op::Jump(0));
        for j in ends {
            self.patch(j);
        }
        let control = control.unwrap_or_default();
        let nrots = control.len() as i64 + 1 + pc.on_top + pc.stores.len() as i64;
        for name in control {
            self.emit(Op::Rot(nrots as u32));
            pc.stores.push(name);
        }
        self.emit(Op::PopTop);
    }
}

fn fail_slot(pc: &mut Ctx, n: usize) -> &mut Vec<usize> {
    if pc.fail_pop.len() <= n {
        pc.fail_pop.resize_with(n + 1, Vec::new);
    }
    &mut pc.fail_pop[n]
}
