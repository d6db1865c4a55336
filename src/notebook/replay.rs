//! Replaying cells without a terminal: `cellar run FILE` (percent `.py` or `.ipynb`, with
//! `--echo`, `--keep-going`, and `--output`/`--inplace` to write a notebook back with its
//! outputs), and standard input that is not a terminal, read line by line as if typed at the
//! prompt (IPython's prompts and separators, Enter decided by `check_complete`). Each prints
//! what IPython's shell prints: the cell's output, `Out[n]: value`, tracebacks.

use super::cell_files::{self, CellKind, Output};
use super::input_complete::{check_complete, Completeness};
use super::session::{CellError, CellOutcome, ErrorKind, Session};
use crate::vm::output::Stream;
use crate::vm::Vm;

#[derive(Debug, Default, Clone)]
pub struct ReplayOptions {
    pub echo: bool,
    pub keep_going: bool,
    /// Write the notebook with its outputs here.
    pub output: Option<String>,
}

/// What a cell's outcome prints, as IPython's InteractiveShell prints it: the value after
/// `Out[n]: ` (on its own line when it spans several), tracebacks on stdout, usage errors on
/// stderr.
pub fn print_outcome(vm: &mut Vm, outcome: &CellOutcome) {
    if let Some(line) = out_line(outcome, &format!("Out[{}]: ", outcome.count.unwrap_or(0))) {
        vm.out.out(&line);
    }
    print_error(vm, outcome);
}

/// The part of `print_outcome` after the value: the error, then `%mem auto`'s line.
pub fn print_error(vm: &mut Vm, outcome: &CellOutcome) {
    if let Some(e) = &outcome.error {
        match e.kind {
            ErrorKind::Usage => vm.out.err(&e.text()),
            _ => vm.out.out(&error_text(e)),
        }
    }
    if let Some(line) = &outcome.mem_line {
        vm.out.out(line);
    }
    vm.flush_stdout();
}

/// `Out[n]: value` with `prompt` (the value on its own line when it spans several), if the
/// cell shows a value.
pub fn out_line(outcome: &CellOutcome, prompt: &str) -> Option<String> {
    if outcome
        .error
        .as_ref()
        .is_some_and(|e| e.kind == ErrorKind::Display)
    {
        // The traceback follows the prompt on the same line.
        return Some(prompt.to_string());
    }
    let text = outcome.shown.as_ref()?;
    outcome.count?;
    let sep = if text.contains('\n') { "\n" } else { "" };
    Some(format!("{prompt}{sep}{text}\n"))
}

/// What IPython prints for an error on stdout (a SyntaxError is followed by a blank line).
fn error_text(e: &CellError) -> String {
    match e.kind {
        ErrorKind::Syntax => format!("{}\n", e.text()),
        _ => e.text(),
    }
}

/// `cellar run FILE`: the exit status (0 every cell ran, 1 a cell raised, 2 a bad file).
pub fn run_file(session: &mut Session, path: &str, opts: &ReplayOptions) -> u8 {
    let file = match cell_files::read(path) {
        Ok(f) => f,
        Err(msg) => {
            session.vm.out.err(&format!("cellar: {msg}\n"));
            return 2;
        }
    };
    let capture = opts.output.is_some();
    let mut status = 0;
    let mut results = Vec::new();
    let code_cells = file
        .cells
        .iter()
        .filter(|c| c.kind != CellKind::Markdown)
        .count();
    let progress = super::progress::Progress::start(&mut session.vm, code_cells);
    let mut done = 0;
    for cell in &file.cells {
        if cell.kind == CellKind::Markdown {
            if opts.echo {
                session.vm.out.out(&format!("{}\n\n", cell.source));
            }
            continue;
        }
        if opts.echo {
            let n = session.count();
            echo_cell(&mut session.vm, n, &cell.source);
        }
        if capture {
            session.vm.out.start_capture(true);
        }
        done += 1;
        progress.at(&mut session.vm, done);
        let outcome = session.run_cell(&cell.source);
        print_outcome(&mut session.vm, &outcome);
        if capture {
            let streams = session.vm.out.take_captured();
            results.push((cell.index, outcome.count, outputs_of(&outcome, streams)));
        }
        let failed = outcome
            .error
            .as_ref()
            .is_some_and(|e| !matches!(e.kind, ErrorKind::SystemExit | ErrorKind::Display));
        if failed {
            status = 1;
            if !opts.keep_going {
                break;
            }
        }
        if session.exit_requested() {
            break;
        }
    }
    progress.finish(&mut session.vm);
    if let (Some(out), Some(nb)) = (&opts.output, &file.notebook) {
        let text = cell_files::to_text(&cell_files::with_outputs(nb, &results));
        if let Err(e) = std::fs::write(out, text) {
            session
                .vm
                .out
                .err(&format!("cellar: cannot write {out}: {e}\n"));
            return 2;
        }
    } else if opts.output.is_some() {
        session.vm.out.err(&format!(
            "cellar: --output needs a .ipynb notebook, not {path}\n"
        ));
        return 2;
    }
    status
}

/// The outputs nbformat stores for a cell: its streams (the printed part of a traceback
/// excluded), the result, the error.
fn outputs_of(outcome: &CellOutcome, streams: Vec<(Stream, String)>) -> Vec<Output> {
    let mut outputs = Vec::new();
    let shown_line = out_line(outcome, &format!("Out[{}]: ", outcome.count.unwrap_or(0)));
    let error_text = outcome.error.as_ref().map(error_text);
    for (stream, mut text) in streams {
        // What print_outcome wrote is stored as the result and the error, not as a stream.
        if stream == Stream::Stdout {
            if let Some(s) = &shown_line {
                if let Some(stripped) = text.strip_suffix(s.as_str()) {
                    text = stripped.to_string();
                }
            }
            if let Some(s) = &error_text {
                if let Some(stripped) = text.strip_suffix(s.as_str()) {
                    text = stripped.to_string();
                }
            }
        }
        if text.is_empty() {
            continue;
        }
        let name = match stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        };
        outputs.push(Output::Stream { name, text });
    }
    if let (Some(text), Some(n)) = (&outcome.shown, outcome.count) {
        outputs.push(Output::Result {
            count: n,
            text: text.clone(),
        });
    }
    if let Some(e) = &outcome.error {
        outputs.push(Output::Error {
            ename: e.ename.clone(),
            evalue: e.evalue.clone(),
            traceback: e.traceback.clone(),
        });
    }
    outputs
}

fn echo_cell(vm: &mut Vm, n: u32, source: &str) {
    let mut text = String::new();
    for (i, line) in source.split('\n').enumerate() {
        if i == 0 {
            text.push_str(&format!("In [{n}]: {line}\n"));
        } else {
            let pad = " ".repeat(format!("In [{n}]: ").len() - 5);
            text.push_str(&format!("{pad}...: {line}\n"));
        }
    }
    vm.out.out(&text);
    vm.flush_stdout();
}

/// The next line of standard input (the same reader `input()` uses, so a cell that reads
/// stdin takes the lines after it, as under IPython).
fn read_stdin_line(session: &mut Session) -> Option<String> {
    match crate::builtins::stdin_lines::read_line(&mut session.vm) {
        Ok(Some(bytes)) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Ok(None) => None,
        Err(e) => {
            session.vm.heap.decref(e.0);
            None
        }
    }
}

/// Standard input that is not a terminal, read as if typed at the prompt: IPython prints
/// `\nIn [n]: ` before each cell and `   ...: ` for each further line, and asks before
/// exiting at the end of input.
pub fn run_piped(session: &mut Session) -> u8 {
    let mut buffer = String::new();
    let prompt = |session: &mut Session| {
        let n = session.count();
        session.vm.out.out(&format!("\nIn [{n}]: "));
        session.vm.flush_stdout();
    };
    prompt(session);
    let mut next = read_stdin_line(session);
    while let Some(line) = next {
        let line = line.trim_end_matches('\n').trim_end_matches('\r');
        if !buffer.is_empty() {
            let n = session.count();
            let pad = " ".repeat(format!("In [{n}]: ").len() - 5);
            session.vm.out.out(&format!("{pad}...: "));
            buffer.push('\n');
        }
        buffer.push_str(line);
        let state = check_complete(&format!("{buffer}\n"));
        next = read_stdin_line(session);
        if let Completeness::Incomplete(_) = state {
            if next.is_some() {
                continue;
            }
        }
        let cell = std::mem::take(&mut buffer);
        if super::shell::is_exit_command(cell.trim()) {
            session.vm.flush_stdout();
            return 0;
        }
        let outcome = session.run_cell(&cell);
        print_outcome(&mut session.vm, &outcome);
        if session.exit_requested() {
            return 0;
        }
        prompt(session);
        if !buffer.is_empty() {
            continue;
        }
    }
    session.vm.out.out("Do you really want to exit ([y]/n)? \n");
    session.vm.flush_stdout();
    0
}
