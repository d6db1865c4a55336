#!/usr/bin/env python3
"""Run programs of a differential corpus with a built cellar binary, judged as the cargo test
judges them (stdout exact, exit status, last stderr line), without cargo.

    python3 tests/stdlib/check_binary.py [--bin PATH] [--py-dir DIR] [-v] PATH_OR_DIR ...

`--py-dir` sets CELLAR_PY_DIR, so edits to the Python-written modules (src/builtins/py) are
tried without a rebuild. Every program runs with the verifier on (CELLAR_VERIFY=1) in a fresh
empty working directory, with PROG.in (if any) on standard input. Prints one line per program
that differs (with the first difference under -v) and a count.
"""
import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def programs(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith(".py"):
                    yield os.path.join(p, name)
        else:
            yield p


def first_difference(expected, got):
    e, g = expected.splitlines(), got.splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<missing>"
        b = g[i] if i < len(g) else "<missing>"
        if a != b:
            return f"  line {i + 1}\n    expected: {a}\n    got:      {b}"
    return "  (trailing newline differs)"


def judge(binary, prog, env):
    base = prog[:-3]
    want_out = open(base + ".out", encoding="utf-8", errors="replace").read() if os.path.exists(base + ".out") else ""
    want_err = open(base + ".err", encoding="utf-8").read().rstrip("\n") if os.path.exists(base + ".err") else None
    stdin = open(base + ".in", "rb").read() if os.path.exists(base + ".in") else b""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            r = subprocess.run([binary, os.path.abspath(prog)], input=stdin, capture_output=True,
                               cwd=scratch, env=env, timeout=60)
        except subprocess.TimeoutExpired:
            return "timed out after 60 s"
    out = r.stdout.decode("utf-8", "replace")
    err = r.stderr.decode("utf-8", "replace")
    why = []
    want_status = 1 if want_err is not None else 0
    if r.returncode != want_status:
        tail = "\n".join(err.splitlines()[-12:])
        why.append(f"exit status {r.returncode}, expected {want_status}; stderr ends:\n{tail}")
    elif want_err is not None:
        last = err.rstrip("\n").splitlines()[-1] if err.strip() else ""
        if last != want_err:
            why.append(f"last stderr line\n  got:      {last}\n  expected: {want_err}")
    if out != want_out:
        why.append(first_difference(want_out, out))
    return "\n".join(why)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "cellar"))
    ap.add_argument("--py-dir")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["CELLAR_VERIFY"] = "1"
    if args.py_dir:
        env["CELLAR_PY_DIR"] = os.path.abspath(args.py_dir)
    progs = list(programs(args.paths))
    bad = 0
    for prog in progs:
        why = judge(args.bin, prog, env)
        if why:
            bad += 1
            print(f"FAIL {prog}" + (f"\n{why}\n" if args.v else ""))
    print(f"{len(progs) - bad} of {len(progs)} programs match CPython")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
