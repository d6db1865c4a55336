//! Every native function and method meets wrong argument counts and types without aborting:
//! tools/call_everything.py calls each public callable of the modules Cellar has (and each
//! method of their classes) with missing, extra and mistyped arguments, and must reach its end.

use std::process::Command;

const MODULES: &[&str] = &[
    "builtins",
    "sys",
    "math",
    "time",
    "itertools",
    "functools",
    "operator",
    "collections",
    "heapq",
    "bisect",
    "json",
    "re",
    "string",
    "textwrap",
    "copy",
    "array",
    "struct",
    "base64",
    "binascii",
    "hashlib",
    "random",
    "statistics",
    "fractions",
    "datetime",
    "csv",
    "io",
    "gc",
    "weakref",
    "types",
    "enum",
    "typing",
    "dataclasses",
    "abc",
    "numbers",
    "pprint",
    "posix",
    "logging",
    "pathlib",
    "warnings",
    "atexit",
    "copyreg",
    "_json",
    "_functools",
    "_collections",
];

#[test]
fn no_native_aborts_on_bad_arguments() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile_dir();
    let mut failures = Vec::new();
    for chunk in MODULES.chunks(6) {
        let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
            .arg(root.join("tools").join("call_everything.py"))
            .args(chunk)
            .current_dir(&dir)
            .output()
            .expect("run cellar");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || !stdout.ends_with("DONE\n") {
            let stderr = String::from_utf8_lossy(&out.stderr);
            failures.push(format!("{chunk:?}: {:?}\n{stderr}", out.status));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A scratch working directory, so nothing the calls create lands in the repository.
fn tempfile_dir() -> std::path::PathBuf {
    let d = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("native_arguments");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}
