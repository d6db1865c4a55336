//! pyperformance's pure-Python benchmarks, unmodified, under Cellar: benches/pyperformance/run.py
//! runs each under python3 and under the release binary and compares what they print. The
//! benchmarks in benches/pyperformance/expected.txt must match; the others are only reported.
//! The harness fetches the pyperformance wheel with pip into a cache folder; without network or
//! cache it says so and the test passes, as there is nothing to compare.

use std::process::Command;

#[test]
fn expected_pyperformance_benchmarks_match_python3() {
    let root = env!("CARGO_MANIFEST_DIR");
    let listed = std::fs::read_to_string(format!("{root}/benches/pyperformance/expected.txt"))
        .expect("benches/pyperformance/expected.txt");
    let expected: Vec<&str> = listed
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let out = Command::new("python3")
        .arg(format!("{root}/benches/pyperformance/run.py"))
        .args(["--cellar", env!("CARGO_BIN_EXE_cellar")])
        .args(["--expect", &expected.join(",")])
        .output()
        .expect("python3 runs benches/pyperformance/run.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    if let Some(line) = stdout
        .lines()
        .find(|l| l.starts_with("pyperformance: ") && l.ends_with(": skipped"))
    {
        println!("not run, the benchmarks are unavailable: {line}");
        return;
    }
    assert!(
        out.status.success(),
        "a benchmark of expected.txt no longer matches python3:\n{stdout}\n{stderr}"
    );
}
