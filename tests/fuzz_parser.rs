//! No input makes the front end panic or overflow the stack: random bytes, token soups,
//! truncated, spliced and mutated valid programs, and deep nesting all end in an AST or a
//! SyntaxError. The default run is a few thousand cases; the long run is
//! `CELLAR_FUZZ_CASES=1000000 cargo test --release --test fuzz_parser -- --nocapture`.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longer than any parse should take, even in a debug build on a noisy machine.
const CASE_LIMIT: Duration = Duration::from_secs(10);

use cellar::notebook::{cleanup, input_complete::check_complete, transform::transform_cell};
use cellar::syntax::{parse_cell, parse_module};

/// xorshift64*: a few lines, deterministic from the seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "x",
    "y",
    "_",
    "café",
    "if",
    "elif",
    "else",
    "for",
    "in",
    "while",
    "def",
    "class",
    "return",
    "lambda",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "with",
    "del",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "async",
    "await",
    "match",
    "case",
    "1",
    "0x1F",
    "0o7",
    "0b1",
    "1.5e-3",
    "1_000",
    "0777",
    "1j",
    "1abc",
    "'s'",
    "\"t\"",
    "'''m\nl'''",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "f'{'",
    "f'}'",
    "r'\\d'",
    "b'x'",
    "'\\x4'",
    "'\\N{BULLET}'",
    "\"unterminated",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    "!=",
    ":=",
    "->",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "+=",
    "**=",
    "\n",
    "\n    ",
    "\n\t",
    "\\\n",
    "\\",
    " ",
    "#c\n",
    "$",
    "?",
    "!",
    "`",
    "\u{a0}",
    "€",
    "\u{200b}",
    "\r\n",
];

fn valid_corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/valid");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| String::from_utf8(std::fs::read(p).ok()?).ok())
        .collect()
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn generate(rng: &mut Rng, corpus: &[String]) -> String {
    match rng.below(8) {
        // Random bytes, lossily decoded (the lexer sees text).
        0 => {
            let n = rng.below(200);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        // Token soup.
        1 | 2 => {
            let n = rng.below(60);
            (0..n)
                .map(|_| *rng.pick(PIECES))
                .collect::<Vec<_>>()
                .join(if rng.below(2) == 0 { " " } else { "" })
        }
        // A valid program cut short.
        3 => {
            let p = rng.pick(corpus);
            let cut = char_boundary(p, rng.below(p.len() + 1));
            p[..cut].to_string()
        }
        // Two programs spliced at random points.
        4 => {
            let a = rng.pick(corpus);
            let b = rng.pick(corpus);
            let i = char_boundary(a, rng.below(a.len() + 1));
            let j = char_boundary(b, rng.below(b.len() + 1));
            format!("{}{}", &a[..i], &b[j..])
        }
        // A valid program with a few pieces inserted, deleted or replaced.
        5 | 6 => {
            let mut s = rng.pick(corpus).clone();
            for _ in 0..1 + rng.below(4) {
                let at = char_boundary(&s, rng.below(s.len() + 1));
                let piece: &str = rng.pick::<&str>(PIECES);
                match rng.below(3) {
                    0 => s.insert_str(at, piece),
                    1 => {
                        let end = char_boundary(&s, at + rng.below(8));
                        s.replace_range(at..end.max(at), "");
                    }
                    _ => {
                        let end = char_boundary(&s, at + rng.below(4));
                        s.replace_range(at..end.max(at), piece);
                    }
                }
            }
            s
        }
        // Deep nesting of one construct.
        _ => {
            let depth = 1 + rng.below(3000);
            let (open, close) = *rng.pick(&[
                ("(", ")"),
                ("[", "]"),
                ("{", "}"),
                ("-", ""),
                ("not ", ""),
                ("lambda: ", ""),
                ("x if y else ", ""),
                ("2 ** ", ""),
                ("f(", ")"),
                ("1 + ", ""),
                ("a.", ""),
            ]);
            let closed = rng.below(4) != 0;
            format!(
                "x = {}1{}\n",
                open.repeat(depth),
                if closed {
                    close.repeat(depth)
                } else {
                    String::new()
                }
            )
        }
    }
}

#[test]
fn the_front_end_never_panics() {
    let cases: usize = std::env::var("CELLAR_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let seed: u64 = std::env::var("CELLAR_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED_CE11A2);
    let corpus = valid_corpus();
    // A parser that backtracks exponentially never panics, it just never returns: a watchdog
    // fails the run on the first input that takes longer than any sane parse.
    let current: Arc<Mutex<(usize, Instant, String)>> =
        Arc::new(Mutex::new((usize::MAX, Instant::now(), String::new())));
    let watched = Arc::clone(&current);
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(200));
        let guard = watched.lock().unwrap_or_else(|e| e.into_inner());
        if guard.0 != usize::MAX && guard.1.elapsed() > CASE_LIMIT {
            eprintln!(
                "case {} took more than {CASE_LIMIT:?} (seed {seed}): {:?}",
                guard.0, guard.2
            );
            std::process::exit(1);
        }
    });
    let handle = std::thread::Builder::new()
        .stack_size(cellar::syntax::STACK_SIZE)
        .spawn(move || {
            let mut rng = Rng(seed | 1);
            let start = Instant::now();
            let (mut ok, mut errors) = (0usize, 0usize);
            for i in 0..cases {
                let input = generate(&mut rng, &corpus);
                *current.lock().unwrap_or_else(|e| e.into_inner()) =
                    (i, Instant::now(), input.clone());
                let result = std::panic::catch_unwind(|| {
                    let parsed = parse_module(&input);
                    // The notebook's paths over the same text: Enter's rule, IPython's
                    // cleanup and transforms, and the cell compiler's incomplete-input rule.
                    let _ = check_complete(&input);
                    let cell = transform_cell(&input);
                    let _ = cleanup::tokenize_indentation_error(&cell);
                    let _ = parse_cell(&cell);
                    parsed.is_ok()
                });
                match result {
                    Ok(true) => ok += 1,
                    Ok(false) => errors += 1,
                    Err(_) => panic!("case {i} (seed {seed}) panicked on input {input:?}"),
                }
            }
            current.lock().unwrap_or_else(|e| e.into_inner()).0 = usize::MAX;
            (ok, errors, start.elapsed())
        })
        .unwrap();
    let (ok, errors, elapsed) = handle.join().expect("fuzz thread");
    eprintln!(
        "fuzz: {} cases ({ok} parsed, {errors} SyntaxError) in {:.1?}, {:.0} cases/s",
        ok + errors,
        elapsed,
        (ok + errors) as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(ok + errors, cases);
    assert!(
        ok > 0 && errors > 0,
        "the generator should produce both valid and invalid programs"
    );
}

#[test]
fn ten_thousand_open_brackets_is_a_syntax_error() {
    let src = format!("x = {}", "(".repeat(10_000));
    let err = parse_module(&src).unwrap_err();
    assert_eq!(err.last_line(), "SyntaxError: too many nested parentheses");
    let src = format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200));
    assert!(parse_module(&src).is_ok());
}
