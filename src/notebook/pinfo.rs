//! `x?` / `%pinfo x` and `x??`: IPython's object inspector fields (Signature, Type, String
//! form, Length, Docstring, Source, File) in its plain-text layout: titles padded to the longest
//! one, a multi-line value starting on the next line.

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::{PyResult, Vm};

pub fn describe(vm: &mut Vm, v: Value, detail: bool) -> PyResult<String> {
    let mut fields: Vec<(&str, String)> = Vec::new();
    let type_name = vm.type_name(v);
    let function = v.as_obj().and_then(|k| match vm.heap.kind(k) {
        Kind::Function(f) => Some((f.code.clone(), f.doc)),
        _ => None,
    });
    match function {
        Some((code, doc)) => {
            let shown = super::pretty::pretty(vm, v, usize::MAX)?;
            let sig = shown
                .strip_prefix("<function ")
                .and_then(|s| s.strip_suffix('>'))
                .map(|s| s.rsplit_once('.').map_or(s, |(_, n)| n).to_string())
                .unwrap_or_default();
            let sig = match sig.find('(') {
                Some(i) => format!("{}{}", code.name, &sig[i..]),
                None => sig,
            };
            fields.push(("Signature:", sig));
            if detail {
                fields.push(("Source:", function_source(&code)));
            } else {
                let doc = vm.str_of(doc).map(str::to_string);
                fields.push(("Docstring:", doc.unwrap_or_else(|| "<no docstring>".into())));
            }
            let file = code.source.name.clone();
            let file = match std::env::current_dir() {
                Ok(d) if file.starts_with('<') => format!("{}/{file}", d.display()),
                _ => file,
            };
            fields.push(("File:", file));
            fields.push(("Type:", type_name));
        }
        None => {
            fields.push(("Type:", type_name));
            let s = vm.str(v)?;
            fields.push(("String form:", s));
            match crate::builtins::len_of(vm, v) {
                Ok(n) => fields.push(("Length:", n.to_string())),
                Err(e) => vm.heap.decref(e.0),
            }
            fields.push(("Docstring:", "<no docstring>".into()));
        }
    }
    let width = fields.iter().map(|(t, _)| t.len()).max().unwrap_or(0) + 1;
    let mut out = String::new();
    for (title, value) in fields {
        if value.contains('\n') {
            out.push_str(&format!("{title:<w$}\n{value}\n", w = width - 1));
        } else {
            out.push_str(&format!("{title:<width$}{value}\n"));
        }
    }
    Ok(out)
}

/// The lines of a function's definition in its cell or file.
fn function_source(code: &crate::compile::code::Code) -> String {
    let (first, last) = super::ipython_tb::scope_lines(code);
    (first..=last)
        .filter_map(|n| code.source.line(n))
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}
