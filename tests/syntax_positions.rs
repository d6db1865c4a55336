//! Expression positions against CPython 3.11's `ast`: for every snippet of tests/syntax/valid,
//! each expression's type, start and end (line, UTF-8 column) must be what python3 reported in
//! tests/syntax/positions.expected (written by tests/syntax/positions.py). Tracebacks mark the
//! failing expression by these spans (PEP 657), so they must be CPython's to the column.

use std::path::Path;

use cellar::syntax::positions::expression_positions;

#[test]
fn expression_positions_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax");
    let expected = std::fs::read_to_string(root.join("positions.expected"))
        .expect("tests/syntax/positions.expected (python3 tests/syntax/positions.py)");
    let mut failures = Vec::new();
    let mut snippets = 0;
    for block in expected.split("== ").filter(|b| !b.is_empty()) {
        let mut lines = block.lines();
        let name = lines.next().unwrap_or_default().to_string();
        let want: Vec<String> = lines.map(str::to_string).collect();
        let bytes = std::fs::read(root.join("valid").join(&name)).expect("snippet");
        let source = cellar::syntax::decode_source(&bytes).expect("decodes");
        let module = cellar::syntax::parse_module_deep(&source).expect("parses");
        let got = expression_positions(&source, &module);
        snippets += 1;
        if got != want {
            let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
            let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).collect();
            failures.push(format!(
                "{name}:\n  python3 only: {missing:?}\n  cellar only:  {extra:?}"
            ));
        }
    }
    assert!(snippets > 300, "the corpus should have its snippets");
    assert!(
        failures.is_empty(),
        "{} of {snippets} snippets differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
