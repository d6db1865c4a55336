//! The differential-corpus runner shared by tests/conformance.rs and tests/gc_corpus.rs: every
//! program runs through the `cellar` binary with the heap verifier on (a refcount mismatch or a
//! leak at exit makes the binary exit 70), in a fresh temporary directory, with its `.in` file as
//! stdin. Stdout must match `.out` byte for byte; the exit status and last stderr line must match
//! `.err`; where a `.stderr` file exists, the whole stderr must match it after `strip_dir` (the
//! program's own directory, as in `File "/abs/.../tracebacks_full/03_x.py"`, is removed) and
//! `normalize_stderr`. A `# cellar: ARGS` comment line within a program's first 5 lines passes
//! ARGS (split on whitespace) to cellar before the program's path (`cellar_args`).
//!
//! Each corpus has a `known_failures.txt` listing, honestly, the programs that still differ (one
//! path per line, `#` comments): they are run and reported but do not fail the test; a listed
//! program that now passes fails it, so the list only shrinks.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

/// A corpus: its directory under tests/ and the environment variable that filters it.
pub struct Corpus {
    pub dir: &'static str,
    pub filter_var: &'static str,
}

impl Corpus {
    fn root(&self) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(self.dir)
    }
}

fn programs(corpus: &Corpus) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let filter = std::env::var(corpus.filter_var).unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus.root())
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .expect("topic")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .filter(|p| p.to_string_lossy().contains(&filter))
            .collect();
        files.sort();
        found.extend(files);
    }
    found
}

fn known_failures(corpus: &Corpus) -> Vec<String> {
    std::fs::read_to_string(corpus.root().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

struct Ran {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    timed_out: bool,
}

/// The cellar arguments a program asks for with a `# cellar: ARGS` comment line within its first
/// 5 lines (e.g. `# cellar: --max-memory=256M`); tests/conformance/regen.py reads them the same
/// way and runs python3 under the matching RLIMIT_AS.
pub fn cellar_args(prog: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(prog).unwrap_or_default();
    text.lines()
        .take(5)
        .find_map(|l| l.trim_start().strip_prefix("# cellar:"))
        .map(|args| args.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn run(prog: &Path, scratch: &Path) -> Ran {
    let stdin_data = std::fs::read(prog.with_extension("in")).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(cellar_args(prog))
        .arg(prog)
        .env("CELLAR_VERIFY", "1")
        .current_dir(scratch)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cellar");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&stdin_data);
    });
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s.code();
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            timed_out = true;
            break child.wait().ok().and_then(|s| s.code());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let _ = feeder.join();
    Ran {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned(),
        timed_out,
    }
}

fn last_line(s: &str) -> &str {
    s.trim_end_matches('\n').rsplit('\n').next().unwrap_or("")
}

/// Compares one program's run with its expected files; None when it matches.
fn judge(prog: &Path, ran: &Ran) -> Option<String> {
    let expected_out = std::fs::read(prog.with_extension("out")).unwrap_or_default();
    let expected_err = std::fs::read_to_string(prog.with_extension("err")).ok();
    let mut why = Vec::new();
    if ran.timed_out {
        why.push(format!("timed out after {TIMEOUT:?}"));
    }
    let want_status = if expected_err.is_some() { 1 } else { 0 };
    if ran.status != Some(want_status) {
        why.push(format!(
            "exit status {:?}, expected {want_status}; stderr ends:\n{}",
            ran.status,
            tail(&ran.stderr, 12)
        ));
    } else if let Some(e) = &expected_err {
        let got = last_line(&ran.stderr);
        if got != e.trim_end_matches('\n') {
            why.push(format!(
                "last stderr line\n  got:      {got}\n  expected: {}",
                e.trim_end()
            ));
        }
    }
    if let Ok(full) = std::fs::read_to_string(prog.with_extension("stderr")) {
        let got = normalize_stderr(&strip_dir(&ran.stderr, prog));
        if got != full {
            why.push(format!(
                "stderr differs\n  got:\n{got}\n  expected:\n{full}"
            ));
        }
    }
    if ran.stdout != expected_out {
        why.push(first_difference(&expected_out, &ran.stdout));
    }
    (!why.is_empty()).then(|| why.join("\n"))
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn first_difference(expected: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let (el, gl): (Vec<&str>, Vec<&str>) = (e.lines().collect(), g.lines().collect());
    let i = (0..el.len().max(gl.len()))
        .find(|&i| el.get(i) != gl.get(i))
        .unwrap_or(0);
    format!(
        "stdout differs at line {}\n  got:      {:?}\n  expected: {:?}",
        i + 1,
        gl.get(i).copied().unwrap_or("<end of output>"),
        el.get(i).copied().unwrap_or("<end of output>")
    )
}

/// Removes the program's own directory and the slash after it wherever it appears (tracebacks
/// name the program by its absolute path), so a `.stderr` file does not depend on where the
/// repository is: `File "/abs/.../tracebacks_full/03_x.py", line 4` becomes
/// `File "03_x.py", line 4`. tests/conformance/regen.py does the same to python3's stderr.
pub fn strip_dir(text: &str, prog: &Path) -> String {
    match prog.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            let mut prefix = dir.display().to_string();
            if !prefix.ends_with('/') {
                prefix.push('/');
            }
            text.replace(&prefix, "")
        }
        _ => text.to_string(),
    }
}

/// What no implementation can reproduce in gc debug output (tests/gc/regen.py does the same):
/// addresses, elapsed times and the size of the permanent generation.
pub fn normalize_stderr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut line = replace_hex(line);
        if let Some(i) = line.find("s elapsed") {
            let start = line[..i]
                .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(0, |p| p + 1);
            line.replace_range(start..i, "N.NNNN");
        }
        let perm = "objects in permanent generation: ";
        if let Some(i) = line.find(perm) {
            let from = i + perm.len();
            let to = line[from..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(line.len(), |p| from + p);
            line.replace_range(from..to, "N");
        }
        out.push_str(&line);
    }
    out
}

fn replace_hex(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("0x") {
        let digits = rest[i + 2..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len() - i - 2);
        out.push_str(&rest[..i]);
        if digits == 0 {
            out.push_str("0x");
        } else {
            out.push_str("0xADDR");
        }
        rest = &rest[i + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// Runs every selected program of `corpus` and fails on any unexpected difference.
pub fn run_corpus(corpus: &Corpus) {
    let progs = programs(corpus);
    assert!(!progs.is_empty(), "no programs selected");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for w in 0..workers {
            let (progs, next, failures) = (&progs, &next, &failures);
            s.spawn(move || {
                let scratch = std::env::temp_dir().join(format!(
                    "cellar-{}-{}-{w}",
                    corpus.dir,
                    std::process::id()
                ));
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(prog) = progs.get(i) else { break };
                    let _ = std::fs::remove_dir_all(&scratch);
                    std::fs::create_dir_all(&scratch).expect("scratch dir");
                    let ran = run(prog, &scratch);
                    if let Some(why) = judge(prog, &ran) {
                        let rel = prog.strip_prefix(corpus.root()).unwrap_or(prog);
                        failures
                            .lock()
                            .expect("lock")
                            .push(format!("{}: {why}", rel.display()));
                    }
                }
                let _ = std::fs::remove_dir_all(&scratch);
            });
        }
    });
    let mut failures = failures.into_inner().expect("lock");
    failures.sort();
    let known = known_failures(corpus);
    let mut unexpected = 0;
    for f in &failures {
        let path = f.split(':').next().unwrap_or("");
        let tag = if known.iter().any(|k| k == path) {
            "KNOWN"
        } else {
            unexpected += 1;
            "FAIL"
        };
        eprintln!("{tag} {f}\n");
    }
    let selected: Vec<String> = progs
        .iter()
        .map(|p| {
            p.strip_prefix(corpus.root())
                .unwrap_or(p)
                .display()
                .to_string()
        })
        .collect();
    let fixed: Vec<&String> = known
        .iter()
        .filter(|k| selected.contains(k))
        .filter(|k| !failures.iter().any(|f| f.starts_with(&format!("{k}:"))))
        .collect();
    eprintln!(
        "{} of {} programs match CPython ({} known failures)",
        progs.len() - failures.len(),
        progs.len(),
        failures.len() - unexpected
    );
    assert!(
        unexpected == 0,
        "{unexpected} programs of tests/{} differ from CPython (not in known_failures.txt)",
        corpus.dir
    );
    assert!(
        fixed.is_empty(),
        "now passing, remove from known_failures.txt: {fixed:?}"
    );
}
