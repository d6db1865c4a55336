//! The `cellar` command line: `cellar --check FILE` parses a file and reports syntax errors as
//! CPython does. (The prompt and script runner come with the interpreter.)

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(path) = cli.check {
        return check(&path);
    }
    eprintln!("cellar: the interpreter is not built yet; use `cellar --check FILE`");
    ExitCode::from(2)
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
