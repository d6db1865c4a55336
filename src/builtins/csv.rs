//! The `csv` module: `reader`/`DictReader` (iterators over lines of an `open()`ed file or any
//! iterable of str) and `writer`/`DictWriter`, over the dialect machinery of `csv_dialect.rs`.

use crate::heap::object::{CsvIter, Instance, Iter, Kind};
use crate::heap::{ObjKey, Value};
use crate::objects::csv_dialect::{
    self as dialect, CharArg, CsvError, CsvErrorKind, Dialect, Field, OutField, Quoting, Reader,
};
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// A name in the imported `csv` module's namespace (borrowed).
fn module_attr(vm: &mut Vm, name: &str) -> Option<ObjKey> {
    let module = vm.loaded_module("csv")?;
    let key = vm.intern(name);
    match vm.heap.kind(module.as_obj()?) {
        Kind::Module(md) => vm.ns_lookup(md.dict.as_obj()?, key)?.as_obj(),
        _ => None,
    }
}

/// `csv.Error` (shown as `_csv.Error`).
fn csv_error_class(vm: &mut Vm) -> ObjKey {
    module_attr(vm, "Error").unwrap_or(vm.types.exception)
}

fn raise(vm: &mut Vm, e: CsvError) -> PyErr {
    let class = match e.kind {
        CsvErrorKind::Error => csv_error_class(vm),
        CsvErrorKind::ValueError => vm.types.value_error,
        CsvErrorKind::TypeError => vm.types.type_error,
    };
    vm.exception_with_msg(class, e.msg)
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

/// The dialect named or given positionally, adjusted by the keyword format parameters.
fn dialect_from(vm: &mut Vm, positional: Option<Value>, kw: Kwargs) -> PyResult<Dialect> {
    let mut d = Dialect::default();
    let mut named = positional;
    for (k, v) in kw {
        if vm.str_of(*k) == Some("dialect") {
            named = Some(*v);
        }
    }
    if let Some(n) = named {
        if let Some(name) = vm.str_of(n) {
            d = Dialect::by_name(name).map_err(|e| raise(vm, e))?;
        }
    }
    for (k, v) in kw {
        let key = vm.str_of(*k).unwrap_or("").to_string();
        match key.as_str() {
            "dialect" => {}
            "delimiter" => {
                d.delimiter = char_param(vm, "delimiter", *v, false)?.unwrap_or(',');
            }
            "quotechar" => d.quotechar = char_param(vm, "quotechar", *v, true)?,
            "escapechar" => d.escapechar = char_param(vm, "escapechar", *v, true)?,
            "doublequote" => d.doublequote = vm.truthy(*v)?,
            "skipinitialspace" => d.skipinitialspace = vm.truthy(*v)?,
            "strict" => d.strict = vm.truthy(*v)?,
            "lineterminator" => match vm.str_of(*v) {
                Some(s) => d.lineterminator = s.to_string(),
                None => {
                    let t = vm.type_name(*v);
                    return Err(
                        vm.type_error(format!("\"lineterminator\" must be a string, not {t}"))
                    );
                }
            },
            "quoting" => {
                let Value::Int(q) = *v else {
                    return Err(vm.type_error("\"quoting\" must be an integer".into()));
                };
                d.quoting = Quoting::from_int(q).map_err(|e| raise(vm, e))?;
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    d.validate().map_err(|e| raise(vm, e))?;
    Ok(d)
}

fn new_csv_iter(vm: &mut Vm, a: &[Value], kw: Kwargs, dict_mode: bool) -> PyResult<Value> {
    let Some(&src) = a.first() else {
        let what = if dict_mode {
            "DictReader.__init__() missing 1 required positional argument: 'f'"
        } else {
            "expected at least 1 argument, got 0"
        };
        return Err(vm.type_error(what.into()));
    };
    let (mut fieldnames, mut restkey, mut restval) = (Value::Undef, Value::None, Value::None);
    let mut fmt: Vec<(Value, Value)> = Vec::new();
    for (k, v) in kw {
        match (dict_mode, vm.str_of(*k)) {
            (true, Some("fieldnames")) => fieldnames = *v,
            (true, Some("restkey")) => restkey = *v,
            (true, Some("restval")) => restval = *v,
            _ => fmt.push((*k, *v)),
        }
    }
    if dict_mode && fieldnames.is(Value::None) {
        fieldnames = Value::Undef;
    }
    let d = dialect_from(vm, if dict_mode { None } else { a.get(1).copied() }, &fmt)?;
    let source = vm.get_iter(src)?;
    let fieldnames = if fieldnames.is_undef() {
        Value::Undef
    } else {
        let items = match vm.iterate(fieldnames) {
            Ok(i) => i,
            Err(e) => {
                vm.heap.decref(source);
                return Err(e);
            }
        };
        vm.new_list(items)
    };
    vm.heap.incref(restkey);
    vm.heap.incref(restval);
    Ok(vm
        .heap
        .alloc(Kind::Iter(Box::new(Iter::Csv(Box::new(CsvIter {
            source,
            reader: Reader::new(d),
            dict_mode,
            fieldnames,
            restkey,
            restval,
        }))))))
}

fn reader(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    new_csv_iter(vm, a, kw, false)
}

fn dict_reader(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    new_csv_iter(vm, a, kw, true)
}

fn state(vm: &mut Vm, k: ObjKey) -> &mut CsvIter {
    match vm.heap.kind_mut(k) {
        Kind::Iter(it) => match &mut **it {
            Iter::Csv(c) => c,
            _ => unreachable!("a csv iterator"),
        },
        _ => unreachable!("a csv iterator"),
    }
}

/// The next parsed record as Rust fields, None at the end.
fn next_record(vm: &mut Vm, k: ObjKey) -> PyResult<Option<Vec<Field>>> {
    loop {
        let source = state(vm, k).source;
        let line = vm.next(source)?;
        let Some(line) = line else {
            let r = state(vm, k).reader.finish();
            return r.map_err(|e| raise(vm, e));
        };
        let text = match vm.str_of(line) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = vm.type_name(line);
                Err(dialect::iterator_should_return_strings(&t))
            }
        };
        vm.heap.decref(line);
        let text = text.map_err(|e| raise(vm, e))?;
        let r = state(vm, k).reader.feed(&text);
        if let Some(row) = r.map_err(|e| raise(vm, e))? {
            return Ok(Some(row));
        }
    }
}

fn field_values(vm: &mut Vm, row: Vec<Field>) -> Vec<Value> {
    row.into_iter()
        .map(|f| match f {
            Field::Str(s) => vm.new_str(s),
            Field::Float(x) => Value::Float(x),
        })
        .collect()
}

/// The next row of a csv iterator (owned), None when exhausted.
pub fn next_row(vm: &mut Vm, k: ObjKey) -> PyResult<Option<Value>> {
    if !state(vm, k).dict_mode {
        let Some(row) = next_record(vm, k)? else {
            return Ok(None);
        };
        let items = field_values(vm, row);
        return Ok(Some(vm.new_list(items)));
    }
    if state(vm, k).fieldnames.is_undef() {
        let names = match next_record(vm, k)? {
            Some(row) => {
                let items = field_values(vm, row);
                vm.new_list(items)
            }
            None => Value::None,
        };
        state(vm, k).fieldnames = names;
    }
    let row = loop {
        match next_record(vm, k)? {
            None => return Ok(None),
            Some(r) if r.is_empty() => continue,
            Some(r) => break r,
        }
    };
    let values = field_values(vm, row);
    let st = state(vm, k);
    let (names_v, restkey, restval) = (st.fieldnames, st.restkey, st.restval);
    let names = vm.seq_items(names_v);
    let d = vm.new_dict();
    let dk = d.as_obj().expect("dict");
    let mut result = Ok(());
    for (i, name) in names.iter().enumerate() {
        let v = values.get(i).copied().unwrap_or(restval);
        vm.heap.incref(v);
        result = vm.dict_set(dk, *name, v);
        if result.is_err() {
            break;
        }
    }
    if result.is_ok() && values.len() > names.len() {
        let extra: Vec<Value> = values[names.len()..].to_vec();
        extra.iter().for_each(|v| vm.heap.incref(*v));
        let l = vm.new_list(extra);
        result = vm.dict_set(dk, restkey, l);
    }
    vm.heap.decref_all(values);
    match result {
        Ok(()) => Ok(Some(d)),
        Err(e) => {
            vm.heap.decref(d);
            Err(e)
        }
    }
}

// ---------------------------------------------------------------- writing

/// A builtin class of the csv module whose instances keep their state as attributes.
fn attr(vm: &mut Vm, obj: Value, name: &str) -> Value {
    let key = vm.intern(name);
    obj.as_obj()
        .and_then(|k| vm.ns_lookup(k, key))
        .unwrap_or(Value::None)
}

fn set_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) {
    let key = vm.intern(name);
    if let Value::Obj(k) = obj {
        vm.ns_set(k, key, v);
    }
}

fn new_instance(vm: &mut Vm, class_name: &str) -> Value {
    let class = module_attr(vm, class_name).unwrap_or(vm.types.object);
    vm.heap.incref(Value::Obj(class));
    vm.heap.alloc(Kind::Instance(Box::new(Instance::new(
        class,
        Value::Undef,
        0,
    ))))
}

/// The dialect a writer was made with, kept as a tuple attribute.
fn dialect_to_value(vm: &mut Vm, d: &Dialect) -> Value {
    let ch = |vm: &mut Vm, c: Option<char>| match c {
        Some(c) => vm.new_str(c.to_string()),
        None => Value::None,
    };
    let items = vec![
        ch(vm, Some(d.delimiter)),
        ch(vm, d.quotechar),
        ch(vm, d.escapechar),
        Value::Bool(d.doublequote),
        Value::Bool(d.skipinitialspace),
        vm.new_str(d.lineterminator.clone()),
        Value::Int(d.quoting.to_int()),
        Value::Bool(d.strict),
    ];
    vm.new_tuple(items)
}

fn dialect_of_value(vm: &Vm, v: Value) -> Dialect {
    let items = vm.seq_items(v);
    let ch = |i: usize| {
        items
            .get(i)
            .and_then(|v| vm.str_of(*v))
            .and_then(|s| s.chars().next())
    };
    let flag = |i: usize| matches!(items.get(i), Some(Value::Bool(true)));
    Dialect {
        delimiter: ch(0).unwrap_or(','),
        quotechar: ch(1),
        escapechar: ch(2),
        doublequote: flag(3),
        skipinitialspace: flag(4),
        lineterminator: items
            .get(5)
            .and_then(|v| vm.str_of(*v))
            .unwrap_or("\r\n")
            .to_string(),
        quoting: match items.get(6) {
            Some(Value::Int(q)) => Quoting::from_int(*q).unwrap_or(Quoting::Minimal),
            _ => Quoting::Minimal,
        },
        strict: flag(7),
    }
}

fn writer(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(&file) = a.first() else {
        return Err(vm.type_error("expected at least 1 argument, got 0".into()));
    };
    let d = dialect_from(vm, a.get(1).copied(), kw)?;
    let key = vm.intern("write");
    if vm
        .getattr_opt(file, key)?
        .map(|w| vm.heap.decref(w))
        .is_none()
    {
        return Err(vm.type_error("argument 1 must have a \"write\" method".into()));
    }
    let w = new_instance(vm, "_writer_type");
    vm.heap.incref(file);
    set_attr(vm, w, "_file", file);
    let dv = dialect_to_value(vm, &d);
    set_attr(vm, w, "_dialect", dv);
    Ok(w)
}

fn is_number(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Obj(k) => matches!(vm.heap.kind(k), Kind::BigInt(_)),
        _ => false,
    }
}

/// Formats and writes one row through the file's `write`; returns what `write` returned.
fn write_row_to(vm: &mut Vm, w: Value, row: Value) -> PyResult<Value> {
    let d_v = attr(vm, w, "_dialect");
    let d = dialect_of_value(vm, d_v);
    let items = match vm.iterate(row) {
        Ok(i) => i,
        Err(e) => {
            if vm.isinstance(e.0, vm.types.type_error) {
                vm.heap.decref(e.0);
                let t = vm.type_name(row);
                return Err(raise(vm, dialect::iterable_expected(&t)));
            }
            return Err(e);
        }
    };
    let mut texts: Vec<(u8, String)> = Vec::with_capacity(items.len());
    let mut failure = None;
    for v in &items {
        if v.is(Value::None) {
            texts.push((0, String::new()));
            continue;
        }
        match vm.str(*v) {
            Ok(s) => texts.push((if is_number(vm, *v) { 2 } else { 1 }, s)),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    vm.heap.decref_all(items);
    if let Some(e) = failure {
        return Err(e);
    }
    let fields: Vec<OutField> = texts
        .iter()
        .map(|(kind, s)| match kind {
            0 => OutField::None,
            2 => OutField::Number(s),
            _ => OutField::Str(s),
        })
        .collect();
    let line = dialect::write_row(&d, &fields).map_err(|e| raise(vm, e))?;
    let file = attr(vm, w, "_file");
    let key = vm.intern("write");
    let write = vm.getattr(file, key)?;
    let s = vm.new_str(line);
    let r = vm.call(write, &[s]);
    vm.heap.decref(s);
    vm.heap.decref(write);
    r
}

fn writerow(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    write_row_to(vm, a[0], a[1])
}

fn writerows(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    for_each_row(vm, a[0], a[1], write_row_to)
}

/// `writerows`: writes each row with `write` (rows written before an error stay written).
fn for_each_row(
    vm: &mut Vm,
    w: Value,
    rows: Value,
    write: fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let rows = vm.iterate(rows)?;
    let mut result = Ok(Value::None);
    for r in &rows {
        match write(vm, w, *r) {
            Ok(v) => vm.heap.decref(v),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.heap.decref_all(rows);
    result
}

fn dict_writer(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut file = a.first().copied();
    let mut fieldnames = a.get(1).copied();
    let mut restval = a.get(2).copied();
    let mut extrasaction = a.get(3).copied();
    let mut fmt = Vec::new();
    for (k, v) in kw {
        match vm.str_of(*k) {
            Some("f") => file = Some(*v),
            Some("fieldnames") => fieldnames = Some(*v),
            Some("restval") => restval = Some(*v),
            Some("extrasaction") => extrasaction = Some(*v),
            _ => fmt.push((*k, *v)),
        }
    }
    let (Some(file), Some(fieldnames)) = (file, fieldnames) else {
        return Err(vm.type_error(
            "DictWriter.__init__() missing 1 required positional argument: 'fieldnames'".into(),
        ));
    };
    let action = match extrasaction {
        Some(v) => vm.str(v)?,
        None => "raise".into(),
    };
    let raise_extras =
        dialect::dict_writer_check_extrasaction(&action).map_err(|e| raise(vm, e))?;
    let w = writer(vm, &[file], &fmt)?;
    let dw = new_instance(vm, "_DictWriter_type");
    set_attr(vm, dw, "writer", w);
    let names = vm.iterate(fieldnames)?;
    let names = vm.new_list(names);
    set_attr(vm, dw, "fieldnames", names);
    let rv = match restval {
        Some(v) => vm.incref(v),
        None => vm.new_str(""),
    };
    set_attr(vm, dw, "restval", rv);
    set_attr(vm, dw, "_raise_extras", Value::Bool(raise_extras));
    Ok(dw)
}

fn writeheader(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let w = attr(vm, a[0], "writer");
    let names = attr(vm, a[0], "fieldnames");
    write_row_to(vm, w, names)
}

fn dict_row(vm: &mut Vm, dw: Value, row: Value) -> PyResult<Value> {
    let names_v = attr(vm, dw, "fieldnames");
    let names = vm.seq_items(names_v);
    let restval = attr(vm, dw, "restval");
    let Some(rk) = row
        .as_obj()
        .filter(|k| matches!(vm.heap.kind(*k), Kind::Dict(_)))
    else {
        let t = vm.type_name(row);
        return Err(vm.attribute_error(format!("'{t}' object has no attribute 'keys'")));
    };
    if matches!(attr(vm, dw, "_raise_extras"), Value::Bool(true)) {
        let keys: Vec<Value> = match vm.heap.kind(rk) {
            Kind::Dict(d) => d.iter().map(|e| e.key).collect(),
            _ => Vec::new(),
        };
        let mut extras = Vec::new();
        for k in keys {
            let mut found = false;
            for n in &names {
                if vm.eq(k, *n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                extras.push(vm.repr(k)?);
            }
        }
        if !extras.is_empty() {
            return Err(raise(vm, dialect::extras_error(&extras)));
        }
    }
    let mut values = Vec::with_capacity(names.len());
    for n in &names {
        let v = vm.dict_get(rk, *n)?.unwrap_or(restval);
        values.push(vm.incref(v));
    }
    let list = vm.new_list(values);
    let w = attr(vm, dw, "writer");
    let r = write_row_to(vm, w, list);
    vm.heap.decref(list);
    r
}

fn dict_writerow(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    dict_row(vm, a[0], a[1])
}

fn dict_writerows(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    for_each_row(vm, a[0], a[1], dict_row)
}

/// A class of the `_csv` module, stored in the module's namespace under `key` (owned there).
fn add_class(
    vm: &mut Vm,
    module_dict: ObjKey,
    key: &str,
    name: &str,
    base: ObjKey,
    methods: &[(&'static str, NativeFn)],
) {
    let layout = vm.class_layout(base);
    let class = vm.make_class(name, Some(base), layout);
    let m = vm.intern("_csv");
    vm.heap.incref(m);
    if let Kind::Class(c) = vm.heap.kind_mut(class) {
        let old = std::mem::replace(&mut c.module, m);
        vm.heap.decref(old);
    }
    vm.add_methods(class, methods);
    let key = vm.intern(key);
    vm.ns_set(module_dict, key, Value::Obj(class));
}

pub fn module(vm: &mut Vm) -> Value {
    // `writer` and `DictWriter` are factory functions; their instances' classes sit under
    // private names.
    let funcs: &[(&'static str, NativeFn)] = &[
        ("reader", reader),
        ("DictReader", dict_reader),
        ("writer", writer),
        ("DictWriter", dict_writer),
    ];
    let consts = [
        ("QUOTE_MINIMAL", Value::Int(0)),
        ("QUOTE_ALL", Value::Int(1)),
        ("QUOTE_NONNUMERIC", Value::Int(2)),
        ("QUOTE_NONE", Value::Int(3)),
    ];
    let m = super::new_module(vm, "csv", funcs, &consts);
    let Some(dk) = super::module_dict(vm, m) else {
        return m;
    };
    let (exception, object) = (vm.types.exception, vm.types.object);
    add_class(vm, dk, "Error", "Error", exception, &[]);
    let writer_methods: &[(&'static str, NativeFn)] =
        &[("writerow", writerow), ("writerows", writerows)];
    add_class(vm, dk, "_writer_type", "writer", object, writer_methods);
    let dict_writer_methods: &[(&'static str, NativeFn)] = &[
        ("writeheader", writeheader),
        ("writerow", dict_writerow),
        ("writerows", dict_writerows),
    ];
    add_class(
        vm,
        dk,
        "_DictWriter_type",
        "DictWriter",
        object,
        dict_writer_methods,
    );
    m
}
