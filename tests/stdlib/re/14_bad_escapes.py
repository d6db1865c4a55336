# Unknown and malformed escapes in patterns are errors.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for pat in [r"\q", r"a\q", r"[\q]", r"\e", r"\E", r"\z", r"\i", r"\m", r"\y",
            r"\x", r"\x4", r"\xg1", r"\u", r"\u12", r"\u12z4", r"\U0001F60", r"\U00110000",
            r"\N", r"\Nx", r"\N{", r"\N{LATIN", r"\N{bogus name}", r"\N{}",
            r"[\N{bogus}]", "\\", "a\\", r"[a\]", r"\9", r"[\9]", r"[\A]", r"[\Z]",
            r"[\B]", r"\c", r"\C", r"\G", r"\k<a>", r"\p{L}", r"\R", r"\X", r"\h"]:
    show(repr(pat), lambda: re.compile(pat))
