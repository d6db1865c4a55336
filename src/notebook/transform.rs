//! IPython's input transformations (after `cleanup.rs`), turning a cell's special syntax into plain Python that calls
//! the shell, exactly as IPython spells it (the result is what `In[n]` and `%history` show):
//! `%magic args` → `get_ipython().run_line_magic('magic', 'args')`, `x = %magic` likewise on
//! the right of an assignment, `!cmd` → `get_ipython().system('cmd')`, `x = !cmd` →
//! `x = get_ipython().getoutput('cmd')`, `%%magic line` at the top of a cell →
//! `get_ipython().run_cell_magic('magic', 'line', 'body')`, and `x?` / `x??` / `?x` →
//! `pinfo` / `pinfo2`. Lines inside a bracket or a triple-quoted string are left alone.

use super::input_complete::Scanner;
use crate::numeric::parse::py_str_repr;

/// The transformed cell, ending with a newline as IPython's `transform_cell` leaves it.
pub fn transform_cell(cell: &str) -> String {
    let cell = &super::cleanup::cleanup(cell);
    let mut out = if let Some(rest) = cell.strip_prefix("%%") {
        cell_magic(rest)
    } else {
        let mut out = String::new();
        let mut open = Scanner::default();
        for line in cell.split('\n') {
            if open.is_open() {
                out.push_str(line);
            } else {
                out.push_str(&transform_line(line));
            }
            out.push('\n');
            open.feed(line);
        }
        out.pop();
        out
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn cell_magic(rest: &str) -> String {
    let (first, body) = rest.split_once('\n').unwrap_or((rest, ""));
    let (name, line) = split_magic(first);
    let mut body = body.to_string();
    if !body.is_empty() && !body.ends_with('\n') {
        body.push('\n');
    }
    format!(
        "get_ipython().run_cell_magic({}, {}, {})",
        py_str_repr(name),
        py_str_repr(line),
        py_str_repr(&body)
    )
}

fn split_magic(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    match text.find(char::is_whitespace) {
        Some(i) => (&text[..i], text[i..].trim()),
        None => (text, ""),
    }
}

/// One logical line outside brackets and strings.
fn transform_line(line: &str) -> String {
    let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
    let (indent, body) = line.split_at(indent_len);
    if let Some(call) = escaped_call(body, false) {
        return format!("{indent}{call}");
    }
    if let Some((target, value)) = assignment_split(body) {
        if let Some(call) = escaped_call(value.trim_start(), true) {
            return format!("{indent}{target}= {call}");
        }
    }
    if let Some(call) = help_call(body) {
        return format!("{indent}{call}");
    }
    line.to_string()
}

/// `%magic args` or `!cmd` (`capture`: on the right of `=`, where `!` captures the output).
fn escaped_call(body: &str, capture: bool) -> Option<String> {
    if let Some(rest) = body.strip_prefix('%') {
        if rest.starts_with('%') || rest.is_empty() {
            return None;
        }
        let (name, args) = split_magic(rest);
        return Some(format!(
            "get_ipython().run_line_magic({}, {})",
            py_str_repr(name),
            py_str_repr(args)
        ));
    }
    if let Some(rest) = body.strip_prefix('!') {
        let cmd = rest.trim_end();
        let method = if capture { "getoutput" } else { "system" };
        return Some(format!("get_ipython().{method}({})", py_str_repr(cmd)));
    }
    None
}

/// `name = rest` where `name` is a simple target (IPython's assign_from_magic/system rules
/// accept any target before a single `=`).
fn assignment_split(body: &str) -> Option<(&str, &str)> {
    let i = body.find('=')?;
    let (target, rest) = (&body[..i], &body[i + 1..]);
    if rest.starts_with('=') || target.trim().is_empty() {
        return None;
    }
    let ok = target
        .chars()
        .all(|c| c.is_alphanumeric() || "_., []()".contains(c));
    let value = rest.trim_start();
    (ok && (value.starts_with('%') || value.starts_with('!'))).then_some((target, rest))
}

/// `obj?`, `obj??`, `?obj`, `??obj`: the object's help. A trailing `?` takes the name it ends
/// (IPython's `_help_end_re`: `[].append?` asks about `append`, `%who?` about the magic).
fn help_call(body: &str) -> Option<String> {
    let text = body.trim_end();
    // IPython looks for a `?` token: one inside a comment is no help request
    // (`for x in r:  # done?`).
    if !text.contains('?') || super::input_complete::strip_comment(text).len() != text.len() {
        return None;
    }
    let (target, detail) = if let Some(t) = text.strip_suffix('?') {
        let (t, detail) = match t.strip_suffix('?') {
            Some(t) => (t, true),
            None => (t, false),
        };
        let start = t
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| is_help_target(&t[i..]))?;
        (&t[start..], detail)
    } else if let Some(t) = text.strip_prefix("??") {
        (t.trim(), true)
    } else if let Some(t) = text.strip_prefix('?') {
        (t.trim(), false)
    } else {
        return None;
    };
    if !is_help_target(target) {
        return None;
    }
    let magic = if detail {
        "pinfo2"
    } else if target.contains('*') {
        "psearch"
    } else {
        "pinfo"
    };
    Some(format!(
        "get_ipython().run_line_magic({}, {})",
        py_str_repr(magic),
        py_str_repr(target)
    ))
}

/// The whole of `t` is `%{0,2}NAME(.NAME|[INT])*`, names made of word characters and `*`
/// and not starting with a digit.
fn is_help_target(t: &str) -> bool {
    fn name(t: &str) -> Option<&str> {
        let end = t
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '*'))
            .map_or(t.len(), |(i, _)| i);
        let first = t.chars().next()?;
        (end > 0 && !first.is_ascii_digit()).then(|| &t[end..])
    }
    let t = t.strip_prefix('%').unwrap_or(t);
    let t = t.strip_prefix('%').unwrap_or(t);
    let Some(mut rest) = name(t) else {
        return false;
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            match name(r) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if let Some(r) = rest.strip_prefix('[') {
            let r = r.strip_prefix('-').unwrap_or(r);
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            match r[digits..].strip_prefix(']') {
                Some(r) if digits > 0 => rest = r,
                _ => return false,
            }
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::transform_cell;

    #[test]
    fn ipython_spellings() {
        let cases = [
            ("%who", "get_ipython().run_line_magic('who', '')\n"),
            (
                "x = %who_ls",
                "x = get_ipython().run_line_magic('who_ls', '')\n",
            ),
            ("!echo hi", "get_ipython().system('echo hi')\n"),
            (
                "files = !ls -l",
                "files = get_ipython().getoutput('ls -l')\n",
            ),
            (
                "%%time\nx = 1",
                "get_ipython().run_cell_magic('time', '', 'x = 1\\n')\n",
            ),
            ("len?", "get_ipython().run_line_magic('pinfo', 'len')\n"),
            ("x = (1,\n%who)", "x = (1,\n%who)\n"),
            (
                "if x:\n    %time f()",
                "if x:\n    get_ipython().run_line_magic('time', 'f()')\n",
            ),
            ("a == %b", "a == %b\n"),
        ];
        for (cell, want) in cases {
            assert_eq!(transform_cell(cell), want, "{cell}");
        }
    }
}
