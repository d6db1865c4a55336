//! The `_csv` module, what CPython writes in C: the `Dialect` type, `reader` and `writer`
//! objects over the state machine and formatter of objects/csv_dialect.rs, the dialect
//! registry (`_dialects`) and `field_size_limit`. The `csv` module (py/csv.py) builds the
//! dialect classes, `DictReader`, `DictWriter` and `Sniffer` on these.

use std::cell::RefCell;
use std::rc::Rc;

use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::objects::csv_dialect::{
    self as dialect, CharArg, CsvError, CsvErrorKind, Dialect, Field, OutField, Quoting, Reader,
};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// The format parameters, in the order `_csv.Dialect()` takes them after `dialect`, which is
/// also the order CPython reads and checks them in.
const PARAMS: [&str; 8] = [
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

const DIALECT: TypeSpec = TypeSpec {
    module: "_csv",
    name: "Dialect",
    state: &[],
    methods: &[],
    new: dialect_new,
    next: None,
    basetype: true,
    getters: &[
        ("delimiter", dialect_attr::<0>),
        ("doublequote", dialect_attr::<1>),
        ("escapechar", dialect_attr::<2>),
        ("lineterminator", dialect_attr::<3>),
        ("quotechar", dialect_attr::<4>),
        ("quoting", dialect_attr::<5>),
        ("skipinitialspace", dialect_attr::<6>),
        ("strict", dialect_attr::<7>),
    ],
};

/// Reader state: the iterator of lines and the `_csv.Dialect`; the parser is native data.
const READER: TypeSpec = TypeSpec {
    module: "_csv",
    name: "reader",
    state: &["input_iter", "dialect"],
    methods: &[],
    new: native_types::no_direct_new,
    next: Some(reader_next),
    basetype: false,
    getters: &[("dialect", reader_dialect), ("line_num", line_num)],
};

/// Writer state: the file's bound `write` and the `_csv.Dialect`.
const WRITER: TypeSpec = TypeSpec {
    module: "_csv",
    name: "writer",
    state: &["write", "dialect"],
    methods: &[("writerow", writerow), ("writerows", writerows)],
    new: native_types::no_direct_new,
    next: None,
    basetype: false,
    getters: &[("dialect", writer_dialect)],
};

const DOC: &str = "CSV parsing and writing.\n\nThis module provides classes that assist in \
the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface \
\ndescribed by PEP 305.\n";

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("reader", reader),
        ("writer", writer),
        ("register_dialect", register_dialect),
        ("unregister_dialect", unregister_dialect),
        ("get_dialect", get_dialect),
        ("list_dialects", list_dialects),
        ("field_size_limit", field_size_limit),
    ];
    let consts = [
        ("QUOTE_MINIMAL", Value::Int(0)),
        ("QUOTE_ALL", Value::Int(1)),
        ("QUOTE_NONNUMERIC", Value::Int(2)),
        ("QUOTE_NONE", Value::Int(3)),
    ];
    let m = super::new_module(vm, "_csv", funcs, &consts);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    let exception = vm.types.exception;
    let layout = vm.class_layout(exception);
    let error = vm.make_class("Error", Some(exception), layout);
    let module_name = vm.intern("_csv");
    vm.heap.incref(module_name);
    if let Kind::Class(c) = vm.heap.kind_mut(error) {
        let old = std::mem::replace(&mut c.module, module_name);
        vm.heap.decref(old);
    }
    set(vm, dk, "Error", Value::Obj(error));
    native_types::define(vm, dk, &DIALECT);
    // The reader and writer types are named `reader` and `writer`, like the functions that
    // make them, but the module lists them as `Reader` and `Writer`.
    let scratch = vm.new_dict();
    if let Some(sk) = scratch.as_obj() {
        for (name, spec) in [("Reader", &READER), ("Writer", &WRITER)] {
            let class = native_types::define(vm, sk, spec);
            vm.heap.incref(Value::Obj(class));
            set(vm, dk, name, Value::Obj(class));
        }
    }
    vm.heap.decref(scratch);
    let registry = vm.new_dict();
    set(vm, dk, "_dialects", registry);
    let version = vm.new_str("1.0");
    set(vm, dk, "__version__", version);
    let doc = vm.new_str(DOC);
    set(vm, dk, "__doc__", doc);
    m
}

/// Stores `v` (owned) in the module namespace.
fn set(vm: &mut Vm, module_dict: ObjKey, name: &str, v: Value) {
    let key = vm.intern(name);
    vm.ns_set(module_dict, key, v);
}

/// A name in the imported `_csv` module's namespace (borrowed).
fn module_attr(vm: &mut Vm, name: &str) -> Option<ObjKey> {
    let module = vm.loaded_module("_csv")?;
    let key = vm.intern(name);
    match vm.heap.kind(module.as_obj()?) {
        Kind::Module(md) => vm.ns_lookup(md.dict.as_obj()?, key)?.as_obj(),
        _ => None,
    }
}

fn raise(vm: &mut Vm, e: CsvError) -> PyErr {
    let class = match e.kind {
        CsvErrorKind::Error => module_attr(vm, "Error").unwrap_or(vm.types.exception),
        CsvErrorKind::ValueError => vm.types.value_error,
        CsvErrorKind::TypeError => vm.types.type_error,
    };
    vm.exception_with_msg(class, e.msg)
}

fn csv_error(vm: &mut Vm, msg: &str) -> PyErr {
    raise(vm, CsvError::error(msg))
}

// ---------------------------------------------------------------- dialects

/// The registry `register_dialect` fills (`_csv._dialects`).
fn registry(vm: &mut Vm) -> PyResult<ObjKey> {
    match module_attr(vm, "_dialects") {
        Some(k) if matches!(vm.heap.kind(k), Kind::Dict(_)) => Ok(k),
        _ => Err(csv_error(vm, "unknown dialect")),
    }
}

/// The registered dialect called `name` (borrowed).
fn registered(vm: &mut Vm, name: Value) -> PyResult<Value> {
    let reg = registry(vm)?;
    match vm.dict_get(reg, name)? {
        Some(d) => Ok(d),
        None => Err(csv_error(vm, "unknown dialect")),
    }
}

fn dialect_class(vm: &Vm) -> ObjKey {
    native_types::class_named(vm, "_csv", "Dialect").expect("_csv is imported")
}

/// The Rust dialect of a `_csv.Dialect` instance.
fn dialect_data(vm: &Vm, d: Value) -> Option<Rc<Dialect>> {
    native_types::native_data::<Dialect>(vm, d)
}

/// `dialect` and the eight format parameters, as given positionally or by keyword.
type DialectArgs = [Option<Value>; 9];

/// Sorts the arguments of `_csv.Dialect(dialect, delimiter, …)` into their places.
fn dialect_args(vm: &mut Vm, positional: &[Value], kw: Kwargs) -> PyResult<DialectArgs> {
    let mut args: DialectArgs = [None; 9];
    if positional.len() > 9 {
        return Err(vm.type_error(format!(
            "Dialect() takes at most 9 arguments ({} given)",
            positional.len() + kw.len()
        )));
    }
    for (slot, v) in args.iter_mut().zip(positional) {
        *slot = Some(*v);
    }
    for (k, v) in kw {
        let name = vm.str_of(*k).unwrap_or("").to_string();
        let place = std::iter::once("dialect")
            .chain(PARAMS)
            .position(|p| p == name);
        let Some(i) = place else {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for this function"
            )));
        };
        if args[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for Dialect() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        args[i] = Some(*v);
    }
    Ok(args)
}

/// `_csv.Dialect(dialect=None, delimiter=…, …)`.
fn dialect_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = native_types::class_arg(a);
    let args = dialect_args(vm, &a[1..], kw)?;
    make_dialect(vm, class, &args)
}

/// What `Dialect(dialect, **params)` makes (owned): a dialect named by a str comes from the
/// registry; a `_csv.Dialect` given alone is returned as it is; any other object lends the
/// attributes the keywords leave out (those it lacks take their defaults).
fn make_dialect(vm: &mut Vm, class: ObjKey, args: &DialectArgs) -> PyResult<Value> {
    let mut base = args[0];
    if let Some(d) = base {
        if vm.str_of(d).is_some() {
            base = Some(registered(vm, d)?);
        }
    }
    let params = &args[1..];
    if let Some(d) = base {
        if params.iter().all(Option::is_none) && vm.isinstance(d, dialect_class(vm)) {
            return Ok(vm.incref(d));
        }
    }
    // Each parameter's source, owned: the keyword's value or the base's attribute.
    let mut sources: [Option<Value>; 8] = [None; 8];
    for (i, source) in sources.iter_mut().enumerate() {
        if let Some(v) = params[i] {
            *source = Some(vm.incref(v));
        } else if let Some(d) = base {
            let key = vm.intern(PARAMS[i]);
            match vm.getattr_opt(d, key) {
                Ok(v) => *source = v,
                // CPython clears whatever the attribute lookup raised.
                Err(e) => vm.heap.decref(e.0),
            }
        }
    }
    let parsed = parse_dialect(vm, &sources);
    for v in sources.into_iter().flatten() {
        vm.heap.decref(v);
    }
    let d = parsed?;
    Ok(native_types::instance_with_native(
        vm,
        class,
        Vec::new(),
        Rc::new(d),
    ))
}

fn char_param(vm: &mut Vm, name: &str, v: Value, nullable: bool) -> PyResult<Option<char>> {
    let type_name = vm.type_name(v);
    let arg = if v.is(Value::None) {
        CharArg::None
    } else if let Some(s) = vm.str_of(v) {
        CharArg::Str(s)
    } else {
        CharArg::Other(&type_name)
    };
    dialect::char_arg(name, arg, nullable).map_err(|e| raise(vm, e))
}

/// Reads and checks the parameters in CPython's order (`sources` follow `PARAMS`).
fn parse_dialect(vm: &mut Vm, sources: &[Option<Value>; 8]) -> PyResult<Dialect> {
    let [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skip, strict] =
        *sources;
    let mut d = Dialect::default();
    if let Some(v) = delimiter {
        d.delimiter = char_param(vm, "delimiter", v, false)?.unwrap_or(',');
    }
    if let Some(v) = doublequote {
        d.doublequote = vm.truthy(v)?;
    }
    if let Some(v) = escapechar {
        d.escapechar = char_param(vm, "escapechar", v, true)?;
    }
    let mut terminator_set = true;
    if let Some(v) = lineterminator {
        if v.is(Value::None) {
            terminator_set = false;
        } else if let Some(s) = vm.str_of(v) {
            d.lineterminator = s.to_string();
        } else {
            return Err(vm.type_error("\"lineterminator\" must be a string".into()));
        }
    }
    if let Some(v) = quotechar {
        d.quotechar = char_param(vm, "quotechar", v, true)?;
    }
    let mut quoting_value = 0;
    if let Some(v) = quoting {
        quoting_value = match v {
            Value::Int(q) => i32::try_from(q).map_err(|_| {
                vm.exception_with_msg(
                    vm.types.overflow_error,
                    "Python int too large to convert to C int".into(),
                )
            })?,
            Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => {
                return Err(vm.exception_with_msg(
                    vm.types.overflow_error,
                    "Python int too large to convert to C int".into(),
                ))
            }
            _ => return Err(vm.type_error("\"quoting\" must be an integer".into())),
        };
    }
    if let Some(v) = skip {
        d.skipinitialspace = vm.truthy(v)?;
    }
    if let Some(v) = strict {
        d.strict = vm.truthy(v)?;
    }
    d.quoting = Quoting::from_int(quoting_value.into()).map_err(|e| raise(vm, e))?;
    if d.delimiter == '\0' {
        return Err(vm.type_error("\"delimiter\" must be a 1-character string".into()));
    }
    if quotechar.is_some_and(|v| v.is(Value::None)) && quoting.is_none() {
        d.quoting = Quoting::None;
    }
    d.validate().map_err(|e| raise(vm, e))?;
    if !terminator_set {
        return Err(vm.type_error("lineterminator must be set".into()));
    }
    Ok(d)
}

/// The getter of format parameter `I`; the attributes cannot be set.
fn dialect_attr<const I: usize>(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.attribute_error(format!(
            "attribute '{}' of '_csv.Dialect' objects is not writable",
            PARAMS[I]
        )));
    }
    let Some(d) = dialect_data(vm, a[0]) else {
        return Ok(Value::None);
    };
    let char_value = |vm: &mut Vm, c: Option<char>| match c {
        Some(c) => vm.new_str(c.to_string()),
        None => Value::None,
    };
    Ok(match I {
        0 => char_value(vm, Some(d.delimiter)),
        1 => Value::Bool(d.doublequote),
        2 => char_value(vm, d.escapechar),
        3 => vm.new_str(d.lineterminator.clone()),
        4 => char_value(vm, d.quotechar),
        5 => Value::Int(d.quoting.to_int()),
        6 => Value::Bool(d.skipinitialspace),
        _ => Value::Bool(d.strict),
    })
}

/// The dialect a reader or writer is made with: `Dialect(dialect, **fmtparams)` (owned).
fn call_dialect(vm: &mut Vm, given: Option<Value>, kw: Kwargs) -> PyResult<Value> {
    let positional: Vec<Value> = given.into_iter().collect();
    let args = dialect_args(vm, &positional, kw)?;
    let class = dialect_class(vm);
    make_dialect(vm, class, &args)
}

/// `f(obj, dialect='excel', **fmtparams)`'s positional arguments, checked as CPython's
/// nameless `PyArg_UnpackTuple` checks them.
fn one_or_two(vm: &mut Vm, a: &[Value]) -> PyResult<(Value, Option<Value>)> {
    match a {
        [] => Err(vm.type_error(" expected at least 1 argument, got 0".into())),
        [first] => Ok((*first, None)),
        [first, second] => Ok((*first, Some(*second))),
        _ => Err(vm.type_error(format!(" expected at most 2 arguments, got {}", a.len()))),
    }
}

fn register_dialect(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (name, given) = one_or_two(vm, a)?;
    if vm.str_of(name).is_none() {
        return Err(vm.type_error("dialect name must be a string".into()));
    }
    let d = call_dialect(vm, given, kw)?;
    let reg = registry(vm);
    let reg = reg.inspect_err(|_| vm.heap.decref(d))?;
    vm.dict_set(reg, name, d)?;
    Ok(Value::None)
}

/// The `name` argument of `get_dialect`/`unregister_dialect`.
fn name_arg(vm: &mut Vm, a: &[Value], kw: Kwargs, func: &str) -> PyResult<Value> {
    let mut name = a.first().copied();
    for (k, v) in kw {
        if vm.str_of(*k) == Some("name") && name.is_none() {
            name = Some(*v);
        } else {
            let k = vm.str_of(*k).unwrap_or("").to_string();
            return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'")));
        }
    }
    if a.len() + kw.len() > 1 {
        return Err(vm.type_error(format!(
            "{func}() takes at most 1 argument ({} given)",
            a.len() + kw.len()
        )));
    }
    name.ok_or_else(|| vm.type_error(format!("{func}() missing required argument 'name' (pos 1)")))
}

fn get_dialect(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = name_arg(vm, a, kw, "get_dialect")?;
    let d = registered(vm, name)?;
    Ok(vm.incref(d))
}

fn unregister_dialect(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = name_arg(vm, a, kw, "unregister_dialect")?;
    let reg = registry(vm)?;
    match vm.dict_remove(reg, name) {
        Ok(Some(old)) => {
            vm.heap.decref(old);
            Ok(Value::None)
        }
        Ok(None) => Err(csv_error(vm, "unknown dialect")),
        Err(e) if vm.isinstance(e.0, vm.types.type_error) => {
            vm.heap.decref(e.0);
            Err(csv_error(vm, "unknown dialect"))
        }
        Err(e) => Err(e),
    }
}

fn list_dialects(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !a.is_empty() || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "_csv.list_dialects() takes no arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    let reg = registry(vm)?;
    let names: Vec<Value> = match vm.heap.kind(reg) {
        Kind::Dict(d) => d.iter().map(|e| e.key).collect(),
        _ => Vec::new(),
    };
    names.iter().for_each(|n| vm.heap.incref(*n));
    Ok(vm.new_list(names))
}

/// `field_size_limit([new_limit])`: the limit before the call.
fn field_size_limit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut new = a.first().copied();
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("new_limit") if new.is_none() => new = Some(*v),
            other => {
                let k = other.unwrap_or("").to_string();
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for field_size_limit()"
                )));
            }
        }
    }
    if a.len() + kw.len() > 1 {
        return Err(vm.type_error(format!(
            "field_size_limit() takes at most 1 argument ({} given)",
            a.len() + kw.len()
        )));
    }
    let old = vm.csv_field_limit;
    match new {
        None => {}
        Some(Value::Int(n)) => vm.csv_field_limit = n,
        Some(Value::Obj(k)) if matches!(vm.heap.kind(k), Kind::BigInt(_)) => {
            return Err(vm.exception_with_msg(
                vm.types.overflow_error,
                "Python int too large to convert to C long".into(),
            ))
        }
        Some(_) => return Err(vm.type_error("limit must be an integer".into())),
    }
    Ok(Value::Int(old))
}

// ---------------------------------------------------------------- reading

fn reader(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (source, given) = one_or_two(vm, a)?;
    let lines = vm.get_iter(source)?;
    let d = match call_dialect(vm, given, kw) {
        Ok(d) => d,
        Err(e) => {
            vm.heap.decref(lines);
            return Err(e);
        }
    };
    let parser = Reader::new(
        dialect_data(vm, d)
            .map(|d| (*d).clone())
            .unwrap_or_default(),
    );
    let class = native_types::class_named(vm, "_csv", "reader").expect("_csv is imported");
    Ok(native_types::instance_with_native(
        vm,
        class,
        vec![lines, d],
        Rc::new(RefCell::new(parser)),
    ))
}

fn parser(vm: &Vm, r: Value) -> Option<Rc<RefCell<Reader>>> {
    native_types::native_data::<RefCell<Reader>>(vm, r)
}

fn field_values(vm: &mut Vm, row: Vec<Field>) -> Value {
    let items = row
        .into_iter()
        .map(|f| match f {
            Field::Str(s) => vm.new_str(s),
            Field::Float(x) => Value::Float(x),
        })
        .collect();
    vm.new_list(items)
}

/// The next row (an owned list), None at the end. The parser is borrowed only while it
/// parses a line, never while Python code runs, so a reader used from inside its own
/// source iterator cannot find it borrowed.
fn reader_next(vm: &mut Vm, r: Value) -> PyResult<Option<Value>> {
    let Some(p) = parser(vm, r) else {
        return Ok(None);
    };
    let limit = vm.csv_field_limit;
    p.borrow_mut().reset();
    loop {
        let source = native_types::state(vm, r, 0);
        let Some(line) = vm.next(source)? else {
            let mut parser = p.borrow_mut();
            parser.field_limit = limit;
            let pending = parser.finish();
            drop(parser);
            let row = pending.map_err(|e| raise(vm, e))?;
            return Ok(row.map(|row| field_values(vm, row)));
        };
        let fed = match vm.str_of(line) {
            Some(text) => {
                let mut parser = p.borrow_mut();
                parser.field_limit = limit;
                parser.feed(text)
            }
            None => {
                let t = vm.type_name(line);
                Err(dialect::iterator_should_return_strings(&t))
            }
        };
        vm.heap.decref(line);
        if let Some(row) = fed.map_err(|e| raise(vm, e))? {
            return Ok(Some(field_values(vm, row)));
        }
    }
}

fn reader_dialect(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let d = native_types::state(vm, a[0], 1);
    Ok(vm.incref(d))
}

fn line_num(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let n = parser(vm, a[0]).map_or(0, |p| p.borrow().line_num());
    Ok(Value::Int(n as i64))
}

// ---------------------------------------------------------------- writing

fn writer(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (file, given) = one_or_two(vm, a)?;
    let key = vm.intern("write");
    let write = vm.getattr_opt(file, key)?;
    let Some(write) = write.filter(|w| super::callable_value(vm, *w)) else {
        if let Some(w) = write {
            vm.heap.decref(w);
        }
        return Err(vm.type_error("argument 1 must have a \"write\" method".into()));
    };
    let d = match call_dialect(vm, given, kw) {
        Ok(d) => d,
        Err(e) => {
            vm.heap.decref(write);
            return Err(e);
        }
    };
    let rust = dialect_data(vm, d)
        .map(|d| (*d).clone())
        .unwrap_or_default();
    let class = native_types::class_named(vm, "_csv", "writer").expect("_csv is imported");
    Ok(native_types::instance_with_native(
        vm,
        class,
        vec![write, d],
        Rc::new(rust),
    ))
}

fn writer_dialect(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    native_types::read_only(vm, a)?;
    let d = native_types::state(vm, a[0], 1);
    Ok(vm.incref(d))
}

/// `PyNumber_Check`: numbers are not quoted under QUOTE_NONNUMERIC.
fn is_number(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Obj(k) if matches!(vm.heap.kind(k), Kind::BigInt(_) | Kind::Complex(_)) => true,
        _ => {
            let class = vm.type_of(v);
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|name| {
                    let key = vm.intern(name);
                    vm.class_lookup(class, key).is_some()
                })
        }
    }
}

/// One field to write: None, a str as it is, anything else as `str(x)`.
enum Text {
    None,
    Str(String),
    Number(String),
}

/// Formats one row and passes it to the file's `write`, whose result it returns.
fn write_row_to(vm: &mut Vm, w: Value, row: Value) -> PyResult<Value> {
    let items = match vm.get_iter(row) {
        Ok(it) => it,
        Err(e) if vm.isinstance(e.0, vm.types.type_error) => {
            vm.heap.decref(e.0);
            let t = vm.type_name(row);
            return Err(raise(vm, dialect::iterable_expected(&t)));
        }
        Err(e) => return Err(e),
    };
    let mut texts = Vec::new();
    let collected = loop {
        let v = match vm.next(items) {
            Ok(Some(v)) => v,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let text = if v.is(Value::None) {
            Ok(Text::None)
        } else if let Some(s) = vm.str_of(v) {
            Ok(Text::Str(s.to_string()))
        } else if is_number(vm, v) {
            vm.str(v).map(Text::Number)
        } else {
            vm.str(v).map(Text::Str)
        };
        vm.heap.decref(v);
        match text {
            Ok(t) => texts.push(t),
            Err(e) => break Err(e),
        }
    };
    vm.heap.decref(items);
    collected?;
    let fields: Vec<OutField> = texts
        .iter()
        .map(|t| match t {
            Text::None => OutField::None,
            Text::Str(s) => OutField::Str(s),
            Text::Number(s) => OutField::Number(s),
        })
        .collect();
    let Some(d) = native_types::native_data::<Dialect>(vm, w) else {
        return Ok(Value::None);
    };
    let line = dialect::write_row(&d, &fields).map_err(|e| raise(vm, e))?;
    let write = native_types::state(vm, w, 0);
    let s = vm.new_str(line);
    let r = vm.call(write, &[s]);
    vm.heap.decref(s);
    r
}

/// The one argument of a writer method, as METH_O checks it.
fn only_argument(vm: &mut Vm, a: &[Value], kw: Kwargs, method: &str) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("writer.{method}() takes no keyword arguments")));
    }
    match a {
        [_, arg] => Ok(*arg),
        _ => Err(vm.type_error(format!(
            "writer.{method}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ))),
    }
}

fn writerow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let row = only_argument(vm, a, kw, "writerow")?;
    write_row_to(vm, a[0], row)
}

/// Writes the rows as they come (those written before an error stay written).
fn writerows(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rows = only_argument(vm, a, kw, "writerows")?;
    let it = vm.get_iter(rows)?;
    let result = loop {
        match vm.next(it) {
            Ok(Some(row)) => {
                let r = write_row_to(vm, a[0], row);
                vm.heap.decref(row);
                match r {
                    Ok(v) => vm.heap.decref(v),
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(Value::None),
            Err(e) => break Err(e),
        }
    };
    vm.heap.decref(it);
    result
}
