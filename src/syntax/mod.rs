//! Source text → AST: tokens (`token.rs`, logos), layout (`layout.rs`), the parser
//! (`parser/`, chumsky), CPython's error messages (`diagnose.rs`, `error.rs`), compile-time
//! checks (`validate.rs`), and source rendering for tests (`unparse.rs`).

pub mod ast;
pub mod diagnose;
pub mod error;
pub mod future;
pub mod layout;
pub mod literals;
pub mod match_check;
pub mod parser;
pub mod positions;
pub mod token;
pub mod unparse;
pub mod validate;

pub use error::{SyntaxError, SyntaxErrorKind};

/// Parse a whole module, with every check CPython's `compile()` makes before running code.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parse(source, false)
}

/// Parse a notebook cell as IPython compiles one (codeop's `PyCF_ALLOW_INCOMPLETE_INPUT`): a
/// cell the parser could not finish because the text ran out (an open bracket or block, an
/// unterminated triple-quoted string, a trailing backslash) fails with "incomplete input"
/// instead of the script's message.
pub fn parse_cell(source: &str) -> Result<ast::Module, SyntaxError> {
    parse(source, true)
}

fn parse(source: &str, allow_incomplete: bool) -> Result<ast::Module, SyntaxError> {
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
    if allow_incomplete {
        if let Some(e) = incomplete_input(source, &tokens, &failure) {
            return Err(e);
        }
    }
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

/// CPython's rule for "incomplete input": the parser's first pass failed after the tokenizer
/// had reached the end of the text. That is a failure on the DEDENTs or ENDMARKER made at the
/// end, or on the tokenizer's own end-of-text errors. The location is CPython's: the end of the
/// last line, or the opening quote of an unterminated triple-quoted string.
fn incomplete_input(
    source: &str,
    tokens: &layout::Tokens,
    failure: &parser::Failure,
) -> Option<SyntaxError> {
    if failure.fatal.is_some() {
        return None;
    }
    let end = source.strip_suffix('\n').unwrap_or(source).len();
    let at = |offset: usize| Some(SyntaxError::at("incomplete input", offset, offset));
    if let Some(lex) = &tokens.error {
        let error_token = tokens.tokens.last().map_or(0, |t| t.span.start);
        if failure.at.start < error_token {
            return None;
        }
        let msg = &lex.error.msg;
        if msg.starts_with("unterminated triple-quoted string literal") {
            return at(lex.error.start);
        }
        return (msg == "unexpected EOF while parsing")
            .then(|| at(end))
            .flatten();
    }
    let failing = tokens
        .tokens
        .iter()
        .position(|t| t.span.start >= failure.at.start)?;
    let at_end = tokens.tokens[failing..]
        .iter()
        .all(|t| matches!(t.tok, layout::Tok::Dedent | layout::Tok::EndMarker));
    if at_end {
        at(end)
    } else {
        None
    }
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
