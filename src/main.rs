//! The `cellar` command line: `cellar` alone is the notebook prompt (or, when standard input
//! is not a terminal, reads it as if typed there); `cellar run FILE` replays a cell file
//! (percent `.py` or `.ipynb`); `cellar FILE.py [ARGS…]` runs a program as `python3 FILE.py`
//! does (`cellar -` reads it from standard input); `cellar --check FILE` only parses it and
//! reports syntax errors as CPython does. `--verify` (or `CELLAR_VERIFY=1`) recomputes every
//! refcount after each top-level statement and checks at exit that nothing but the
//! interpreter's own objects is left alive. `--max-memory` bounds the live heap (MemoryError
//! beyond it). Ctrl-C raises KeyboardInterrupt in the program; an uncaught one ends the process
//! by SIGINT after the normal cleanup, as python3 does.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;

use cellar::heap::budget;
use cellar::notebook::repl;
use cellar::notebook::replay::{self, ReplayOptions};
use cellar::notebook::session::Session;
use cellar::vm::run::Outcome;

#[derive(Parser, Debug)]
#[command(
    name = "cellar",
    version,
    about = "A notebook-style REPL for Python that shows its memory model"
)]
struct Cli {
    /// Parse FILE and report the first syntax error as python3 would (exit 1), or nothing (exit 0).
    #[arg(long, value_name = "FILE")]
    check: Option<String>,
    /// Verify the heap after every top-level statement and check for leaks at exit
    /// (also enabled by the environment variable CELLAR_VERIFY=1).
    #[arg(long)]
    verify: bool,
    /// Limit on the live heap (bytes, or with a K/M/G/T suffix): beyond it the program gets
    /// MemoryError. 0 means no limit; the default is 80% of the machine's physical memory.
    #[arg(long, value_name = "SIZE")]
    max_memory: Option<String>,
    /// Entries the output cache keeps (IPython's cache_size; 0 turns it off).
    #[arg(long, value_name = "N", default_value_t = 1000)]
    cache_size: usize,
    /// The program to run (`-` for standard input), then its arguments (`sys.argv`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    program: Vec<String>,
}

/// `cellar run FILE`: replay a cell file in one persistent cell scope.
#[derive(Parser, Debug)]
#[command(
    name = "cellar run",
    about = "Replay a cell file (# %% percent-format .py or .ipynb)"
)]
struct RunCli {
    /// Show each cell's `In [n]:` and code before running it.
    #[arg(long)]
    echo: bool,
    /// Go on after a cell raises (exit status 1 at the end).
    #[arg(long)]
    keep_going: bool,
    /// Stay at the prompt afterwards, with everything still defined.
    #[arg(short = 'i')]
    interactive: bool,
    /// Write the notebook back with its outputs to OUT (an .ipynb).
    #[arg(long, value_name = "OUT")]
    output: Option<String>,
    /// Write the outputs back into the notebook itself.
    #[arg(long)]
    inplace: bool,
    /// Verify the heap after every statement (also CELLAR_VERIFY=1).
    #[arg(long)]
    verify: bool,
    /// Entries the output cache keeps (0 turns it off).
    #[arg(long, value_name = "N", default_value_t = 1000)]
    cache_size: usize,
    /// Limit on the live heap, as for scripts.
    #[arg(long, value_name = "SIZE")]
    max_memory: Option<String>,
    /// The cell file.
    file: String,
}

/// The interpreter's own recursion is bounded by `sys.getrecursionlimit()`, but each Python
/// call still uses Rust stack; a big thread stack keeps deep (legal) recursion off the guard page.
const INTERPRETER_STACK: usize = 1 << 30;

/// How the run ended, for the process's exit.
enum Exit {
    Code(u8),
    /// An uncaught KeyboardInterrupt: die by SIGINT, as python3 does after its cleanup.
    Interrupted,
}

fn set_memory_limit(text: Option<&str>) -> Result<(), ExitCode> {
    let limit = match text {
        Some(text) => match budget::parse_size(text) {
            Ok(n) => n,
            Err(msg) => {
                eprintln!("cellar: --max-memory: {msg}");
                return Err(ExitCode::from(2));
            }
        },
        None => budget::default_limit(),
    };
    budget::set_limit(limit);
    Ok(())
}

fn verify_from_env(flag: bool) -> bool {
    flag || std::env::var("CELLAR_VERIFY").is_ok_and(|v| v == "1")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("run") {
        let cli = RunCli::parse_from(
            std::iter::once("cellar run".to_string()).chain(args[2..].iter().cloned()),
        );
        if let Err(code) = set_memory_limit(cli.max_memory.as_deref()) {
            return code;
        }
        return on_interpreter_thread(move || replay(cli));
    }
    let cli = Cli::parse();
    if let Some(path) = cli.check {
        return check(&path);
    }
    if let Err(code) = set_memory_limit(cli.max_memory.as_deref()) {
        return code;
    }
    let verify = verify_from_env(cli.verify);
    let Some(path) = cli.program.first().cloned() else {
        let cache_size = cli.cache_size;
        return on_interpreter_thread(move || prompt(verify, cache_size));
    };
    let argv = cli.program.clone();
    on_interpreter_thread(move || run(&path, argv, verify))
}

/// Runs `job` on a thread with the interpreter's big stack, Ctrl-C raising KeyboardInterrupt.
fn on_interpreter_thread(job: impl FnOnce() -> Exit + Send + 'static) -> ExitCode {
    cellar::vm::interrupts::install_sigint_handler();
    let worker = std::thread::Builder::new()
        .name("cellar".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(job);
    match worker.map(|h| h.join()) {
        Ok(Ok(Exit::Code(code))) => ExitCode::from(code),
        Ok(Ok(Exit::Interrupted)) => {
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
            ExitCode::from(130)
        }
        _ => ExitCode::from(70),
    }
}

/// The program's text and the name its tracebacks use (`<stdin>`, or the path made absolute
/// as python3 shows it), or the exit status after reporting why it cannot be read.
fn read_program(path: &str) -> Result<(String, String), u8> {
    if path == "-" {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("cellar: can't read standard input: {e}");
            return Err(2);
        }
        return decode(&bytes, "<stdin>").map(|s| (s, "<stdin>".to_string()));
    }
    let name = absolute(path);
    if std::path::Path::new(path).is_dir() {
        eprintln!("cellar: can't find '__main__' module in '{name}'");
        return Err(1);
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = cellar::vm::exc::os_error_text(&e);
            eprintln!("cellar: can't open file '{name}': [Errno {errno}] {msg}");
            return Err(2);
        }
    };
    decode(&bytes, &name).map(|s| (s, name))
}

fn decode(bytes: &[u8], name: &str) -> Result<String, u8> {
    cellar::syntax::decode_source(bytes).map_err(|e| {
        eprint!("{}", e.render_cpython("", name));
        1
    })
}

/// `path` joined to the working directory as python3 reports a script (no `.`/`..` folding).
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{path}", d.display()),
        Err(_) => path.to_string(),
    }
}

fn run(path: &str, argv: Vec<String>, verify: bool) -> Exit {
    let (source, name) = match read_program(path) {
        Ok(p) => p,
        Err(code) => return Exit::Code(code),
    };
    let mut vm = cellar::vm::Vm::new();
    vm.verify = verify;
    if verify {
        vm.heap.count_bytes();
    }
    vm.argv = argv;
    let outcome = vm.run_source(&source, &name);
    if let Some(failed) = checkpoint_failure(&mut vm) {
        return failed;
    }
    vm.shutdown();
    if let Some(failed) = exit_check_failure(&mut vm) {
        return failed;
    }
    match outcome {
        Outcome::Ok => Exit::Code(0),
        Outcome::Failed => Exit::Code(1),
        Outcome::Interrupted => Exit::Interrupted,
        Outcome::Exit(status) => Exit::Code(status),
    }
}

/// A notebook session with the command line's settings.
fn new_session(verify: bool, cache_size: usize) -> Session {
    let mut session = Session::new();
    session.vm.verify = verify;
    session.set_cache_size(cache_size);
    session
}

/// What the verifier found at a checkpoint (`--verify`), reported: the heap is broken.
fn checkpoint_failure(vm: &mut cellar::vm::Vm) -> Option<Exit> {
    let problems = vm.heap_problems.take()?;
    vm.flush_stdout();
    eprintln!("cellar: {}", problems.join("\n  "));
    Some(Exit::Code(70))
}

/// After the interpreter's exit, with `--verify`: anything left alive or miscounted, reported.
fn exit_check_failure(vm: &mut cellar::vm::Vm) -> Option<Exit> {
    if !vm.verify {
        return None;
    }
    let problems = vm.exit_check().err()?;
    eprintln!("cellar: heap check at exit failed:");
    for p in problems.iter().take(30) {
        eprintln!("  {p}");
    }
    Some(Exit::Code(70))
}

/// Ends a session as a script ends (finalizers, the last collection), then the heap check.
fn end_session(mut session: Session, status: u8) -> Exit {
    if let Some(failed) = checkpoint_failure(&mut session.vm) {
        return failed;
    }
    session.shutdown();
    exit_check_failure(&mut session.vm).unwrap_or(Exit::Code(status))
}

fn replay(cli: RunCli) -> Exit {
    let mut session = new_session(verify_from_env(cli.verify), cli.cache_size);
    let output = if cli.inplace {
        Some(cli.file.clone())
    } else {
        cli.output.clone()
    };
    let opts = ReplayOptions {
        echo: cli.echo,
        keep_going: cli.keep_going,
        output,
    };
    if let Some(dir) = std::path::absolute(&cli.file)
        .ok()
        .and_then(|p| p.parent().map(|d| d.to_owned()))
    {
        session.import_from_folder(&dir.to_string_lossy());
    }
    let status = replay::run_file(&mut session, &cli.file, &opts);
    if cli.interactive && status != 2 {
        let (session, status) = repl::run(session);
        return end_session(session, status);
    }
    end_session(session, status)
}

/// `cellar` with no program: the prompt on a terminal, else stdin read as if typed there.
fn prompt(verify: bool, cache_size: usize) -> Exit {
    let mut session = new_session(verify, cache_size);
    if std::io::stdin().is_terminal() {
        let (session, status) = repl::run(session);
        return end_session(session, status);
    }
    let status = replay::run_piped(&mut session);
    end_session(session, status)
}

fn check(path: &str) -> ExitCode {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cellar: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    let source = match cellar::syntax::decode_source(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", e.render_cpython("", path));
            return ExitCode::from(1);
        }
    };
    match cellar::syntax::parse_module_deep(&source) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprint!("{}", e.render_cpython(&source, path));
            ExitCode::from(1)
        }
    }
}
