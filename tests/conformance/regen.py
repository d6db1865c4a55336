#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the conformance corpus with CPython 3.11.

    python3 tests/conformance/regen.py                # rewrite every PROG.out / PROG.err
    python3 tests/conformance/regen.py --check        # only compare; exit 1 listing differences
    python3 tests/conformance/regen.py [--check] list/01_basics.py ...   # just these programs

For every TOPIC/PROG.py below this folder (regen.py itself excluded) the script runs

    python3 -X utf8 /abs/path/PROG.py

with a fresh, empty temporary directory as the working directory, PYTHONHASHSEED=0, the
other PYTHON* environment variables removed, and PROG.in (if present) as standard input
(otherwise an empty standard input). Then:

  * PROG.out receives the exact bytes of stdout;
  * PROG.err receives the last line of stderr plus "\\n", only when the exit status is not 0
    (a stale PROG.err is deleted when the program now exits 0).

Every program is also run a second time with PYTHONHASHSEED=1: the two runs must agree
exactly (stdout, exit status, last stderr line), or the program is reported as
nondeterministic and its files are not written. A program that exits 0 but writes anything
to stderr (a SyntaxWarning, say) is reported too, as is an exit status other than 0 or 1:
the corpus wants clean programs whose only stderr is the traceback of an uncaught exception.

--check writes nothing: it reports every program whose checked-in .out/.err differ from
what python3 prints today, every nondeterministic program, and .out/.err files left over
from deleted programs, and exits 1 if there is any.
"""

import concurrent.futures
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "python3"
TIMEOUT = 120  # seconds per run; the slowest program takes well under one


def programs(selection):
    if selection:
        out = []
        for arg in selection:
            path = os.path.abspath(arg if os.path.exists(arg) else os.path.join(HERE, arg))
            if not path.endswith(".py") or not os.path.isfile(path):
                sys.exit(f"regen.py: not a program: {arg}")
            out.append(os.path.relpath(path, HERE))
        return sorted(out)
    found = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), HERE)
            if name.endswith(".py") and rel != "regen.py":
                found.append(rel)
    return sorted(found)


def clean_env(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once(rel, seed):
    """Run one program; return (stdout bytes, exit status, stderr bytes)."""
    path = os.path.join(HERE, rel)
    stdin_path = path[:-3] + ".in"
    stdin_data = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as fh:
            stdin_data = fh.read()
    with tempfile.TemporaryDirectory(prefix="cellar-conformance-") as cwd:
        try:
            proc = subprocess.run(
                [PYTHON, "-X", "utf8", path],
                cwd=cwd,
                env=clean_env(seed),
                input=stdin_data,
                capture_output=True,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None, None, b"timed out"
    return proc.stdout, proc.returncode, proc.stderr


def last_line(stderr):
    lines = stderr.decode("utf-8", "replace").splitlines()
    return (lines[-1] if lines else "") + "\n"


def expected(rel):
    """Run with seeds 0 and 1. Return (out_bytes, err_text_or_None, problems)."""
    out0, rc0, err0 = run_once(rel, 0)
    out1, rc1, err1 = run_once(rel, 1)
    problems = []
    if rc0 is None or rc1 is None:
        return None, None, [f"timed out after {TIMEOUT}s"]
    if (out0, rc0, last_line(err0)) != (out1, rc1, last_line(err1)):
        problems.append("nondeterministic: PYTHONHASHSEED=0 and PYTHONHASHSEED=1 disagree")
    if rc0 == 0 and err0:
        problems.append("exit status 0 but stderr is not empty: " + last_line(err0).strip())
    if rc0 not in (0, 1):
        problems.append(f"exit status {rc0} (want 0, or 1 for an uncaught exception)")
    return out0, (last_line(err0) if rc0 != 0 else None), problems


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return fh.read()


def orphans():
    """.out/.err files whose program is gone."""
    left = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for name in files:
            if name.endswith((".out", ".err")):
                prog = os.path.join(root, name[:-4] + ".py")
                if not os.path.exists(prog):
                    left.append(os.path.relpath(os.path.join(root, name), HERE))
    return sorted(left)


def main(argv):
    check = "--check" in argv
    selection = [a for a in argv if a != "--check"]
    if any(a.startswith("-") for a in selection):
        sys.exit(__doc__)
    version = subprocess.run([PYTHON, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                             capture_output=True, text=True).stdout.strip()
    if version != "True":
        sys.exit("regen.py: python3 must be CPython 3.11 (the expected outputs are 3.11's)")

    progs = programs(selection)
    failures = []
    written = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        results = dict(zip(progs, pool.map(expected, progs)))
    for rel in progs:
        out, err, problems = results[rel]
        for p in problems:
            failures.append(f"{rel}: {p}")
        if problems:
            continue
        base = os.path.join(HERE, rel[:-3])
        want_err = err.encode("utf-8") if err is not None else None
        if check:
            if read(base + ".out") != out:
                failures.append(f"{rel}: {rel[:-3]}.out is out of date")
            have_err = read(base + ".err")
            if have_err != want_err:
                if want_err is None:
                    failures.append(f"{rel}: stale {rel[:-3]}.err (the program now exits 0)")
                elif have_err is None:
                    failures.append(f"{rel}: missing {rel[:-3]}.err (expected {err.strip()!r})")
                else:
                    failures.append(f"{rel}: {rel[:-3]}.err is out of date "
                                    f"(expected {err.strip()!r})")
        else:
            if read(base + ".out") != out:
                with open(base + ".out", "wb") as fh:
                    fh.write(out)
                written += 1
            if want_err is None:
                if os.path.exists(base + ".err"):
                    os.remove(base + ".err")
                    written += 1
            elif read(base + ".err") != want_err:
                with open(base + ".err", "wb") as fh:
                    fh.write(want_err)
                written += 1
    if not selection:
        for rel in orphans():
            if check:
                failures.append(f"{rel}: left over (no matching .py)")
            else:
                os.remove(os.path.join(HERE, rel))
                written += 1

    n_err = sum(1 for rel in progs if results[rel][1] is not None)
    for line in failures:
        print(line)
    verb = "checked" if check else f"regenerated ({written} file(s) changed)"
    print(f"{len(progs)} programs {verb}; {n_err} end with an uncaught exception; "
          f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
