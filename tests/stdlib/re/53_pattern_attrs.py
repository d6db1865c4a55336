# Pattern.pattern, .flags, .groups, .groupindex.
import re

def info(p):
    print(repr(p.pattern), p.flags, p.groups, dict(p.groupindex))

info(re.compile(r"abc"))
info(re.compile(r"(a)(?:b)(?P<c>c)"))
info(re.compile(r"(?i)x"))
info(re.compile(r"x", re.I | re.M))
info(re.compile(r"x", re.A))
info(re.compile(rb"x"))
info(re.compile(rb"(?P<n>x)", re.I))
info(re.compile(r"(?x) (a) # (b)"))
info(re.compile(r"(?s:a)(?m)"[:6]))
info(re.compile(r"(?P<first>a)|(?P<second>b)"))
p = re.compile(r"(?P<x>a)")
print(type(p.flags).__name__, type(p.groupindex).__name__)
print(p.flags & re.UNICODE == re.UNICODE)
print(re.compile(r"x").flags == re.UNICODE)
try:
    p.groups = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.groupindex["y"] = 2
except TypeError as e:
    print("TypeError", e)
print(p.groupindex.get("x"), "x" in p.groupindex, list(p.groupindex.items()))
