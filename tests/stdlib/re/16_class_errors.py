# Errors in character classes.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e, "| pos", e.pos)

for pat in ["[z-a]", "[a", "[", "[]", "[^]", "[^", "x[a-", r"[\d-z]", r"[a-\d]",
            r"[\w-\s]", r"[9-0]", "[b-a]", "ab[cd", r"[\x5a-\x41]", r"[z-\x41]", r"[\n-\t]", "[a-]",
            "[-]", "[--a]", r"[a-\]", r"[\]-a]"]:
    show(repr(pat), lambda: re.compile(pat))
