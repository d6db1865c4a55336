//! Every cell file in samples/ replays as a notebook (`cellar run --keep-going`) with the heap
//! verifier on, prints what its transcript in tests/samples/NAME.out says (Cellar's own
//! output, reviewed when written: the `freed` lines are the lesson of each sample), and
//! leaves nothing on stderr. `CELLAR_BLESS=1 cargo test --test samples` rewrites the
//! transcripts after a deliberate change.

use std::path::{Path, PathBuf};
use std::process::Command;

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("samples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// Addresses and timings differ from run to run.
fn normalise(text: &str) -> String {
    let timed = normalise_timings(text);
    let text: &str = &timed;
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let hex = rest[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        out.push_str(if hex >= 6 {
            "0x…"
        } else {
            &rest[i..i + 2 + hex]
        });
        rest = &rest[i + 2 + hex..];
    }
    out.push_str(rest);
    out
}

#[test]
fn every_sample_replays_as_its_transcript() {
    let files = samples();
    assert!(files.len() >= 6, "the samples are there: {files:?}");
    let bless = std::env::var_os("CELLAR_BLESS").is_some();
    // The startup heap holds the sample's directory (sys.path[0]), so the byte figures in the
    // transcripts depend on that path's length: replay a copy from a directory whose path has
    // the same length on every machine.
    let scratch = Path::new("/tmp").join(format!("cellar-samples-{:010}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_stem().and_then(|s| s.to_str()).expect("name");
        let file_name = file.file_name().expect("file name");
        std::fs::copy(file, scratch.join(file_name)).expect("copy the sample");
        let out = Command::new(CELLAR)
            .args(["run", "--keep-going", "--verify"])
            .arg(file_name)
            .current_dir(&scratch)
            .env("CELLAR_VERIFY", "1")
            .output()
            .expect("run cellar");
        let stdout = normalise(&String::from_utf8_lossy(&out.stdout));
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !stderr.is_empty() {
            failures.push(format!("{name}: stderr:\n{stderr}"));
        }
        if !matches!(out.status.code(), Some(0 | 1)) {
            failures.push(format!("{name}: exit status {:?}", out.status));
        }
        let expected_path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/samples")
            .join(format!("{name}.out"));
        if bless {
            std::fs::write(&expected_path, &stdout).expect("write transcript");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if stdout != expected {
            failures.push(format!(
                "{name}: output differs from {}:\n--- got ---\n{stdout}--- expected ---\n{expected}",
                expected_path.display()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `%mem gc`'s "in 0.1 ms", and the allocator's byte counts in `%%mem`'s summary line (they
/// include the interpreter's own buffers, which vary with the machine).
fn normalise_timings(text: &str) -> String {
    text.lines()
        .map(|line| match line.rfind(", in ") {
            Some(i) if line.ends_with(" ms") => format!("{}, in … ms", &line[..i]),
            _ if line.starts_with("%%mem: ") => allocator_figures(line),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if text.ends_with('\n') { "\n" } else { "" }
}

/// `+167.1 KiB` → `+… B`: figures followed by a byte unit.
fn allocator_figures(line: &str) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let unit = words
            .get(i + 1)
            .filter(|u| matches!(u.trim_end_matches([',', ';']), "B" | "KiB" | "MiB" | "GiB"));
        match unit {
            Some(u) if w.trim_start_matches(['+', '-']).parse::<f64>().is_ok() => {
                let sign = if w.starts_with('-') { "-" } else { "+" };
                let tail = &u[u.trim_end_matches([',', ';']).len()..];
                out.push(format!("{sign}…{tail}"));
                i += 2;
            }
            _ => {
                out.push(w.to_string());
                i += 1;
            }
        }
    }
    out.join(" ")
}
