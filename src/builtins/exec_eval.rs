//! `compile`, `exec` and `eval`: source (or a code object) run in dict namespaces, the
//! caller's own by default. Errors in the source are SyntaxErrors naming `<string>` (or the
//! file given to `compile`), with line and column.

use crate::compile::codegen::Options;
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

/// How source is compiled: a module body, or one expression whose value is returned.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let [source, filename, mode, ..] = super::parse_args(vm, "compile", a, kw, &names, 3)?;
    let (source, filename, mode) = (
        source.unwrap_or(Value::None),
        filename.unwrap_or(Value::None),
        mode.unwrap_or(Value::None),
    );
    let Some(file) = vm.str_of(filename).map(str::to_string) else {
        let t = vm.type_name(filename);
        return Err(vm.type_error(format!(
            "compile() argument 'filename' must be str, not {t}"
        )));
    };
    let mode = match vm.str_of(mode) {
        Some("exec" | "single") => Mode::Exec,
        Some("eval") => Mode::Eval,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
    };
    if is_code(vm, source) {
        return Ok(vm.incref(source));
    }
    let text = source_text(vm, source, "compile")?;
    compile_text(vm, &text, &file, mode, false)
}

/// `exec(source, globals=None, locals=None)`.
pub fn exec(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["source", "globals", "locals"];
    let [source, globals, locals] = super::parse_args(vm, "exec", a, kw, &names, 1)?;
    let r = run(
        vm,
        "exec",
        source.unwrap_or(Value::None),
        globals,
        locals,
        Mode::Exec,
    )?;
    vm.heap.decref(r);
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None)`.
pub fn eval(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["source", "globals", "locals"];
    let [source, globals, locals] = super::parse_args(vm, "eval", a, kw, &names, 1)?;
    run(
        vm,
        "eval",
        source.unwrap_or(Value::None),
        globals,
        locals,
        Mode::Eval,
    )
}

fn is_code(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Code(_)))
}

fn source_text(vm: &mut Vm, source: Value, func: &str) -> PyResult<String> {
    match vm.str_of(source) {
        Some(s) => Ok(s.to_string()),
        None => {
            let what = if func == "compile" {
                "compile() arg 1 must be a string, bytes or AST object".to_string()
            } else {
                format!("{func}() arg 1 must be a string, bytes or code object")
            };
            Err(vm.type_error(what))
        }
    }
}

/// Compiles `text`; in eval mode it must be one expression, whose value the code returns.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    file: &str,
    mode: Mode,
    own_locals: bool,
) -> PyResult<Value> {
    // eval ignores leading spaces and tabs, as CPython strips them.
    let text = match mode {
        Mode::Eval => text.trim_start_matches([' ', '\t']),
        Mode::Exec => text,
    };
    let module = match crate::syntax::parse_module(text) {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error(&e, text, file)),
    };
    if mode == Mode::Eval {
        let one_expression = matches!(
            module.body.as_slice(),
            [s] if matches!(*s.kind, crate::syntax::ast::StmtKind::Expr(_))
        );
        if !one_expression {
            // CPython stops where the expression ends: at the `=` of an assignment.
            let (start, end) = match module.body.first().map(|s| &*s.kind) {
                Some(crate::syntax::ast::StmtKind::Assign { targets, .. }) => {
                    let end = targets.first().map_or(0, |t| t.span.end as usize);
                    let at = end + text[end..].len() - text[end..].trim_start().len();
                    (at, (at + 1).min(text.len()))
                }
                // A statement keyword: the whole word is marked.
                _ => {
                    let word = text.find(|c: char| !c.is_alphanumeric() && c != '_');
                    (0, word.unwrap_or(text.len()).max(1).min(text.len()))
                }
            };
            let span = crate::syntax::ast::Span {
                start: start as u32,
                end: end as u32,
            };
            let e = crate::syntax::error::SyntaxError::new("invalid syntax", span);
            return Err(vm.syntax_error(&e, text, file));
        }
    }
    let opts = Options {
        checkpoints: false,
        display_last: mode == Mode::Eval,
        namespace_locals: own_locals,
        future_annotations: vm.frames.last().is_some_and(|f| f.code.future_annotations),
    };
    Ok(vm.compile_parsed(&module, text, file, &opts))
}

/// The namespaces `exec`/`eval` run in: the given dicts, else the caller's.
fn run(
    vm: &mut Vm,
    func: &str,
    source: Value,
    globals: Option<Value>,
    locals: Option<Value>,
    mode: Mode,
) -> PyResult<Value> {
    let globals = globals.filter(|g| !g.is(Value::None));
    let locals = locals.filter(|l| !l.is(Value::None));
    if let Some(g) = globals {
        if !matches!(g.as_obj().map(|k| vm.heap.kind(k)), Some(Kind::Dict(_))) {
            let t = vm.type_name(g);
            let msg = match func {
                "eval" => "globals must be a real dict; try eval(expr, {}, mapping)".into(),
                _ => format!("{func}() globals must be a dict, not {t}"),
            };
            return Err(vm.type_error(msg));
        }
    }
    // The caller's namespaces: its globals, and its locals (a module body's are its globals).
    let caller_globals = vm.frames.last().map_or(Value::None, |f| f.globals);
    let g = globals.unwrap_or(caller_globals);
    // A function's locals are a fresh snapshot, owned here until the code has run.
    let mut owned_snapshot = false;
    let l = match (globals, locals) {
        (_, Some(l)) => l,
        (Some(g), None) => g,
        (None, None) => match vm.frames.last().and_then(|f| f.namespace()) {
            Some(ns) => ns,
            None => {
                owned_snapshot = true;
                super::introspect::caller_locals(vm)?
            }
        },
    };
    let r = run_in(vm, func, source, g, l, mode);
    if owned_snapshot {
        vm.heap.decref(l);
    }
    r
}

fn run_in(
    vm: &mut Vm,
    func: &str,
    source: Value,
    g: Value,
    l: Value,
    mode: Mode,
) -> PyResult<Value> {
    let Some(gk) = g.as_obj() else {
        return Err(vm.type_error(format!("{func}() needs globals")));
    };
    // CPython puts the builtins into a globals dict that has none.
    let key = vm.intern("__builtins__");
    if vm.ns_lookup(gk, key).is_none() {
        let b = vm.builtins;
        vm.heap.incref(b);
        vm.ns_set(gk, key, b);
    }
    let own_locals = !l.is(g);
    let code = if is_code(vm, source) {
        vm.incref(source)
    } else {
        let text = source_text(vm, source, func)?;
        compile_text(vm, &text, "<string>", mode, own_locals)?
    };
    let locals = if own_locals { l } else { Value::Undef };
    vm.run_code_in(code, g, locals)
}
