#!/usr/bin/env python3
"""pyperformance's pure-Python benchmarks, unmodified, under python3 and under Cellar.

    python3 benches/pyperformance/run.py              # which benchmarks Cellar runs as python3 does
    python3 benches/pyperformance/run.py --only go,nbody --time
    python3 benches/pyperformance/run.py --list

The pyperformance wheel (1.14.0) is fetched by pip into a cache folder (~/.cache/cellar/
pyperformance, or CELLAR_PYPERF_CACHE, or --cache) and its benchmark folders are unpacked
there; nothing of it is kept in the repository. Each bm_*/run_benchmark.py runs in its own
folder with no arguments, with our pyperf stand-in (pyperf/ beside this file) first on
PYTHONPATH, once by python3 and once by `cellar FILE.py` (the mode that runs a script as
python3 does). Stdout, the last line of stderr and the exit status must be the same.

Skipped: benchmarks with a requirements.txt (third-party packages), those in SKIP, and any
that python3 itself cannot run with the stand-in. Exit status 1 if a benchmark named in
--expect does not match, or if the wheel is unavailable and --require is given.
"""
import argparse
import glob
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

VERSION = "1.14.0"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = "pyperformance/data-files/benchmarks/"
TARGET_SECONDS = 0.5
RUNS = 3

# Benchmarks whose point is something the stand-in does not do.
SKIP = {
    "2to3": "times a subprocess (bench_command)",
    "python_startup": "times a subprocess (bench_command)",
    "hg_startup": "times a subprocess (bench_command)",
    "async_generators": "needs asyncio's event loop (bench_async_func)",
    "async_tree": "needs asyncio's event loop (bench_async_func)",
    "asyncio_tcp": "needs asyncio's event loop (bench_async_func)",
}


class Unavailable(Exception):
    pass


def benchmarks_dir(cache):
    """The unpacked bm_* folders, fetching and unpacking the wheel the first time."""
    dest = os.path.join(cache, f"pyperformance-{VERSION}")
    if os.path.isdir(dest):
        return dest
    wheels = glob.glob(os.path.join(cache, f"pyperformance-{VERSION}-*.whl"))
    if not wheels:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--retries", "1", "--timeout", "30", f"pyperformance=={VERSION}", "-d", cache]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise Unavailable(str(e))
        wheels = glob.glob(os.path.join(cache, f"pyperformance-{VERSION}-*.whl"))
        if not wheels:
            raise Unavailable(last_line(done.stderr) or f"pip exit status {done.returncode}")
    # Unpacked beside the final folder and renamed, so an interrupted unpack is redone.
    tmp = tempfile.mkdtemp(dir=cache)
    with zipfile.ZipFile(wheels[0]) as wheel:
        for member in wheel.namelist():
            rest = member[len(DATA):]
            if member.startswith(DATA + "bm_") and ".." not in rest.split("/"):
                wheel.extract(member, tmp)
    os.rename(os.path.join(tmp, DATA), dest)
    shutil.rmtree(tmp)
    return dest


def discover(bench_root):
    """name -> folder of every bm_* with a run_benchmark.py."""
    found = {}
    for folder in sorted(glob.glob(os.path.join(bench_root, "bm_*"))):
        if os.path.isfile(os.path.join(folder, "run_benchmark.py")):
            found[os.path.basename(folder)[3:]] = folder
    return found


def skip_reason(name, folder):
    if name in SKIP:
        return SKIP[name]
    reqs = os.path.join(folder, "requirements.txt")
    if os.path.exists(reqs):
        with open(reqs) as f:
            pkgs = [line.split("==")[0].strip() for line in f if line.strip()[:1].isalnum()]
        return "needs third-party packages: " + ", ".join(pkgs)
    return None


def last_line(text):
    """The line that says why a process failed: the last one, past Rust's `note:` hints; for a
    panic, its location and message."""
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("note: ")]
    for i, line in enumerate(lines):
        if "panicked at" in line:
            return "panic: " + " ".join(lines[i:i + 2])
    return lines[-1] if lines else ""


def run(argv, folder, timeout, loops=1):
    """(exit status or 'timeout', stdout, stderr, seconds) of one run in the benchmark's folder."""
    env = dict(os.environ, RUST_BACKTRACE="0", PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [HERE, env.get("PYTHONPATH")]))
    cmd = argv + ["run_benchmark.py"] + ([f"--loops={loops}"] if loops != 1 else [])
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", "", "", timeout
    seconds = time.perf_counter() - start
    text = lambda b: b.decode("utf-8", "replace")
    return p.returncode, text(p.stdout), text(p.stderr), seconds


def difference(py, ce, timeout):
    """What Cellar lacks, in one line, or None when its run matches python3's."""
    rc, out, err, _ = ce
    if rc == "timeout":
        return f"timed out after {timeout:g} s"
    if rc != py[0] and last_line(err):
        return last_line(err)
    if out != py[1]:
        want, got = py[1].splitlines(), out.splitlines()
        for i in range(max(len(want), len(got))):
            w = want[i] if i < len(want) else "(nothing)"
            g = got[i] if i < len(got) else "(nothing)"
            if w != g:
                return f"stdout line {i + 1}: {g!r}, python3: {w!r}"
        return "stdout differs in line endings"
    if last_line(err) != last_line(py[2]):
        return f"stderr ends {last_line(err)!r}, python3: {last_line(py[2])!r}"
    if rc != py[0]:
        return f"exit status {rc}, python3: {py[0]}"
    return None


def timed(name, folder, py_seconds, cellar, timeout):
    loops = max(1, round(TARGET_SECONDS / max(py_seconds, 1e-3)))
    row = {"name": name, "loops": loops}
    for key, argv in (("python3", [sys.executable]), ("cellar", [cellar])):
        times = []
        for _ in range(RUNS):
            rc, _, err, seconds = run(argv, folder, timeout, loops)
            if rc != 0:
                row[key + "_error"] = "timeout" if rc == "timeout" else last_line(err)
                break
            times.append(seconds)
        row[key] = statistics.median(times) if len(times) == RUNS else None
    if row["python3"] and row["cellar"]:
        row["ratio"] = row["cellar"] / row["python3"]
    return row


def time_table(rows):
    lines = ["| benchmark | loops | python3 (s) | cellar (s) | cellar/python3 |",
             "|---|---:|---:|---:|---:|"]
    for r in rows:
        fmt = lambda key: f"{r[key]:.3f}" if r.get(key) else r.get(key + "_error", "-")
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else "-"
        lines.append(f"| {r['name']} | {r['loops']} | {fmt('python3')} | {fmt('cellar')} | {ratio} |")
    ratios = [r["ratio"] for r in rows if "ratio" in r]
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        lines.append(f"| geometric mean | | | | {geo:.2f} |")
    return "\n".join(lines)


def names(text):
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", default=os.environ.get("CELLAR_PYPERF_CACHE")
                    or os.path.expanduser("~/.cache/cellar/pyperformance"))
    ap.add_argument("--cellar", default=os.path.join(ROOT, "target", "release", "cellar"))
    ap.add_argument("--only", help="comma-separated benchmark names (without bm_)")
    ap.add_argument("--expect", help="benchmarks that must match python3 (exit 1 otherwise)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    ap.add_argument("--time", action="store_true", help="time the matching benchmarks")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--require", action="store_true", help="exit 1 if the wheel is unavailable")
    args = ap.parse_args()

    try:
        os.makedirs(args.cache, exist_ok=True)
        bench_root = benchmarks_dir(args.cache)
    except (Unavailable, OSError) as e:
        print(f"pyperformance: wheel not in {args.cache} and pip could not fetch it ({e}): skipped")
        return 1 if args.require else 0
    found = discover(bench_root)
    if args.list:
        for name, folder in found.items():
            reason = skip_reason(name, folder)
            print(name + (f"  (skipped: {reason})" if reason else ""))
        return 0
    selected = names(args.only) or list(found)
    expected = set(names(args.expect))
    unknown = sorted((set(selected) | expected) - set(found))
    if unknown:
        print("unknown benchmark: " + ", ".join(unknown), file=sys.stderr)
        return 2
    cellar = os.path.abspath(args.cellar)
    if not os.access(cellar, os.X_OK):
        print(f"no cellar binary at {cellar} (cargo build --release)", file=sys.stderr)
        return 2

    results, timings = [], []
    for name in selected:
        folder = found[name]
        result = {"name": name, "expected": name in expected}
        reason = skip_reason(name, folder)
        py = None if reason else run([sys.executable], folder, args.timeout)
        if py and py[0] != 0:
            why = "timed out" if py[0] == "timeout" else last_line(py[2])
            reason = f"python3 cannot run it here: {why}"
        if reason:
            result.update(status="skipped", detail=reason)
            line = f"{name}: skipped — {reason}"
        else:
            diff = difference(py, run([cellar], folder, args.timeout), args.timeout)
            result.update(status="differs" if diff else "ok", detail=diff)
            line = f"{name}: DIFFERS — {diff}" if diff else f"{name}: ok"
            if args.time and not diff:
                timings.append(timed(name, folder, py[3], cellar, args.timeout))
        results.append(result)
        if not args.json:
            print(line, flush=True)

    compared = [r for r in results if r["status"] != "skipped"]
    matching = [r for r in compared if r["status"] == "ok"]
    failed = [r["name"] for r in results if r["expected"] and r["status"] != "ok"]
    summary = f"{len(matching)} of {len(compared)} run unmodified and match python3"
    skipped = len(results) - len(compared)
    if args.json:
        print(json.dumps({"results": results, "timings": timings, "summary": summary,
                          "skipped": skipped, "expected_failed": failed}, indent=2))
    else:
        if timings:
            print("\n" + time_table(timings) + "\n")
        print(f"{summary} ({skipped} skipped)")
        if failed:
            print("expected to match but did not: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
