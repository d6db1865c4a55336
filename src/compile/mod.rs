//! AST → code: scope analysis (`symtable`) and lowering to instructions (`codegen`), which
//! builds the code objects the interpreter runs (`objects/code.rs`).

pub mod codegen;
pub mod mangle;
pub mod symtable;
