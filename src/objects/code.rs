//! Compiled code: the instruction set, constants, the slot layout of a frame's variables and the
//! line table used by tracebacks. One `Code` per module, function, lambda, comprehension and
//! class body.

use std::rc::Rc;

use crate::heap::Value;
use crate::syntax::ast::BinOp;

/// The source a code object came from, for tracebacks (`File "x.py", line 3, in f` + the line).
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    /// The text of 1-based line `n`, without its newline.
    pub fn line(&self, n: u32) -> Option<&str> {
        self.text.lines().nth((n as usize).checked_sub(1)?)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Flags of `MakeFunction`: which optional parts are on the stack (below the code object).
pub const MF_DEFAULTS: u8 = 1;
pub const MF_KWDEFAULTS: u8 = 2;
pub const MF_ANNOTATIONS: u8 = 4;
pub const MF_CLOSURE: u8 = 8;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Nop,
    PopTop,
    DupTop,
    DupTop2,
    RotTwo,
    RotThree,
    RotFour,
    /// Moves TOS down to depth n (CPython's ROT_N).
    Rot(u32),
    /// Pushes another reference to the item at depth n (1: TOS).
    Copy(u32),
    /// `match`: pushes whether TOS is a sequence for a sequence pattern (TOS stays).
    MatchSequence,
    /// `match`: pushes whether TOS is a mapping for a mapping pattern (TOS stays).
    MatchMapping,
    /// `match`: [subject, keys] -> [subject, keys, values tuple or None].
    MatchKeys,
    /// `match`: [subject, class, attribute names] -> attributes tuple or None; the operand is
    /// the number of positional sub-patterns.
    MatchClass(u32),
    /// `match`: [subject, keys] -> [subject, dict of the other items] (`**rest`).
    CopyDictWithoutKeys,
    /// Pushes `len(TOS)` (TOS stays).
    GetLen,
    /// `except* T`: [exc, T] -> [rest, match] (match None when nothing matched); a match
    /// becomes the handled exception.
    CheckEgMatch,
    /// After the last `except*` clause: [orig, list] -> the exception to raise, or None.
    PrepReraiseStar,
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Wraps a slot's value (or nothing) in a new cell at function start.
    MakeCell(u32),
    /// Copies the function's closure cells into the last `n` slots.
    CopyFreeVars(u32),
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell object itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: the namespace first, then the cell.
    LoadClassDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[callable, self]` or `[function, Undef]` without allocating a bound method.
    LoadMethod(u32),
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    /// `__annotations__` (const `i`) made an empty dict in the namespace unless it exists.
    SetupAnnotations(u32),
    DeleteSubscr,
    BuildSlice(u32),
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpKind),
    Is(bool),
    In(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    ForIter(u32),
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// A set display of more than two constants: CPython compiles it to a frozenset constant
    /// (built twice by its constant merger) merged into a new set, which decides its order.
    BuildConstSet(u32),
    BuildMap(u32),
    BuildString(u32),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// `**mapping` in a call: like DictUpdate, but duplicate keys are a TypeError.
    DictMerge(u32),
    ListToTuple,
    /// Conversion (0 none, b's', b'r', b'a') and whether a format spec is on the stack.
    FormatValue(u8, bool),
    UnpackSequence(u32),
    UnpackEx(u16, u16),
    Call(u32),
    /// Like Call, with a tuple of keyword names on top of the stack.
    CallKw(u32),
    /// `f(*args, **kwargs)`: a tuple and optionally a dict.
    CallEx(bool),
    MakeFunction(u8),
    ReturnValue,
    YieldValue,
    GetYieldFromIter,
    /// `[iter, value]`: sends value into iter; on return, jumps with the result.
    Send(u32),
    /// 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS.
    Raise(u32),
    /// Re-raises TOS, keeping its traceback.
    Reraise,
    /// Pushes a handler block: an exception in the region jumps to the target with the value
    /// stack cut back to its depth at setup and the exception pushed.
    SetupExcept(u32),
    /// Like SetupExcept, but the region's depth excludes the value on top (the exception being
    /// handled), so the cleanup handler sees `[previous handled, new exception]`.
    SetupCleanup(u32),
    PopBlock,
    /// `[exc]` → `[previous handled exception, exc]`, making exc the handled one.
    PushExcInfo,
    /// Pops the saved previous handled exception and restores it.
    PopExcept,
    /// `[exc, type]` → `[exc, matches]`.
    CheckExcMatch,
    /// `[ctx]` → `[exit, enter result]`.
    BeforeWith,
    /// `[exit, prev, exc]` → `[exit, prev, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `[exit]` → `[]`, calling `exit(None, None, None)`.
    WithExit,
    LoadAssertionError,
    /// `import a.b.c`: imports the module named by the const and pushes the top-level
    /// package (`a`), which the statement binds.
    ImportName(u32),
    /// `import a.b as c`, `from .m import x`: pushes the named module itself. The const spells
    /// a relative import with its leading dots.
    ImportModule(u32),
    /// `[m]` → `[m, m.name]`: a name from the module, or its submodule of that name.
    ImportFrom(u32),
    /// `from m import *`: pops the module and binds its public names (`__all__`, or every
    /// name not starting with `_`) in the running namespace.
    ImportStar,
    /// `[body function, name, bases...]` → class.
    BuildClass(u32),
    /// As BuildClass, with a dict of the class statement's keywords on top (`metaclass=M`).
    BuildClassKw(u32),
    /// A top-level statement finished (the heap verifier runs here when enabled).
    Checkpoint,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

/// Where LoadGlobal found a name last time: valid while the globals dict (and, for a builtin,
/// the builtins dict) still carries the layout stamp seen then.
#[derive(Debug, Clone, Copy, Default)]
pub struct GlobalSlot {
    pub globals_layout: u64,
    /// 0 when the name was found in the globals.
    pub builtins_layout: u64,
    pub index: u32,
}

#[derive(Debug)]
pub struct Code {
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source span (start and end byte offsets in the file) of each instruction: what a
    /// traceback marks under the line (PEP 657).
    pub positions: Vec<(u32, u32)>,
    /// Owned references (strings, big ints, tuples, nested code objects).
    pub consts: Vec<Value>,
    /// Every slot's name: locals (parameters first), then cells, then free variables.
    pub varnames: Vec<String>,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// Only positional parameters (no `*args`, `**kwargs` or keyword-only ones): calls with
    /// enough positional arguments bind straight from the caller's stack.
    pub plain_positional: bool,
    pub firstlineno: u32,
    /// The function's docstring: an index into `consts` (CPython's `co_consts[0]`).
    pub doc: Option<u32>,
    pub source: Rc<SourceFile>,
    /// LoadGlobal's inline caches, one per constant (indexed like the name's constant).
    pub global_cache: Box<[std::cell::Cell<GlobalSlot>]>,
    /// Compiled under `from __future__ import annotations` (exec and eval inherit it).
    pub future_annotations: bool,
    /// The allocation site of instruction 0 (heap/sites.rs); instruction `i` is `site_base + i`.
    /// Given when the code object is put on the heap.
    pub site_base: u32,
}

impl Code {
    pub fn nslots(&self) -> usize {
        (self.nlocals + self.ncells + self.nfrees) as usize
    }

    /// Number of parameters that occupy slots (positional, keyword-only, *args, **kwargs).
    pub fn nparams(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize + self.varargs as usize + self.varkw as usize
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }

    /// The source span of instruction `ip` (byte offsets), if it has one.
    pub fn position_at(&self, ip: usize) -> Option<(u32, u32)> {
        self.positions.get(ip).copied().filter(|&(s, e)| e > s)
    }
}
