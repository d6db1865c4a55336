//! The `cellar` command line: `cellar FILE.py [ARGS…]` runs a program as `python3 FILE.py`
//! does; `cellar --check FILE` only parses it and reports syntax errors as CPython does.
//! `--verify` (or `CELLAR_VERIFY=1`) recomputes every refcount after each top-level statement
//! and checks at exit that nothing but the interpreter's own objects is left alive.

use std::process::ExitCode;

use clap::Parser;

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
    /// The program to run, then its arguments (`sys.argv`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    program: Vec<String>,
}

/// The interpreter's own recursion is bounded by `sys.getrecursionlimit()`, but each Python
/// call still uses Rust stack; a big thread stack keeps deep (legal) recursion off the guard page.
const INTERPRETER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(path) = cli.check {
        return check(&path);
    }
    let Some(path) = cli.program.first().cloned() else {
        eprintln!("cellar: the prompt comes with the notebook; run `cellar FILE.py`");
        return ExitCode::from(2);
    };
    let verify = cli.verify || std::env::var("CELLAR_VERIFY").is_ok_and(|v| v == "1");
    let argv = cli.program.clone();
    let worker = std::thread::Builder::new()
        .name("cellar".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(&path, argv, verify));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

fn read_source(path: &str) -> Result<String, u8> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = cellar::vm::exc::os_error_text(&e);
            eprintln!(
                "python3: can't open file '{}': [Errno {errno}] {msg}",
                absolute(path)
            );
            return Err(2);
        }
    };
    cellar::syntax::decode_source(&bytes).map_err(|e| {
        eprint!("{}", e.render_cpython("", path));
        1
    })
}

fn absolute(path: &str) -> String {
    std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string())
}

fn run(path: &str, argv: Vec<String>, verify: bool) -> u8 {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut vm = cellar::vm::Vm::new();
    vm.verify = verify;
    vm.argv = argv;
    let outcome = vm.run_source(&source, path);
    let status = match outcome {
        cellar::vm::run::Outcome::Ok => 0,
        cellar::vm::run::Outcome::Failed => 1,
    };
    vm.shutdown();
    if verify {
        if let Err(problems) = vm.exit_check() {
            eprintln!("cellar: heap check at exit failed:");
            for p in problems.iter().take(30) {
                eprintln!("  {p}");
            }
            return 70;
        }
    }
    status
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
