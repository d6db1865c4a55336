//! No container operation grows faster than its CPython complexity: benches/complexity.py runs
//! each one n and 10n times through the release binary and fails if any grows more than 30x
//! (a linear loop grows 10x, a quadratic one 100x). The full table, with python3's growth and
//! times beside, is `python3 benches/complexity.py`.

use std::process::Command;

#[test]
fn container_operations_keep_their_complexity() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("python3")
        .arg(format!("{root}/benches/complexity.py"))
        .args(["--quick", "--n", "5000", "--runs", "3"])
        .args(["--cellar", env!("CARGO_BIN_EXE_cellar")])
        .output()
        .expect("python3 runs benches/complexity.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "an operation went quadratic:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("set |="),
        "the table lists the cases:\n{stdout}"
    );
}
