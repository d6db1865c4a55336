#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the standard-library corpus with CPython 3.11.

    python3 tests/stdlib/regen.py [--check] [operator/01_x.py ...]

The same rules as tests/conformance/regen.py (whose code this runs, rooted here): PROG.out is
python3's exact stdout, PROG.err the last stderr line of a program that exits 1.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "conformance"))

import regen  # noqa: E402  (tests/conformance/regen.py)

regen.HERE = HERE

if __name__ == "__main__":
    sys.exit(regen.main(sys.argv[1:]))
