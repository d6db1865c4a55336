#!/usr/bin/env python3
"""Regenerate (or check) the IPython transcripts of the notebook cell corpus.

    python3 tests/cells/regen.py                      # rewrite every NAME.out
    python3 tests/cells/regen.py cache_basic.py ...   # just these cell files
    python3 tests/cells/regen.py --check [FILES...]   # compare only; exit 1 listing differences
                                                      # (and, without FILES, .out files left without a .py)
    python3 tests/cells/regen.py --python /path/to/python ...   # an interpreter that has IPython

Tests read only the checked-in NAME.out files: neither IPython nor this script is needed to run
them. Only this script needs IPython. Without --python it uses (and creates on first use) a venv
at ${XDG_CACHE_HOME:-~/.cache}/cellar-ipython (or --venv DIR), made with `python3.11 -m venv`
and `pip install ipython==9.19.1`; the transcripts are CPython 3.11's.

Every NAME.py below this folder (this script excepted) is a percent-format cell file. It is cut
into cells exactly as Cellar cuts it (split_cells below):
  * a line starting with `# %%` starts a new cell; the text before the first marker is a cell too;
  * a marker line whose rest contains `[markdown]` (`# %% [markdown]`) starts a markdown cell,
    which is skipped;
  * a cell's text is its lines joined with '\\n', with the lines that are empty or only whitespace
    dropped at both ends; an empty cell is skipped (not run, no execution count).
Each file runs in a fresh process with one `InteractiveShell.instance(colors='nocolor')` (the
base shell, not the terminal one; history in memory, IPYTHONDIR a fresh empty directory), the
file's own folder as working directory and PYTHONHASHSEED fixed. Each code cell is
`shell.run_cell(text, store_history=True)` with stdout and stderr redirected into one buffer (so
`print(..., file=sys.stderr)` lands in order); the buffer reports encoding utf-8, as a UTF-8
terminal does, so %timeit writes μ and ±. IPython's warning "To exit: use 'exit', 'quit', or
Ctrl-D." after sys.exit() is filtered out. Values are shown by IPython's pretty printer at its
fixed width of 79 columns (PlainTextFormatter.max_width; no terminal is asked). NAME.out is the
concatenation of every cell's output: what `cellar run --keep-going NAME.py` must print.

Normalisations (applied to IPython's output, and only these; a runner applies none to Cellar's
except comparing against them):
  1. memory addresses `0x` followed by 6 or more hex digits      -> `0x…` (U+2026)
  2. `%time` figures: a line starting `CPU times:`               -> `CPU times: …`
                      a line starting `Wall time:`               -> `Wall time: …`
  3. `%timeit` result lines `X ± Y per loop (mean ± std. dev. of R runs, N loops each)`:
       when the cell's %timeit/%%timeit gave both -r and -n  -> `… per loop (mean ± std. dev. of R runs, N loops each)`
       otherwise                                             -> `%timeit: …`
     and IPython's line "The slowest run took … could mean that an intermediate result is being
     cached." (which appears at random) is dropped;
  4. the absolute path of this folder (tests/cells)               -> `<cells>`
  5. the directory of the IPython package (…/site-packages/IPython) -> `<ipython>`
  6. `\\r\\n` -> `\\n`: `!cmd` runs through a pseudo-terminal (pexpect), which ends lines with CR LF.

Every file is run twice (PYTHONHASHSEED=0 and 1); if the two transcripts differ the file is
reported as nondeterministic and its .out is not written.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
IPYTHON_REQUIREMENT = "ipython==9.19.1"
SEEDS = ("0", "1")
TIMEOUT = 300  # seconds per file


# --- cutting a file into cells (Cellar does exactly the same) ---------------------------------

def split_cells(source):
    """The code cells of a percent-format file, as a list of texts (empty cells dropped)."""
    cells = []
    kind, lines = "code", []
    for line in source.split("\n"):
        if line.startswith("# %%"):
            cells.append((kind, lines))
            kind = "markdown" if "[markdown]" in line[4:] else "code"
            lines = []
        else:
            lines.append(line)
    cells.append((kind, lines))
    texts = []
    for kind, lines in cells:
        while lines and not lines[0].strip():
            lines = lines[1:]
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        if kind == "code" and lines:
            texts.append("\n".join(lines))
    return texts


def read_source(path):
    with open(path, encoding="utf-8") as f:  # universal newlines: CR LF read as LF
        return f.read()


# --- the worker: runs inside the interpreter that has IPython -----------------------------------

def worker(path, json_out):
    import contextlib
    import io
    import warnings

    import IPython
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class Buffer(io.StringIO):
        @property
        def encoding(self):  # what a UTF-8 terminal reports (IPython checks it for μ and ±)
            return "utf-8"

    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    shell = InteractiveShell.instance(config=config, colors="nocolor")
    warnings.filterwarnings("ignore", message="To exit")
    os.chdir(os.path.dirname(os.path.abspath(path)))
    cells = []
    for text in split_cells(read_source(path)):
        buf = Buffer()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            shell.run_cell(text, store_history=True)
        cells.append({"text": text, "output": buf.getvalue()})
    result = {
        "ipython_dir": os.path.dirname(os.path.abspath(IPython.__file__)),
        "ipython_version": IPython.__version__,
        "python_version": sys.version.split()[0],
        "cells": cells,
    }
    with open(json_out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: finalizers of objects still alive must not print after the
    # transcript (and IPython's atexit hooks must not run).
    os._exit(0)


# --- normalisation ------------------------------------------------------------------------------

TIMEIT_RESULT = re.compile(
    r"^.* per loop \(mean ± std\. dev\. of (\d+ runs?, [\d,]+ loops? each)\)$")
TIMEIT_SLOWEST = re.compile(r"^The slowest run took .* times longer than the fastest\.")
TIMEIT_CALL = re.compile(r"^\s*%%?timeit\b(.*)$", re.M)


def timeit_explicit(cell_text):
    """For each %timeit / %%timeit in the cell, in order: were both -r and -n given?"""
    found = []
    for m in TIMEIT_CALL.finditer(cell_text):
        opts = m.group(1)
        found.append(bool(re.search(r"(^|\s)-r\s*\d", opts)) and
                     bool(re.search(r"(^|\s)-n\s*\d", opts)))
    return found


def normalise_cell(text, output, ipython_dir):
    explicit = timeit_explicit(text)
    lines = []
    for line in output.replace("\r\n", "\n").split("\n"):
        if TIMEIT_SLOWEST.match(line):
            continue
        m = TIMEIT_RESULT.match(line)
        if m:
            keep = explicit.pop(0) if explicit else False
            line = (f"… per loop (mean ± std. dev. of {m.group(1)})" if keep else "%timeit: …")
        elif line.startswith("CPU times:"):
            line = "CPU times: …"
        elif line.startswith("Wall time:"):
            line = "Wall time: …"
        lines.append(line)
    out = "\n".join(lines)
    for path, name in sorted(path_names(ipython_dir).items(), key=lambda kv: -len(kv[0])):
        out = out.replace(path, name)
    return re.sub(r"0x[0-9a-f]{6,}", "0x…", out)


def path_names(ipython_dir):
    names = {}
    for p in {HERE, os.path.realpath(HERE)}:
        names[p] = "<cells>"
    for p in {ipython_dir, os.path.realpath(ipython_dir)}:
        names[p] = "<ipython>"
    return names


# --- finding an interpreter with IPython --------------------------------------------------------

def default_venv():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "cellar-ipython")


def has_ipython(python):
    try:
        r = subprocess.run([python, "-c", "import IPython, traitlets"],
                           capture_output=True, timeout=120)
    except OSError:
        return False
    return r.returncode == 0


def ensure_python(args):
    if args.python:
        if not has_ipython(args.python):
            sys.exit(f"regen.py: {args.python} cannot import IPython")
        return args.python
    venv = args.venv or default_venv()
    python = os.path.join(venv, "bin", "python")
    if os.path.exists(python) and has_ipython(python):
        return python
    base = shutil.which("python3.11") or sys.executable
    print(f"regen.py: creating {venv} with {base} and {IPYTHON_REQUIREMENT} ...", file=sys.stderr)
    subprocess.run([base, "-m", "venv", venv], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", IPYTHON_REQUIREMENT], check=True)
    if not has_ipython(python):
        sys.exit(f"regen.py: {python} still cannot import IPython")
    return python


# --- running one file ---------------------------------------------------------------------------

def run_once(python, path, seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "IPYTHON", "JPY"))}
    env.update(PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8", COLUMNS="80", LINES="24",
               NO_COLOR="1", TERM="dumb", PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryDirectory(prefix="cellar-cells-") as tmp:
        env["IPYTHONDIR"] = os.path.join(tmp, "ipython")
        json_out = os.path.join(tmp, "out.json")
        r = subprocess.run([python, os.path.abspath(__file__), "--worker", path, json_out],
                           env=env, capture_output=True, text=True, timeout=TIMEOUT,
                           stdin=subprocess.DEVNULL)
        if r.returncode != 0 or not os.path.exists(json_out):
            raise RuntimeError(f"worker failed (status {r.returncode}):\n{r.stdout}{r.stderr}")
        stray = r.stdout + r.stderr
        with open(json_out, encoding="utf-8") as f:
            result = json.load(f)
    text = "".join(normalise_cell(c["text"], c["output"], result["ipython_dir"])
                   for c in result["cells"])
    return text, len(result["cells"]), result, stray


def process(python, path, check):
    """Returns (ok, message)."""
    name = os.path.relpath(path, HERE)
    runs = [run_once(python, path, seed) for seed in SEEDS]
    text, ncells, info, stray = runs[0]
    notes = []
    if info["python_version"].rsplit(".", 1)[0] != "3.11":
        notes.append(f"python {info['python_version']} is not 3.11")
    if stray:
        notes.append(f"output outside the cells: {stray!r}")
    if any(r[0] != text for r in runs[1:]):
        return False, f"{name}: NONDETERMINISTIC (transcripts differ between runs)"
    out_path = path[:-3] + ".out"
    old = None
    if os.path.exists(out_path):
        with open(out_path, encoding="utf-8", newline="") as f:
            old = f.read()
    if check:
        if old != text:
            return False, f"{name}: differs from {os.path.basename(out_path)}"
        return True, f"{name}: ok ({ncells} cells)" + "".join(f"; {n}" for n in notes)
    if old != text:
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    state = "unchanged" if old == text else "written"
    return True, f"{name}: {state} ({ncells} cells)" + "".join(f"; {n}" for n in notes)


def cell_files(selection):
    if selection:
        out = []
        for arg in selection:
            path = os.path.abspath(arg if os.path.exists(arg) else os.path.join(HERE, arg))
            if not path.endswith(".py") or not os.path.isfile(path):
                sys.exit(f"regen.py: not a cell file: {arg}")
            out.append(path)
        return sorted(out)
    return sorted(os.path.join(HERE, n) for n in os.listdir(HERE)
                  if n.endswith(".py") and n != "regen.py")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", help="cell files (default: every tests/cells/*.py)")
    ap.add_argument("--check", action="store_true", help="compare only, write nothing")
    ap.add_argument("--python", help="an interpreter that can import IPython")
    ap.add_argument("--venv", help=f"venv to use or create (default {default_venv()})")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    files = cell_files(args.files)
    python = ensure_python(args)
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(process, python, f, args.check): f for f in files}
        results = {}
        for fut in concurrent.futures.as_completed(futures):
            try:
                results[futures[fut]] = fut.result()
            except Exception as e:  # noqa: BLE001 - report and go on
                results[futures[fut]] = (False, f"{os.path.relpath(futures[fut], HERE)}: {e}")
    for f in files:
        ok, msg = results[f]
        failed += not ok
        print(msg)
    if not args.files:  # a transcript whose cell file is gone
        for n in sorted(os.listdir(HERE)):
            if n.endswith(".out") and not os.path.exists(os.path.join(HERE, n[:-4] + ".py")):
                failed += 1
                print(f"{n}: no {n[:-4]}.py (delete it)")
    if failed:
        print(f"regen.py: {failed} problem(s) in {len(files)} files", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
