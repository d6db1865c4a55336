//! The notebook front end on top of the interpreter: the session every front end drives
//! (session.rs, with the shell's state in shell.rs), IPython's input transformations
//! (transform.rs), the display hook's pretty printer (pretty.rs on pretty_layout.rs), IPython's
//! tracebacks (ipython_tb.rs), the magics (magics.rs, help in pinfo.rs), cell files
//! (cell_files.rs) and their replay (replay.rs, its progress line in progress.rs), and the
//! interactive prompt (repl.rs with
//! input_complete.rs for IPython's Enter rule).

pub mod cell_files;
pub mod cleanup;
pub mod input_complete;
pub mod ipython_tb;
pub mod magics;
pub mod mem;
pub mod pinfo;
pub mod pretty;
pub mod pretty_layout;
pub mod progress;
pub mod repl;
pub mod replay;
pub mod session;
pub mod shell;
pub mod transform;
