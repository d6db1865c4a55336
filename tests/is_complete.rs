//! The prompt's "is this cell ready?" decision, following IPython's rules.

use cellar::notebook::input_complete::{check_complete as is_complete, Completeness::*};

#[test]
fn single_line_statements_are_complete() {
    assert_eq!(is_complete("x = 1"), Complete);
    assert_eq!(is_complete("print(x)\n"), Complete);
    assert_eq!(is_complete(""), Complete);
}

#[test]
fn a_block_header_asks_for_an_indented_line() {
    assert_eq!(is_complete("for i in range(3):"), Incomplete(4));
    assert_eq!(is_complete("def f():\n    if x:"), Incomplete(8));
}

#[test]
fn a_block_stays_open_until_a_blank_line() {
    assert_eq!(
        is_complete("for i in range(3):\n    print(i)"),
        Incomplete(4)
    );
    assert_eq!(
        is_complete("for i in range(3):\n    print(i)\n\n"),
        Complete
    );
}

#[test]
fn open_brackets_backslashes_and_triple_quotes_continue() {
    assert_eq!(is_complete("x = [1,\n"), Incomplete(0));
    assert_eq!(is_complete("x = 1 + \\"), Incomplete(0));
    assert_eq!(is_complete("s = '''abc"), Incomplete(0));
}

#[test]
fn invalid_input_is_submitted_at_once() {
    assert_eq!(is_complete("x = = 1"), Invalid);
    assert_eq!(is_complete("x = )"), Invalid);
    assert_eq!(is_complete("'unterminated"), Invalid);
}

#[test]
fn pasted_prompts_and_indentation_are_cleaned_first() {
    assert_eq!(is_complete(">>> x = 1"), Complete);
    assert_eq!(is_complete(">>> for i in range(3):"), Incomplete(4));
    assert_eq!(is_complete("    y = 2"), Complete);
}
