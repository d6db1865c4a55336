//! The differential corpus of the standard library (tests/stdlib/, expected output from CPython
//! 3.11), run by tests/common. `CELLAR_STDLIB=heapq/` runs only the programs whose path contains
//! that text.

mod common;

#[test]
fn stdlib_corpus_matches_cpython() {
    common::run_corpus(&common::Corpus {
        dir: "stdlib",
        filter_var: "CELLAR_STDLIB",
    });
}
