//! Regular expressions, Cellar's own engine with CPython's `re` semantics: parse.rs reads the
//! syntax, compile.rs makes a program, exec.rs runs it by backtracking, chars.rs knows
//! character classes and case, api.rs is the `_sre` module the Python part (py/re.py) uses.

pub mod api;
mod chars;
mod compile;
mod exec;
mod flags;
mod parse;
