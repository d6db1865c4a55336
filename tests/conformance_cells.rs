//! The conformance corpus through the notebook's session layer: each program that ends
//! normally is replayed as one cell (`cellar run PROGRAM.py`: a file without `# %%` markers is
//! one cell) with the heap verifier on, and must print exactly what python3 printed (its
//! `.out`). Programs are skipped where a notebook differs by definition: those that end with
//! an uncaught exception (IPython's traceback format, tests/cells covers it), read `__file__`
//! or `sys.argv`, pass interpreter options, or end with an expression (the cell would show
//! it). tests/conformance/cells_differs.txt lists, with reasons, the programs whose output
//! differs in a notebook on purpose (the shell's own objects change collector counts).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");

fn listed(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("tests/conformance")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .expect("corpus folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

/// Why a program is not replayed as a cell, if it is not.
fn skipped(prog: &Path, text: &str) -> Option<&'static str> {
    if prog.with_extension("err").exists() {
        return Some("ends with an uncaught exception");
    }
    if text.contains("__file__") || text.contains("argv") {
        return Some("reads __file__ or sys.argv");
    }
    if text.lines().take(5).any(|l| l.starts_with("# cellar:")) {
        return Some("needs interpreter options");
    }
    if text.lines().any(|l| l.starts_with("# %%")) {
        return Some("has cell markers");
    }
    let last = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let first_char_is_expr = !last.starts_with(char::is_whitespace)
        && !["print(", "del ", "import ", "from ", "pass", "assert "]
            .iter()
            .any(|k| last.starts_with(k))
        && !last.contains('=');
    first_char_is_expr.then_some("ends with an expression (a cell would show it)")
}

#[test]
fn conformance_programs_run_as_one_cell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let known = listed(&root.join("known_failures.txt"));
    let differs = listed(&root.join("cells_differs.txt"));
    let filter = std::env::var("CELLAR_CONFORMANCE").unwrap_or_default();
    let scratch = std::env::temp_dir().join(format!("cellar-conf-cells-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch");
    let (mut ran, mut failures, mut now_pass) = (0, Vec::new(), Vec::new());
    for prog in programs(&root) {
        let rel = prog
            .strip_prefix(&root)
            .expect("under root")
            .to_string_lossy()
            .to_string();
        if !rel.contains(&filter) || known.contains(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(&prog).unwrap_or_default();
        if skipped(&prog, &text).is_some() {
            continue;
        }
        let expected = std::fs::read_to_string(prog.with_extension("out")).unwrap_or_default();
        let stdin = match std::fs::File::open(prog.with_extension("in")) {
            Ok(f) => Stdio::from(f),
            Err(_) => Stdio::null(),
        };
        let out = Command::new(CELLAR)
            .args(["run", "--verify"])
            .arg(&prog)
            .current_dir(&scratch)
            .env("CELLAR_VERIFY", "1")
            .stdin(stdin)
            .output()
            .expect("run cellar");
        ran += 1;
        let got = String::from_utf8_lossy(&out.stdout);
        let ok = got == expected && out.status.success();
        match (ok, differs.contains(&rel)) {
            (true, true) => now_pass.push(rel),
            (false, false) => failures.push(format!(
                "{rel}: status {:?}\n--- got ---\n{got}--- expected ---\n{expected}--- stderr ---\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )),
            _ => {}
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    eprintln!(
        "conformance as cells: {ran} programs, {} differ",
        failures.len()
    );
    assert!(ran > 300 || !filter.is_empty(), "only {ran} programs ran");
    assert!(
        now_pass.is_empty(),
        "these now match as cells: take them off cells_differs.txt: {now_pass:?}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
