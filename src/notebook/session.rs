//! The session every front end drives (the prompt, `cellar run`, later a Jupyter kernel): one
//! persistent `__main__` whose namespace outlives each cell, and `run_cell`, which does what
//! IPython's `run_cell` does: transform the cell's special syntax, store the input (`In`, `_i`,
//! `_iN`), compile it under IPython's code name, run it, show the last expression's value
//! through the display hook (the output cache: `Out`, `_`, `__`, `___`, `_N`), keep the last
//! uncaught exception in `sys.last_*`, and advance the execution count. Nothing here prints
//! except through the interpreter's output sink; the result says what to show.

use sha1::{Digest, Sha1};

use super::shell;
use super::{ipython_tb, transform};
use crate::compile::codegen::Options;
use crate::heap::Value;
use crate::vm::Vm;

pub struct Session {
    pub vm: Vm,
}

/// What running one cell gave.
#[derive(Debug, Default)]
pub struct CellOutcome {
    /// The cell's execution count (None for an empty cell, which IPython does not count).
    pub count: Option<u32>,
    /// The displayed value's pretty form (`Out[n]:`).
    pub shown: Option<String>,
    pub error: Option<CellError>,
    /// `%mem auto`'s line about the cell, printed after everything else.
    pub mem_line: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Runtime,
    /// `sys.exit()` in a cell: shown without a traceback; the session goes on.
    SystemExit,
    Interrupted,
    /// A magic's usage error: one line on stderr.
    Usage,
    /// The cell ran but its value's repr raised: IPython shows the traceback after the
    /// `Out[n]: ` prompt, keeps the value in the output cache, and counts the cell a success.
    Display,
}

#[derive(Debug, Clone)]
pub struct CellError {
    pub kind: ErrorKind,
    pub ename: String,
    pub evalue: String,
    /// What IPython prints for it (no colour), line by line.
    pub traceback: Vec<String>,
}

impl CellError {
    /// The printed form, as `InteractiveShell.showtraceback` writes it.
    pub fn text(&self) -> String {
        let mut s = self.traceback.join("\n");
        s.push('\n');
        s
    }
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    pub fn new() -> Session {
        let mut vm = Vm::new();
        shell::install(&mut vm);
        // `%mem check` compares the heap's byte count with its objects' sizes.
        vm.heap.count_bytes();
        Session { vm }
    }

    /// Imports look in `dir` first: a replayed notebook's own folder, as Jupyter starts its
    /// kernel there.
    pub fn import_from_folder(&mut self, dir: &str) {
        self.vm.set_first_path_entry(dir);
    }

    /// The execution count the next cell gets.
    pub fn count(&mut self) -> u32 {
        shell::with_shell(&mut self.vm, |sh, _| sh.count).unwrap_or(1)
    }

    /// Whether `exit()` / `quit()` was called in a cell.
    pub fn exit_requested(&mut self) -> bool {
        shell::with_shell(&mut self.vm, |sh, _| sh.exit_requested).unwrap_or(false)
    }

    pub fn set_width(&mut self, width: usize) {
        shell::with_shell(&mut self.vm, |sh, _| sh.width = width);
    }

    pub fn set_cache_size(&mut self, n: usize) {
        shell::with_shell(&mut self.vm, |sh, _| sh.cache_size = n);
    }

    /// Runs one cell as IPython's `run_cell(raw, store_history=True)`.
    pub fn run_cell(&mut self, raw: &str) -> CellOutcome {
        run_cell(&mut self.vm, raw)
    }

    /// Interpreter exit (finalizers, the last collection), as at the end of a script.
    pub fn shutdown(&mut self) {
        shell::uninstall(&mut self.vm);
        self.vm.shutdown();
    }
}

/// `<ipython-input-N-HASH>`: HASH is the start of the SHA-1 of the transformed cell.
pub fn code_name(transformed: &str, n: u32) -> String {
    let digest = Sha1::digest(transformed.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("<ipython-input-{n}-{}>", &hex[..12])
}

/// The cell number of a code name made by `code_name`.
pub fn cell_number(filename: &str) -> Option<u32> {
    let rest = filename.strip_prefix("<ipython-input-")?;
    rest.split('-').next()?.parse().ok()
}

/// A code file as a user reads it: `In [3]` for a cell's code, else the file name.
pub fn file_place(filename: &str) -> String {
    match cell_number(filename) {
        Some(n) => format!("In [{n}]"),
        None => filename.to_string(),
    }
}

/// IPython's rule for `;`: the last token of the cell's last non-blank, non-comment line.
fn display_suppressed(cell: &str) -> bool {
    for line in cell.lines().rev() {
        let code = super::input_complete::strip_comment(line).trim_end();
        if code.is_empty() {
            continue;
        }
        return code.ends_with(';');
    }
    false
}

pub(super) fn run_cell(vm: &mut Vm, raw: &str) -> CellOutcome {
    if raw.trim().is_empty() {
        return CellOutcome::default();
    }
    let n = shell::with_shell(vm, |sh, _| sh.count).unwrap_or(1);
    let mark = super::mem::cells::Mark::start(vm);
    let transformed = transform::transform_cell(raw);
    let opts = Options {
        checkpoints: vm.verify,
        display_last: !display_suppressed(&transformed),
        ..Options::default()
    };
    let mut outcome = CellOutcome {
        count: Some(n),
        ..CellOutcome::default()
    };
    let compiled = if let Some(e) = super::cleanup::tokenize_indentation_error(&transformed) {
        // IPython's transformation itself failed: its history keeps the raw cell.
        shell::store_inputs(vm, n, raw, raw);
        Err(ipython_tb::tokenize_error(&e, &transformed))
    } else {
        shell::store_inputs(vm, n, &transformed, raw);
        let name = code_name(&transformed, n);
        crate::syntax::parse_cell(&transformed)
            .map(|module| vm.compile_parsed(&module, &transformed, &name, &opts))
            .map_err(|e| ipython_tb::syntax_error(&e, &transformed, n))
    };
    let mut names_used = None;
    match compiled {
        Err(error) => {
            shell::with_shell(vm, |sh, _| sh.last_traceback = Some(error.text()));
            outcome.error = Some(error);
        }
        Ok(code) => {
            let globals = shell::main_dict(vm);
            names_used = Some(super::mem::names::used(vm, code));
            let r = vm.run_code(code, globals);
            match r {
                Ok(v) => {
                    if !v.is(Value::None) {
                        match shell::display(vm, v, n) {
                            Ok(text) => outcome.shown = text,
                            Err(e) => {
                                let mut error = exception(vm, e.0);
                                error.kind = ErrorKind::Display;
                                outcome.error = Some(error);
                            }
                        }
                    }
                    vm.heap.decref(v);
                }
                Err(e) => outcome.error = Some(exception(vm, e.0)),
            }
        }
    }
    if let Some(used) = names_used {
        let displayed = outcome.shown.is_some()
            && shell::with_shell(vm, |sh, _| sh.cache_size > 0) == Some(true);
        super::mem::names::after(vm, n, used, displayed);
    }
    vm.safe_point_quietly();
    vm.flush_stdout();
    let traced = super::mem::trace::drain(vm);
    let observing = raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .all(|l| l == "%mem" || l.starts_with("%mem "));
    let auto = super::mem::cells::finish(vm, n, mark, observing);
    outcome.mem_line = match (traced.is_empty(), auto) {
        (true, auto) => auto,
        (false, auto) => Some(traced + &auto.unwrap_or_default()),
    };
    shell::with_shell(vm, |sh, _| sh.count = n + 1);
    outcome
}

/// An uncaught exception (owned): kept as `sys.last_*`, formatted as IPython shows it.
fn exception(vm: &mut Vm, exc: Value) -> CellError {
    shell::set_last_exception(vm, exc);
    let full = ipython_tb::format(vm, exc);
    let (ename, evalue) = ipython_tb::name_and_value(vm, exc);
    let kind = if vm.isinstance(exc, vm.types.system_exit) {
        ErrorKind::SystemExit
    } else if vm.isinstance(exc, vm.types.keyboard_interrupt) {
        ErrorKind::Interrupted
    } else if shell::is_usage_error(vm, exc) {
        ErrorKind::Usage
    } else {
        ErrorKind::Runtime
    };
    let traceback = match kind {
        ErrorKind::SystemExit => vec![
            "An exception has occurred, use %tb to see the full traceback.".to_string(),
            String::new(),
            format!("{ename}: {evalue}")
                .trim_end_matches(": ")
                .to_string(),
            String::new(),
        ],
        ErrorKind::Usage => vec![format!("UsageError: {evalue}")],
        _ => full.clone(),
    };
    shell::with_shell(vm, |sh, _| {
        let mut text = full.join("\n");
        text.push('\n');
        sh.last_traceback = Some(text);
    });
    vm.heap.decref(exc);
    CellError {
        kind,
        ename,
        evalue,
        traceback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_rule() {
        assert!(display_suppressed("x = 1\nx;\n"));
        assert!(display_suppressed("x;  # quiet\n\n"));
        assert!(!display_suppressed("x\n"));
        assert!(!display_suppressed("'a;'\n"));
    }

    #[test]
    fn code_names_match_ipython() {
        // IPython 9: the SHA-1 of the transformed cell (which ends with a newline).
        let cell =
            "import traceback\ntry:\n    C().m()\nexcept KeyError:\n    traceback.print_exc()\n";
        assert_eq!(code_name(cell, 6), "<ipython-input-6-1191a552ed18>");
        assert_eq!(cell_number("<ipython-input-6-1191a552ed18>"), Some(6));
    }
}
