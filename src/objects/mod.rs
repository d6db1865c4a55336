//! The payload data structures of object kinds, with their own algorithms and no interpreter:
//! strings and byte strings, the insertion-ordered dict table, the set table laid out as CPython's (so that
//! iteration order matches), code objects (what the compiler produces and the interpreter
//! runs), the csv dialect state machines, and what a builtin function object carries.

pub mod bytes;
pub mod code;
pub mod csv_dialect;
pub mod dict;
pub mod native;
pub mod set;
pub mod str;
pub mod text_stream;
