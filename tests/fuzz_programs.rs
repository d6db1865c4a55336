//! Program-mutation fuzzing of the interpreter: tools/fuzz.py mutates the programs of
//! tests/conformance and tests/gc (deleted/duplicated/swapped lines and tokens, inserted `del`,
//! `gc.collect()`, `raise`, `break`, `return`, `yield`, try/except/finally wrappers, objects with
//! a collecting `__del__`, extreme integer literals) and runs each mutant as
//! `cellar --verify mutant.py`. A panic, a heap-verifier failure, a death by signal that python3
//! does not share, or a hang where python3 finishes makes the harness exit 1.
//!
//! The CI run is a fixed seed and a 40 s budget; `CELLAR_FUZZ_SEED` and `CELLAR_FUZZ_SECONDS`
//! override them. Longer runs, and the differential mode against python3, are described in
//! tools/FUZZING.md. Needs only python3 (stdlib).

use std::path::Path;
use std::process::Command;

const SEED: u64 = 20_261_205;
const SECONDS: u64 = 40;

#[test]
fn mutants_never_panic_or_leak() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("tools").join("fuzz.py");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz_programs");
    let seed = std::env::var("CELLAR_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(SEED);
    let seconds = std::env::var("CELLAR_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(SECONDS);
    let output = Command::new("python3")
        .arg(&script)
        .args(["--seed", &seed.to_string()])
        .args(["--seconds", &seconds.to_string()])
        .args(["--jobs", "2"])
        .arg("--cellar")
        .arg(env!("CARGO_BIN_EXE_cellar"))
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 {}: {e}", script.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "tools/fuzz.py --seed {seed} --seconds {seconds} failed ({}); findings are under {}\n\
         --- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
        output.status,
        out.join("findings").display(),
    );
    println!("{stdout}");
}
