//! The magics, with IPython's names, options and output shapes: the namespace family (`%who`,
//! `%who_ls`, `%whos`, `%reset`, `%reset_selective`, `%xdel`), timing (`%time`, `%timeit` and
//! their cell forms), history (`%history`, `%save`, `%load`), `%run`, `%tb`, the working
//! directory and environment (`%pwd`, `%cd`, `%env`), `%config`, `%lsmagic`, help (`%pinfo`),
//! shell escapes (`!cmd`), and `%mem`'s reserved name. An unknown magic is IPython's
//! UsageError, raised into the cell like any exception.

use std::time::Instant;

use super::shell::{self, usage_error, with_shell};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::{PyResult, Vm};

const LINE_MAGICS: &[&str] = &[
    "cd",
    "config",
    "env",
    "history",
    "hist",
    "load",
    "lsmagic",
    "magic",
    "mem",
    "pinfo",
    "pinfo2",
    "pwd",
    "quickref",
    "reset",
    "reset_selective",
    "run",
    "save",
    "tb",
    "time",
    "timeit",
    "who",
    "who_ls",
    "whos",
    "xdel",
];
const CELL_MAGICS: &[&str] = &["mem", "time", "timeit"];

/// Every magic's name, line magics then cell magics (`%%`), for completion.
pub fn magic_names() -> Vec<String> {
    let mut names: Vec<String> = LINE_MAGICS.iter().map(|s| s.to_string()).collect();
    names.extend(CELL_MAGICS.iter().map(|s| format!("%{s}")));
    names
}

/// `%name line`.
pub fn line_magic(vm: &mut Vm, name: &str, line: &str) -> PyResult<Value> {
    match name {
        "who" => who(vm, line),
        "who_ls" => {
            let names = who_ls(vm, line);
            let items = names.into_iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        "whos" => whos(vm, line),
        "reset" => reset(vm, line),
        "reset_selective" => reset_selective(vm, line),
        "xdel" => xdel(vm, line),
        "tb" => {
            let tb = with_shell(vm, |sh, _| sh.last_traceback.clone()).flatten();
            match tb {
                Some(t) => vm.out.out(&t),
                None => return Err(usage_error(vm, "No traceback available to show.".into())),
            }
            Ok(Value::None)
        }
        "time" => time(vm, line),
        "timeit" => timeit(vm, line, None),
        "history" | "hist" => history(vm, line),
        "pwd" => {
            let d = std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            Ok(vm.new_str(d))
        }
        "cd" => cd(vm, line),
        "env" => env(vm, line),
        "config" => config(vm, line),
        "lsmagic" => {
            lsmagic(vm);
            Ok(Value::None)
        }
        "magic" | "quickref" => {
            vm.out.out(QUICKREF);
            Ok(Value::None)
        }
        "pinfo" | "pinfo2" => pinfo(vm, line, name == "pinfo2"),
        "save" => save(vm, line),
        "load" => load(vm, line),
        "run" => run(vm, line),
        "mem" => super::mem::mem_magic(vm, line),
        _ => Err(usage_error(
            vm,
            format!("Line magic function `%{name}` not found."),
        )),
    }
}

/// `%%name line` over `cell`.
pub fn cell_magic(vm: &mut Vm, name: &str, line: &str, cell: &str) -> PyResult<Value> {
    match name {
        "time" => {
            // The cell's last expression is its value, shown after the times (IPython 8+).
            let cell = &super::transform::transform_cell(cell);
            let started = Instant::now();
            let cpu = cpu_times();
            let r = run_source(vm, cell, timed_name(cell));
            report_time(vm, started, cpu);
            r
        }
        "timeit" => timeit(vm, line, Some(cell)),
        "mem" => super::mem::cells::cell_magic(vm, cell),
        _ => Err(usage_error(vm, format!("Cell magic `%%{name}` not found."))),
    }
}

/// `!cmd` (output straight through) or `x = !cmd` (the output's lines as a list).
pub fn system(vm: &mut Vm, cmd: &str, capture: bool) -> PyResult<Value> {
    let cmd = var_expand(vm, cmd).unwrap_or_else(|| cmd.to_string());
    vm.flush_stdout();
    let mut command = std::process::Command::new("/bin/sh");
    command.arg("-c").arg(&cmd);
    if !capture {
        let output = command.output();
        return match output {
            Ok(o) => {
                vm.out.out(&String::from_utf8_lossy(&o.stdout));
                vm.out.err(&String::from_utf8_lossy(&o.stderr));
                Ok(Value::None)
            }
            Err(e) => Err(vm.runtime_error(format!("cannot run the shell: {e}"))),
        };
    }
    match command.stderr(std::process::Stdio::inherit()).output() {
        Ok(o) => {
            let text = String::from_utf8_lossy(&o.stdout);
            let items = text.lines().map(|l| vm.new_str(l)).collect();
            Ok(vm.new_list(items))
        }
        Err(e) => Err(vm.runtime_error(format!("cannot run the shell: {e}"))),
    }
}

/// IPython's `var_expand` for `!` lines: `{expr}` is replaced by the str of the expression
/// evaluated in the cell scope, `$name` (or `$a.b`) by the variable's, `$$` by `$`. None when
/// anything fails: IPython then runs the line as written.
fn var_expand(vm: &mut Vm, cmd: &str) -> Option<String> {
    if !cmd.contains('{') && !cmd.contains('$') {
        return None;
    }
    let chars: Vec<char> = cmd.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '$' if chars.get(i + 1) == Some(&'$') => {
                out.push('$');
                i += 2;
            }
            '$' if chars
                .get(i + 1)
                .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let start = i + 1;
                let mut end = start;
                while end < chars.len()
                    && (chars[end].is_alphanumeric() || "_.".contains(chars[end]))
                {
                    end += 1;
                }
                let expr: String = chars[start..end].iter().collect();
                out.push_str(&evaluate_str(vm, expr.trim_end_matches('.'))?);
                out.extend(&chars[start + expr.trim_end_matches('.').chars().count()..end]);
                i = end;
            }
            '{' => {
                let close = chars[i..].iter().position(|c| *c == '}')? + i;
                let expr: String = chars[i + 1..close].iter().collect();
                out.push_str(&evaluate_str(vm, &expr)?);
                i = close + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Some(out)
}

/// `str(eval(expr))` in the cell scope; None if it raises.
fn evaluate_str(vm: &mut Vm, expr: &str) -> Option<String> {
    match run_source(vm, expr, "<string>") {
        Ok(v) => {
            let s = vm.str(v);
            vm.heap.decref(v);
            match s {
                Ok(s) => Some(s),
                Err(e) => {
                    vm.heap.decref(e.0);
                    None
                }
            }
        }
        Err(e) => {
            vm.heap.decref(e.0);
            None
        }
    }
}

/// Runs `source` as statements in the cell scope (errors propagate).
pub(super) fn run_source(vm: &mut Vm, source: &str, name: &str) -> PyResult<Value> {
    let opts = crate::compile::codegen::Options {
        display_last: true,
        ..Default::default()
    };
    let code = match vm.compile_source(source, name, &opts) {
        Ok(c) => c,
        Err(e) => return Err(vm.syntax_error(&e, source, name)),
    };
    let globals = shell::main_dict(vm);
    vm.run_code(code, globals)
}

/// The visible names of the cell scope, sorted (`%who_ls [TYPES]`).
fn who_ls(vm: &mut Vm, line: &str) -> Vec<String> {
    let d = shell::main_dict(vm);
    let entries: Vec<(String, Value)> = match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(dict)) => dict
            .iter()
            .filter_map(|e| vm.str_of(e.key).map(|s| (s.to_string(), e.value)))
            .collect(),
        _ => Vec::new(),
    };
    let types: Vec<&str> = line.split_whitespace().collect();
    let mut out = Vec::new();
    for (name, v) in entries {
        if shell::is_hidden(vm, &name, v) {
            continue;
        }
        if !types.is_empty() && !types.contains(&vm.type_name(v).as_str()) {
            continue;
        }
        out.push(name);
    }
    out.sort();
    out
}

fn who(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let names = who_ls(vm, line);
    if names.is_empty() {
        vm.out.out(if line.trim().is_empty() {
            "Interactive namespace is empty.\n"
        } else {
            "No variables match your requested type.\n"
        });
        return Ok(Value::None);
    }
    let mut text = String::new();
    let mut count = 0;
    for n in names {
        text.push_str(&n);
        text.push_str("\t ");
        count += 1;
        if count > 8 {
            count = 0;
            text.push('\n');
        }
    }
    text.push('\n');
    vm.out.out(&text);
    Ok(Value::None)
}

fn whos(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let names = who_ls(vm, line);
    if names.is_empty() {
        return who(vm, line);
    }
    let mut rows = Vec::new();
    for n in &names {
        let v = shell::get_global(vm, n).unwrap_or(Value::None);
        rows.push((n.clone(), vm.type_name(v), v));
    }
    let varwidth = names
        .iter()
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0)
        .max(8)
        + 3;
    let typewidth = rows
        .iter()
        .map(|r| r.1.chars().count())
        .max()
        .unwrap_or(0)
        .max(4)
        + 3;
    let mut text = format!(
        "{:<varwidth$}{:<typewidth$} Data/Info\n{}\n",
        "Variable",
        "Type",
        "-".repeat(varwidth + typewidth + "Data/Info".len() + 1)
    );
    for (name, tname, v) in rows {
        text.push_str(&format!("{name:<varwidth$}{tname:<typewidth$} "));
        if matches!(tname.as_str(), "dict" | "list" | "tuple") {
            let n = crate::builtins::len_of(vm, v).unwrap_or(0);
            text.push_str(&format!("n={n}\n"));
            continue;
        }
        let s = match vm.str(v) {
            Ok(s) => s,
            Err(e) => {
                vm.heap.decref(e.0);
                format!(
                    "<object with id {} (str() failed)>",
                    v.as_obj().map(crate::vm::repr::addr).unwrap_or(0)
                )
            }
        };
        let s = s.replace('\n', "\\n");
        let chars: Vec<char> = s.chars().collect();
        if chars.len() < 50 {
            text.push_str(&s);
        } else {
            let head: String = chars[..25].iter().collect();
            let tail: String = chars[chars.len() - 25..].iter().collect();
            text.push_str(&format!("{head}<...>{tail}"));
        }
        text.push('\n');
    }
    vm.out.out(&text);
    Ok(Value::None)
}

/// Options (`-f`, `-s`, `-n` …) and the remaining words of a magic's line.
fn options(line: &str) -> (Vec<char>, Vec<String>) {
    let mut flags = Vec::new();
    let mut words = Vec::new();
    for w in line.split_whitespace() {
        match w.strip_prefix('-') {
            Some(f) if !f.is_empty() && !f.starts_with(|c: char| c.is_ascii_digit()) => {
                flags.extend(f.chars())
            }
            _ => words.push(w.to_string()),
        }
    }
    (flags, words)
}

/// Parsed magic options: (name, value) pairs, the value empty for a flag.
type Options = Vec<(String, String)>;

/// IPython's `Magic.parse_options`: the line split as a POSIX shell splits it (quotes, and
/// backslashes escaping), then getopt's rules over `short` (`"n:r:"`: a colon takes a value)
/// and `long` (`"name="` takes a value): options come first and stop at the first other word.
/// An unknown option is IPython's UsageError.
fn parse_options(
    vm: &mut Vm,
    line: &str,
    short: &str,
    long: &[&str],
) -> PyResult<(Options, Vec<String>)> {
    let words =
        shlex::split(line).unwrap_or_else(|| line.split_whitespace().map(str::to_string).collect());
    let allowed = || format!(" (allowed: \"{short}\" {})", long.join(" "));
    let mut opts = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "--" {
            i += 1;
            break;
        }
        if let Some(name) = w.strip_prefix("--") {
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (name, None),
            };
            let spec = long
                .iter()
                .find(|l| l.trim_end_matches('=') == name)
                .copied();
            let Some(spec) = spec else {
                let msg = format!("option --{name} not recognized{}", allowed());
                return Err(usage_error(vm, msg));
            };
            let value = if spec.ends_with('=') {
                match inline {
                    Some(v) => v,
                    None => {
                        i += 1;
                        match words.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                let msg = format!("option --{name} requires argument{}", allowed());
                                return Err(usage_error(vm, msg));
                            }
                        }
                    }
                }
            } else {
                String::new()
            };
            opts.push((name.to_string(), value));
            i += 1;
            continue;
        }
        let Some(cluster) = w.strip_prefix('-').filter(|c| !c.is_empty()) else {
            break;
        };
        let chars: Vec<char> = cluster.chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            let Some(pos) = short.find(c).filter(|_| c != ':') else {
                let msg = format!("option -{c} not recognized{}", allowed());
                return Err(usage_error(vm, msg));
            };
            if short[pos + c.len_utf8()..].starts_with(':') {
                let rest: String = chars[j + 1..].iter().collect();
                let value = if !rest.is_empty() {
                    rest
                } else {
                    i += 1;
                    match words.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            let msg = format!("option -{c} requires argument{}", allowed());
                            return Err(usage_error(vm, msg));
                        }
                    }
                };
                opts.push((c.to_string(), value));
                break;
            }
            opts.push((c.to_string(), String::new()));
            j += 1;
        }
        i += 1;
    }
    Ok((opts, words[i.min(words.len())..].to_vec()))
}

fn has_option(opts: &[(String, String)], name: &str) -> bool {
    opts.iter().any(|(n, _)| n == name)
}

/// `ask_yes_no` on stdin: IPython's question; the default when input ends.
fn confirm(vm: &mut Vm, question: &str) -> bool {
    vm.out.out(&format!("{question} "));
    vm.flush_stdout();
    match crate::builtins::stdin_lines::read_line(vm) {
        Ok(Some(bytes)) => {
            let answer = String::from_utf8_lossy(&bytes).trim().to_lowercase();
            matches!(answer.as_str(), "y" | "yes")
        }
        Ok(None) => {
            vm.out.out("\n");
            false
        }
        Err(e) => {
            vm.heap.decref(e.0);
            false
        }
    }
}

fn reset(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (opts, targets) = parse_options(vm, line, "sf", &["aggressive"])?;
    if !has_option(&opts, "f")
        && !confirm(
            vm,
            "Once deleted, variables cannot be recovered. Proceed (y/[n])?",
        )
    {
        vm.out.out("Nothing done.\n");
        return Ok(Value::None);
    }
    if has_option(&opts, "s") {
        for name in who_ls(vm, "") {
            shell::del_global(vm, &name);
        }
    } else if targets.is_empty() {
        hard_reset(vm);
    }
    for target in targets {
        match target.to_lowercase().as_str() {
            "out" => {
                let n = out_len(vm);
                vm.out
                    .out(&format!("Flushing output cache ({n} entries)\n"));
                flush_output_cache(vm);
            }
            "in" => {
                vm.out.out("Flushing input history\n");
                flush_input_history(vm);
            }
            "dhist" => {
                vm.out.out("Flushing directory history\n");
            }
            other => vm.out.out(&format!(
                "Don't know how to reset  {other}, please run `%reset?` for details\n"
            )),
        }
    }
    vm.collect_now(2);
    vm.run_finalizers();
    Ok(Value::None)
}

fn out_len(vm: &Vm) -> usize {
    match shell::get_root(vm, "Out").as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(d)) => d.len(),
        _ => 0,
    }
}

/// `DisplayHook.flush`: every `_N`, the `Out` entries, and `_`, `__`, `___` (Cellar keeps no
/// hidden reference to the last output, unlike IPython).
fn flush_output_cache(vm: &mut Vm) {
    let count = with_shell(vm, |sh, _| sh.count).unwrap_or(1);
    for n in 1..=count {
        shell::del_global(vm, &format!("_{n}"));
    }
    let out = shell::get_root(vm, "Out");
    if let Some(k) = out.as_obj() {
        let old = match vm.heap.kind_mut(k) {
            Kind::Dict(d) => std::mem::take(&mut **d),
            _ => Default::default(),
        };
        for e in old.iter() {
            vm.heap.decref(e.key);
            vm.heap.decref(e.value);
        }
    }
    shell::reset_unders(vm);
}

fn flush_input_history(vm: &mut Vm) {
    let count = with_shell(vm, |sh, _| sh.count).unwrap_or(1);
    for n in 1..=count {
        shell::del_global(vm, &format!("_i{n}"));
    }
    for name in ["_i", "_ii", "_iii"] {
        let empty = vm.intern("");
        vm.heap.incref(empty);
        shell::set_global(vm, name, empty);
    }
    let in_list = shell::get_root(vm, "In");
    if let Some(k) = in_list.as_obj() {
        let len = match vm.heap.kind(k) {
            Kind::List(l) => l.len(),
            _ => 0,
        };
        let empties: Vec<Value> = (0..len)
            .map(|_| {
                let e = vm.intern("");
                vm.incref(e)
            })
            .collect();
        let old = match vm.heap.kind_mut(k) {
            Kind::List(l) => std::mem::replace(l, empties),
            _ => empties,
        };
        vm.heap.decref_all(old);
    }
    with_shell(vm, |sh, _| sh.clear_recent_inputs());
}

/// `InteractiveShell.reset(new_session=False)`: the output cache, then every name but the
/// builtins and `__name__`, then IPython's namespace again; also the last exception.
fn hard_reset(vm: &mut Vm) {
    flush_output_cache(vm);
    shell::clear_last_exception(vm);
    let d = shell::main_dict(vm);
    let names: Vec<String> = match d.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Dict(dict)) => dict
            .iter()
            .filter_map(|e| vm.str_of(e.key).map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    for name in names {
        if !matches!(name.as_str(), "__builtin__" | "__builtins__" | "__name__") {
            shell::del_global(vm, &name);
        }
    }
    shell::init_namespace_after_reset(vm);
}

fn reset_selective(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (opts, words) = parse_options(vm, line, "f", &[])?;
    let pattern = words.join(" ");
    if pattern.is_empty() {
        return Err(usage_error(vm, "regex must be given".into()));
    }
    let pattern = &pattern;
    if !has_option(&opts, "f")
        && !confirm(
            vm,
            "Once deleted, variables cannot be recovered. Proceed (y/[n])? ",
        )
    {
        vm.out.out("Nothing done.\n");
        return Ok(Value::None);
    }
    let re = match regex::Regex::new(pattern) {
        Ok(re) => re,
        Err(e) => return Err(usage_error(vm, format!("invalid regex {pattern}: {e}"))),
    };
    for name in who_ls(vm, "") {
        if re.is_match(&name) {
            shell::del_global(vm, &name);
        }
    }
    Ok(Value::None)
}

fn xdel(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (opts, words) = parse_options(vm, line, "n", &[])?;
    let name = words.join(" ");
    if matches!(name.as_str(), "__builtin__" | "__builtins__") {
        vm.out
            .out(&format!("ValueError: Refusing to delete {name}\n"));
        return Ok(Value::None);
    }
    if has_option(&opts, "n") {
        shell::del_global(vm, &name);
        return Ok(Value::None);
    }
    let Some(obj) = shell::get_global(vm, &name) else {
        vm.out
            .out(&format!("NameError: name '{name}' is not defined\n"));
        return Ok(Value::None);
    };
    vm.heap.incref(obj);
    shell::drop_every_reference(vm, obj);
    vm.heap.decref(obj);
    Ok(Value::None)
}

/// IPython's `_format_time`: three significant digits and the unit (μ is U+03BC).
pub fn format_time(seconds: f64) -> String {
    if seconds >= 60.0 {
        let mut rest = seconds;
        let mut parts = Vec::new();
        for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
            let value = (rest / length).floor();
            if value > 0.0 {
                rest %= length;
                parts.push(format!("{value}{suffix}"));
            }
            if rest < 1.0 {
                break;
            }
        }
        return parts.join(" ");
    }
    let units = ["s", "ms", "\u{3bc}s", "ns"];
    let scaling = [1.0, 1e3, 1e6, 1e9];
    let order = if seconds > 0.0 {
        (-(seconds.log10().floor() as i64).div_euclid(3)).clamp(0, 3) as usize
    } else {
        3
    };
    format!("{} {}", format_g3(seconds * scaling[order]), units[order])
}

/// `%.3g`.
fn format_g3(x: f64) -> String {
    crate::numeric::format_spec::format_float_spec(x, ".3g", "float")
        .unwrap_or_else(|_| x.to_string())
}

fn cpu_times() -> (f64, f64) {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) } == 0;
    if !ok {
        return (0.0, 0.0);
    }
    // SAFETY: initialised by the successful call above.
    let u = unsafe { usage.assume_init() };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (secs(u.ru_utime), secs(u.ru_stime))
}

fn report_time(vm: &mut Vm, started: Instant, cpu: (f64, f64)) {
    let wall = started.elapsed().as_secs_f64();
    let now = cpu_times();
    let (user, sys) = (now.0 - cpu.0, now.1 - cpu.1);
    vm.out.out(&format!(
        "CPU times: user {}, sys: {}, total: {}\nWall time: {}\n",
        format_time(user),
        format_time(sys),
        format_time(user + sys),
        format_time(wall)
    ));
}

/// `%time STMT`: runs it once, reports CPU and wall time, returns an expression's value.
fn time(vm: &mut Vm, line: &str) -> PyResult<Value> {
    // IPython transforms what it times, so `%time %mem` or `%time !ls` work.
    let line = &super::transform::transform_cell(line);
    let started = Instant::now();
    let cpu = cpu_times();
    let r = run_source(vm, line, timed_name(line));
    report_time(vm, started, cpu);
    r
}

/// IPython compiles a timed expression in eval mode (`<timed eval>`), statements in exec
/// mode (`<timed exec>`).
fn timed_name(source: &str) -> &'static str {
    match crate::syntax::parse_module(source) {
        Ok(m) if matches!(&m.body[..], [s] if matches!(*s.kind, crate::syntax::ast::StmtKind::Expr(_))) => {
            "<timed eval>"
        }
        _ => "<timed exec>",
    }
}

/// `%timeit [-n N] [-r R] STMT` (or the cell form): the loop count is the first power of ten
/// whose total time reaches 0.2 s, then R runs (default 7).
fn timeit(vm: &mut Vm, line: &str, cell: Option<&str>) -> PyResult<Value> {
    let mut number: Option<u64> = None;
    let mut repeat: u64 = 7;
    let mut words = line.split_whitespace().peekable();
    let mut stmt_words = Vec::new();
    while let Some(w) = words.next() {
        match w {
            "-n" => number = words.next().and_then(|n| n.parse().ok()),
            "-r" => {
                repeat = words
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(7)
                    .max(1)
            }
            "-q" | "-o" => {}
            _ => {
                stmt_words.push(w);
                stmt_words.extend(words.by_ref());
            }
        }
    }
    let setup = match cell {
        Some(_) => stmt_words.join(" "),
        None => String::new(),
    };
    let stmt = match cell {
        Some(c) => c.to_string(),
        None => stmt_words.join(" "),
    };
    let indent = |s: &str| -> String {
        s.lines()
            .map(|l| format!("        {l}\n"))
            .collect::<String>()
    };
    // The setup is the cell magic's line: one statement, run once before the loop.
    let setup = match setup.trim() {
        "" => "pass",
        s => s,
    };
    let source = format!(
        "def __cellar_timeit__(_it):\n    {setup}\n    for _i in _it:\n{}        pass\n",
        indent(&stmt)
    );
    run_source(vm, &source, "<magic-timeit>").map(|v| vm.heap.decref(v))?;
    let f = shell::get_global(vm, "__cellar_timeit__").unwrap_or(Value::None);
    vm.heap.incref(f);
    shell::del_global(vm, "__cellar_timeit__");
    let r = time_loops(vm, f, number, repeat);
    vm.heap.decref(f);
    let (number, runs) = r?;
    let per: Vec<f64> = runs.iter().map(|t| t / number as f64).collect();
    let best = per.iter().cloned().fold(f64::INFINITY, f64::min);
    let worst = per.iter().cloned().fold(0.0, f64::max);
    if worst > 4.0 * best && best > 0.0 && worst > 1e-6 {
        vm.out.out(&format!(
            "The slowest run took {:.2} times longer than the fastest. This could mean that an intermediate result is being cached.\n",
            worst / best
        ));
    }
    let mean = per.iter().sum::<f64>() / per.len() as f64;
    let std = (per.iter().map(|t| (t - mean) * (t - mean)).sum::<f64>() / per.len() as f64).sqrt();
    let runs_s = if repeat == 1 { "" } else { "s" };
    let loops_s = if number == 1 { "" } else { "s" };
    vm.out.out(&format!(
        "{} \u{b1} {} per loop (mean \u{b1} std. dev. of {repeat} run{runs_s}, {} loop{loops_s} each)\n",
        format_time(mean),
        format_time(std),
        thousands(number)
    ));
    Ok(Value::None)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Calls the timing function with `range(number)` and returns seconds per call.
fn time_once(vm: &mut Vm, f: Value, number: u64) -> PyResult<f64> {
    let range = vm.heap.alloc(Kind::Range(crate::heap::object::RangeObj {
        start: 0,
        stop: number as i64,
        step: 1,
    }));
    let started = Instant::now();
    let r = vm.call(f, &[range]);
    let elapsed = started.elapsed().as_secs_f64();
    vm.heap.decref(range);
    vm.heap.decref(r?);
    Ok(elapsed)
}

fn time_loops(
    vm: &mut Vm,
    f: Value,
    number: Option<u64>,
    repeat: u64,
) -> PyResult<(u64, Vec<f64>)> {
    let number = match number {
        Some(n) => n.max(1),
        None => {
            let mut n = 1;
            for i in 0..10 {
                n = 10u64.pow(i);
                if time_once(vm, f, n)? >= 0.2 {
                    break;
                }
            }
            n
        }
    };
    let mut runs = Vec::new();
    for _ in 0..repeat {
        runs.push(time_once(vm, f, number)?);
    }
    Ok((number, runs))
}

/// `%history [-n] [RANGES]`.
fn history(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (flags, ranges) = options(line);
    let numbered = flags.contains(&'n');
    let translated = flags.contains(&'t');
    let with_output = flags.contains(&'o');
    let (entries, outputs) =
        with_shell(vm, |sh, _| (sh.history.clone(), sh.output_reprs.clone())).unwrap_or_default();
    let wanted = parse_ranges(&ranges, entries.last().map_or(0, |e| e.0));
    let mut text = String::new();
    for (n, transformed, raw_src) in entries {
        if !wanted.iter().any(|&(a, b)| n >= a && n < b) {
            continue;
        }
        // IPython 9 shows the inputs as typed; `-t` asks for the translated form.
        let src = if translated { transformed } else { raw_src };
        let src = src.replace('\t', "    ");
        let src = src.trim_end();
        if numbered {
            let sep = if src.contains('\n') { '\n' } else { ' ' };
            text.push_str(&format!("{n:>4}:{sep}"));
        }
        text.push_str(src);
        text.push('\n');
        if let Some(shown) = outputs.get(&n).filter(|_| with_output) {
            text.push_str(shown);
            text.push('\n');
        }
    }
    vm.out.out(&text);
    Ok(Value::None)
}

/// IPython's history ranges: `N`, `A-B` (inclusive), `A:B` (exclusive), `A-`; none means all.
fn parse_ranges(words: &[String], last: u32) -> Vec<(u32, u32)> {
    if words.is_empty() {
        return vec![(1, u32::MAX)];
    }
    let mut out = Vec::new();
    for w in words {
        let num = |s: &str| s.trim().parse::<u32>().ok();
        if let Some((a, b)) = w.split_once('-') {
            let a = num(a).unwrap_or(1);
            let b = if b.is_empty() {
                Some(last + 1)
            } else {
                num(b).map(|b| b + 1)
            };
            if let Some(b) = b {
                out.push((a, b));
            }
        } else if let Some((a, b)) = w.split_once(':') {
            if let (Some(a), Some(b)) = (num(a), num(b)) {
                out.push((a, b));
            }
        } else if let Some(n) = num(w) {
            out.push((n, n + 1));
        }
    }
    out
}

fn cd(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let target = line.trim();
    let dir = if target.is_empty() {
        std::env::var("HOME").unwrap_or_else(|_| "/".into())
    } else if let Some(rest) = target.strip_prefix('~') {
        format!("{}{rest}", std::env::var("HOME").unwrap_or_default())
    } else {
        target.to_string()
    };
    match std::env::set_current_dir(&dir) {
        Ok(()) => {
            let now = std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or(dir);
            vm.out.out(&format!("{now}\n"));
        }
        Err(e) => vm.out.out(&format!(
            "[Errno {}] {}: '{dir}'\n",
            e.raw_os_error().unwrap_or(2),
            crate::vm::exc::os_error_text(&e)
        )),
    }
    Ok(Value::None)
}

fn env(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let line = line.trim();
    if line.is_empty() {
        let d = vm.new_dict();
        let k = d.as_obj().expect("dict");
        for (key, value) in std::env::vars() {
            let key = vm.new_str(key);
            let value = vm.new_str(value);
            let r = vm.dict_set(k, key, value);
            vm.heap.decref(key);
            r?;
        }
        return Ok(d);
    }
    if let Some((name, value)) = line.split_once('=').or_else(|| line.split_once(' ')) {
        let (name, value) = (name.trim(), value.trim());
        std::env::set_var(name, value);
        vm.out.out(&format!("env: {name}={value}\n"));
        return Ok(Value::None);
    }
    match std::env::var(line) {
        Ok(v) => Ok(vm.new_str(v)),
        Err(_) => Err(usage_error(
            vm,
            format!("Environment does not have key: {line}"),
        )),
    }
}

fn config(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let line = line.trim();
    if let Some((key, value)) = line.split_once('=') {
        if key.trim() == "InteractiveShell.cache_size" {
            if let Ok(n) = value.trim().parse::<usize>() {
                with_shell(vm, |sh, _| sh.cache_size = n);
                return Ok(Value::None);
            }
        }
    }
    Err(usage_error(
        vm,
        format!("Cellar supports only `%config InteractiveShell.cache_size = N`, not `{line}`"),
    ))
}

fn lsmagic(vm: &mut Vm) {
    let line: Vec<String> = LINE_MAGICS.iter().map(|m| format!("%{m}")).collect();
    let cell: Vec<String> = CELL_MAGICS.iter().map(|m| format!("%%{m}")).collect();
    vm.out.out(&format!(
        "Available line magics:\n{}\n\nAvailable cell magics:\n{}\n\nAutomagic is OFF, % prefix IS needed for line magics.\n",
        line.join("  "),
        cell.join("  ")
    ));
}

/// `x?` / `%pinfo x`: type, string form, length, docstring, signature; `x??` adds the source
/// of a function defined in a cell.
fn pinfo(vm: &mut Vm, name: &str, detail: bool) -> PyResult<Value> {
    let name = name.trim();
    let Some(v) = shell::lookup_dotted(vm, name) else {
        vm.out.out(&format!("Object `{name}` not found.\n"));
        return Ok(Value::None);
    };
    let r = super::pinfo::describe(vm, v, name, detail);
    vm.heap.decref(v);
    let text = r?;
    vm.out.out(&text);
    Ok(Value::None)
}

/// `%save [-f] FILE [RANGES]`: the inputs as a percent-format cell file.
fn save(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (opts, words) = parse_options(vm, line, "fra", &[])?;
    let Some(file) = words.first() else {
        return Err(usage_error(vm, "%save requires a file name".into()));
    };
    let mut file = file.clone();
    if !file.ends_with(".py") && !file.ends_with(".ipy") {
        file.push_str(".py");
    }
    let entries = with_shell(vm, |sh, _| sh.history.clone()).unwrap_or_default();
    let wanted = parse_ranges(&words[1..], entries.last().map_or(0, |e| e.0));
    let mut text = String::from("# coding: utf-8\n");
    for (n, _, raw) in entries {
        if wanted.iter().any(|&(a, b)| n >= a && n < b) {
            text.push_str(&format!("# %%\n{}\n", raw.trim_end()));
        }
    }
    let exists = std::path::Path::new(&file).exists();
    if exists && !has_option(&opts, "f") && !has_option(&opts, "a") {
        vm.out.out(&format!(
            "File `{file}` exists. Overwriting (use -f to do so silently).\n"
        ));
    }
    match std::fs::write(&file, text) {
        Ok(()) => {
            vm.out.out(&format!(
                "The following commands were written to file `{file}`:\n"
            ));
            Ok(Value::None)
        }
        Err(e) => Err(vm.runtime_error(format!("cannot write {file}: {e}"))),
    }
}

/// `%load FILE`: the file's text becomes the next input (at the prompt) — here, it is shown
/// and run as a cell, as `cellar run` cannot edit the next cell.
fn load(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let file = line.trim();
    match std::fs::read_to_string(file) {
        Ok(text) => {
            let outcome = super::session::run_cell(vm, &text);
            super::replay::print_outcome(vm, &outcome);
            Ok(Value::None)
        }
        Err(e) => Err(usage_error(vm, format!("File `{file}` not found. ({e})"))),
    }
}

/// `%run [-i] FILE`: the file runs as `__main__` in a fresh namespace (or the cell scope with
/// `-i`); afterwards its names are copied into the cell scope, as IPython does.
fn run(vm: &mut Vm, line: &str) -> PyResult<Value> {
    let (flags, words) = options(line);
    let Some(file) = words.first() else {
        return Err(usage_error(vm, "%run requires a file name".into()));
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(_) => {
            return Err(
                vm.exception_with_msg(vm.types.os_error, format!("File `{file}` not found."))
            )
        }
    };
    let path = std::fs::canonicalize(file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.clone());
    let code = match vm.compile_source(&text, &path, &Default::default()) {
        Ok(c) => c,
        Err(e) => {
            let report = e.render_cpython(&text, &path);
            vm.out.err(&report);
            return Ok(Value::None);
        }
    };
    let user = shell::main_dict(vm);
    if flags.contains(&'i') {
        let r = vm.run_code(code, user);
        return r.map(|v| {
            vm.heap.decref(v);
            Value::None
        });
    }
    let ns = vm.new_dict();
    let nk = ns.as_obj().expect("dict");
    for (name, v) in [("__name__", "__main__"), ("__file__", path.as_str())] {
        let key = vm.intern(name);
        let value = vm.new_str(v);
        vm.ns_set(nk, key, value);
    }
    let key = vm.intern("__builtins__");
    let b = vm.incref(vm.builtins);
    vm.ns_set(nk, key, b);
    let r = vm.run_code(code, ns);
    let copied: Vec<(Value, Value)> = match vm.heap.kind(nk) {
        Kind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    if let Some(uk) = user.as_obj() {
        for (k, v) in copied {
            if vm
                .str_of(k)
                .is_some_and(|s| s == "__builtins__" || s == "__name__" || s == "__file__")
            {
                continue;
            }
            vm.heap.incref(v);
            vm.ns_set(uk, k, v);
        }
    }
    vm.heap.decref(ns);
    r.map(|v| {
        vm.heap.decref(v);
        Value::None
    })
}

const QUICKREF: &str = "\
Cellar -- a notebook-style Python shell that shows its memory model.

  x?, %pinfo x    details about x; x?? also shows the source
  %who, %whos     the variables of the cell scope
  %reset [-f]     delete every variable (and the output cache, the last exception)
  %xdel x         delete x and every reference the shell holds to it
  %time, %timeit  timing
  %history -n     the inputs so far
  %save, %load, %run   cell files
  Out, _, __, ___, _N  the output cache;  In, _i, _iN  the input history
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_formats_like_ipython() {
        assert_eq!(format_time(5.55e-6), "5.55 \u{3bc}s");
        assert_eq!(format_time(0.0), "0 ns");
        assert_eq!(format_time(0.25), "250 ms");
        assert_eq!(format_time(1.5), "1.5 s");
        assert_eq!(thousands(100000), "100,000");
    }

    #[test]
    fn history_ranges() {
        assert_eq!(parse_ranges(&["2-4".into()], 9), vec![(2, 5)]);
        assert_eq!(parse_ranges(&["3".into()], 9), vec![(3, 4)]);
        assert_eq!(parse_ranges(&["1:3".into()], 9), vec![(1, 3)]);
    }
}
