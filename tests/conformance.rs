//! The differential corpus of the language (tests/conformance/, expected output from CPython
//! 3.11), run by tests/common. `CELLAR_CONFORMANCE=list/01` runs only the programs whose path
//! contains that text.

mod common;

#[test]
fn conformance_corpus_matches_cpython() {
    common::run_corpus(&common::Corpus {
        dir: "conformance",
        filter_var: "CELLAR_CONFORMANCE",
    });
}
