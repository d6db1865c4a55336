#!/usr/bin/env python3
"""Complexity guard: every container operation run n times and 10n times, by cellar and by
python3. An operation whose time grows more than 30x from n to 10n (a linear loop grows 10x)
is flagged: it went quadratic. The table shows both growths and cellar's time against python3's.

    python3 benches/complexity.py                 # n = 20,000 (release build first)
    python3 benches/complexity.py --n 5000 --quick  # what tests/complexity.rs runs
    python3 benches/complexity.py --only 'set |='

Each case is a small program timed from inside (time.perf_counter around the loop), so process
start-up does not count; the median of --runs runs is used. Exit status 1 if any case is flagged.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CELLAR = os.path.join(HERE, "..", "target", "release", "cellar")
LIMIT = 30.0

# name -> (setup, loop body); both may use N (the size) and i (the loop index). Each body is an
# operation CPython does in amortized O(1) or O(size of its argument), run N times.
CASES = {
    "list.append": ("l = []", "l.append(i)"),
    "list.pop": ("l = list(range(N))", "l.pop()"),
    "list +=": ("l = []", "l += [i, i]"),
    "list.extend": ("l = []", "l.extend((i, i))"),
    "list *= 1": ("l = list(range(N))", "l *= 1"),
    "list[i] =": ("l = [0] * N", "l[i] = i"),
    "del list[-1]": ("l = list(range(N))", "del l[-1]"),
    "list.insert end": ("l = []", "l.insert(len(l), i)"),
    "list slice small": ("l = list(range(N))", "x = l[i:i + 3]"),
    "list.sort": ("l = list(range(N, 0, -1))", "pass", "l.sort()"),
    "sorted": ("l = [(i * 7919) % N for i in range(N)]", "pass", "sorted(l)"),
    "dict set": ("d = {}", "d[i] = i"),
    "dict get": ("d = dict.fromkeys(range(N))", "x = d[i]"),
    "dict del": ("d = dict.fromkeys(range(N))", "del d[i]"),
    "dict.pop": ("d = dict.fromkeys(range(N))", "d.pop(i)"),
    "dict.update small": ("d = {}", "d.update({i: i})"),
    "dict.setdefault": ("d = {}", "d.setdefault(i % 97, []).append(i)"),
    "dict popitem": ("d = dict.fromkeys(range(N))", "d.popitem()"),
    "dict str keys": ("d = {}", "d[str(i)] = i"),
    "dict tuple keys": ("d = {}", "d[(i, i)] = i"),
    "set.add": ("s = set()", "s.add(i)"),
    "set.discard": ("s = set(range(N))", "s.discard(i)"),
    "in set": ("s = set(range(N))", "x = i in s"),
    "in dict": ("d = dict.fromkeys(range(N))", "x = i in d"),
    "set |=": ("s = set()", "s |= {i, i + 1}"),
    "set -=": ("s = set(range(N))", "s -= {i}"),
    "set &=": ("s = set(range(N))", "s &= {i, i + 1}"),
    "set ^=": ("s = set()", "s ^= {i}"),
    "set.update": ("s = set()", "s.update((i, -i))"),
    "set.difference_update": ("s = set(range(N))", "s.difference_update((i,))"),
    "set.intersection_update": ("s = set(range(N))", "s.intersection_update(range(i, i + 2))"),
    "set.union(*sets)": ("sets = [{i, i + 1} for i in range(N)]", "pass", "set().union(*sets)"),
    "set.update(*sets)": ("sets = [{i, i + 1} for i in range(N)]", "pass", "set().update(*sets)"),
    "set.isdisjoint big": ("s = set(range(N))", "x = {-1}.isdisjoint(s)"),
    "frozenset |": ("f = frozenset()", "x = f | {i}"),
    "str +=": ("s = ''", "s += 'x'"),
    "str.join": ("parts = [str(i) for i in range(N)]", "pass", "''.join(parts)"),
    "str.split": ("text = ' '.join(map(str, range(N)))", "pass", "text.split()"),
    "str.replace": ("text = 'ab' * N", "pass", "text.replace('a', 'c')"),
    "str find": ("text = 'a' * N + 'b'", "pass", "text.find('b')"),
    "str in": ("text = 'a' * N + 'b'", "pass", "'ab' in text"),
    "str slice small": ("text = 'x' * N", "x = text[i:i + 3]"),
    "tuple build": ("", "t = (i, i, i)"),
    "list(dict)": ("d = dict.fromkeys(range(N))", "pass", "list(d)"),
    "dict.items loop": ("d = dict.fromkeys(range(N))", "pass", "for k, v in d.items(): pass"),
    "list(set)": ("s = set(range(N))", "pass", "list(s)"),
    "sum/min/max": ("l = list(range(N))", "pass", "sum(l); min(l); max(l)"),
    "any/all": ("l = [0] * N", "pass", "any(l); all(l)"),
    "enumerate/zip": ("l = list(range(N))", "pass", "for a, b in zip(l, enumerate(l)): pass"),
    "reversed list": ("l = list(range(N))", "pass", "for x in reversed(l): pass"),
    "list comprehension": ("", "pass", "[x * 2 for x in range(N)]"),
    "dict comprehension": ("", "pass", "{x: x for x in range(N)}"),
    "set comprehension": ("", "pass", "{x for x in range(N)}"),
    "gc-tracked growth": ("l = []", "l.append([i])"),
    "instance attrs": ("class C: pass\nobjs = []", "o = C(); o.a = i; objs.append(o)"),
    "del names": ("", "x = [i]; del x"),
}


def program(case, n):
    setup, body, *once = CASES[case]
    lines = ["import time", f"N = {n}", setup]
    if once:
        # A single operation on a container of size N.
        lines += ["t0 = time.perf_counter()", once[0]]
    else:
        lines += ["t0 = time.perf_counter()", "for i in range(N):"]
        lines += ["    " + line for line in body.split("\n")]
    lines += ["print(time.perf_counter() - t0)"]
    return "\n".join(lines) + "\n"


def timed(exe, case, n, runs):
    src = program(case, n)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        times = []
        for _ in range(runs):
            out = subprocess.run([exe, path], capture_output=True, text=True, timeout=600)
            if out.returncode != 0:
                raise SystemExit(f"{case} (n={n}) failed under {exe}:\n{out.stderr}")
            times.append(float(out.stdout.strip().splitlines()[-1]))
        return statistics.median(times)
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cellar", default=CELLAR)
    ap.add_argument("--quick", action="store_true", help="cellar only, no python3 column")
    ap.add_argument("--only", action="append", help="case name (repeatable)")
    args = ap.parse_args()
    cases = args.only or list(CASES)
    flagged = []
    print(f"{'operation':26} {'n':>8} {'cellar n':>10} {'10n':>10} {'growth':>7}"
          + ("" if args.quick else f" {'python3 growth':>15} {'vs python3':>10}"))
    for case in cases:
        small = timed(args.cellar, case, args.n, args.runs)
        big = timed(args.cellar, case, args.n * 10, args.runs)
        # Below a millisecond the clock's noise dominates: a case that fast cannot be quadratic.
        growth = big / max(small, 1e-3 / 10)
        row = f"{case:26} {args.n:>8} {small:>10.4f} {big:>10.4f} {growth:>6.1f}x"
        if not args.quick:
            psmall = timed(sys.executable, case, args.n, args.runs)
            pbig = timed(sys.executable, case, args.n * 10, args.runs)
            row += f" {pbig / max(psmall, 1e-4):>14.1f}x {big / max(pbig, 1e-6):>9.2f}x"
        bad = growth > LIMIT and big > 0.01
        if bad:
            # A noisy machine can stall one run: measure again, longer, before flagging.
            small = timed(args.cellar, case, args.n, args.runs * 3)
            big = timed(args.cellar, case, args.n * 10, args.runs * 3)
            growth = big / max(small, 1e-3 / 10)
            bad = growth > LIMIT and big > 0.01
            row += f"  (again: {small:.4f} {big:.4f} {growth:.1f}x)"
        if bad:
            flagged.append(case)
            row += "  <-- grows faster than linear"
        print(row, flush=True)
    if flagged:
        print(f"\n{len(flagged)} operation(s) grow more than {LIMIT:.0f}x from n to 10n: "
              + ", ".join(flagged))
        sys.exit(1)
    print(f"\nall {len(cases)} operations grow at most {LIMIT:.0f}x from n to 10n")


if __name__ == "__main__":
    main()
