#!/usr/bin/env python3
"""Instruction counts (valgrind's callgrind) of two Cellar builds on small programs: a
before/after measure that the machine's noise does not move.

    python3 benches/instructions.py BEFORE_BINARY AFTER_BINARY [PROGRAM.py ...]

Without programs it runs benches/micro/*.py (one operation repeated 200,000 times each:
a bare loop, instance creation, `__init__`, attribute store and load, a method call, a list
comprehension) and an empty program (startup). Prints the counts, their difference, and the
difference per iteration (startup subtracted) for the micro programs.
"""
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ITERATIONS = 200_000


def instructions(binary, program):
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, program],
        capture_output=True, text=True,
    ).stderr
    for line in out.splitlines():
        if "refs:" in line:
            return int(line.split()[-1].replace(",", ""))
    sys.exit(f"no instruction count for {binary} {program}:\n{out}")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    before, after = sys.argv[1], sys.argv[2]
    programs = sys.argv[3:] or sorted(glob.glob(os.path.join(HERE, "micro", "*.py")))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("pass\n")
        empty = f.name
    start = [instructions(b, empty) for b in (before, after)]
    os.unlink(empty)
    print(f"{'program':14} {'before':>14} {'after':>14} {'diff':>12} {'per iteration':>14}")
    print(f"{'(startup)':14} {start[0]:>14,} {start[1]:>14,} {start[1] - start[0]:>12,}")
    for p in programs:
        a, b = instructions(before, p), instructions(after, p)
        per = ((b - start[1]) - (a - start[0])) / ITERATIONS
        print(f"{os.path.basename(p)[:-3]:14} {a:>14,} {b:>14,} {b - a:>12,} {per:>14.1f}")


if __name__ == "__main__":
    main()
