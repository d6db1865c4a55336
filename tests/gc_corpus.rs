//! The collector's differential corpus (tests/gc/, expected output from CPython 3.11 by
//! tests/gc/regen.py), run by tests/common. `CELLAR_GC=auto/` runs only the programs whose
//! path contains that text.

mod common;

#[test]
fn gc_corpus_matches_cpython() {
    common::run_corpus(&common::Corpus {
        dir: "gc",
        filter_var: "CELLAR_GC",
    });
}
