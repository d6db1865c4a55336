//! Cellar: a notebook-style REPL for a Python 3 subset whose memory model is visible.
//! The pipeline: `syntax` (text → tokens → AST); the compiler, interpreter, heap and notebook
//! front end follow in later layers.

pub mod syntax;

/// mimalloc: the interpreter and the front end allocate many small objects.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
