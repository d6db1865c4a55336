//! The prompt as a person uses it: the real binary in a pseudo-terminal (rexpect), keys sent
//! as a terminal sends them, and the screen read back through a terminal emulator (vt100), so
//! what is asserted is what a user sees: multi-line entry with auto-indent and the blank-line
//! rule, a syntax error that runs nothing, Ctrl-C stopping a runaway cell with earlier
//! variables kept, Tab completion, history across two sessions, colours and NO_COLOR, Ctrl-D.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::session::PtySession;

const CELLAR: &str = env!("CARGO_BIN_EXE_cellar");
/// Generous: a loaded two-core CI machine may be slow to start a release binary.
const TIMEOUT_MS: u64 = 20_000;
const ROWS: u16 = 200;
const COLS: u16 = 80;
const UP: &str = "\x1b[A";

/// One prompt in a pseudo-terminal, everything it printed kept as raw bytes and as a screen.
struct Prompt {
    pty: PtySession,
    raw: String,
    screen: vt100::Parser,
}

impl Prompt {
    fn start(env: &[(&str, &str)]) -> Prompt {
        let mut cmd = Command::new(CELLAR);
        cmd.env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env("CELLAR_HISTORY", scratch("unused-history"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: only resets a signal disposition between fork and exec (async-signal-safe);
        // a test runner started in the background may have SIGINT ignored.
        #[allow(unsafe_code)]
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let pty = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn cellar");
        let mut p = Prompt {
            pty,
            raw: String::new(),
            screen: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
        };
        // The prompt's text, whatever its colours.
        p.expect("In [");
        p.expect("]: ");
        p
    }

    /// Waits until `needle` has been printed (after everything already awaited).
    fn expect(&mut self, needle: &str) {
        match self.pty.exp_string(needle) {
            Ok(before) => self.record(&format!("{before}{needle}")),
            Err(e) => panic!(
                "waiting for {needle:?}: {e}\nscreen so far:\n{}",
                self.screen()
            ),
        }
    }

    fn record(&mut self, text: &str) {
        self.raw.push_str(text);
        self.screen.process(text.as_bytes());
    }

    /// Types `keys` as they are (`\r` is Enter, `\t` Tab).
    fn keys(&mut self, keys: &str) {
        self.pty.send(keys).expect("send keys");
        self.pty.flush().expect("flush keys");
    }

    /// Types a line and Enter.
    fn line(&mut self, text: &str) {
        self.keys(&format!("{text}\r"));
    }

    fn ctrl(&mut self, c: char) {
        self.pty.send_control(c).expect("send control key");
    }

    /// The screen's text, trailing blanks trimmed.
    fn screen(&self) -> String {
        let rows: Vec<String> = self
            .screen
            .screen()
            .rows(0, COLS)
            .map(|r| r.trim_end().to_string())
            .collect();
        rows.join("\n").trim_end().to_string()
    }

    /// Ends the session with Ctrl-D on an empty line and returns the exit status.
    fn finish(mut self) -> i32 {
        self.ctrl('d');
        let rest = self.pty.exp_eof().unwrap_or_default();
        self.record(&rest);
        match self.pty.process_mut().wait() {
            Ok(rexpect::process::WaitStatus::Exited(_, code)) => code,
            other => panic!("cellar did not exit normally: {other:?}\n{}", self.screen()),
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a screen has rows and columns")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cellar-repl-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir.join(name)
}

fn assert_screen_has(p: &Prompt, lines: &[&str]) {
    let screen = p.screen();
    for line in lines {
        assert!(
            screen.lines().any(|l| l == *line),
            "no line {line:?} on the screen:\n{screen}"
        );
    }
}

#[test]
fn a_block_continues_with_auto_indent_until_a_blank_line() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("def double(x):");
    p.expect("   ...:     ");
    // The prompt indented the body; the user types only the statement.
    p.line("if x:");
    p.expect("   ...:         ");
    p.line("return x * 2");
    p.expect("   ...:         ");
    // A blank line submits the block.
    p.line("");
    p.expect("In [2]: ");
    p.line("double(21)");
    p.expect("In [3]: ");
    assert_screen_has(
        &p,
        &[
            "In [1]: def double(x):",
            "   ...:     if x:",
            "   ...:         return x * 2",
            "Out[2]: 42",
        ],
    );
    assert_eq!(p.finish(), 0);
}

#[test]
fn open_brackets_continue_at_the_previous_indentation() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("pair = (1,");
    p.expect("   ...: ");
    p.line("2)");
    p.expect("In [2]: ");
    p.line("pair");
    p.expect("In [3]: ");
    assert_screen_has(&p, &["In [1]: pair = (1,", "   ...: 2)", "Out[2]: (1, 2)"]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn a_syntax_error_submits_at_once_and_runs_nothing() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("ran = 'yes'; )");
    p.expect("SyntaxError: unmatched ')'");
    p.expect("In [2]: ");
    p.line("ran");
    p.expect("In [3]: ");
    let screen = p.screen();
    assert!(
        screen.contains("NameError: name 'ran' is not defined"),
        "{screen}"
    );
    assert!(screen.contains("^"), "the caret is shown:\n{screen}");
    assert_eq!(p.finish(), 0);
}

#[test]
fn ctrl_c_stops_a_runaway_cell_and_keeps_the_scope() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("kept = 7");
    p.expect("In [2]: ");
    // A one-line compound statement is complete, as IPython's check_complete says.
    p.line("while True: pass");
    // Let the loop start before interrupting it.
    std::thread::sleep(Duration::from_millis(300));
    let hit = Instant::now();
    p.ctrl('c');
    p.expect("KeyboardInterrupt");
    p.expect("In [3]: ");
    assert!(
        hit.elapsed() < Duration::from_secs(3),
        "Ctrl-C took {:?}",
        hit.elapsed()
    );
    p.line("kept");
    p.expect("In [4]: ");
    assert_screen_has(&p, &["Out[3]: 7"]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn ctrl_c_at_the_prompt_clears_the_input() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.keys("this is not run");
    p.expect("this is not run");
    p.ctrl('c');
    p.expect("In [1]: ");
    p.line("1 + 1");
    p.expect("In [2]: ");
    assert_screen_has(&p, &["Out[1]: 2"]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn tab_completes_names_in_scope_and_attributes() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("a_rather_long_name = 3");
    p.expect("In [2]: ");
    p.keys("a_rather_lo\t");
    p.expect("ng_name");
    p.line(" * 2");
    p.expect("In [3]: ");
    p.line("word = 'abc'");
    p.expect("In [4]: ");
    p.keys("word.upp\t");
    p.expect("er");
    p.line("()");
    p.expect("In [5]: ");
    assert_screen_has(&p, &["Out[2]: 6", "Out[4]: 'ABC'"]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn history_survives_a_restart() {
    let file = scratch("history-restart");
    let _ = std::fs::remove_file(&file);
    let path = file.to_str().expect("utf-8 temp path");
    let mut first = Prompt::start(&[("NO_COLOR", "1"), ("CELLAR_HISTORY", path)]);
    first.line("remembered = 40 + 2");
    first.expect("In [2]: ");
    assert_eq!(first.finish(), 0);

    let mut second = Prompt::start(&[("NO_COLOR", "1"), ("CELLAR_HISTORY", path)]);
    second.keys(UP);
    second.expect("remembered = 40 + 2");
    second.keys("\r");
    second.expect("In [2]: ");
    second.line("remembered");
    second.expect("In [3]: ");
    assert_screen_has(&second, &["Out[2]: 42"]);
    assert_eq!(second.finish(), 0);
}

#[test]
fn colours_unless_no_color() {
    let mut coloured = Prompt::start(&[]);
    coloured.line("41 + 1");
    coloured.expect("42");
    coloured.expect("]: ");
    assert!(
        coloured.raw.contains("\x1b[31mOut[1]: \x1b[0m"),
        "Out[1] is red on a terminal: {:?}",
        coloured.raw
    );
    assert_eq!(coloured.finish(), 0);

    let mut plain = Prompt::start(&[("NO_COLOR", "1")]);
    plain.line("41 + 1");
    plain.expect("In [2]: ");
    assert!(
        !plain.raw.contains("\x1b[3"),
        "NO_COLOR: no colour codes: {:?}",
        plain.raw
    );
    assert_screen_has(&plain, &["Out[1]: 42"]);
    assert_eq!(plain.finish(), 0);
}

#[test]
fn sys_exit_does_not_end_the_session_but_exit_does() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("import sys; sys.exit(3)");
    p.expect("In [2]: ");
    assert_screen_has(
        &p,
        &[
            "An exception has occurred, use %tb to see the full traceback.",
            "SystemExit: 3",
        ],
    );
    p.line("exit");
    let rest = p.pty.exp_eof().unwrap_or_default();
    p.record(&rest);
    match p.pty.process_mut().wait() {
        Ok(rexpect::process::WaitStatus::Exited(_, 0)) => {}
        other => panic!("`exit` ends the session with status 0: {other:?}"),
    }
}

#[test]
fn ctrl_d_on_an_empty_line_exits() {
    let p = Prompt::start(&[("NO_COLOR", "1")]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn a_bracketed_paste_is_one_cell_blank_lines_included() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.keys("\x1b[200~def pasted():\r    a = 20\r\r    return a + 1\r\x1b[201~");
    p.expect("return a + 1");
    p.keys("\r");
    p.expect("In [2]: ");
    p.line("pasted() * 2");
    p.expect("In [3]: ");
    assert_screen_has(&p, &["Out[2]: 42"]);
    assert_eq!(p.finish(), 0);
}

#[test]
fn a_long_replay_shows_its_progress_on_a_terminal_without_garbling_output() {
    let file = scratch("slow.py");
    std::fs::write(
        &file,
        "# %%\nimport time\n# %%\nfor i in range(3):\n    time.sleep(0.5)\n    print('tick', i, end='')\n    print()\n# %%\nprint('done')\n",
    )
    .expect("write the cell file");
    let mut cmd = Command::new(CELLAR);
    cmd.arg("run").arg(&file).env("TERM", "xterm-256color");
    let mut pty = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn");
    let seen = pty.exp_string("cell 2 of 3").expect("the progress line");
    let rest = pty.exp_eof().unwrap_or_default();
    let mut screen = vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0);
    screen.process(format!("{seen}cell 2 of 3{rest}").as_bytes());
    let text: Vec<String> = screen
        .screen()
        .rows(0, COLS)
        .map(|r| r.trim_end().to_string())
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(text, ["tick 0", "tick 1", "tick 2", "done"], "{rest:?}");
}

#[test]
fn mem_answers_at_the_prompt() {
    let mut p = Prompt::start(&[("NO_COLOR", "1")]);
    p.line("data = list(range(5))");
    p.expect("In [2]: ");
    p.line("data");
    p.expect("In [3]: ");
    p.line("del data");
    p.expect("In [4]: ");
    p.line("%mem why Out[2]");
    p.expect("In [5]: ");
    let screen = p.screen();
    assert!(screen.contains("alive through 3 paths"), "{screen}");
    assert!(screen.contains("  Out[2]"), "{screen}");
    p.line("%mem check");
    p.expect("In [6]: ");
    assert!(p.screen().contains("OK: "), "{}", p.screen());
    // Typed at the prompt, a cell's allocations are named by its number.
    p.line("%mem where Out[2]");
    p.expect("In [7]: ");
    let screen = p.screen();
    assert!(
        screen.contains("Out[2]: list object, 136 B, allocated at In [1], line 1"),
        "{screen}"
    );
    assert_eq!(p.finish(), 0);
}
