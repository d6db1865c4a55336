//! The interactive prompt (rustyline): `In [n]: ` for a cell's first line and `   ...: ` for
//! each further one, offered with IPython's auto-indent; Enter follows `check_complete` (a
//! pasted block arrives whole and runs as one cell); persistent history in the user's data
//! directory (Up/Down, Ctrl-R); tab completion of names, attributes, keywords, magics and file
//! names; syntax colours and coloured prompts unless stdout is not a terminal or NO_COLOR is
//! set. Ctrl-C clears the input (or interrupts the running cell); Ctrl-D on an empty line,
//! `exit` and `quit` leave.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

use colored::Colorize;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{Config, Context, Editor, Helper};

use super::input_complete::{check_complete, Completeness};
use super::session::Session;
use crate::heap::object::Kind;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Where the history lives: `$CELLAR_HISTORY`, else the user's data directory.
fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("CELLAR_HISTORY") {
        return Some(p.into());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".local/share"))
        })?;
    Some(base.join("cellar").join("history"))
}

fn colors_on() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

struct CellarHelper {
    session: Rc<RefCell<Session>>,
    colors: bool,
}

impl Helper for CellarHelper {}
impl Hinter for CellarHelper {
    type Hint = String;
}
impl Validator for CellarHelper {}

impl Highlighter for CellarHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.colors {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight_python(line))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if !self.colors {
            return Cow::Borrowed(prompt);
        }
        Cow::Owned(colour_prompt(prompt))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.colors
    }
}

/// IPython's prompt colours: the number bold.
fn colour_prompt(prompt: &str) -> String {
    if let Some(rest) = prompt.strip_prefix("In [") {
        let (n, tail) = rest.split_once(']').unwrap_or((rest, ""));
        return format!(
            "{}{}{}",
            "In [".green(),
            n.green().bold(),
            format!("]{tail}").green()
        );
    }
    prompt.green().to_string()
}

/// Keywords, strings, numbers and comments coloured (a line-level pass, enough for display).
fn highlight_python(line: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            let rest: String = chars[i..].iter().take_while(|&&c| c != '\n').collect();
            i += rest.chars().count();
            out.push_str(&rest.bright_black().to_string());
        } else if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c && chars[j] != '\n' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(chars.len());
            let s: String = chars[i..end].iter().collect();
            out.push_str(&s.yellow().to_string());
            i = end;
        } else if c.is_ascii_digit() {
            let s: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '.' || **c == '_')
                .collect();
            i += s.chars().count();
            out.push_str(&s.cyan().to_string());
        } else if c.is_alphabetic() || c == '_' {
            let s: String = chars[i..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .collect();
            i += s.chars().count();
            if KEYWORDS.contains(&s.as_str()) {
                out.push_str(&s.green().bold().to_string());
            } else {
                out.push_str(&s);
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

impl Completer for CellarHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // File names after %run / %load / %save.
        for magic in ["%run ", "%load ", "%save "] {
            if let Some(i) = before.rfind(magic) {
                let word = &before[i + magic.len()..];
                let word = word.rsplit(' ').next().unwrap_or(word);
                let start = pos - word.len();
                return Ok((start, file_candidates(word)));
            }
        }
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '%'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if let Some(m) = word.strip_prefix('%') {
            let list = super::magics::magic_names()
                .into_iter()
                .filter(|n| n.starts_with(m))
                .map(|n| pair(format!("%{n}")))
                .collect();
            return Ok((start, list));
        }
        let mut session = self.session.borrow_mut();
        if let Some((object, prefix)) = word.rsplit_once('.') {
            let attrs = attributes(&mut session, object);
            let list = attrs
                .into_iter()
                .filter(|a| {
                    a.starts_with(prefix) && (prefix.starts_with('_') || !a.starts_with('_'))
                })
                .map(|a| pair(format!("{object}.{a}")))
                .collect();
            return Ok((start, list));
        }
        let mut names = scope_names(&mut session);
        names.extend(KEYWORDS.iter().map(|k| k.to_string()));
        names.retain(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')));
        names.sort();
        names.dedup();
        Ok((start, names.into_iter().map(pair).collect()))
    }
}

fn pair(s: String) -> Pair {
    Pair {
        display: s.clone(),
        replacement: s,
    }
}

fn file_candidates(word: &str) -> Vec<Pair> {
    let (dir, prefix) = match word.rsplit_once('/') {
        Some((d, p)) => (
            if d.is_empty() {
                "/".to_string()
            } else {
                d.to_string()
            },
            p,
        ),
        None => (".".to_string(), word),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<Pair> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            if !name.starts_with(prefix) {
                return None;
            }
            let slash = if e.path().is_dir() { "/" } else { "" };
            let full = match word.rsplit_once('/') {
                Some((d, _)) => format!("{d}/{name}{slash}"),
                None => format!("{name}{slash}"),
            };
            Some(pair(full))
        })
        .collect();
    out.sort_by(|a, b| a.replacement.cmp(&b.replacement));
    out
}

/// The names of the cell scope and the builtins.
fn scope_names(session: &mut Session) -> Vec<String> {
    let vm = &mut session.vm;
    let mut names = Vec::new();
    for ns in [super::shell::main_dict(vm), vm.builtins] {
        let Some(k) = ns.as_obj() else { continue };
        let dict = match vm.heap.kind(k) {
            Kind::Dict(d) => Some(&**d),
            Kind::Module(m) => m.dict.as_obj().and_then(|d| match vm.heap.kind(d) {
                Kind::Dict(d) => Some(&**d),
                _ => None,
            }),
            _ => None,
        };
        if let Some(d) = dict {
            names.extend(
                d.iter()
                    .filter_map(|e| vm.str_of(e.key).map(str::to_string)),
            );
        }
    }
    names
}

/// `dir()` of a dotted name of the cell scope (looked up, never called).
fn attributes(session: &mut Session, dotted: &str) -> Vec<String> {
    let vm = &mut session.vm;
    let Some(v) = super::shell::lookup_dotted(vm, dotted) else {
        return Vec::new();
    };
    let dir = super::shell::builtin(vm, "dir");
    let mut out = Vec::new();
    if let Some(dir) = dir {
        match vm.call(dir, &[v]) {
            Ok(list) => {
                if let Some(Kind::List(items)) = list.as_obj().map(|k| vm.heap.kind(k)) {
                    out = items
                        .iter()
                        .filter_map(|&s| vm.str_of(s).map(str::to_string))
                        .collect();
                }
                vm.heap.decref(list);
            }
            Err(e) => vm.heap.decref(e.0),
        }
    }
    vm.heap.decref(v);
    out
}

/// The prompt loop over `session`; gives it back with the exit status.
pub fn run(session: Session) -> (Session, u8) {
    let colors = colors_on();
    colored::control::set_override(colors);
    let shared = Rc::new(RefCell::new(session));
    let status = prompt_loop(&shared, colors);
    match Rc::try_unwrap(shared) {
        Ok(cell) => (cell.into_inner(), status),
        Err(_) => unreachable!("the editor is dropped before the session is taken back"),
    }
}

fn prompt_loop(shared: &Rc<RefCell<Session>>, colors: bool) -> u8 {
    let mut builder = Config::builder().auto_add_history(false);
    if let Ok(b) = builder.clone().history_ignore_dups(true) {
        builder = b;
    }
    if let Ok(b) = builder.clone().max_history_size(10_000) {
        builder = b;
    }
    let config = builder.build();
    let editor = crate::vm::interrupts::keeping_sigint_handler(|| Editor::with_config(config));
    let mut rl: Editor<CellarHelper, DefaultHistory> = match editor {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("cellar: cannot start the prompt: {e}");
            return 2;
        }
    };
    rl.set_helper(Some(CellarHelper {
        session: shared.clone(),
        colors,
    }));
    let history = history_path();
    if let Some(p) = &history {
        let _ = rl.load_history(p);
    }
    let mut status = 0;
    'cells: loop {
        let n = shared.borrow_mut().count();
        let first = format!("In [{n}]: ");
        let more = format!("{}...: ", " ".repeat(first.len() - 5));
        let mut cell = String::new();
        let mut indent = 0;
        loop {
            let prompt = if cell.is_empty() { &first } else { &more };
            let initial = " ".repeat(indent);
            let line = match rl.readline_with_initial(prompt, (&initial, "")) {
                Ok(l) => l,
                Err(ReadlineError::Interrupted) => {
                    // Ctrl-C at the prompt clears the input.
                    println!();
                    continue 'cells;
                }
                Err(ReadlineError::Eof) => {
                    if cell.is_empty() {
                        break 'cells;
                    }
                    continue 'cells;
                }
                Err(e) => {
                    eprintln!("cellar: {e}");
                    status = 2;
                    break 'cells;
                }
            };
            if !cell.is_empty() {
                cell.push('\n');
            }
            cell.push_str(&line);
            match check_complete(&format!("{cell}\n")) {
                Completeness::Incomplete(i)
                    if !line.trim().is_empty() || cell.trim_end().ends_with(':') =>
                {
                    indent = i;
                }
                _ => break,
            }
        }
        let cell = cell.trim_end().to_string();
        if cell.trim().is_empty() {
            continue;
        }
        let _ = rl.history_mut().add(&cell);
        if let Some(p) = &history {
            if let Some(dir) = p.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = rl.save_history(p);
        }
        if super::shell::is_exit_command(cell.trim()) {
            break;
        }
        let mut session = shared.borrow_mut();
        crate::heap::signals::take(crate::heap::signals::INTERRUPT);
        let outcome = session.run_cell(&cell);
        let prompt = format!("Out[{}]: ", outcome.count.unwrap_or(0));
        let prompt = if colors {
            prompt.red().to_string()
        } else {
            prompt
        };
        if let Some(line) = super::replay::out_line(&outcome, &prompt) {
            session.vm.out.out(&line);
        }
        super::replay::print_error(&mut session.vm, &outcome);
        session.vm.out.out("\n");
        session.vm.flush_stdout();
        if session.exit_requested() {
            break;
        }
    }
    status
}
