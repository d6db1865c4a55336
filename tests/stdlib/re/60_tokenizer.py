# A small tokenizer for arithmetic expressions, built from named alternatives.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("STRING", r"'(?:[^'\\]|\\.)*'"),
    ("OP", r"\*\*|//|==|!=|<=|>=|[-+*/%<>=(),]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"\#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == "NEWLINE":
            line += 1
            line_start = m.end()
            continue
        if kind in ("SKIP", "COMMENT"):
            continue
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        yield kind, value, line, col


code = """x = 3.5 * (y + 42) // 2 ** n  # compute
name = 'it\\'s' + other
if x >= 1e3 and y != 0: z @ 1
"""
for tok in tokenize(code):
    print(tok)
print(MASTER.groups, sorted(MASTER.groupindex))
