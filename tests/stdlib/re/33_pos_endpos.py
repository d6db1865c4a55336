# Pattern methods with pos and endpos: ^ vs \A vs pos, $ at endpos, lookbehind sees before pos.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

p = re.compile(r"\d+")
s = "ab123cd45"
show("match pos", lambda: p.match(s, 2))
show("match pos 1", lambda: p.match(s, 1))
show("search pos", lambda: p.search(s, 6))
show("search endpos", lambda: p.search(s, 0, 4))
show("fullmatch range", lambda: p.fullmatch(s, 2, 5))
show("fullmatch range 2", lambda: p.fullmatch(s, 2, 6))
show("findall range", lambda: p.findall(s, 3, 8))
show("finditer range", lambda: [m.span() for m in p.finditer(s, 3)])
show("keywords", lambda: p.search(s, pos=5, endpos=9))
show("string kw", lambda: p.match(string="12"))
show("neg pos", lambda: p.search(s, -3))
show("big pos", lambda: p.search(s, 100))
show("endpos small", lambda: p.search(s, 5, 2))
show("endpos big", lambda: p.search(s, 0, 100).span())
show("neg endpos", lambda: p.search(s, 0, -1))
caret = re.compile(r"^\d")
show("^ with pos", lambda: caret.search(s, 2))
show("\\A with pos", lambda: re.compile(r"\A\d").search(s, 2))
show("^ with pos M", lambda: re.compile(r"^\d", re.M).search("ab\n12", 3))
show("$ at endpos", lambda: re.compile(r"\d$").search(s, 0, 5))
show("\\Z at endpos", lambda: re.compile(r"\d\Z").search(s, 0, 5))
show("lookbehind before pos", lambda: re.compile(r"(?<=b)\d").search(s, 3))
show("lookbehind at pos", lambda: re.compile(r"(?<=b)\d").search(s, 2))
show("\\b at pos", lambda: re.compile(r"\b\d").search("a1", 1))
show("match pos attrs", lambda: (lambda m: (m.pos, m.endpos))(p.search(s, 1, 7)))
show("pos float", lambda: p.search(s, 1.5))
show("pos None", lambda: p.search(s, None))
show("third arg is flags", lambda: re.search(r"B", s, 2))
show("sub no pos", lambda: p.sub("#", s, 1))
show("split no pos", lambda: p.split(s, 1))
show("endpos slicing", lambda: p.search("12345", 1, 3).group())
