//! Ctrl-C as a user hits it: SIGINT sent to the real binary while it sleeps, waits for input,
//! spins in Python code, or runs a long native loop raises KeyboardInterrupt within a second;
//! `except KeyboardInterrupt` runs; uncaught, the process flushes its output, runs `__del__`,
//! prints python3's traceback and dies by SIGINT, with the heap verifier (`--verify`) silent.
//! The bench programs of ../shared/bench (when that folder is there) are interrupted at
//! deterministic pseudo-random moments.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");
/// The issue asks for "within a second"; the margin is for a loaded two-core CI machine.
const LATENCY: Duration = Duration::from_millis(2000);

struct Outcome {
    status: std::process::ExitStatus,
    stdout: String,
    stderr: String,
    /// From the SIGINT to the process's end (None: it ended before the signal).
    latency: Option<Duration>,
}

fn spawn(program: &Path, keep_stdin_open: bool) -> Child {
    let mut cmd = Command::new(CELLAR);
    cmd.arg("--verify")
        .arg(program)
        .stdin(if keep_stdin_open {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only resets a signal disposition between fork and exec (async-signal-safe). A
    // test runner started in the background may have SIGINT ignored, which the child inherits.
    #[allow(unsafe_code)]
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    cmd.spawn().expect("cellar starts")
}

/// Runs `program`, sends SIGINT after `delay`, and collects what happened.
fn interrupt(program: &Path, delay: Duration, keep_stdin_open: bool) -> Outcome {
    let mut child = spawn(program, keep_stdin_open);
    let _stdin = child.stdin.take();
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let readers = (
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        }),
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        }),
    );
    std::thread::sleep(delay);
    let mut latency = None;
    if child.try_wait().expect("wait").is_none() {
        let sent = Instant::now();
        // SAFETY: signals our own child, which has not been reaped (try_wait said so).
        #[allow(unsafe_code)]
        unsafe {
            libc::kill(child.id() as i32, libc::SIGINT);
        }
        let deadline = sent + Duration::from_secs(20);
        while child.try_wait().expect("wait").is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        latency = Some(sent.elapsed());
    }
    let status = child.wait().expect("wait");
    Outcome {
        status,
        stdout: readers.0.join().expect("stdout reader"),
        stderr: readers.1.join().expect("stderr reader"),
        latency,
    }
}

fn program(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cellar-interrupts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write program");
    path
}

/// Uncaught: killed by SIGINT after python3's traceback, in time, verifier silent.
fn assert_uncaught(what: &str, o: &Outcome) {
    let Some(latency) = o.latency else {
        panic!("{what}: ended before the signal:\n{}", o.stderr)
    };
    assert_eq!(
        o.status.signal(),
        Some(libc::SIGINT),
        "{what}: ends by SIGINT as python3 does (status {:?})\nstderr:\n{}",
        o.status,
        o.stderr
    );
    assert_eq!(
        o.stderr.lines().last(),
        Some("KeyboardInterrupt"),
        "{what}: traceback ends in KeyboardInterrupt:\n{}",
        o.stderr
    );
    assert!(
        o.stderr.starts_with("Traceback (most recent call last):\n"),
        "{what}: only the traceback on stderr (no verifier report):\n{}",
        o.stderr
    );
    assert!(
        latency < LATENCY,
        "{what}: stopped {latency:?} after the signal"
    );
}

#[test]
fn sleep_is_interrupted_and_output_flushed_and_finalizers_run() {
    let p = program(
        "sleep.py",
        "import time\nclass D:\n    def __del__(self):\n        print('D.__del__')\n\
         d = D()\nprint('before', end='')\ntime.sleep(60)\nprint('never')\n",
    );
    let o = interrupt(&p, Duration::from_millis(300), false);
    assert_uncaught("time.sleep", &o);
    assert_eq!(o.stdout, "beforeD.__del__\n");
    assert!(o.stderr.contains("    time.sleep(60)\n"), "{}", o.stderr);
}

#[test]
fn except_keyboard_interrupt_runs_and_the_program_goes_on() {
    let p = program(
        "caught.py",
        "n = 0\ntry:\n    print('spinning', flush=True)\n    while True:\n        n += 1\n\
         except KeyboardInterrupt as e:\n    print('caught', type(e).__name__, e.args, n > 0)\n\
         print('after')\n",
    );
    let o = interrupt(&p, Duration::from_millis(300), false);
    assert_eq!(o.status.code(), Some(0), "stderr:\n{}", o.stderr);
    assert_eq!(
        o.stdout,
        "spinning\ncaught KeyboardInterrupt () True\nafter\n"
    );
    assert!(o.latency.expect("interrupted") < LATENCY);
}

#[test]
fn input_waiting_on_an_open_pipe_is_interrupted() {
    let p = program(
        "input.py",
        "print('waiting', flush=True)\nx = input('> ')\n",
    );
    let o = interrupt(&p, Duration::from_millis(300), true);
    assert_uncaught("input()", &o);
    assert_eq!(o.stdout, "waiting\n> ");
}

#[test]
fn long_native_loops_stop_within_a_second() {
    let cases = [
        ("sum", "sum(range(10**13))"),
        ("max", "max(range(10**13))"),
        ("all", "all(range(1, 10**13))"),
        ("min_of_map", "min(map(abs, range(10**13)))"),
        ("sorted_key", "sorted(range(10**8), key=lambda x: -x)"),
        ("str_join", "','.join(map(str, range(10**9)))"),
        ("set_of_range", "len(set(range(10**12)))"),
        ("in_range_list", "10**13 in iter(range(10**13))"),
    ];
    for (name, expr) in cases {
        let p = program(
            &format!("native_{name}.py"),
            &format!("print('start', flush=True)\nx = {expr}\nprint('never')\n"),
        );
        let o = interrupt(&p, Duration::from_millis(400), false);
        assert_uncaught(expr, &o);
        assert_eq!(o.stdout, "start\n", "{expr}");
    }
}

/// xorshift: deterministic delays without a dependency.
fn delays(seed: u64) -> impl Iterator<Item = Duration> {
    let mut x = seed | 1;
    std::iter::from_fn(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        Some(Duration::from_millis(20 + x % 700))
    })
}

#[test]
fn bench_programs_interrupted_at_random_moments() {
    let bench = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench");
    let Ok(entries) = std::fs::read_dir(&bench) else {
        eprintln!("no {} here: nothing to interrupt", bench.display());
        return;
    };
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py") && !p.ends_with("compare.py"))
        .collect();
    programs.sort();
    let mut worst = Duration::ZERO;
    let mut interrupted = 0;
    for (i, p) in programs.iter().enumerate() {
        for delay in delays(0xC0FFEE + i as u64).take(2) {
            let o = interrupt(p, delay, false);
            let what = format!("{} after {delay:?}", p.display());
            match o.latency {
                Some(latency) if o.status.signal() == Some(libc::SIGINT) => {
                    assert_uncaught(&what, &o);
                    worst = worst.max(latency);
                    interrupted += 1;
                }
                // Finished before the signal, or caught it and ended normally.
                _ => assert_eq!(o.status.code(), Some(0), "{what}:\n{}", o.stderr),
            }
        }
    }
    eprintln!(
        "{interrupted} runs of {} bench programs interrupted; slowest stop {worst:?}",
        programs.len()
    );
    if !programs.is_empty() {
        assert!(
            interrupted > 0,
            "no run was still going when the signal came"
        );
    }
}
