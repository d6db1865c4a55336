//! `cellar run` on notebooks as files: an `.ipynb` replays like its percent-format twin, and
//! `--output`/`--inplace` write it back with its outputs (stream, execute_result, error,
//! execution counts) in a form `nbformat.validate` accepts (nbformat is installed with pip
//! into a venv under the target directory when python3 lacks it); bad files get one line
//! naming the file and the position, and exit status 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cellar-nbfiles-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn cellar(dir: &Path, args: &[&str]) -> Output {
    Command::new(CELLAR)
        .args(args)
        .current_dir(dir)
        .env("CELLAR_VERIFY", "1")
        .output()
        .expect("run cellar")
}

const NOTEBOOK: &str = r##"{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Sales"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
   "source": ["rows = [3, 1, 2]\n", "print('rows', len(rows))\n", "sorted(rows)"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "%who"},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
   "source": ["total = sum(rows);"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
   "source": ["total / 0"]},
  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
   "source": ["{'total': total}"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
              "language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"##;

const PERCENT: &str = "# %% [markdown]\n# # Sales\n\n# %%\nrows = [3, 1, 2]\nprint('rows', len(rows))\nsorted(rows)\n\n# %%\n%who\n\n# %%\ntotal = sum(rows);\n\n# %%\ntotal / 0\n\n# %%\n{'total': total}\n";

#[test]
fn an_ipynb_replays_as_its_percent_twin() {
    let dir = scratch("twin");
    std::fs::write(dir.join("sales.ipynb"), NOTEBOOK).expect("write");
    std::fs::write(dir.join("sales.py"), PERCENT).expect("write");
    let nb = cellar(&dir, &["run", "--keep-going", "sales.ipynb"]);
    let py = cellar(&dir, &["run", "--keep-going", "sales.py"]);
    let text = String::from_utf8_lossy(&nb.stdout);
    assert_eq!(text, String::from_utf8_lossy(&py.stdout));
    assert!(
        text.contains("rows 3\nOut[1]: [1, 2, 3]\nrows\t \n"),
        "{text}"
    );
    assert!(
        text.contains("ZeroDivisionError: division by zero"),
        "{text}"
    );
    assert!(text.ends_with("Out[5]: {'total': 6}\n"), "{text}");
    // A cell raised: exit status 1; nothing on stderr (the verifier is on).
    assert_eq!(nb.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&nb.stderr), "");
}

#[test]
fn without_keep_going_the_replay_stops_at_the_first_error() {
    let dir = scratch("stop");
    std::fs::write(dir.join("sales.ipynb"), NOTEBOOK).expect("write");
    let out = cellar(&dir, &["run", "sales.ipynb"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("ZeroDivisionError"), "{text}");
    assert!(!text.contains("Out[5]"), "{text}");
    assert_eq!(out.status.code(), Some(1));
}

/// A python3 that can `import nbformat`: the system's, or a venv made for the tests.
fn python_with_nbformat() -> PathBuf {
    let has = |py: &Path| {
        Command::new(py)
            .args(["-c", "import nbformat"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let system = PathBuf::from("python3");
    if has(&system) {
        return system;
    }
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let venv = target.join("nbformat-venv");
    let py = venv.join("bin/python");
    if !has(&py) {
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 -m venv");
        assert!(made.success(), "could not make a venv for nbformat");
        let pip = Command::new(&py)
            .args(["-m", "pip", "install", "--quiet", "nbformat"])
            .status()
            .expect("pip install nbformat");
        assert!(pip.success(), "pip install nbformat failed");
    }
    py
}

fn validate(py: &Path, notebook: &Path) -> String {
    let out = Command::new(py)
        .args([
            "-c",
            "import sys, json, nbformat\n\
             nb = nbformat.read(sys.argv[1], as_version=4)\n\
             nbformat.validate(nb)\n\
             for c in nb.cells:\n\
             \x20   if c.cell_type == 'code':\n\
             \x20       print(c.execution_count, [o.output_type for o in c.outputs])\n",
        ])
        .arg(notebook)
        .output()
        .expect("run the validator");
    assert!(
        out.status.success(),
        "nbformat rejects {}: {}",
        notebook.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn output_notebooks_pass_nbformat_validate() {
    let dir = scratch("output");
    std::fs::write(dir.join("sales.ipynb"), NOTEBOOK).expect("write");
    let run = cellar(
        &dir,
        &[
            "run",
            "--keep-going",
            "sales.ipynb",
            "--output",
            "done.ipynb",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    let py = python_with_nbformat();
    let cells = validate(&py, &dir.join("done.ipynb"));
    assert_eq!(
        cells,
        "1 ['stream', 'execute_result']\n2 ['stream']\n3 []\n4 ['error']\n5 ['execute_result']\n"
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("done.ipynb")).expect("read"))
            .expect("json");
    let error = &written["cells"][4]["outputs"][0];
    assert_eq!(error["ename"], "ZeroDivisionError");
    assert_eq!(error["evalue"], "division by zero");
    let result = &written["cells"][1]["outputs"][1];
    assert_eq!(
        result["data"]["text/plain"],
        serde_json::json!(["[1, 2, 3]"])
    );
    // The source notebook is untouched.
    assert_eq!(
        std::fs::read_to_string(dir.join("sales.ipynb")).expect("read"),
        NOTEBOOK
    );

    // --inplace rewrites the notebook itself, and a second replay of it gives the same.
    let inplace = cellar(&dir, &["run", "--keep-going", "sales.ipynb", "--inplace"]);
    assert_eq!(inplace.status.code(), Some(1));
    assert_eq!(validate(&py, &dir.join("sales.ipynb")), cells);
}

#[test]
fn bad_files_name_the_file_and_the_position() {
    let dir = scratch("bad");
    let cases: &[(&str, &[u8], &str)] = &[
        ("broken.ipynb", b"{\"cells\": [\n", "broken.ipynb:2:"),
        (
            "v3.ipynb",
            b"{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}",
            "nbformat 3",
        ),
        (
            "v9.ipynb",
            b"{\"cells\": [], \"metadata\": {}, \"nbformat\": 9, \"nbformat_minor\": 0}",
            "v9.ipynb",
        ),
        (
            "source.ipynb",
            b"{\"cells\":[{\"cell_type\":\"code\",\"source\":5,\"metadata\":{},\"outputs\":[]}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}",
            "\"source\" is neither a string nor a list",
        ),
        ("latin1.py", b"x = '\xff'\n", "latin1.py:1:"),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(dir.join(name), bytes).expect("write");
        let out = cellar(&dir, &["run", name]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
        assert!(out.stdout.is_empty(), "{name}: nothing runs");
    }
    std::fs::create_dir_all(dir.join("folder.ipynb")).expect("dir");
    for name in ["folder.ipynb", "missing.ipynb"] {
        let out = cellar(&dir, &["run", name]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
    }
}

#[test]
fn no_progress_line_when_stderr_is_not_a_terminal() {
    let dir = scratch("progress");
    std::fs::write(
        dir.join("slow.py"),
        "# %%\nimport time\n# %%\ntime.sleep(1.5)\n# %%\nprint('done')\n",
    )
    .expect("write");
    let out = cellar(&dir, &["run", "slow.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
