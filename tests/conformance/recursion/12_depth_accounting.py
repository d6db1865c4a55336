import sys
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
class S:
    def __str__(self):
        return str(self)
class F:
    def __format__(self, spec):
        return f"{self:x}"
class E:
    def __eq__(self, o):
        return self == o
class Lt:
    def __lt__(self, o):
        return sorted([self, o])
class I:
    def __init__(self):
        I()
class C:
    def __call__(self):
        return self()
class P:
    @property
    def p(self):
        return self.p
class K:
    def __hash__(self):
        return hash(self)
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, e)
def at(depth, name, f):
    if depth > 0:
        return at(depth - 1, name, f)
    t(name, f)
cases = [("repr", lambda: repr(Loop())), ("format", lambda: format(F(), "x")),
         ("eq", lambda: E() == E()), ("init", I), ("call", lambda: C()()),
         ("prop", lambda: P().p), ("hash", lambda: hash(K())),
         ("list repr", lambda: repr([Loop()])), ("in", lambda: E() in [E()])]
for d in range(4):
    for name, f in cases:
        at(d, f"{d} {name}", f)
def count(n=1):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count())
sys.setrecursionlimit(100)
print(count())
for d in range(3):
    at(d, f"{d} repr100", lambda: repr(Loop()))
