# Errors raised while parsing a replacement template.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e, "| pos", e.pos)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for t in [r"\2", r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\g", r"\gx", r"\g<>", r"\g<-1>",
          r"\g<a b>", r"\g<1a>", r"\q", r"\z", r"\ ", "\\", r"a\\b\\", r"\8", r"\99",
          r"\400", r"\777", r"\g<0", r"\g<name", r"\d", r"\w", r"\A", r"\b\B", r"\u12",
          r"\N{X}", r"\g<\u0661>"]:
    show(repr(t), lambda: re.sub(r"(a)", t, "xa"))
show("named pattern", lambda: re.sub(r"(?P<n>a)", r"\g<m>", "a"))
show("no match still checked", lambda: re.sub(r"(a)", r"\2", "zzz"))
show("callable not parsed", lambda: re.sub(r"(a)", lambda m: r"\2", "a"))
show("expand error", lambda: re.match(r"(a)", "a").expand(r"\2"))
show("bytes bad", lambda: re.sub(rb"(a)", rb"\g<\xc3\xa9>", b"a"))
