//! The front end against CPython 3.11: every snippet of tests/syntax/valid parses (and
//! round-trips through the unparser), every snippet of tests/syntax/invalid makes
//! `cellar --check` print exactly what `python3` printed (the .err files), and every rule of
//! grammar/cellar.ebnf is exercised.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use cellar::syntax::{parse_module, parser::coverage, unparse::unparse_module};

fn corpus(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/syntax")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

fn read_source(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    cellar::syntax::decode_source(&bytes).unwrap()
}

/// Run a closure on a thread with a large stack (deeply nested snippets).
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(cellar::syntax::STACK_SIZE)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// The AST's Debug text without byte spans, so trees parsed from different text compare.
fn shape(m: &cellar::syntax::ast::Module) -> String {
    let text = format!("{m:?}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("Span { start: ") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let close = after.find('}').unwrap();
        out.push_str("Span");
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn valid_snippets_parse_and_round_trip() {
    let files = corpus("valid");
    assert!(files.len() >= 250, "only {} valid snippets", files.len());
    big_stack(move || {
        let mut failures = Vec::new();
        for path in &files {
            let source = read_source(path);
            let module = match parse_module(&source) {
                Ok(m) => m,
                Err(e) => {
                    failures.push(format!("{}: {}", path.display(), e.last_line()));
                    continue;
                }
            };
            let printed = unparse_module(&module);
            match parse_module(&printed) {
                Ok(again) if shape(&again) == shape(&module) => {}
                Ok(_) => failures.push(format!(
                    "{}: round trip changed the AST:\n{printed}",
                    path.display()
                )),
                Err(e) => failures.push(format!(
                    "{}: round trip does not reparse ({}):\n{printed}",
                    path.display(),
                    e.last_line()
                )),
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    });
}

/// Files whose `cellar --check` output does not yet equal python3's, one name per line. The
/// test fails if a listed file starts matching (remove it) or an unlisted one stops matching.
fn known_mismatches() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/known_mismatches.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn invalid_snippets_report_what_python3_reports() {
    let files = corpus("invalid");
    assert!(files.len() >= 80, "only {} invalid snippets", files.len());
    let dir = files[0].parent().unwrap().to_path_buf();
    let known = known_mismatches();
    let chunks: Vec<Vec<PathBuf>> = files
        .chunks(files.len().div_ceil(4))
        .map(|c| c.to_vec())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut results = Vec::new();
                for path in chunk {
                    let name = path.file_name().unwrap().to_string_lossy().to_string();
                    let expected = std::fs::read_to_string(path.with_extension("err")).unwrap();
                    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
                        .arg("--check")
                        .arg(&name)
                        .current_dir(&dir)
                        .output()
                        .unwrap();
                    let got = String::from_utf8_lossy(&out.stderr).to_string();
                    let ok = out.status.code() == Some(1) && got == expected;
                    results.push((name, ok, expected, got));
                }
                results
            })
        })
        .collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut matched = 0;
    for h in handles {
        for (name, ok, expected, got) in h.join().unwrap() {
            match (ok, known.contains(&name)) {
                (true, false) => matched += 1,
                (true, true) => fixed.push(name),
                (false, false) => unexpected.push(format!(
                    "{name}\n--- python3:\n{expected}--- cellar:\n{got}"
                )),
                (false, true) => {}
            }
        }
    }
    eprintln!(
        "{matched} of {} invalid snippets match python3 exactly",
        files.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} mismatches:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "now matching, remove from known_mismatches.txt: {fixed:?}"
    );
}

#[test]
fn every_grammar_rule_is_exercised_and_named_in_the_parser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let grammar = std::fs::read_to_string(root.join("grammar/cellar.ebnf")).unwrap();
    let rules: BTreeSet<String> = grammar
        .lines()
        .filter_map(|l| l.split_once("::=").map(|(n, _)| n.trim().to_string()))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert!(rules.len() > 50, "grammar has only {} rules", rules.len());

    // Rule names the parser reports (rule("x", ...) and rule_hit("x", ...)).
    let mut named = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("src/syntax/parser")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for part in text
            .split("rule(\"")
            .skip(1)
            .chain(text.split("rule_hit(\"").skip(1))
        {
            named.insert(part.split('"').next().unwrap().to_string());
        }
    }
    let unknown: Vec<_> = named.difference(&rules).collect();
    assert!(
        unknown.is_empty(),
        "parser rules missing from grammar/cellar.ebnf: {unknown:?}"
    );

    let files = corpus("valid");
    let hits = big_stack(move || {
        coverage::enable();
        for path in &files {
            let _ = parse_module(&read_source(path));
        }
        coverage::take()
    });
    let missing: Vec<_> = rules
        .iter()
        .filter(|r| !hits.contains(r.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "grammar rules no valid snippet exercises: {missing:?}"
    );
}

#[test]
fn python3_agrees_with_the_checked_in_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg(root.join("tests/syntax/regen.py"))
        .arg("--check")
        .output()
        .expect("python3 must be installed to run the differential tests");
    assert!(
        out.status.success(),
        "regen.py --check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
