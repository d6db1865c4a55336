# Errors from misplaced repeats.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e, "| pos", e.pos)

for pat in ["*a", "+a", "?a", "a**", "a++*", "a*?*", "a??+", "(*)", "(?:*)", "a|*", "^*",
            "$*", r"\b*", r"\A+", r"\Z?", "(?=a)*", "(?!a)+", "(?<=a)?", "a{2}*", "a{2}{3}",
            "a{1,2}??", "(|*)", "[a]**", "x{3}+", "x{3}+?"]:
    show(repr(pat), lambda: re.compile(pat))
