//! `cellar --check FILE` end to end: silent success, CPython-style failure, usage errors.

use std::process::Command;

fn check(args: &[&str], dir: &std::path::Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cellar"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn valid_files_pass_silently() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/valid");
    for name in [
        "002_only_comment.py",
        "063_fstring_complex_expressions.py",
        "195_deep_nesting_brackets.py",
    ] {
        assert!(dir.join(name).exists(), "{name}");
        let (code, out, err) = check(&["--check", name], &dir);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (Some(0), "", ""),
            "{name}"
        );
    }
}

#[test]
fn an_error_names_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("cellar-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.py"), "x = 1\nif x == 1\n    print(x)\n").unwrap();
    let (code, out, err) = check(&["--check", "bad.py"], &dir);
    assert_eq!(code, Some(1));
    assert_eq!(out, "");
    assert_eq!(
        err,
        "  File \"bad.py\", line 2\n    if x == 1\n             ^\nSyntaxError: expected ':'\n"
    );
}

#[test]
fn unsupported_constructs_are_named() {
    let dir = std::env::temp_dir().join(format!("cellar-cli-u-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = "async def f():\n    pass\n";
    std::fs::write(dir.join("u.py"), src).unwrap();
    let (code, _, err) = check(&["--check", "u.py"], &dir);
    assert_eq!(code, Some(1), "{src}");
    assert!(
        err.ends_with("SyntaxError: 'async def' is not supported by cellar\n"),
        "{src}: {err}"
    );
}

#[test]
fn bytes_literals_check_as_cpython_does() {
    let dir = std::env::temp_dir().join(format!("cellar-cli-b-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ok.py"), "x = b'abc' rb'\\d' B\"\\x00\"\n").unwrap();
    assert_eq!(check(&["--check", "ok.py"], &dir).0, Some(0));
    std::fs::write(dir.join("mix.py"), "x = b'a' 'b'\n").unwrap();
    let (code, _, err) = check(&["--check", "mix.py"], &dir);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "  File \"mix.py\", line 1\n    x = b'a' 'b'\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"
    );
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let (code, _, err) = check(&["--check", "no/such/file.py"], std::path::Path::new("."));
    assert_eq!(code, Some(2));
    assert!(err.contains("can't open file 'no/such/file.py'"), "{err}");
}
