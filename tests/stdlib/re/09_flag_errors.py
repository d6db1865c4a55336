# Wrong flag values and flag/pattern combinations.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("compiled + flags", lambda: re.compile(re.compile("a"), re.I))
show("compiled + 0", lambda: re.compile(re.compile("a"), 0))
show("search compiled flags", lambda: re.search(re.compile("a"), "A", re.I))
show("A|U", lambda: re.compile("a", re.A | re.U))
show("L str", lambda: re.compile("a", re.L))
show("L bytes", lambda: re.compile(b"a", re.L).flags)
show("U bytes", lambda: re.compile(b"a", re.U))
show("A bytes", lambda: re.compile(b"a", re.A).flags)
show("L|A bytes", lambda: re.compile(b"a", re.L | re.A))
show("flags str", lambda: re.compile("a", "i"))
show("flags float", lambda: re.compile("a", 1.0))
show("flags None", lambda: re.compile("a", None))
show("flags int", lambda: re.compile("a", 2).flags)
show("unknown bits", lambda: re.compile("a", 1 << 20).flags)
show("DEBUG value", lambda: int(re.DEBUG))
show("NOFLAG", lambda: re.NOFLAG)
show("NOFLAG int", lambda: int(re.NOFLAG))
show("flags keyword", lambda: re.findall("a", "aA", flags=re.I))
show("flags positional", lambda: re.sub("a", "x", "aA", 0, re.I))
