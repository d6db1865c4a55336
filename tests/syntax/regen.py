#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the front-end corpus with CPython 3.11.

    python3 tests/syntax/regen.py            # check valid/*.py, rewrite invalid/*.err
    python3 tests/syntax/regen.py --check    # same, but only compare; exit 1 on any difference

valid/*.py   must be accepted by compile(source_bytes, name, "exec"), without any warning.
invalid/*.py must be rejected by compile(); invalid/NAME.err receives exactly what
             `python3 NAME.py` prints on stderr when run from inside invalid/, except that
             python3 names the script by its absolute path in the `File "..."` line and the
             .err file uses the bare file name (`File "NAME.py", line 3`).

Why run python3 instead of formatting the exception in-process with
traceback.format_exception_only(): for about 5% of the files the two differ, and the
script's stderr is the behaviour Cellar must reproduce (`cellar FILE.py` runs a script
exactly as `python3 FILE.py` would). The differences (CPython 3.11):
  * the interpreter's C printer draws a range of carets (offset..end_offset) only for an
    exception of exact type SyntaxError; IndentationError and TabError get a single `^`;
  * the C printer strips leading spaces, tabs and form feeds from the shown line, traceback
    strips only spaces (so a tab-indented line is shown differently);
  * for a range spanning several lines the C printer underlines to the end of the first
    line; traceback mixes the two lines' columns (even printing a caret line with no carets);
  * the parser reports some end-of-file errors at offset 0 when reading a file (no caret
    line at all) but at the end of the last line when compiling a string.
Every file is still compiled in-process first: that classifies it (valid / rejected) and
cross-checks that the last line of stderr equals the last line format_exception_only gives.

Sources are read as bytes, so CRLF line endings, a BOM or a coding cookie behave as for a
script. In-process compilation also runs with invalid/ as the working directory, because
CPython's compiler (symtable/codegen) errors fetch their source line by re-reading the file
named in compile(), exactly as they do for `python3 NAME.py`.
"""

import concurrent.futures
import os
import subprocess
import sys
import traceback
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "valid")
INVALID = os.path.join(HERE, "invalid")


def py_files(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".py"))


def compile_file(folder, name):
    """Compile folder/name in-process. Returns (exception or None, caught warnings)."""
    with open(os.path.join(folder, name), "rb") as fh:
        source = fh.read()
    old_cwd = os.getcwd()
    os.chdir(folder)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(source, name, "exec", dont_inherit=True)
            except BaseException as exc:  # SyntaxError, but also MemoryError/RecursionError
                return exc, caught
            return None, caught
    finally:
        os.chdir(old_cwd)


def script_stderr(name):
    """What `python3 NAME.py` prints on stderr from inside invalid/, with the bare file name.

    -I (isolated: no PYTHON* variables, no user site) and -S (no site module) keep the
    environment from changing the output; neither affects how a SyntaxError is printed.
    The file never runs: it fails to compile.
    """
    proc = subprocess.run([sys.executable, "-I", "-S", name], cwd=INVALID,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    text = proc.stderr.decode("utf-8")
    absolute = f'File "{os.path.join(INVALID, name)}"'
    return text.replace(absolute, f'File "{name}"', 1), proc.returncode


def main(argv):
    check = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(f"usage: {argv[0]} [--check]", file=sys.stderr)
        return 2
    if sys.version_info[:2] != (3, 11):
        print(f"regen.py needs CPython 3.11 (found {sys.version.split()[0]}): "
              "error messages differ between versions", file=sys.stderr)
        return 2

    problems = []

    for name in py_files(VALID):
        exc, caught = compile_file(VALID, name)
        if exc is not None:
            last = "".join(traceback.format_exception_only(exc)).rstrip().splitlines()[-1]
            problems.append(f"valid/{name}: rejected: {last}")
        for w in caught:
            problems.append(f"valid/{name}: warning: {w.category.__name__}: {w.message}")

    rejected = {}
    for name in py_files(INVALID):
        exc, caught = compile_file(INVALID, name)
        for w in caught:
            problems.append(f"invalid/{name}: warning (python3 would print it too): "
                            f"{w.category.__name__}: {w.message}")
        if exc is None:
            problems.append(f"invalid/{name}: compiles fine, but it is meant to be rejected")
        else:
            rejected[name] = "".join(traceback.format_exception_only(exc))

    expected = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        results = dict(zip(rejected, pool.map(script_stderr, rejected)))
    for name, (text, returncode) in results.items():
        if returncode != 1 or not text.endswith("\n"):
            problems.append(f"invalid/{name}: python3 exited with {returncode}: {text!r}")
            continue
        in_process_last = rejected[name].rstrip("\n").splitlines()[-1]
        if text.rstrip("\n").splitlines()[-1] != in_process_last:
            problems.append(f"invalid/{name}: python3 and compile() disagree: "
                            f"{text!r} vs {rejected[name]!r}")
            continue
        expected[name[:-3] + ".err"] = text

    stale = sorted(n for n in os.listdir(INVALID) if n.endswith(".err")
                   and not os.path.exists(os.path.join(INVALID, n[:-4] + ".py")))
    changed = []
    for err_name, text in sorted(expected.items()):
        path = os.path.join(INVALID, err_name)
        data = text.encode("utf-8")
        try:
            with open(path, "rb") as fh:
                current = fh.read()
        except FileNotFoundError:
            current = None
        if current != data:
            changed.append(err_name)
            if not check:
                with open(path, "wb") as fh:
                    fh.write(data)

    if check:
        for n in changed:
            problems.append(f"invalid/{n}: out of date (run tests/syntax/regen.py)")
        for n in stale:
            problems.append(f"invalid/{n}: no matching .py (run tests/syntax/regen.py)")
    else:
        for n in stale:
            os.remove(os.path.join(INVALID, n))

    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"FAILED: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    done = "checked" if check else f"{len(changed)} .err rewritten, {len(stale)} stale removed"
    print(f"ok: {len(py_files(VALID))} valid, {len(expected)} invalid ({done})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
