# Match attributes: re, string, pos, endpos; they are read-only.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

p = re.compile(r"b+")
s = "abbbc"
m = p.search(s, 1, 4)
show("re", lambda: m.re)
show("re is p", lambda: m.re is p)
show("string", lambda: m.string)
show("string is s", lambda: m.string is s)
show("pos", lambda: m.pos)
show("endpos", lambda: m.endpos)
show("span", lambda: m.span())
show("default pos/endpos", lambda: (re.search("c", s).pos, re.search("c", s).endpos))
show("clamped pos", lambda: (p.search(s, -5).pos, p.search(s, 0, 99).endpos))
show("set string", lambda: setattr(m, "string", "x"))
show("set pos", lambda: setattr(m, "pos", 0))
show("new attr", lambda: setattr(m, "foo", 1))
show("module re", lambda: re.search("a", "a").re)
show("module re flags", lambda: re.search("a", "A", re.I).re)
show("pattern attr", lambda: m.re.pattern)
show("match api", lambda: [a for a in ["end", "endpos", "expand", "group", "groupdict", "groups", "lastgroup",
                                       "lastindex", "pos", "re", "regs", "span", "start", "string"]
                              if not hasattr(m, a)])
show("pattern api", lambda: [a for a in ["findall", "finditer", "flags", "fullmatch", "groupindex", "groups",
                                         "match", "pattern", "search", "split", "sub", "subn"]
                             if not hasattr(p, a)])
show("set pattern", lambda: setattr(p, "pattern", "x"))
