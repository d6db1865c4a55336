#!/usr/bin/env python3
"""Every expression's position in each valid snippet, as CPython 3.11's `ast` gives it, for
tests/syntax_positions.rs (tracebacks mark failing expressions by these spans, PEP 657).

    python3 tests/syntax/positions.py            # rewrite tests/syntax/positions.expected
    python3 tests/syntax/positions.py --check    # compare only; exit 1 if it would change

Each snippet gives a `== NAME` line, then one `Type line:col-line:col` line per expression
(columns are UTF-8 byte offsets), sorted. f-string internals are left out (JoinedStr is listed,
not what is inside it), as Cellar's dump does.
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "valid")
OUT = os.path.join(HERE, "positions.expected")


def positions(source):
    tree = ast.parse(source)
    found = []

    def visit(node):
        if isinstance(node, ast.expr):
            found.append(f"{type(node).__name__} {node.lineno}:{node.col_offset}"
                         f"-{node.end_lineno}:{node.end_col_offset}")
            if isinstance(node, ast.JoinedStr):
                return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return sorted(found)


def render():
    out = []
    for name in sorted(os.listdir(VALID)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(VALID, name), "rb") as fh:
            source = fh.read()
        out.append(f"== {name}")
        out.extend(positions(source))
    return "\n".join(out) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                print("positions.expected is stale: run python3 tests/syntax/positions.py")
                return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
