//! `x?` / `%pinfo x` and `x??`: IPython's object inspector fields (Signature, Type, String
//! form, Length, Docstring, Source, File) in its plain-text layout: titles padded to the longest
//! one, a multi-line value starting on the next line.

use crate::heap::object::Kind;
use crate::heap::{ObjKey, Value};
use crate::vm::{PyResult, Vm};

/// The inspector's fields for `v`, typed by the user as `name`.
pub fn describe(vm: &mut Vm, v: Value, name: &str, detail: bool) -> PyResult<String> {
    let mut fields: Vec<(&str, String)> = Vec::new();
    let type_name = vm.type_name(v);
    let kind = v.as_obj().map(|k| vm.heap.kind(k));
    match kind {
        Some(Kind::Function(f)) => {
            let (code, doc) = (f.code.clone(), f.doc);
            let shown = super::pretty::pretty(vm, v, usize::MAX)?;
            let sig = shown
                .find('(')
                .map_or("", |i| shown[i..].strip_suffix('>').unwrap_or(&shown[i..]));
            fields.push(("Signature:", format!("{name}{sig}")));
            if detail {
                fields.push(("Source:", function_source(&code)));
            } else {
                let doc = vm.str_of(doc).map(cleandoc);
                fields.push(("Docstring:", doc.unwrap_or_else(|| NO_DOC.into())));
            }
            let file = code.source.name.clone();
            let file = match std::env::current_dir() {
                Ok(d) if file.starts_with('<') => format!("{}/{file}", d.display()),
                _ => file,
            };
            fields.push(("File:", file));
            fields.push(("Type:", type_name));
        }
        Some(Kind::Native(n)) => {
            let sig = n.doc.and_then(|d| d.signature(!n.bound.is_undef()));
            let doc = n.doc.and_then(|d| d.doc);
            if let Some(sig) = sig {
                fields.push(("Signature:", format!("{name}{sig}")));
            }
            fields.push(("Docstring:", doc.map_or_else(|| NO_DOC.into(), cleandoc)));
            fields.push(("Type:", type_name));
        }
        Some(Kind::Class(c)) => {
            let builtin = c.builtin;
            let k = v.as_obj().expect("a class");
            let init = init_signature(vm, k, builtin);
            fields.push(("Init signature:", format!("{name}{init}")));
            fields.push(("Docstring:", docstring(vm, v)?));
            fields.push(("Type:", type_name));
            fields.push(("Subclasses:", subclasses(vm, k).join(", ")));
        }
        _ => {
            fields.push(("Type:", type_name));
            let s = vm.str(v)?;
            fields.push(("String form:", s));
            match crate::builtins::len_of(vm, v) {
                Ok(n) => fields.push(("Length:", n.to_string())),
                Err(e) => vm.heap.decref(e.0),
            }
            fields.push(("Docstring:", docstring(vm, v)?));
        }
    }
    // IPython's format_mime: every title padded to the longest, then a space, or a newline
    // before a value of several lines.
    let width = fields.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (title, value) in fields {
        let value = value.trim_matches('\n');
        let delim = if value.contains('\n') { '\n' } else { ' ' };
        out.push_str(&format!("{title:<width$}{delim}{value}\n"));
    }
    Ok(out)
}

/// `inspect.getdoc(v)`, cleaned, or IPython's `<no docstring>`.
fn docstring(vm: &mut Vm, v: Value) -> PyResult<String> {
    let key = vm.intern("__doc__");
    let doc = match vm.getattr(v, key) {
        Ok(d) => d,
        Err(e) => {
            vm.heap.decref(e.0);
            Value::None
        }
    };
    let text = vm.str_of(doc).map(cleandoc);
    vm.heap.decref(doc);
    Ok(text.unwrap_or_else(|| NO_DOC.into()))
}

/// `inspect.signature(cls)`: its `__init__`'s parameters after `self`; a builtin class's
/// `(self, /, *args, **kwargs)`; `()` when only `object.__init__` is there.
fn init_signature(vm: &mut Vm, class: ObjKey, builtin: bool) -> String {
    if builtin {
        return "(self, /, *args, **kwargs)".into();
    }
    let key = vm.intern("__init__");
    let init = vm.class_lookup(class, key);
    match init {
        Some(Value::Obj(f)) if matches!(vm.heap.kind(f), Kind::Function(_)) => {
            let parts = super::pretty::signature_parts(vm, f);
            format!("({})", parts.get(1..).unwrap_or_default().join(", "))
        }
        _ => "()".into(),
    }
}

/// The classes whose base is `class`, oldest first (CPython's `__subclasses__()` order).
fn subclasses(vm: &Vm, class: ObjKey) -> Vec<String> {
    let mut out = Vec::new();
    for g in (0..crate::heap::gc::NUM_GENERATIONS).rev() {
        for k in vm.heap.generation(g) {
            if let Kind::Class(c) = vm.heap.kind(k) {
                if c.base == Some(class) {
                    out.push(vm.str_of(c.name).unwrap_or("?").to_string());
                }
            }
        }
    }
    out
}

/// The lines of a function's definition in its cell or file.
fn function_source(code: &crate::objects::code::Code) -> String {
    let (first, last) = super::ipython_tb::scope_lines(code);
    (first..=last)
        .filter_map(|n| code.source.line(n))
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

const NO_DOC: &str = "<no docstring>";

/// `inspect.cleandoc`: the first line stripped, the common indentation of the others removed,
/// empty lines at both ends dropped.
fn cleandoc(doc: &str) -> String {
    let expanded = crate::builtins::string_case::expand_tabs(doc, 8);
    let mut lines: Vec<&str> = expanded.split('\n').collect();
    let margin = lines[1..]
        .iter()
        .filter(|l| !l.trim_start().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min();
    lines[0] = lines[0].trim_start();
    if let Some(margin) = margin {
        for line in lines.iter_mut().skip(1) {
            *line = line.get(margin..).unwrap_or("");
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    lines.join("\n")
}
