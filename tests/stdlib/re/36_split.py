# split: maxsplit, groups in the result, leading/trailing empties.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("basic", lambda: re.split(r",\s*", "a, b,c,  d"))
show("maxsplit", lambda: re.split(r",", "a,b,c,d", maxsplit=2))
show("maxsplit pos", lambda: re.split(r",", "a,b,c,d", 1))
show("maxsplit 0", lambda: re.split(r",", "a,b,c", 0))
show("maxsplit neg", lambda: re.split(r",", "a,b,c", -1))
show("group", lambda: re.split(r"(,)", "a,b,c"))
show("two groups", lambda: re.split(r"(,)(\s*)", "a, b,c"))
show("optional group", lambda: re.split(r"(,)|;", "a,b;c"))
show("non-capturing", lambda: re.split(r"(?:,)", "a,b"))
show("leading", lambda: re.split(r"\d", "1a2b3"))
show("leading group", lambda: re.split(r"(\d)", "1a2b3"))
show("no match", lambda: re.split(r"x", "abc"))
show("empty string", lambda: re.split(r",", ""))
show("only sep", lambda: re.split(r",", ","))
show("consecutive", lambda: re.split(r",", "a,,b"))
show("plus", lambda: re.split(r",+", "a,,b"))
show("whitespace", lambda: re.split(r"\s+", "  leading and trailing  "))
show("str.split like", lambda: re.split(r"\s+", "  leading and trailing  ".strip()))
show("flags", lambda: re.split(r"x", "aXbxc", flags=re.I))
show("flags positional", lambda: re.split(r"x", "aXbxc", 0, re.I))
show("pattern method", lambda: re.compile(r"[;,]").split("a;b,c", maxsplit=1))
show("bytes", lambda: re.split(rb"\s", b"a b\tc"))
show("maxsplit float", lambda: re.split(r",", "a,b", 1.0))
show("maxsplit kw name", lambda: re.compile(",").split("a,b", maxsplit=1))
show("lines", lambda: re.split(r"\r?\n", "l1\r\nl2\nl3"))
