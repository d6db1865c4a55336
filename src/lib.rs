//! Cellar: a notebook-style REPL for a Python 3 subset whose memory model is visible.
//! The pipeline: `syntax` (text → tokens → AST) → `compile` (AST → code) → `vm` (the
//! interpreter) on `heap` (objects, exact refcounts, the verifier); `objects` holds the payload
//! data structures, `builtins` the builtin functions, methods and modules, `numeric` CPython's
//! number formatting and arithmetic. The interpreter compiles but is not yet reachable from the
//! binary or the tests (see ARCHITECTURE.md, "Work in progress").

pub mod builtins;
pub mod compile;
pub mod heap;
pub mod notebook;
pub mod numeric;
pub mod objects;
pub mod syntax;
pub mod vm;

/// mimalloc (the interpreter and the front end allocate many small objects), counted for the
/// memory budget and `%mem` (heap/budget.rs).
#[global_allocator]
static GLOBAL: heap::budget::Counting = heap::budget::Counting;
