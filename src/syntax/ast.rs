//! The abstract syntax tree. Every node carries the byte span of its source text; the shapes
//! follow CPython's `ast` module closely so that the compiler can follow CPython's decisions.

use num_bigint::BigInt;

/// A byte range in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

pub type Ident = String;

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// Boxed: statement kinds are large (up to ~200 bytes) and statements are moved through
    /// every parser layer and collected into vectors.
    pub kind: Box<StmtKind>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1`; `simple` is true for a bare (unparenthesized) name target.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Delete(Vec<Expr>),
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    /// `from .m import x`: `level` counts the leading dots (0 for an absolute import).
    ImportFrom {
        module: Ident,
        names: Vec<Alias>,
        level: u32,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        /// `except*` handlers (PEP 654): each takes its part of an exception group.
        star: bool,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Dotted for `import a.b`.
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// The span of the `def` keyword up to the end of the header, for error messages.
    pub header: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub header: Span,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    /// Defaults of the last positional (posonly + args) parameters, as CPython's `defaults`.
    pub defaults: Vec<Expr>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    /// One per keyword-only parameter; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Param>,
}

impl Params {
    /// Every parameter in declaration order.
    pub fn all(&self) -> impl Iterator<Item = &Param> {
        self.posonly
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonly)
            .chain(&self.kwarg)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// The span with any parentheses around the expression (`span` when there are none). A
    /// node built from this one reaches to the parentheses, as CPython's positions do:
    /// `(a) + b` starts at the `(`, while `a` itself keeps its own span.
    pub outer: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(Ident),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// An imaginary literal (`2.5j`): the imaginary part.
    Imaginary(f64),
    /// An f-string (with any adjacent plain literals folded in): literal text and fields.
    FString(Vec<FStringPart>),
    True,
    False,
    None,
    Ellipsis,
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Dict(Vec<DictItem>),
    Set(Vec<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// Parsed so that CPython's messages can be given; without `async def` (outside the
    /// subset) every `await` is rejected by the compile-time checks, never run.
    Await(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<(CmpOp, Expr)>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Starred(Box<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

impl ExprKind {
    /// A literal that is a constant as it stands (a number, string, `True`, `False`, `None`,
    /// `...`): CPython's `Constant` node.
    pub fn is_literal(&self) -> bool {
        matches!(
            self,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Str(_)
                | ExprKind::Bytes(_)
                | ExprKind::Imaginary(_)
                | ExprKind::True
                | ExprKind::False
                | ExprKind::None
                | ExprKind::Ellipsis
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field {
        value: Box<Expr>,
        /// `'r'`, `'s'` or `'a'`.
        conversion: Option<char>,
        spec: Option<Vec<FStringPart>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    /// `**mapping`
    Unpack(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// `None` for `**kwargs`.
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    /// `@` (PEP 465): no builtin type implements it.
    MatMult,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::MatMult => "@",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr {
            kind,
            span,
            outer: span,
        }
    }

    /// The same expression, known to be written inside the parentheses spanning `parens`.
    pub fn parenthesized(mut self, parens: Span) -> Expr {
        self.outer = parens;
        self
    }
}

/// `case PATTERN [if GUARD]: BODY`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// CPython's pattern nodes (`ast.MatchValue`, …).
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal (`1`, `-2.5`, `1+2j`, `'s'`) or a dotted name (`Color.RED`), compared by `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared by identity.
    Singleton(Expr),
    Sequence(Vec<Pattern>),
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` in a sequence pattern.
    Star(Option<Ident>),
    /// A capture (`x`), the wildcard (`_`: neither part), or `PATTERN as name`.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    Or(Vec<Pattern>),
}

impl Pattern {
    /// The expressions inside, in source order: values, classes and mapping keys.
    pub fn for_each_expr<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        match &self.kind {
            PatternKind::Value(x) | PatternKind::Singleton(x) => f(x),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().for_each(|p| p.for_each_expr(f))
            }
            PatternKind::Mapping { keys, patterns, .. } => {
                for (k, p) in keys.iter().zip(patterns) {
                    f(k);
                    p.for_each_expr(f);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                f(cls);
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .for_each(|p| p.for_each_expr(f));
            }
            PatternKind::Star(_) => {}
            PatternKind::As { pattern, .. } => {
                if let Some(p) = pattern {
                    p.for_each_expr(f);
                }
            }
        }
    }

    /// The names a match binds (captures, `*rest`, `**rest`, `as` targets).
    pub fn for_each_name<'a>(&'a self, f: &mut impl FnMut(&'a str)) {
        match &self.kind {
            PatternKind::Value(_) | PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().for_each(|p| p.for_each_name(f))
            }
            PatternKind::Mapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| p.for_each_name(f));
                if let Some(r) = rest {
                    f(r);
                }
            }
            PatternKind::Class {
                patterns,
                kwd_patterns,
                ..
            } => patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|p| p.for_each_name(f)),
            PatternKind::Star(n) => {
                if let Some(n) = n {
                    f(n);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    p.for_each_name(f);
                }
                if let Some(n) = name {
                    f(n);
                }
            }
        }
    }

    /// `_` (CPython's WILDCARD_CHECK).
    pub fn is_wildcard(&self) -> bool {
        matches!(
            &self.kind,
            PatternKind::As {
                pattern: None,
                name: None
            }
        )
    }
}
