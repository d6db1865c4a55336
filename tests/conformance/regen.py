#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the conformance corpus with CPython 3.11.

    python3 tests/conformance/regen.py                # rewrite every PROG.out / .err / .stderr
    python3 tests/conformance/regen.py --check        # only compare; exit 1 listing differences
    python3 tests/conformance/regen.py [--check] list/01_basics.py ...   # just these programs

For every TOPIC/PROG.py below this folder (regen.py itself excluded) the script runs

    python3 -X utf8 /abs/path/PROG.py

with a fresh, empty temporary directory as the working directory, PYTHONHASHSEED=0, the
other PYTHON* environment variables removed, and PROG.in (if present) as standard input
(otherwise an empty standard input). Then:

  * PROG.out receives the exact bytes of stdout;
  * PROG.err receives the last line of stderr plus "\\n", only when the exit status is not 0
    (a stale PROG.err is deleted when the program now exits 0);
  * for programs in tracebacks_full/ only: PROG.stderr receives the whole stderr, normalized by
    normalize_stderr() below (the program's own directory and the slash after it removed, so
    'File "/abs/.../tracebacks_full/03_x.py", line 4' reads 'File "03_x.py", line 4'; plus
    the gc-debug normalizations the Rust runner applies to every .stderr comparison).

A program may ask for cellar arguments with a comment line '# cellar: ARGS' within its first
5 lines (the Rust runner passes ARGS, split on whitespace, before the program's path). When
ARGS contains --max-memory=SIZE (or '--max-memory SIZE'; bytes or a K/M/G/T suffix, powers of
1024, optional B/iB), python3 runs with RLIMIT_AS set to SIZE bytes, so that it too meets
MemoryError; other cellar arguments do not affect python3.

Every program is also run a second time with PYTHONHASHSEED=1: the two runs must agree
exactly (stdout, exit status, last stderr line, and the normalized stderr in tracebacks_full/),
or the program is reported as nondeterministic and its files are not written. A program that
exits 0 but writes anything to stderr (a SyntaxWarning, say) is reported too, as is an exit
status other than 0 or 1: the corpus wants clean programs whose only stderr is the traceback of an uncaught exception.

--check writes nothing: it reports every program whose checked-in .out/.err/.stderr differ
from what python3 prints today, every nondeterministic program, and .out/.err/.stderr files
left over from deleted programs (or a .stderr outside tracebacks_full/), and exits 1 if there
is any.
"""

import concurrent.futures
import os
import re
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "python3"
TIMEOUT = 120  # seconds per run; the slowest program takes well under one
FULL_STDERR_DIRS = ("tracebacks_full",)  # topics whose whole stderr is compared (PROG.stderr)
ARGS_PREFIX = "# cellar:"  # a comment line with cellar arguments, within the first 5 lines


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
    # TOPIC/PROG.py only, as the Rust runner: deeper folders hold modules programs import.
    for topic in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, topic)
        if topic.startswith((".", "__")) or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and os.path.isfile(os.path.join(folder, name)):
                found.append(os.path.join(topic, name))
    return sorted(found)


def full_stderr(rel):
    return rel.split(os.sep)[0] in FULL_STDERR_DIRS


def cellar_args(path):
    """The arguments of a '# cellar: ARGS' line within the program's first 5 lines (the Rust
    runner, tests/common/mod.rs, reads them the same way)."""
    with open(path, encoding="utf-8") as fh:
        for _, line in zip(range(5), fh):
            line = line.lstrip()
            if line.startswith(ARGS_PREFIX):
                return line[len(ARGS_PREFIX):].split()
    return []


def parse_size(text):
    """A size as cellar's --max-memory takes it: bytes or a K/M/G/T suffix (powers of 1024,
    optional trailing B or iB). 0 means no limit (None)."""
    m = re.fullmatch(r"\s*(\d+)\s*([KMGT]?)(?:I?B)?\s*", text.upper())
    if not m:
        sys.exit(f"regen.py: invalid --max-memory size {text!r}")
    n = int(m.group(1)) << {"": 0, "K": 10, "M": 20, "G": 30, "T": 40}[m.group(2)]
    return n or None


def memory_limit(path):
    """RLIMIT_AS for python3 when the program's cellar arguments include --max-memory."""
    args = cellar_args(path)
    limit = None
    for i, arg in enumerate(args):
        if arg.startswith("--max-memory="):
            limit = parse_size(arg.split("=", 1)[1])
        elif arg == "--max-memory" and i + 1 < len(args):
            limit = parse_size(args[i + 1])
    return limit


def normalize_stderr(text, program_dir):
    """What a .stderr file holds: the whole stderr without the program's directory, so it
    does not depend on where the repository is, then the normalizations the Rust runner
    (normalize_stderr in tests/common/mod.rs) applies to both sides: addresses, gc timings
    and the size of the permanent generation."""
    text = text.replace(program_dir + os.sep, "")
    text = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)
    text = re.sub(r"\d+\.\d+s elapsed", "N.NNNNs elapsed", text)
    text = re.sub(r"objects in permanent generation: \d+", "objects in permanent generation: N", text)
    return text


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
    limit = memory_limit(path)
    preexec = None
    if limit is not None:
        def preexec():  # in the child, between fork and exec: set the limit, nothing else
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with tempfile.TemporaryDirectory(prefix="cellar-conformance-") as cwd:
        try:
            proc = subprocess.run(
                [PYTHON, "-X", "utf8", path],
                cwd=cwd,
                env=clean_env(seed),
                input=stdin_data,
                capture_output=True,
                timeout=TIMEOUT,
                preexec_fn=preexec,
            )
        except subprocess.TimeoutExpired:
            return None, None, b"timed out"
    return proc.stdout, proc.returncode, proc.stderr


def last_line(stderr):
    lines = stderr.decode("utf-8", "replace").splitlines()
    return (lines[-1] if lines else "") + "\n"


def expected(rel):
    """Run with seeds 0 and 1.
    Return (out_bytes, err_text_or_None, stderr_text_or_None, problems)."""
    out0, rc0, err0 = run_once(rel, 0)
    out1, rc1, err1 = run_once(rel, 1)
    problems = []
    if rc0 is None or rc1 is None:
        return None, None, None, [f"timed out after {TIMEOUT}s"]
    whole = full_stderr(rel)
    program_dir = os.path.dirname(os.path.join(HERE, rel))

    def key(out, rc, err):
        if whole:
            return (out, rc, normalize_stderr(err.decode("utf-8", "replace"), program_dir))
        return (out, rc, last_line(err))

    if key(out0, rc0, err0) != key(out1, rc1, err1):
        problems.append("nondeterministic: PYTHONHASHSEED=0 and PYTHONHASHSEED=1 disagree")
    if rc0 == 0 and err0:
        problems.append("exit status 0 but stderr is not empty: " + last_line(err0).strip())
    if rc0 not in (0, 1):
        problems.append(f"exit status {rc0} (want 0, or 1 for an uncaught exception)")
    stderr_text = normalize_stderr(err0.decode("utf-8", "replace"), program_dir) if whole else None
    return out0, (last_line(err0) if rc0 != 0 else None), stderr_text, problems


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return fh.read()


def orphans():
    """.out/.err/.stderr files whose program is gone (or .stderr outside tracebacks_full/)."""
    left = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if not d.startswith((".", "__"))]
        for name in files:
            if name.endswith((".out", ".err")):
                stem = name[:-4]
            elif name.endswith(".stderr"):
                stem = name[:-7]
            else:
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
                    what = " (the program now exits 0)" if ext == ".err" else ""
                    failures.append(f"{rel}: stale {rel[:-3]}{ext}{what}")
                elif have is None:
                    hint = f" (expected {err.strip()!r})" if ext == ".err" else ""
                    failures.append(f"{rel}: missing {rel[:-3]}{ext}{hint}")
                else:
                    hint = f" (expected {err.strip()!r})" if ext == ".err" else ""
                    failures.append(f"{rel}: {rel[:-3]}{ext} is out of date{hint}")
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
