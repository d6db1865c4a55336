#!/usr/bin/env python3
"""The notebook's speed figures (issue: the notebook), medians of N runs on the release binary.

    python3 benches/notebook.py [--runs N] [--ipython PATH/TO/ipython]

1. Time to the first prompt: `cellar` started in a pseudo-terminal until `In [1]:` is on
   the screen (and the same for IPython when --ipython is given).
2. Per-cell overhead: a 1,000-cell percent file of one-line statements replayed with
   `cellar run`, against the same statements run as one script (`cellar FILE.py`); the
   issue asks for a ratio of at most 2.
"""
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELLAR = os.path.join(ROOT, "target", "release", "cellar")


def first_prompt(argv, marker=b"In [1]:", timeout=30.0):
    """Seconds from exec to `marker` on the terminal."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["NO_COLOR"] = "1"
        os.environ["CELLAR_HISTORY"] = os.devnull
        os.execv(argv[0], argv)
    seen = b""
    elapsed = None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
            if marker in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen):
                elapsed = time.perf_counter() - start
                break
    try:
        os.write(fd, b"exit\r")
    except OSError:
        pass
    # Read until the program closes the terminal, so it never blocks on a full pty.
    while True:
        ready, _, _ = select.select([fd], [], [], 5.0)
        if not ready:
            os.kill(pid, 9)
            break
        try:
            if not os.read(fd, 4096):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    runs = 5
    ipython = None
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--ipython":
            ipython = args.pop(0)
    if not os.path.exists(CELLAR):
        sys.exit("build first: cargo build --release")

    print(f"medians of {runs} runs", flush=True)
    cellar = [first_prompt([CELLAR]) for _ in range(runs)]
    print(f"time to first prompt   cellar   {statistics.median(cellar) * 1000:7.1f} ms")
    if ipython:
        ipy = [first_prompt([ipython, "--no-banner", "--colors=nocolor"]) for _ in range(runs)]
        print(f"time to first prompt   ipython  {statistics.median(ipy) * 1000:7.1f} ms")

    statements = [f"x{i} = {i} * 2 + len('cell')" for i in range(1000)]
    with tempfile.TemporaryDirectory() as d:
        cells = os.path.join(d, "cells.py")
        script = os.path.join(d, "script.py")
        with open(cells, "w") as f:
            f.write("".join(f"# %%\n{s}\n\n" for s in statements))
        with open(script, "w") as f:
            f.write("".join(f"{s}\n" for s in statements))
        replay = [timed([CELLAR, "run", cells]) for _ in range(runs)]
        plain = [timed([CELLAR, script]) for _ in range(runs)]
    r, p = statistics.median(replay), statistics.median(plain)
    print(f"1000 one-line cells     cellar run {r * 1000:7.1f} ms   as a script {p * 1000:7.1f} ms"
          f"   ratio {r / p:.2f}")


if __name__ == "__main__":
    main()
