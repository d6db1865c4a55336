#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the gc corpus with CPython 3.11.

    python3 tests/gc/regen.py                # rewrite every PROG.out / PROG.err / PROG.stderr
    python3 tests/gc/regen.py --check        # only compare; exit 1 listing differences
    python3 tests/gc/regen.py [--check] auto/01_self_cycles_fire_every_701.py ...   # just these

Mirrors tests/conformance/regen.py. For every TOPIC/PROG.py below this folder (regen.py itself
excluded) the script runs

    python3 -X utf8 /abs/path/PROG.py

with a fresh, empty temporary directory as the working directory, the PYTHON* environment
variables removed, PYTHONHASHSEED set, and PROG.in (if present) or nothing as standard input.
Then:

  * PROG.out receives the exact bytes of stdout;
  * PROG.err receives the last line of stderr plus "\\n", only when the exit status is not 0
    (a stale PROG.err is deleted when the program now exits 0);
  * for programs in debug/ only: PROG.stderr receives the whole stderr, normalized by
    normalize_stderr() below (always written, possibly empty). A runner must apply the same
    normalization to the interpreter's stderr before comparing.

Every program is run three times, with PYTHONHASHSEED=0, PYTHONHASHSEED=1 and
PYTHONHASHSEED=random: all runs must agree exactly (stdout, exit status, last stderr line, and
normalized stderr for debug/), or the program is reported as nondeterministic and its files
are not written. Outside debug/, a program that exits 0 but writes anything to stderr is
reported, as is an exit status other than 0 or 1.

--check writes nothing: it reports every program whose checked-in files differ from what
python3 prints today, every nondeterministic program, and expected-output files left over
from deleted programs, and exits 1 if there is any.
"""

import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "python3"
TIMEOUT = 120  # seconds per run
SEEDS = ("0", "1", "random")
FULL_STDERR_DIRS = ("debug",)  # topics whose whole stderr is compared (PROG.stderr)


def normalize_stderr(text):
    """Remove what no implementation can reproduce from gc debug output.

    * addresses in 'gc: collectable <Type 0x7f...>'          -> '0xADDR'
    * timings in 'gc: done, ..., 0.0012s elapsed'           -> 'N.NNNNs elapsed'
    * the size of the permanent generation (the interpreter's own startup objects,
      parked there by gc.freeze()) in 'gc: objects in permanent generation: 11247'
                                                              -> 'N'
    """
    text = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)
    text = re.sub(r"\d+\.\d+s elapsed", "N.NNNNs elapsed", text)
    text = re.sub(r"objects in permanent generation: \d+", "objects in permanent generation: N", text)
    return text


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


def full_stderr(rel):
    return rel.split(os.sep)[0] in FULL_STDERR_DIRS


def clean_env(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
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
    with tempfile.TemporaryDirectory(prefix="cellar-gc-") as cwd:
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
    """Run once per seed. Return (out_bytes, err_text_or_None, stderr_text_or_None, problems)."""
    runs = [run_once(rel, seed) for seed in SEEDS]
    problems = []
    if any(rc is None for _, rc, _ in runs):
        return None, None, None, [f"timed out after {TIMEOUT}s"]
    out0, rc0, err0 = runs[0]
    whole = full_stderr(rel)

    def key(run):
        out, rc, err = run
        if whole:
            return (out, rc, normalize_stderr(err.decode("utf-8", "replace")))
        return (out, rc, last_line(err))

    if any(key(r) != key(runs[0]) for r in runs[1:]):
        problems.append("nondeterministic: runs with PYTHONHASHSEED=" + "/".join(SEEDS) + " disagree")
    if rc0 == 0 and err0 and not whole:
        problems.append("exit status 0 but stderr is not empty: " + last_line(err0).strip())
    if rc0 not in (0, 1):
        problems.append(f"exit status {rc0} (want 0, or 1 for an uncaught exception)")
    stderr_text = normalize_stderr(err0.decode("utf-8", "replace")) if whole else None
    return out0, (last_line(err0) if rc0 != 0 else None), stderr_text, problems


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return fh.read()


def orphans():
    """.out/.err/.stderr files whose program is gone (or .stderr outside debug/)."""
    left = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for name in files:
            stem = None
            if name.endswith((".out", ".err")):
                stem = name[:-4]
            elif name.endswith(".stderr"):
                stem = name[:-7]
            if stem is None:
                continue
            rel = os.path.relpath(os.path.join(root, name), HERE)
            prog = os.path.join(root, stem + ".py")
            if not os.path.exists(prog) or (name.endswith(".stderr") and not full_stderr(rel)):
                left.append(rel)
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
        out, err, stderr_text, problems = results[rel]
        for p in problems:
            failures.append(f"{rel}: {p}")
        if problems:
            continue
        base = os.path.join(HERE, rel[:-3])
        want = {".out": out,
                ".err": err.encode("utf-8") if err is not None else None,
                ".stderr": stderr_text.encode("utf-8") if stderr_text is not None else None}
        for ext, data in want.items():
            have = read(base + ext)
            if have == data:
                continue
            if check:
                if data is None:
                    failures.append(f"{rel}: stale {rel[:-3]}{ext}")
                elif have is None:
                    failures.append(f"{rel}: missing {rel[:-3]}{ext}")
                else:
                    failures.append(f"{rel}: {rel[:-3]}{ext} is out of date")
            else:
                if data is None:
                    os.remove(base + ext)
                else:
                    with open(base + ext, "wb") as fh:
                        fh.write(data)
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
