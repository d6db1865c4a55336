# finditer yields Match objects lazily; the iterator and its matches.
import re

it = re.finditer(r"\d+", "a1 b22 c333")
print(type(it).__name__)
print(iter(it) is it)
first = next(it)
print(first, first.group(), first.span())
print([m.group() for m in it])
try:
    next(it)
except StopIteration:
    print("StopIteration")
for m in re.finditer(r"(?P<word>\w+)(?P<punct>[.,!?]?)", "Hi, there! Ok."):
    print(m.start(), m.end(), m.groupdict(), m.lastgroup, m.lastindex)
print([m.span() for m in re.finditer(r"a*", "baaa")])
print(list(re.finditer(r"z", "abc")))
ms = list(re.finditer(r"\w", "ab"))
print(ms[0].string is ms[1].string, ms[0].re is ms[1].re)
print([(m.pos, m.endpos) for m in re.compile(r"\w").finditer("abcd", 1, 3)])
s = "x1y2"
print(sum(int(m.group()) for m in re.finditer(r"\d", s)))
# a scanner built from finditer
spec = [("NUM", r"\d+"), ("ID", r"[a-z]+"), ("OP", r"[+*=]"), ("WS", r"\s+")]
rx = re.compile("|".join(f"(?P<{n}>{p})" for n, p in spec))
print([(m.lastgroup, m.group()) for m in rx.finditer("x = y1 + 42*z") if m.lastgroup != "WS"])
