//! Cellar: a notebook-style REPL for a Python 3 subset whose memory model is visible.
//! The pipeline: `syntax` (text → tokens → AST); `numeric` holds CPython's number formatting and
//! arithmetic corner cases as pure functions. The compiler (`compile/`), interpreter (`vm/`),
//! heap (`heap/`), object payloads (`objects/`) and builtins are written but not yet part of the
//! build (see ARCHITECTURE.md, "Work in progress").

pub mod numeric;
pub mod syntax;

/// mimalloc: the interpreter and the front end allocate many small objects.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
