//! AST → code: scope analysis (`symtable`), lowering to instructions (`codegen`), and the code
//! object the interpreter runs (`code`).

pub mod code;
pub mod codegen;
pub mod symtable;
