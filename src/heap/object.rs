//! The object kinds that live in the arena. The references each kind holds are listed, with
//! labels, in `edges.rs`: refcount verification, the cycle collector and `%mem` all walk the
//! graph through that one list.

use std::rc::Rc;

use num_bigint::BigInt;

use super::value::{ObjKey, Value};
use crate::objects::bytes::PyBytes;
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::native::{NativeDoc, NativeId, Sig};
use crate::objects::set::SetTable;
use crate::objects::str::PyStr;

/// One heap object: its reference count, bookkeeping flags and its kind-specific data.
#[derive(Debug)]
pub struct Object {
    pub rc: u32,
    /// Position in its generation's list while tracked (see heap/gc.rs).
    pub gc_pos: u32,
    /// FLAG_FINALIZED, and the collector's tracked bit and generation (heap/gc.rs).
    pub flags: u8,
    /// Where it was allocated: a stamp from heap/sites.rs (in what would otherwise be padding).
    pub site: u32,
    pub kind: Kind,
}

// The site stamp fits in the padding after `flags`: objects did not grow for it.
const _: () = assert!(std::mem::size_of::<Object>() == 56);

/// `__del__` has run (PEP 442: never twice).
pub const FLAG_FINALIZED: u8 = 1;

#[derive(Debug)]
pub enum Kind {
    Str(PyStr),
    /// `bytes`: immutable, its hash cached.
    Bytes(PyBytes),
    /// `bytearray`: a mutable buffer.
    ByteArray(Vec<u8>),
    /// `complex`: immutable, its two parts inline.
    Complex(crate::numeric::complex::C),
    BigInt(Box<BigInt>),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<Dict>),
    Set(Box<SetObj>),
    Range(RangeObj),
    /// A range whose bounds or length do not fit in i64 (`range(10**20)`).
    BigRange(Box<BigRangeObj>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Code(Rc<Code>),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Exception(Box<ExcObj>),
    BoundMethod(Box<BoundMethod>),
    /// A builtin function or method descriptor; `bound` is the receiver of a bound builtin method.
    Native(Box<NativeObj>),
    Cell(Value),
    Generator(Box<Generator>),
    Frame(Box<FrameObj>),
    Traceback(Box<TracebackObj>),
    Module(Box<Module>),
    Iter(Box<Iter>),
    Property(Box<PropertyObj>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<SuperObj>),
    DictView(Box<DictView>),
    File(Box<FileObj>),
    /// `weakref.ref`: the target is not a counted reference (the heap clears it when the target
    /// dies); the callback is.
    WeakRef(Box<WeakRefObj>),
    /// What the collector leaves of an unreachable object whose references it took (tp_clear),
    /// until its last reference goes.
    Cleared,
}

#[derive(Debug)]
pub struct WeakRefObj {
    pub target: Option<ObjKey>,
    pub callback: Value,
    /// The instance of a Python subclass of `weakref.ref` holding this reference as its
    /// payload (not counted: the instance owns the reference, never the reverse). It is
    /// what callbacks receive and `getweakrefs` lists.
    pub owner: Option<ObjKey>,
    /// The referent's hash, kept once computed (a dead reference still answers it).
    pub hash: Option<i64>,
}

/// Some weak reference points at this object (look in `Heap::weakrefs`).
pub const FLAG_WEAKREFD: u8 = 0x20;

#[derive(Debug)]
pub struct SetObj {
    pub table: SetTable,
    pub frozen: bool,
}

/// A range whose start, stop, step and length all fit in i64 (so every item does too).
#[derive(Debug, Clone, Copy)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        self.len128().min(i64::MAX as i128) as i64
    }
    fn len128(&self) -> i128 {
        let RangeObj { start, stop, step } = *self;
        if step > 0 && start < stop {
            (stop as i128 - start as i128 - 1) / step as i128 + 1
        } else if step < 0 && start > stop {
            (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1
        } else {
            0
        }
    }
    /// The length fits in i64 (otherwise the range must be a `BigRangeObj`).
    pub fn fits(&self) -> bool {
        self.len128() <= i64::MAX as i128
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Item `i` (0 <= i < len): the true value fits in i64, so wrapping arithmetic is exact.
    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A range with arbitrary-precision bounds, as CPython's range object (length precomputed).
#[derive(Debug, Clone)]
pub struct BigRangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl BigRangeObj {
    /// CPython's compute_range_length.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRangeObj {
        let zero = BigInt::from(0);
        let (lo, hi, st) = if step > zero {
            (&start, &stop, step.clone())
        } else {
            (&stop, &start, -step.clone())
        };
        let len = if lo >= hi {
            zero
        } else {
            (hi - lo - 1u8) / st + 1u8
        };
        BigRangeObj {
            start,
            stop,
            step,
            len,
        }
    }
    /// The i64 form, when the bounds and the length all fit.
    pub fn small(&self) -> Option<RangeObj> {
        use num_traits::ToPrimitive;
        self.len.to_i64()?;
        Some(RangeObj {
            start: self.start.to_i64()?,
            stop: self.stop.to_i64()?,
            step: self.step.to_i64()?,
        })
    }
    pub fn from_small(r: &RangeObj) -> BigRangeObj {
        BigRangeObj {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
            len: r.len().into(),
        }
    }
    /// Item `i` (not checked against the length).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
    /// The position of `x` if the range contains it.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        use num_integer::Integer;
        let zero = BigInt::from(0);
        let inside = if self.step > zero {
            x >= &self.start && x < &self.stop
        } else {
            x <= &self.start && x > &self.stop
        };
        if !inside {
            return None;
        }
        let (q, r) = (x - &self.start).div_mod_floor(&self.step);
        num_traits::Zero::is_zero(&r).then_some(q)
    }
}

#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    /// The code object as a heap value (the reference that keeps its constants counted).
    pub code_obj: Value,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// `__defaults__`: a tuple, or None (an object of its own, as in CPython).
    pub defaults: Value,
    /// `__kwdefaults__`: a dict from keyword-only parameter name to default, or None.
    pub kwdefaults: Value,
    /// `__closure__`: a tuple of cells, or None.
    pub closure: Value,
    /// Attributes given to the function (`f.x = 1`); a real dict object as in CPython.
    pub dict: Value,
    pub module: Value,
    pub doc: Value,
    /// `__annotations__`: a dict, or None until asked for.
    pub annotations: Value,
}

#[derive(Debug)]
pub struct Class {
    pub name: Value,
    pub qualname: Value,
    /// `__base__`: the base whose instance layout this class extends (one of `bases`).
    pub base: Option<ObjKey>,
    /// `__bases__`, in the class statement's order: references of the class's own.
    pub bases: Vec<ObjKey>,
    /// Method resolution order, the class itself first (single inheritance: the base chain).
    /// Not references of their own: each class holds its base, which holds its own.
    pub mro: Vec<ObjKey>,
    pub dict: Dict,
    /// The builtin layout instances of this class get (int, list, exception, plain instance …).
    pub layout: Layout,
    pub module: Value,
    /// Some class in the mro defines `__del__` (checked when an instance dies).
    pub has_del: bool,
    /// A builtin type (made by the interpreter, not a class statement).
    pub builtin: bool,
    /// Named with its module in messages (`'collections.OrderedDict' object`), as a type
    /// CPython writes in C is, although Cellar writes this one in Python.
    pub c_named: bool,
    /// Which attribute hooks some class in the mro defines in Python (`HOOK_*`), so that
    /// plain attribute access never looks for them.
    pub hooks: u8,
    /// CPython's type version tag: it changes whenever this class's dict, bases or mro change,
    /// or those of any class in its mro, so a cache keyed by (class, version) is exact.
    pub version: u64,
    /// `__slots__` without `__dict__` all the way to a builtin base: instances take no other
    /// attributes and have no `__dict__`.
    pub dictless: bool,
    /// The slot names of this class and its bases, base first (what `__class__` assignment
    /// compares); the values live in the instance's attributes like any other.
    pub slots: Vec<Box<str>>,
    /// Instances take weak references (CPython's weaklist slot: a class without `__slots__`
    /// adds one unless its base is int, tuple or bytes; `'__weakref__'` in `__slots__`).
    pub weakref: bool,
    /// `type(C)` when it is not `type` (`class C(metaclass=M)`): a reference of the class's own.
    pub metaclass: Option<ObjKey>,
    /// The classes that list this one in their `__bases__` (`__subclasses__()`), in creation
    /// order. Not references: a class takes itself off its bases' lists when it dies.
    pub subclasses: Vec<ObjKey>,
}

/// `__getattribute__` defined in Python.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// `__getattr__`.
pub const HOOK_GETATTR: u8 = 2;
/// `__setattr__`.
pub const HOOK_SETATTR: u8 = 4;
/// `__delattr__`.
pub const HOOK_DELATTR: u8 = 8;

/// `__new__` defined in Python: instantiation calls it before `__init__`.
pub const HOOK_NEW: u8 = 16;

/// `__abstractmethods__` set on the class (or a base): instantiation checks the class's own
/// entry, as CPython's object.__new__ checks Py_TPFLAGS_IS_ABSTRACT.
pub const HOOK_ABSTRACT: u8 = 32;

/// The hook bit of a dunder name, 0 for any other name.
pub fn hook_bit(name: &str) -> u8 {
    match name {
        "__getattribute__" => HOOK_GETATTRIBUTE,
        "__getattr__" => HOOK_GETATTR,
        "__setattr__" => HOOK_SETATTR,
        "__delattr__" => HOOK_DELATTR,
        "__new__" => HOOK_NEW,
        "__abstractmethods__" => HOOK_ABSTRACT,
        _ => 0,
    }
}

impl Class {
    /// What type_traverse visits after `tp_dict`: the bases, then the (untracked) names.
    pub fn traverse_without_namespace(&self, mut f: impl FnMut(Value)) {
        for &b in &self.bases {
            f(Value::Obj(b));
        }
        f(self.module);
        f(self.name);
        f(self.qualname);
        if let Some(m) = self.metaclass {
            f(Value::Obj(m));
        }
    }
}

/// What `Class(...)` allocates: builtin classes have their own kinds; user classes get instances
/// (or exception objects when they derive from BaseException).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    Int,
    Float,
    Bool,
    Str,
    Bytes,
    ByteArray,
    Complex,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    NoneType,
    Type,
    /// Builtin types that cannot be instantiated or subclassed from Python code.
    Opaque,
}

#[derive(Debug)]
pub struct Instance {
    pub class: ObjKey,
    /// The attributes, stored inline until someone asks for `__dict__` / `vars()`: then they
    /// move into a real dict object (`dict_obj`) that the instance uses from then on, as
    /// CPython 3.11 materializes a managed dict.
    pub dict: Dict,
    pub dict_obj: Option<ObjKey>,
    /// The builtin value and the slot values, for the instances that have either: boxed, so
    /// that other instances pay 8 bytes for both.
    pub extra: Option<Box<InstanceExtra>>,
}

#[derive(Debug)]
pub struct InstanceExtra {
    /// For an instance of a subclass of a builtin data type (`class Stack(list)`): the
    /// builtin value (owned), which the builtin's methods and operators work on; else Undef.
    pub payload: Value,
    /// The `__slots__` values (see `SlotValues`).
    pub slots: SlotValues,
    /// The items of a `collections.deque` (or of an instance of a subclass of it).
    pub deque: Option<Box<DequeData>>,
    /// Rust data of a native type that holds no heap references (a compiled regular
    /// expression, a match's positions): nothing for the collector or the verifier to see.
    pub native: Option<std::rc::Rc<dyn std::any::Any>>,
    /// The items of an `array.array` (or of an instance of a subclass of it).
    pub array: Option<Box<ArrayData>>,
}

/// What an `array.array` holds: its typecode and its items as the machine stores them (native
/// byte order), which `tobytes()` and memoryviews see directly. No heap references.
#[derive(Debug, Clone, Default)]
pub struct ArrayData {
    pub code: u8,
    pub bytes: Vec<u8>,
}

/// What a `collections.deque` holds: its items (owned), its `maxlen`, and CPython's mutation
/// counter, which its iterators compare to notice a change under them.
#[derive(Debug, Default)]
pub struct DequeData {
    pub items: std::collections::VecDeque<Value>,
    pub maxlen: Option<usize>,
    pub state: u64,
}

/// The `__slots__` values of an instance, in the order of its class's slot list
/// (`Class::slots`); Undef while a slot is unset. No allocation without slots.
#[derive(Debug, Default)]
pub struct SlotValues(Box<[Value]>);

impl SlotValues {
    pub fn new(n: usize) -> SlotValues {
        if n == 0 {
            SlotValues::default()
        } else {
            SlotValues(vec![Value::Undef; n].into_boxed_slice())
        }
    }

    pub fn values(&self) -> &[Value] {
        &self.0
    }

    pub fn values_mut(&mut self) -> &mut [Value] {
        &mut self.0
    }
}

impl Instance {
    /// A new instance of `class` with no attributes, `n_slots` unset slots and the builtin
    /// value `payload` (Undef for none). Takes the caller's reference to `class`.
    pub fn new(class: ObjKey, payload: Value, n_slots: usize) -> Instance {
        let extra = (!payload.is_undef() || n_slots > 0).then(|| {
            Box::new(InstanceExtra {
                payload,
                slots: SlotValues::new(n_slots),
                deque: None,
                native: None,
                array: None,
            })
        });
        Instance {
            class,
            dict: Dict::new(),
            dict_obj: None,
            extra,
        }
    }

    /// The materialized attribute dict, or Undef while the attributes are inline.
    pub fn dict_value(&self) -> Value {
        self.dict_obj.map_or(Value::Undef, Value::Obj)
    }

    /// A new, empty deque of `class` (a reference of the caller's) with `n_slots` unset slots.
    pub fn new_deque(class: ObjKey, n_slots: usize) -> Instance {
        Instance {
            class,
            dict: Dict::new(),
            dict_obj: None,
            extra: Some(Box::new(InstanceExtra {
                payload: Value::Undef,
                slots: SlotValues::new(n_slots),
                deque: Some(Box::default()),
                native: None,
                array: None,
            })),
        }
    }

    /// A new array of `class` (a reference of the caller's) with `n_slots` unset slots.
    pub fn new_array(class: ObjKey, n_slots: usize, data: ArrayData) -> Instance {
        Instance {
            class,
            dict: Dict::new(),
            dict_obj: None,
            extra: Some(Box::new(InstanceExtra {
                payload: Value::Undef,
                slots: SlotValues::new(n_slots),
                deque: None,
                native: None,
                array: Some(Box::new(data)),
            })),
        }
    }

    /// The items of an array instance.
    pub fn array(&self) -> Option<&ArrayData> {
        self.extra.as_ref()?.array.as_deref()
    }

    pub fn array_mut(&mut self) -> Option<&mut ArrayData> {
        self.extra.as_mut()?.array.as_deref_mut()
    }

    /// The deque buffer of a deque instance.
    pub fn deque(&self) -> Option<&DequeData> {
        self.extra.as_ref()?.deque.as_deref()
    }

    pub fn deque_mut(&mut self) -> Option<&mut DequeData> {
        self.extra.as_mut()?.deque.as_deref_mut()
    }

    /// The builtin value of a subclass instance, or Undef.
    pub fn payload_value(&self) -> Value {
        self.extra.as_ref().map_or(Value::Undef, |e| e.payload)
    }

    /// The builtin value of a subclass instance, if it is one.
    pub fn payload(&self) -> Option<Value> {
        Some(self.payload_value()).filter(|v| !v.is_undef())
    }

    /// The slot values (empty for a class without slots).
    pub fn slots(&self) -> &[Value] {
        self.extra.as_ref().map_or(&[], |e| e.slots.values())
    }

    pub fn slots_mut(&mut self) -> &mut [Value] {
        match &mut self.extra {
            Some(e) => e.slots.values_mut(),
            None => &mut [],
        }
    }
}

#[derive(Debug)]
pub struct ExcObj {
    pub class: ObjKey,
    pub args: Value,
    pub dict: Dict,
    /// `__traceback__`: the traceback object (owned) or None.
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// CPython's "Did you mean: 'x'?", shown only in the printed traceback.
    pub suggestion: Option<String>,
    /// The `__slots__` values of an exception subclass with slots.
    pub slots: SlotValues,
}

/// A frame object (`sys._getframe()`, a traceback's `tb_frame`, `f_back`), made only when
/// something asks for one, as in CPython 3.11. While its frame runs, the locals are the
/// frame's stack slots, owned by the frame, not by this object; when the frame ends with this
/// object still referenced, the values move in (`locals`) and the caller's frame object
/// becomes `back` (CPython's take_ownership), so a traceback keeps every failing frame's
/// locals alive.
#[derive(Debug)]
pub struct FrameObj {
    pub code: Rc<Code>,
    /// `f_code`: the function's code object, or one made for a module or class body (owned).
    pub code_obj: Value,
    pub globals: Value,
    /// A class body's namespace (owned); Undef for functions and modules.
    pub namespace: Value,
    /// The calling frame's object once this frame has ended (owned), else None.
    pub back: Value,
    /// The slots' values once the frame has ended (owned; Undef for unbound ones).
    pub locals: Vec<Value>,
    /// The `f_locals` dict once asked for (owned): CPython keeps it in the frame.
    pub locals_dict: Value,
    /// The line the frame was at when it ended.
    pub line: u32,
    /// While the frame runs: its index in the interpreter's frame stack.
    pub running: Option<u32>,
}

/// A traceback object: one frame an exception passed through, and the line it was at;
/// `next` is the traceback of the frame it came from (inner), so the chain runs outermost
/// first, as CPython's.
#[derive(Debug)]
pub struct TracebackObj {
    pub frame: Value,
    pub next: Value,
    pub line: u32,
    /// The failing instruction's index (`tb_lasti` is twice it, in CPython's code units).
    pub lasti: u32,
    /// The failing instruction's source span (byte offsets), for the marks under the line.
    pub position: Option<(u32, u32)>,
}

/// One line of a traceback as the formatters read it (from a traceback object's frame).
#[derive(Debug, Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The failing instruction's source span (byte offsets), for the marks under the line.
    pub position: Option<(u32, u32)>,
}

#[derive(Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

#[derive(Debug)]
pub struct NativeObj {
    pub name: &'static str,
    /// The Rust function, by its index in `Vm::natives`.
    pub f: NativeId,
    /// `Undef` for a plain builtin function or an unbound method descriptor.
    pub bound: Value,
    /// The class a method descriptor belongs to (for `repr` and `__qualname__`).
    pub owner: Value,
    /// The argument counts checked before the call (None: the native checks itself).
    pub sig: Option<Sig>,
    /// CPython 3.11 checks the recursion limit on entering this builtin even once its call
    /// site is specialized (METH_O and FASTCALL|KEYWORDS builtins, min/max): checked eagerly.
    pub checked: bool,
    /// CPython's qualname, module, signature and docstring for the function stood in for.
    pub doc: Option<&'static NativeDoc>,
    /// A builtin type's dunder that CPython shows as a slot wrapper (`list.__len__`).
    pub slot: bool,
    /// A builtin type's dunder (slot wrapper or method, `dict.__getitem__`) whose job the
    /// interpreter's own operation does: operator dispatch passes over it to that operation.
    pub stands_in: bool,
}

#[derive(Debug)]
pub struct Module {
    pub name: Value,
    pub dict: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator's frame while it is not running: its locals and value stack, saved off the
/// interpreter's stack, and where to resume.
#[derive(Debug)]
pub struct Generator {
    pub code: Rc<Code>,
    pub func: Value,
    pub globals: Value,
    pub ip: u32,
    pub saved: Vec<Value>,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
    /// The frame's open try-blocks when it yielded.
    pub blocks: Vec<Block>,
    /// The exception its `except` block was handling when it yielded (owned; None if none):
    /// the caller's is restored while it is suspended, as CPython's `gi_exc_state`.
    pub exc_state: Value,
    /// `gi_frame` once asked for (owned; Undef before): one frame object for the generator's
    /// whole life, re-attached each time it resumes, as CPython's generator frame.
    pub frame: Value,
}

/// An open try-region of a running frame: where to jump on an exception, and how deep the value
/// stack was (relative to the frame's stack base) when the region was entered.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

#[derive(Debug)]
pub enum Iter {
    /// Over a list, tuple, bytes or bytearray; `seq` becomes None once exhausted (CPython's
    /// iterators let go of what they iterated at the end), `of` still names the type.
    Seq {
        seq: Value,
        index: usize,
        of: SeqOf,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// CPython's longrange_iterator: (next, step, items left).
    BigRange(Box<(BigInt, BigInt, BigInt)>),
    Dict {
        dict: Value,
        index: usize,
        what: ViewKind,
        /// The size when iteration began: a different size now is an error.
        len: usize,
        /// Items still expected (CPython's di_len): one more found means the keys changed.
        remaining: usize,
    },
    Set {
        set: Value,
        index: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        /// `zip(..., strict=True)`: inputs of unequal length are a ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `iter(obj)` on an object with `__getitem__` only.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(func, sentinel)`: calls func until it returns the sentinel; both are released
    /// (set to None) once it has.
    Callable {
        func: Value,
        sentinel: Value,
    },
}

/// What an `Iter::Seq` iterates, which names its type (`list_iterator`, `tuple_iterator`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeqOf {
    List,
    Tuple,
    Bytes,
    ByteArray,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
    /// `C.__dict__`: a read-only mapping over a class's namespace (`mappingproxy`).
    Proxy,
}

#[derive(Debug)]
pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

/// A `property`: its three functions (None where absent), its `__doc__` and the name
/// `__set_name__` gave it (Undef until then), which its errors quote.
#[derive(Debug, Clone, Copy)]
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    pub name: Value,
    /// The doc came from the getter's docstring, so a copy made by `.getter()` takes its new
    /// getter's (CPython's getter_doc).
    pub getter_doc: bool,
}

#[derive(Debug)]
pub struct SuperObj {
    pub class: Value,
    pub receiver: Value,
}

#[derive(Debug)]
pub struct FileObj {
    pub name: Value,
    pub mode: Box<str>,
    /// `sys.stdin` / `sys.stdout` / `sys.stderr`: the interpreter's own streams (stdin
    /// shares `input()`'s line buffer).
    pub console: Option<Console>,
    pub console_closed: bool,
    /// A disk file's descriptor and buffers; dropping the object (refcount zero) flushes it,
    /// as CPython's file dealloc does.
    pub stream: Option<Box<crate::objects::text_stream::TextStream>>,
    /// `.buffer`, the binary stream under the text (made when first asked for; Undef
    /// until then).
    pub buffer: Value,
}

impl FileObj {
    pub fn is_closed(&self) -> bool {
        match &self.stream {
            Some(s) => s.is_closed(),
            None => self.console_closed,
        }
    }

    /// The encoding the file was opened with, as `encoding` and the repr show it.
    pub fn encoding(&self) -> &str {
        self.stream.as_ref().map_or("utf-8", |s| &s.encoding)
    }

    /// The error handler: the console streams' are UTF-8 mode's (PEP 540).
    pub fn errors(&self) -> &str {
        match (&self.stream, self.console) {
            (Some(s), _) => &s.errors,
            (None, Some(Console::Stderr)) => "backslashreplace",
            (None, _) => "surrogateescape",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Console {
    Stdin,
    Stdout,
    Stderr,
}

/// How many kinds there are: the length of per-kind counters (`Heap::kind_counts`).
pub const KIND_COUNT: usize = 33;

/// Each kind's name (`Kind::tag`, which names a frozen set `frozenset`), in `Kind::index`
/// order; per-kind counters use it too (instances of every class count as `instance`).
pub const KIND_NAMES: [&str; KIND_COUNT] = [
    "str",
    "int",
    "list",
    "tuple",
    "dict",
    "set",
    "range",
    "range",
    "slice",
    "function",
    "code",
    "type",
    "instance",
    "exception",
    "method",
    "builtin_function_or_method",
    "cell",
    "generator",
    "frame",
    "traceback",
    "module",
    "iterator",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "dict_view",
    "file",
    "weakref",
    "cleared",
    "bytes",
    "bytearray",
    "complex",
];

impl Kind {
    /// The kind's position in per-kind counters.
    #[inline(always)]
    pub fn index(&self) -> usize {
        match self {
            Kind::Str(_) => 0,
            Kind::BigInt(_) => 1,
            Kind::List(_) => 2,
            Kind::Tuple(_) => 3,
            Kind::Dict(_) => 4,
            Kind::Set(_) => 5,
            Kind::Range(_) => 6,
            Kind::BigRange(_) => 7,
            Kind::Slice(_) => 8,
            Kind::Function(_) => 9,
            Kind::Code(_) => 10,
            Kind::Class(_) => 11,
            Kind::Instance(_) => 12,
            Kind::Exception(_) => 13,
            Kind::BoundMethod(_) => 14,
            Kind::Native(_) => 15,
            Kind::Cell(_) => 16,
            Kind::Generator(_) => 17,
            Kind::Frame(_) => 18,
            Kind::Traceback(_) => 19,
            Kind::Module(_) => 20,
            Kind::Iter(_) => 21,
            Kind::Property(_) => 22,
            Kind::StaticMethod(_) => 23,
            Kind::ClassMethod(_) => 24,
            Kind::Super(_) => 25,
            Kind::DictView(_) => 26,
            Kind::File(_) => 27,
            Kind::WeakRef(_) => 28,
            Kind::Cleared => 29,
            Kind::Bytes(_) => 30,
            Kind::ByteArray(_) => 31,
            Kind::Complex(_) => 32,
        }
    }
    /// The referents in the order CPython's tp_traverse visits them, which decides the order a
    /// collection leaves survivors and garbage in (and so the order finalizers run at exit):
    /// lists and tuples last item first, dicts value then key per entry, instances their
    /// attributes before their class, classes their namespace first, functions as func_traverse.
    pub fn traverse(&self, mut f: impl FnMut(Value)) {
        match self {
            Kind::List(items) => items.iter().rev().for_each(|v| f(*v)),
            Kind::Tuple(items) => items.iter().rev().for_each(|v| f(*v)),
            Kind::Dict(d) => d.for_each(|k, v| {
                f(v);
                f(k)
            }),
            Kind::Instance(i) => {
                i.slots().iter().for_each(|v| f(*v));
                if let Some(d) = i.deque() {
                    d.items.iter().for_each(|v| f(*v));
                }
                i.dict.for_each(|k, v| {
                    f(v);
                    f(k)
                });
                f(i.dict_value());
                f(i.payload_value());
                f(Value::Obj(i.class));
            }
            Kind::Class(c) => {
                c.dict.for_each(|k, v| {
                    f(v);
                    f(k)
                });
                c.traverse_without_namespace(f);
            }
            Kind::Function(func) => {
                f(func.code_obj);
                f(func.globals);
                f(func.module);
                f(func.defaults);
                f(func.kwdefaults);
                f(func.doc);
                f(func.name);
                f(func.dict);
                f(func.closure);
                f(func.annotations);
                f(func.qualname);
            }
            _ => self.for_each_referent(f),
        }
    }

    /// The kind's name for internal reports (the verifier, `%mem`): not Python's type name.
    pub fn tag(&self) -> &'static str {
        match self {
            Kind::Set(s) if s.frozen => "frozenset",
            kind => KIND_NAMES[kind.index()],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, KIND_NAMES};
    use crate::heap::Value;

    #[test]
    fn per_kind_counters_are_named_as_the_kinds() {
        let kinds = [
            Kind::List(Vec::new()),
            Kind::Tuple(Box::new([])),
            Kind::Cell(Value::None),
            Kind::StaticMethod(Value::None),
            Kind::ClassMethod(Value::None),
            Kind::Slice(Box::new([Value::None; 3])),
            Kind::Cleared,
        ];
        for k in &kinds {
            assert_eq!(KIND_NAMES[k.index()], k.tag());
        }
    }
}
