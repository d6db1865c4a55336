# derive(): how split/subgroup build new groups, and custom subclasses

eg = ExceptionGroup("orig", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError("k")])
print("derive:", type(d).__name__, repr(d))
print("derived message kept:", d.message)
d2 = eg.derive((OSError("o"),))
print("derive with tuple:", repr(d2))
print("derive with a BaseException picks BaseExceptionGroup:", type(eg.derive([KeyboardInterrupt()])).__name__)

print("-- derive does not copy cause/context/notes; split does --")
eg.__cause__ = RuntimeError("c")
eg.add_note("a note")
d3 = eg.derive([ValueError(9)])
print("derive cause:", d3.__cause__, "notes:", getattr(d3, "__notes__", "missing"))
m, r = eg.split(ValueError)
print("split cause:", repr(m.__cause__), "notes:", m.__notes__, r.__notes__)

print("-- a subclass without derive() splits into plain ExceptionGroups --")

class PlainSub(ExceptionGroup):
    pass

p = PlainSub("plain", [ValueError(1), TypeError(2)])
print(type(p).__name__, repr(p))
m, r = p.split(ValueError)
print("match:", type(m).__name__, repr(m))
print("rest:", type(r).__name__, repr(r))
print("subgroup(Exception) returns the subclass instance itself:", p.subgroup(Exception) is p)

print("-- a subclass that overrides __new__/__init__ and derive() --")

class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        if TRACE:
            print("  derive called with", [repr(e) for e in excs])
        return TaggedGroup(self.message, excs, self.tag + "*")

TRACE = True
t = TaggedGroup("tagged", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])], "T")
print(repr(t), "tag:", t.tag)
m, r = t.split(ValueError)
print("match:", type(m).__name__, repr(m), "tag:", m.tag)
print("rest:", type(r).__name__, repr(r), "tag:", r.tag)
s = t.subgroup(TypeError)
print("subgroup:", type(s).__name__, repr(s), "tag:", s.tag)

print("-- derive used by except* to build the matched parts --")
TRACE = False
try:
    raise TaggedGroup("raised", [ValueError("x"), OSError("y")], "R")
except* ValueError as e:
    print("handler got:", type(e).__name__, repr(e), "tag starts with R*:", e.tag.startswith("R*"))
except* OSError as e:
    print("handler got:", type(e).__name__, repr(e), "tag starts with R*:", e.tag.startswith("R*"))
