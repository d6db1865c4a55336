#!/usr/bin/env python3
"""Race two Cellar binaries against each other on the benchmark programs (before/after a change).

    python3 benches/ab.py [--runs N] [--only NAME,NAME] BEFORE_BINARY AFTER_BINARY

Runs alternate (A B A B ...) so that machine drift hits both alike; each run's stdout must
equal PROGRAM.expected. Prints per program the median wall seconds of each, the ratio
AFTER/BEFORE (above 1.0 = the change is slower) and each one's peak RSS, then the geometric
mean of the ratios. Quote the geometric mean, not single programs: the machines are noisy.
"""
import math
import os
import statistics
import subprocess
import sys
import time

BENCH = os.environ.get("CELLAR_BENCH_DIR") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench"
)


def run_measured(binary, program):
    start = time.perf_counter()
    proc = subprocess.Popen([binary, program], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, out.decode("utf-8", "replace"), os.waitstatus_to_exitcode(status), usage.ru_maxrss


def main():
    args = sys.argv[1:]
    runs, only = 5, None
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--only":
            only = set(args.pop(0).split(","))
        else:
            sys.exit(f"unknown option {flag}")
    if len(args) != 2:
        sys.exit(__doc__)
    before, after = (os.path.abspath(a) for a in args)
    programs = sorted(p[:-3] for p in os.listdir(BENCH) if p.endswith(".py") and p != "compare.py")
    if only:
        programs = [p for p in programs if p in only]
    print(f"{'program':16} {'before s':>9} {'after s':>9} {'ratio':>7} {'before MiB':>11} {'after MiB':>10}")
    ratios, failed = [], False
    for name in programs:
        path = os.path.join(BENCH, name + ".py")
        with open(os.path.join(BENCH, name + ".expected")) as f:
            expected = f.read()
        times = {before: [], after: []}
        rss = {before: 0, after: 0}
        for _ in range(runs):
            for binary in (before, after):
                wall, out, code, peak = run_measured(binary, path)
                if code != 0 or out != expected:
                    print(f"{name}: {binary} exited {code} or printed other output")
                    failed = True
                times[binary].append(wall)
                rss[binary] = max(rss[binary], peak)
        a, b = statistics.median(times[before]), statistics.median(times[after])
        ratios.append(b / a)
        print(f"{name:16} {a:9.3f} {b:9.3f} {b / a:7.2f} {rss[before] / 1024:11.1f} {rss[after] / 1024:10.1f}")
    geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
    print(f"geometric mean ratio (after/before) over {len(ratios)} programs: {geo:.3f}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
