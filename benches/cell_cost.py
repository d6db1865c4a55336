#!/usr/bin/env python3
"""What the notebook's memory bookkeeping costs code that runs in a cell.

    python3 benches/cell_cost.py [--runs N] [--only NAME,NAME] [BINARY ...]

Each program of ../shared/bench runs as a script (`cellar PROG.py`) and as one cell of a
percent file (`cellar run CELL.py`). A cell keeps what a script does not: the heap's exact live
bytes, bytes by allocation site and the cell's peak (heap/ledger.rs). The table gives the
median seconds of N runs of each and their ratio, per binary given (default: the release
build), so that two builds can be raced in one session of measurements.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    args = sys.argv[1:]
    runs, only, binaries = 3, None, []
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--only":
            only = set(args.pop(0).split(","))
        else:
            binaries.append(a)
    if not binaries:
        binaries = [os.path.join(ROOT, "target", "release", "cellar")]
    names = sorted(
        f[:-3] for f in os.listdir(BENCH) if f.endswith(".py") and f != "compare.py"
    )
    if only:
        names = [n for n in names if n in only]
    tmp = tempfile.mkdtemp(prefix="cellar-cell-cost-")
    print(f"median of {runs} runs; ratio = cell / script")
    header = f"{'program':<16}" + "".join(
        f"{'script':>9}{'cell':>9}{'ratio':>7}  " for _ in binaries
    )
    print(header)
    ratios = [[] for _ in binaries]
    for name in names:
        src = os.path.join(BENCH, name + ".py")
        cell = os.path.join(tmp, name + ".py")
        with open(src) as f, open(cell, "w") as out:
            out.write("# %%\n" + f.read())
        row = f"{name:<16}"
        # Interleaved, so that noise hits every binary alike.
        times = [([], []) for _ in binaries]
        for _ in range(runs):
            for i, b in enumerate(binaries):
                times[i][0].append(timed([b, src]))
                times[i][1].append(timed([b, "run", cell]))
        for i, (s, c) in enumerate(times):
            s, c = statistics.median(s), statistics.median(c)
            ratios[i].append(c / s)
            row += f"{s:>9.3f}{c:>9.3f}{c / s:>7.2f}  "
        print(row, flush=True)
    geo = f"{'geomean':<16}"
    for r in ratios:
        g = statistics.geometric_mean(r)
        geo += f"{'':>18}{g:>7.2f}  "
    print(geo)


if __name__ == "__main__":
    main()
