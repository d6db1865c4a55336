//! Front-end speed: lex and parse a 10,000-line program built from the valid snippets, and
//! report the median time and lines per second. Run: `cargo bench --bench parse`.

use std::path::Path;
use std::time::Instant;

fn program(lines: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/valid");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let snippets: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        // Keep snippets that stand alone at module level and end cleanly.
        .filter(|s| {
            !s.contains('\t')
                && !s.contains('\r')
                && !s.contains("global ")
                && cellar::syntax::parse_module(s).is_ok()
        })
        .map(|s| if s.ends_with('\n') { s } else { s + "\n" })
        .collect();
    let mut out = String::new();
    let mut count = 0;
    'outer: loop {
        for s in &snippets {
            out.push_str(s);
            count += s.lines().count();
            if count >= lines {
                break 'outer;
            }
        }
    }
    out
}

fn main() {
    let src = program(10_000);
    let lines = src.lines().count();
    cellar::syntax::parse_module(&src).expect("the bench program parses");
    let mut times = Vec::new();
    for _ in 0..21 {
        let start = Instant::now();
        let module = cellar::syntax::parse_module(&src).unwrap();
        times.push(start.elapsed().as_secs_f64());
        drop(module);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = times[times.len() / 2];
    let lex_start = Instant::now();
    for _ in 0..21 {
        cellar::syntax::layout::tokenize(&src).unwrap();
    }
    let lex = lex_start.elapsed().as_secs_f64() / 21.0;
    println!(
        "parse: {lines} lines, {} bytes: median {:.2} ms (lexing alone {:.2} ms), {:.0} lines/s",
        src.len(),
        median * 1e3,
        lex * 1e3,
        lines as f64 / median
    );
}
