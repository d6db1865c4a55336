# m[g] indexing, truthiness of Match objects, and what cannot be done with them.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = re.match(r"(?P<a>\w)(\w)?", "x")
show("m[0]", lambda: m[0])
show("m[1]", lambda: m[1])
show("m['a']", lambda: m["a"])
show("m[2]", lambda: m[2])
show("m[3]", lambda: m[3])
show("m[-1]", lambda: m[-1])
show("m[1:2]", lambda: m[1:2])
show("bool", lambda: bool(m))
show("empty match bool", lambda: bool(re.match(r"", "abc")))
show("len", lambda: len(m))
show("iter", lambda: list(m))
show("in", lambda: "x" in m)
show("setitem", lambda: m.__setitem__(0, "y"))
show("hash ok", lambda: isinstance(hash(m), int))
show("eq self", lambda: m == m)
show("eq other", lambda: m == re.match(r"(?P<a>\w)(\w)?", "x"))
show("if m", lambda: "found" if re.search("b", "abc") else "missing")
show("walrus", lambda: (n := re.search(r"\d+", "ab12")) and n[0])
show("None[0]", lambda: re.match("z", "a")[0])
show("or default", lambda: (re.match("z", "a") or [None])[0])
