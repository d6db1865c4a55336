#!/usr/bin/env python3
"""Race Cellar against python3 on the standard-library modules CPython writes in C (deque,
defaultdict, Counter, itertools, heapq, bisect, json, lru_cache, operator, re): what notebooks
call in their inner loops. Each program in benches/stdlib/ runs under both (alternating, so
machine drift hits both alike); outputs must agree. Prints the median wall seconds of each,
the ratio cellar/python3 (above 1.0 = Cellar is slower) and the geometric mean.

    python3 benches/stdlib_speed.py [--runs N] [CELLAR_BINARY]
"""
import glob
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, program):
    start = time.perf_counter()
    out = subprocess.run(cmd + [program], capture_output=True, text=True)
    return time.perf_counter() - start, out.stdout, out.returncode


def main():
    args = sys.argv[1:]
    runs = 5
    if args[:1] == ["--runs"]:
        runs = int(args[1])
        args = args[2:]
    cellar = args[0] if args else os.path.join(HERE, "..", "target", "release", "cellar")
    ratios = []
    print(f"{'program':22} {'python3 s':>10} {'cellar s':>10} {'ratio':>7}")
    for program in sorted(glob.glob(os.path.join(HERE, "stdlib", "*.py"))):
        name = os.path.basename(program)[:-3]
        times = {"python3": [], "cellar": []}
        outs = {}
        for _ in range(runs):
            for who, cmd in (("python3", [sys.executable]), ("cellar", [cellar])):
                t, out, rc = run(cmd, program)
                times[who].append(t)
                outs[who] = (out, rc)
        if outs["python3"] != outs["cellar"]:
            print(f"{name:22} outputs differ: {outs['cellar'][0][:60]!r}")
            continue
        p, c = statistics.median(times["python3"]), statistics.median(times["cellar"])
        ratios.append(c / p)
        print(f"{name:22} {p:10.3f} {c:10.3f} {c / p:7.2f}")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':22} {'':10} {'':10} {geo:7.2f}")


if __name__ == "__main__":
    main()
