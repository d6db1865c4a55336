//! The payload data structures of object kinds, with their own algorithms and no interpreter:
//! strings, the insertion-ordered dict table, and the set table laid out as CPython's (so that
//! iteration order matches).

pub mod dict;
pub mod set;
pub mod str;
