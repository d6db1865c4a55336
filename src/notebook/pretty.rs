//! How a cell's value is shown after `Out[n]:`: IPython's `RepresentationPrinter` rules on top
//! of the layout engine (pretty_layout.rs). The printer is chosen along the value's mro as
//! IPython chooses it: the builtin containers get their breaking printers (sets sorted when
//! their items sort, more than 1000 items cut with `...`), a class with its own `__repr__` gets
//! its repr (a multi-line repr keeps its lines), classes show as `module.qualname`, functions
//! with their signature, exceptions as a call, and objects with object's repr as
//! `<module.Class at 0x…>`.

use super::pretty_layout::Layout;
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::{PyResult, Vm};

/// IPython's `max_seq_length`.
const MAX_SEQ_LENGTH: usize = 1000;

/// The pretty form of `v` at `width` columns.
pub fn pretty(vm: &mut Vm, v: Value, width: usize) -> PyResult<String> {
    let mut p = Printer {
        layout: Layout::new(width),
        stack: Vec::new(),
    };
    p.pretty(vm, v)?;
    Ok(p.layout.finish())
}

struct Printer {
    layout: Layout,
    /// The containers being printed (a value met again inside itself is a cycle).
    stack: Vec<ObjKey>,
}

#[derive(Clone, Copy)]
enum Form {
    Repr,
    Seq(&'static str, &'static str),
    Dict,
    Set(&'static str, &'static str),
    Type,
    Function,
    Exception,
    Default,
}

impl Printer {
    fn pretty(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let key = v.as_obj();
        let cycle = key.is_some_and(|k| self.stack.contains(&k));
        if let Some(k) = key {
            self.stack.push(k);
        }
        self.layout.begin_group(0, "");
        let r = self.dispatch(vm, v, cycle);
        self.layout.end_group(0, "");
        if key.is_some() {
            self.stack.pop();
        }
        r
    }

    fn dispatch(&mut self, vm: &mut Vm, v: Value, cycle: bool) -> PyResult<()> {
        match choose(vm, v) {
            Form::Repr => self.repr(vm, v),
            Form::Seq(open, close) => self.seq(vm, v, open, close, cycle),
            Form::Dict => self.dict(vm, v, cycle),
            Form::Set(open, close) => self.set(vm, v, open, close, cycle),
            Form::Type => {
                let text = type_text(vm, v);
                self.layout.text(&text);
                Ok(())
            }
            Form::Function => {
                let text = function_text(vm, v);
                self.layout.text(&text);
                Ok(())
            }
            Form::Exception => self.exception(vm, v),
            Form::Default => {
                self.layout.begin_group(1, "<");
                let class = Value::Obj(vm.type_of(v));
                self.pretty(vm, class)?;
                let addr = v.as_obj().map(crate::vm::repr::addr).unwrap_or(0);
                self.layout.text(&format!(" at {addr:#x}"));
                if cycle {
                    self.layout.text(" ...");
                }
                self.layout.end_group(1, ">");
                Ok(())
            }
        }
    }

    /// `_repr_pprint`: the repr, its lines joined by forced breaks.
    fn repr(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let text = vm.repr(v)?;
        self.layout.begin_group(0, "");
        for (i, line) in split_lines(&text).into_iter().enumerate() {
            if i > 0 {
                self.layout.break_();
            }
            self.layout.text(line);
        }
        self.layout.end_group(0, "");
        Ok(())
    }

    /// Items separated by `,` and a breakable, each printed by `each`; after
    /// MAX_SEQ_LENGTH of them (when `cut`) a `...`, as IPython's `_enumerate`.
    fn separated<T: Copy>(
        &mut self,
        vm: &mut Vm,
        items: &[T],
        cut: bool,
        mut each: impl FnMut(&mut Printer, &mut Vm, T) -> PyResult<()>,
    ) -> PyResult<()> {
        for (i, &x) in items.iter().enumerate() {
            if cut && i >= MAX_SEQ_LENGTH {
                self.layout.text(",");
                self.layout.breakable(" ");
                self.layout.text("...");
                break;
            }
            if i > 0 {
                self.layout.text(",");
                self.layout.breakable(" ");
            }
            each(self, vm, x)?;
        }
        Ok(())
    }

    fn seq(&mut self, vm: &mut Vm, v: Value, open: &str, close: &str, cycle: bool) -> PyResult<()> {
        if cycle {
            self.layout.text(&format!("{open}...{close}"));
            return Ok(());
        }
        let items = owned_items(vm, v);
        let step = open.chars().count();
        self.layout.begin_group(step, open);
        let r = self.separated(vm, &items, true, Self::pretty);
        let one_tuple = items.len() == 1 && open == "(";
        vm.heap.decref_all(items);
        r?;
        if one_tuple {
            self.layout.text(",");
        }
        self.layout.end_group(step, close);
        Ok(())
    }

    fn set(&mut self, vm: &mut Vm, v: Value, open: &str, close: &str, cycle: bool) -> PyResult<()> {
        if cycle {
            self.layout.text(&format!("{open}...{close}"));
            return Ok(());
        }
        let mut items = owned_items(vm, v);
        if items.is_empty() {
            let name = vm.type_name(v);
            self.layout.text(&format!("{name}()"));
            return Ok(());
        }
        if items.len() < MAX_SEQ_LENGTH {
            sort_for_pprint(vm, &mut items);
        }
        let step = open.chars().count();
        self.layout.begin_group(step, open);
        let r = self.separated(vm, &items, true, Self::pretty);
        vm.heap.decref_all(items);
        r?;
        self.layout.end_group(step, close);
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, v: Value, cycle: bool) -> PyResult<()> {
        if cycle {
            self.layout.text("{...}");
            return Ok(());
        }
        let pairs = owned_pairs(vm, v);
        self.layout.begin_group(1, "{");
        let r = self.separated(vm, &pairs, true, |p, vm, (k, x)| {
            p.pretty(vm, k)?;
            p.layout.text(": ");
            p.pretty(vm, x)
        });
        for (k, x) in pairs {
            vm.heap.decref(k);
            vm.heap.decref(x);
        }
        r?;
        self.layout.end_group(1, "}");
        Ok(())
    }

    /// `CallExpression(name, *args)`: `ValueError('bad', 3)`.
    fn exception(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let class = vm.type_of(v);
        let mut name = qualname(vm, class);
        let module = class_module(vm, class);
        if module != "builtins" {
            name = format!("{module}.{name}");
        }
        let args = match v {
            Value::Obj(k) => match vm.heap.kind(k) {
                Kind::Exception(e) => e.args,
                _ => Value::None,
            },
            _ => Value::None,
        };
        let items = owned_items(vm, args);
        let prefix = format!("{name}(");
        let step = prefix.chars().count();
        self.layout.begin_group(step, &prefix);
        let r = self.separated(vm, &items, false, Self::pretty);
        vm.heap.decref_all(items);
        r?;
        self.layout.end_group(step, ")");
        Ok(())
    }
}

/// `str.splitlines()` of a repr (the separators IPython splits on that a repr can contain).
fn split_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .split_inclusive(['\n', '\r'])
        .map(|l| l.trim_end_matches(['\n', '\r']))
        .collect();
    if lines.is_empty() {
        lines.push("");
    }
    lines
}

/// The printer IPython picks: walk the mro for a registered type or a class with its own
/// `__repr__`; objects whose repr is object's get the default printer.
fn choose(vm: &mut Vm, v: Value) -> Form {
    let t = vm.types;
    match v {
        Value::Obj(_) => {}
        _ => return Form::Repr,
    }
    let class = vm.type_of(v);
    let mro = match vm.heap.kind(class) {
        Kind::Class(c) => c.mro.clone(),
        _ => return Form::Repr,
    };
    let repr_name = vm.intern("__repr__");
    for cls in mro {
        let registered = if cls == t.int || cls == t.float || cls == t.str_ {
            Some(Form::Repr)
        } else if cls == t.tuple {
            Some(Form::Seq("(", ")"))
        } else if cls == t.list {
            Some(Form::Seq("[", "]"))
        } else if cls == t.dict {
            Some(Form::Dict)
        } else if cls == t.set {
            Some(Form::Set("{", "}"))
        } else if cls == t.frozenset {
            Some(Form::Set("frozenset({", "})"))
        } else if cls == t.type_ {
            Some(Form::Type)
        } else if cls == t.function || cls == t.builtin_fn {
            Some(Form::Function)
        } else if cls == t.method || cls == t.slice || cls == t.range {
            Some(Form::Repr)
        } else if cls == t.base_exception {
            Some(Form::Exception)
        } else {
            None
        };
        if let Some(p) = registered {
            return p;
        }
        if cls != t.object && vm.ns_lookup(cls, repr_name).is_some() {
            return Form::Repr;
        }
    }
    if uses_object_repr(vm, v, class) {
        Form::Default
    } else {
        Form::Repr
    }
}

/// Whether the value's repr is `object.__repr__` (CPython's iterators and plain instances),
/// rather than a repr of its builtin type's own (generators, files, modules …).
fn uses_object_repr(vm: &Vm, v: Value, class: ObjKey) -> bool {
    let Value::Obj(k) = v else { return false };
    match vm.heap.kind(k) {
        Kind::Instance(_) => true,
        Kind::Iter(_) => true,
        _ => class == vm.types.object,
    }
}

fn qualname(vm: &Vm, class: ObjKey) -> String {
    match vm.heap.kind(class) {
        Kind::Class(c) => vm.str_of(c.qualname).unwrap_or("?").to_string(),
        _ => "?".into(),
    }
}

fn class_module(vm: &Vm, class: ObjKey) -> String {
    match vm.heap.kind(class) {
        Kind::Class(c) => vm.str_of(c.module).unwrap_or("builtins").to_string(),
        _ => "builtins".into(),
    }
}

/// `_type_pprint`: `module.qualname`, or the bare name for builtins.
fn type_text(vm: &Vm, v: Value) -> String {
    let Some(k) = v.as_obj() else {
        return "?".into();
    };
    let name = qualname(vm, k);
    let module = class_module(vm, k);
    if module == "builtins" {
        name
    } else {
        format!("{module}.{name}")
    }
}

/// `_function_pprint`: `<function module.qualname(signature)>`.
fn function_text(vm: &mut Vm, v: Value) -> String {
    let Some(k) = v.as_obj() else {
        return "<function>".into();
    };
    match vm.heap.kind(k) {
        Kind::Function(f) => {
            let mut name = vm.str_of(f.qualname).unwrap_or("?").to_string();
            if let Some(m) = vm.str_of(f.module) {
                if m != "builtins" {
                    name = format!("{m}.{name}");
                }
            }
            let sig = signature(vm, k);
            format!("<function {name}{sig}>")
        }
        Kind::Native(n) => {
            let (bound, doc) = (n.bound, n.doc);
            let mut text = |attr: &str| {
                let s = vm.native_doc_attr(k, attr);
                let t = vm.str_of(s).map(str::to_string);
                vm.heap.decref(s);
                t
            };
            let name = text("__qualname__");
            let module = text("__module__");
            let mut name = name.unwrap_or_else(|| "?".into());
            if let Some(m) = module.filter(|m| m != "builtins") {
                name = format!("{m}.{name}");
            }
            let sig = doc.and_then(|d| d.signature(!bound.is_undef()));
            format!("<function {name}{}>", sig.unwrap_or(""))
        }
        _ => "<function>".into(),
    }
}

/// `str(inspect.signature(f))` for a Python function (without annotations, which Cellar does
/// not keep).
fn signature(vm: &mut Vm, f: ObjKey) -> String {
    format!("({})", signature_parts(vm, f).join(", "))
}

/// The parameters of `signature`, one string each (`a`, `b=1`, `*args`, `c, /` for the last
/// positional-only one).
pub fn signature_parts(vm: &mut Vm, f: ObjKey) -> Vec<String> {
    let Kind::Function(func) = vm.heap.kind(f) else {
        return Vec::new();
    };
    let (code, defaults_v, kwdefaults) = (func.code.clone(), func.defaults, func.kwdefaults);
    let func = (defaults_v, kwdefaults);
    let defaults: Vec<Value> = match func.0 {
        Value::Obj(d) => match vm.heap.kind(d) {
            Kind::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        _ => vec![],
    };
    let repr_of = |vm: &mut Vm, v: Value| match vm.repr(v) {
        Ok(s) => s,
        Err(e) => {
            vm.heap.decref(e.0);
            "<?>".into()
        }
    };
    let mut parts: Vec<String> = Vec::new();
    let npos = code.argcount as usize;
    let first_default = npos.saturating_sub(defaults.len());
    for i in 0..npos {
        let name = &code.varnames[i];
        let mut part = if i >= first_default {
            format!("{name}={}", repr_of(vm, defaults[i - first_default]))
        } else {
            name.clone()
        };
        if code.posonlyargcount as usize == i + 1 {
            part.push_str(", /");
        }
        parts.push(part);
    }
    let mut slot = npos + code.kwonlyargcount as usize;
    if code.varargs {
        parts.push(format!("*{}", code.varnames[slot]));
        slot += 1;
    } else if code.kwonlyargcount > 0 {
        parts.push("*".into());
    }
    for i in 0..code.kwonlyargcount as usize {
        let name = &code.varnames[npos + i];
        let default = match func.1 {
            Value::Obj(d) => {
                let key = vm.interned.get(name.as_str()).copied();
                key.and_then(|key| vm.ns_lookup(d, key))
            }
            _ => None,
        };
        parts.push(match default {
            Some(v) => format!("{name}={}", repr_of(vm, v)),
            None => name.clone(),
        });
    }
    if code.varkw {
        parts.push(format!("**{}", code.varnames[slot]));
    }
    parts
}

/// The items of a list, tuple, set or frozenset, each owned.
fn owned_items(vm: &mut Vm, v: Value) -> Vec<Value> {
    let items: Vec<Value> = match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::List(items) => items.clone(),
            Kind::Tuple(items) => items.to_vec(),
            Kind::Set(s) => s.table.iter().map(|(_, v)| v).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for &x in &items {
        vm.heap.incref(x);
    }
    items
}

fn owned_pairs(vm: &mut Vm, v: Value) -> Vec<(Value, Value)> {
    let pairs: Vec<(Value, Value)> = match v {
        Value::Obj(k) => match vm.heap.kind(k) {
            Kind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for &(k, x) in &pairs {
        vm.heap.incref(k);
        vm.heap.incref(x);
    }
    pairs
}

/// `_sorted_for_pprint`: sorted, else sorted by `str`, else as they are.
fn sort_for_pprint(vm: &mut Vm, items: &mut Vec<Value>) {
    let mut sorted = items.clone();
    match crate::builtins::list::sort_values(vm, &mut sorted, Value::None, false) {
        Ok(()) => {
            *items = sorted;
            return;
        }
        Err(e) => vm.heap.decref(e.0),
    }
    let str_fn = Value::Obj(vm.types.str_);
    let mut sorted = items.clone();
    match crate::builtins::list::sort_values(vm, &mut sorted, str_fn, false) {
        Ok(()) => *items = sorted,
        Err(e) => vm.heap.decref(e.0),
    }
}
