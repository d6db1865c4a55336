#!/usr/bin/env python3
"""The same 10,000-line program as `cargo bench --bench parse`, parsed by python3, for scale.

    python3 benches/cpython_parse.py
"""
import ast
import os
import statistics
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "..", "tests", "syntax", "valid")


def program(lines=10000):
    snippets = []
    for name in sorted(os.listdir(VALID)):
        with open(os.path.join(VALID, name), encoding="utf-8", errors="replace", newline="") as f:
            s = f.read()
        # The same filter as benches/parse.rs.
        if "\t" in s or "\r" in s or "global " in s:
            continue
        try:
            compile(s, name, "exec")
        except SyntaxError:
            continue
        snippets.append(s if s.endswith("\n") else s + "\n")
    out, count = [], 0
    while True:
        for s in snippets:
            out.append(s)
            count += len(s.splitlines())
            if count >= lines:
                return "".join(out)


def main():
    src = program()
    for label, parse in (("ast.parse", ast.parse), ("compile", lambda s: compile(s, "bench", "exec"))):
        times = []
        for _ in range(11):
            start = time.perf_counter()
            parse(src)
            times.append(time.perf_counter() - start)
        print(f"python3 {label}: {len(src.splitlines())} lines: median {statistics.median(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
