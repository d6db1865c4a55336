//! Source text → AST: tokens (`token.rs`, logos), layout (`layout.rs`), the parser
//! (`parser/`, chumsky), CPython's error messages (`diagnose.rs`, `error.rs`), compile-time
//! checks (`validate.rs`), and helpers for the prompt (`complete.rs`) and tests (`unparse.rs`).

pub mod ast;
pub mod complete;
pub mod diagnose;
pub mod error;
pub mod layout;
pub mod literals;
pub mod parser;
pub mod positions;
pub mod token;
pub mod unparse;
pub mod validate;

pub use error::{SyntaxError, SyntaxErrorKind};

/// Parse a whole module, with every check CPython's `compile()` makes before running code.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    if let Some(at) = source.find('\0') {
        return Err(null_byte(source, at));
    }
    let tokens = layout::tokenize_all(source);
    let failure = match parser::parse_file(source, &tokens.tokens) {
        Ok(module) => {
            validate::validate_module(&module)?;
            return Ok(module);
        }
        Err(failure) => failure,
    };
    // The tokenizer stopped where the parser did: its error is the one to report.
    if let Some(lex) = &tokens.error {
        let error_token = tokens.tokens.last().map_or(0, |t| t.span.start);
        if failure.fatal.is_none() && failure.at.start >= error_token {
            return Err(lex.error.clone());
        }
    }
    let error = match failure.fatal {
        Some(e) => e,
        None => diagnose::diagnose(source, &tokens.tokens, failure.at, &tokens.unclosed),
    };
    Err(diagnose::after_parser_error(
        source,
        error,
        &tokens,
        failure.at.start,
    ))
}

/// Source bytes → text, as CPython reads a source file: UTF-8 (a BOM is skipped), with its
/// error for anything else.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let mut err = SyntaxError::at(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {{file}} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at]
                ),
                0,
                0,
            );
            err.caret = error::Caret::NoText;
            Err(err)
        }
    }
}

/// `parse_module` on a thread with a large stack, so that deeply nested (but valid) programs
/// are parsed and checked without risk to the caller's stack.
pub fn parse_module_deep(source: &str) -> Result<ast::Module, SyntaxError> {
    let source = source.to_string();
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || parse_module(&source));
    match handle {
        Ok(h) => h
            .join()
            .unwrap_or_else(|_| Err(SyntaxError::at("internal error: the parser failed", 0, 0))),
        Err(_) => Err(SyntaxError::at(
            "internal error: could not start the parser thread",
            0,
            0,
        )),
    }
}

/// CPython's file reader refuses a NUL anywhere in the source: it shows the line up to the NUL
/// and no caret.
fn null_byte(source: &str, at: usize) -> SyntaxError {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = source[..at].matches('\n').count() + 1;
    let shown = error::SyntaxTextOverride {
        line,
        text: source[line_start..at].to_string(),
        offset: 0,
        end_offset: 0,
    };
    SyntaxError {
        shown: Some(Box::new(shown)),
        ..SyntaxError::at("source code cannot contain null bytes", at, at).without_caret()
    }
}

/// Stack for threads that walk ASTs recursively (virtual memory; only touched pages are used).
pub const STACK_SIZE: usize = 512 * 1024 * 1024;
