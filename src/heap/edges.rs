//! Every reference an object holds, each with a label saying which part of the object holds it
//! (list item 3, the value under a dict key, attribute `rows`, frame local `b`, …). This is the
//! one list of an object's edges: the refcount verifier, the collector's traversal and `%mem`'s
//! paths all read it, so a field added to a kind but not listed here is caught by all three.

use super::object::{Iter, Kind};
use super::value::Value;

/// Which part of its holder a reference is. The notebook renders each as the Python accessor
/// that follows it (`[3]`, `['rows']`, `.name`) or, where none exists, a label in angle
/// brackets (`<key>`, `<frame f() local b>`).
#[derive(Debug, Clone, Copy)]
pub enum Edge<'a> {
    /// Item `i` of a list or tuple (or of a slice's / property's parts).
    Item(usize),
    /// A member of a set or frozenset: no accessor reaches one member.
    Member,
    /// A dict key object itself.
    Key,
    /// The value stored under this key (the key object) in a dict.
    DictValue(Value),
    /// An attribute in an instance's, exception's or class's namespace; the name is the key.
    Attr(Value),
    /// A named part of an object: its Python attribute (`__class__`, `f_back`) or, when no
    /// attribute reaches it, a label starting with `<` (`<self>`, `<func>`).
    Field(&'static str),
    /// A frame object's local variable, by name.
    Local(&'a str),
    /// A suspended generator's local variable, by name.
    GeneratorLocal(&'a str),
    /// A suspended generator's saved value-stack slot (no name).
    GeneratorStack(usize),
    /// `__slots__` value `i` of an instance (named by the class's slot list).
    Slot(usize),
    /// A code object's constant `i`.
    Const(usize),
    /// One of the iterators a `zip` or `map` holds.
    Source(usize),
}

impl Kind {
    /// Calls `f` once for every reference this object holds, with its label. Every field
    /// holding a `Value` or an `ObjKey` that this object owns a reference to must appear here.
    pub fn for_each_edge<'a>(&'a self, mut f: impl FnMut(Edge<'a>, Value)) {
        use Edge::*;
        match self {
            Kind::Str(_)
            | Kind::Bytes(_)
            | Kind::ByteArray(_)
            | Kind::Complex(_)
            | Kind::BigInt(_)
            | Kind::Range(_)
            | Kind::BigRange(_)
            | Kind::Cleared => {}
            Kind::List(items) => items.iter().enumerate().for_each(|(i, v)| f(Item(i), *v)),
            Kind::Tuple(items) => items.iter().enumerate().for_each(|(i, v)| f(Item(i), *v)),
            Kind::Dict(d) => d.for_each(|k, v| {
                f(Key, k);
                f(DictValue(k), v)
            }),
            Kind::Set(s) => s.table.for_each(&mut |v| f(Member, v)),
            Kind::Slice(parts) => {
                f(Field("start"), parts[0]);
                f(Field("stop"), parts[1]);
                f(Field("step"), parts[2]);
            }
            Kind::Property(p) => {
                f(Field("fget"), p.fget);
                f(Field("fset"), p.fset);
                f(Field("fdel"), p.fdel);
                f(Field("__doc__"), p.doc);
                f(Field("<name>"), p.name);
            }
            Kind::Function(func) => {
                f(Field("__code__"), func.code_obj);
                f(Field("__globals__"), func.globals);
                f(Field("__name__"), func.name);
                f(Field("__qualname__"), func.qualname);
                f(Field("__defaults__"), func.defaults);
                f(Field("__kwdefaults__"), func.kwdefaults);
                f(Field("__closure__"), func.closure);
                f(Field("__dict__"), func.dict);
                f(Field("__module__"), func.module);
                f(Field("__doc__"), func.doc);
                f(Field("__annotations__"), func.annotations);
            }
            Kind::Code(code) => code
                .consts
                .iter()
                .enumerate()
                .for_each(|(i, v)| f(Const(i), *v)),
            Kind::Class(c) => {
                f(Field("__name__"), c.name);
                f(Field("__qualname__"), c.qualname);
                for &b in &c.bases {
                    f(Field("__bases__"), Value::Obj(b));
                }
                c.dict.for_each(|k, v| {
                    f(Key, k);
                    f(Attr(k), v)
                });
                f(Field("__module__"), c.module);
                if let Some(m) = c.metaclass {
                    f(Field("__class__"), Value::Obj(m));
                }
            }
            Kind::Instance(i) => {
                f(Field("__class__"), Value::Obj(i.class));
                i.slots()
                    .iter()
                    .enumerate()
                    .for_each(|(n, v)| f(Slot(n), *v));
                if let Some(d) = i.deque() {
                    d.items.iter().enumerate().for_each(|(n, v)| f(Item(n), *v));
                }
                i.dict.for_each(|k, v| {
                    f(Key, k);
                    f(Attr(k), v)
                });
                f(Field("__dict__"), i.dict_value());
                f(Field("<builtin value>"), i.payload_value());
            }
            Kind::Exception(e) => {
                f(Field("__class__"), Value::Obj(e.class));
                e.slots
                    .values()
                    .iter()
                    .enumerate()
                    .for_each(|(n, v)| f(Slot(n), *v));
                f(Field("args"), e.args);
                e.dict.for_each(|k, v| {
                    f(Key, k);
                    f(Attr(k), v)
                });
                f(Field("__traceback__"), e.traceback);
                f(Field("__cause__"), e.cause);
                f(Field("__context__"), e.context);
            }
            Kind::Frame(fr) => {
                f(Field("f_back"), fr.back);
                f(Field("f_code"), fr.code_obj);
                f(Field("f_globals"), fr.globals);
                f(Field("<class namespace>"), fr.namespace);
                f(Field("f_locals"), fr.locals_dict);
                for (i, v) in fr.locals.iter().enumerate() {
                    let name = fr.code.varnames.get(i).map_or("?", String::as_str);
                    f(Local(name), *v);
                }
            }
            Kind::Traceback(tb) => {
                f(Field("tb_next"), tb.next);
                f(Field("tb_frame"), tb.frame);
            }
            Kind::BoundMethod(m) => {
                f(Field("<func>"), m.func);
                f(Field("<self>"), m.receiver);
            }
            Kind::Native(n) => {
                f(Field("<self>"), n.bound);
                f(Field("__objclass__"), n.owner);
            }
            Kind::Cell(v) => f(Field("cell_contents"), *v),
            Kind::StaticMethod(v) | Kind::ClassMethod(v) => f(Field("__func__"), *v),
            Kind::Generator(g) => {
                f(Field("<generator function>"), g.func);
                f(Field("<generator globals>"), g.globals);
                f(Field("__name__"), g.name);
                f(Field("__qualname__"), g.qualname);
                f(Field("<handled exception>"), g.exc_state);
                f(Field("gi_frame"), g.frame);
                for (i, v) in g.saved.iter().enumerate() {
                    match g.code.varnames.get(i) {
                        Some(name) => f(GeneratorLocal(name), *v),
                        None => f(GeneratorStack(i), *v),
                    }
                }
            }
            Kind::Module(m) => {
                f(Field("__name__"), m.name);
                f(Field("__dict__"), m.dict);
            }
            Kind::Iter(it) => match &**it {
                Iter::Seq { seq: v, .. }
                | Iter::Str { s: v, .. }
                | Iter::Dict { dict: v, .. }
                | Iter::Set { set: v, .. }
                | Iter::Reversed { seq: v, .. }
                | Iter::GetItem { obj: v, .. } => f(Field("<iterated>"), *v),
                Iter::Range { .. } | Iter::BigRange(_) => {}
                Iter::Enumerate { it, count } => {
                    f(Field("<iterator>"), *it);
                    f(Field("<count>"), *count)
                }
                Iter::Zip { its, .. } => its.iter().enumerate().for_each(|(i, v)| f(Source(i), *v)),
                Iter::Map { func, its } => {
                    f(Field("<func>"), *func);
                    its.iter().enumerate().for_each(|(i, v)| f(Source(i), *v))
                }
                Iter::Callable { func, sentinel } => {
                    f(Field("<func>"), *func);
                    f(Field("<sentinel>"), *sentinel)
                }
                Iter::Filter { func, it } => {
                    f(Field("<func>"), *func);
                    f(Field("<iterator>"), *it)
                }
            },
            Kind::Super(s) => {
                f(Field("__thisclass__"), s.class);
                f(Field("__self__"), s.receiver);
            }
            Kind::DictView(v) => f(Field("mapping"), v.dict),
            Kind::WeakRef(w) => f(Field("__callback__"), w.callback),
            Kind::File(file) => {
                f(Field("name"), file.name);
                f(Field("buffer"), file.buffer);
            }
        }
    }

    /// Every reference this object holds, without labels (`for_each_edge`'s list).
    #[inline]
    pub fn for_each_referent(&self, mut f: impl FnMut(Value)) {
        self.for_each_edge(|_, v| f(v));
    }
}
