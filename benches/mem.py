#!/usr/bin/env python3
"""`%mem`'s speed on a big heap (issue: %mem, "Retained sizes, fast"), medians of N runs on the
release binary.

    python3 benches/mem.py [--runs N] [--objects N] [--vars N]

A cell file builds a heap of about OBJECTS objects held by VARS variables (each a list of small
lists), then times `%mem`, `%mem vars` and `%mem why` on it with `%time` (wall time). The issue
asks for each under 200 ms at 1,000,000 objects and 100 variables.
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELLAR = os.path.join(ROOT, "target", "release", "cellar")
COMMANDS = [
    "%mem --json",
    "%mem vars --json",
    "%mem why v{mid}[3] --json",
    "%mem where --top --json",
]


def cell_file(objects, nvars):
    per = max(1, objects // nvars - 1)
    cells = [
        f"for i in range({nvars}):\n    globals()[f'v{{i}}'] = [[j] for j in range({per})]",
        "%mem check --json",
    ]
    for c in COMMANDS:
        cells.append("%time " + c.format(mid=nvars // 2))
    return "".join(f"# %%\n{c}\n\n" for c in cells)


def wall_ms(text):
    out = []
    for m in re.finditer(r"Wall time: ([0-9.]+) (s|ms|µs|μs|ns)", text):
        value, unit = float(m.group(1)), m.group(2)
        out.append(value * {"s": 1000, "ms": 1, "µs": 1e-3, "μs": 1e-3, "ns": 1e-6}[unit])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--objects", type=int, default=1_000_000)
    ap.add_argument("--vars", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big_heap.py")
        with open(path, "w") as f:
            f.write(cell_file(args.objects, args.vars))
        times = [[] for _ in COMMANDS]
        for _ in range(args.runs):
            r = subprocess.run([CELLAR, "run", path], capture_output=True, text=True)
            if '"ok":true' not in r.stdout:
                raise SystemExit(f"heap check failed or run broke:\n{r.stdout[-2000:]}\n{r.stderr}")
            for i, ms in enumerate(wall_ms(r.stdout)):
                times[i].append(ms)
    print(f"medians of {args.runs} runs, a heap of ~{args.objects:,} objects in {args.vars} variables")
    for c, t in zip(COMMANDS, times):
        print(f"{c.format(mid=args.vars // 2):28} {statistics.median(t):8.1f} ms")


if __name__ == "__main__":
    main()
