# Things that are NOT matched by sequence patterns

class FakeSeq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

def gen():
    yield 1
    yield 2

def check(v):
    match v:
        case [a, b]:
            return "2-seq: %r %r" % (a, b)
        case [*xs]:
            return "seq: " + repr(xs)
        case _:
            return "not a sequence"

subjects = [
    ("str", "ab"),
    ("empty str", ""),
    ("bytes", b"ab"),
    ("bytearray", bytearray(b"ab")),
    ("dict", {1: "a", 2: "b"}),
    ("set", {1, 2}),
    ("frozenset", frozenset([1])),
    ("generator", gen()),
    ("iterator", iter([1, 2])),
    ("FakeSeq", FakeSeq([1, 2])),
    ("int", 12),
    ("None", None),
    ("list", [1, 2]),
    ("tuple", (1, 2)),
    ("range", range(2)),
    ("list of chars", list("ab")),
]
for label, v in subjects:
    print(label, "->", check(v))

print("-- a single-char string does not match [c] --")
match "x":
    case [c]:
        print("matched as sequence (wrong)")
    case str(c):
        print("matched str(c) instead:", c)

print("-- dict does not match [] even when empty --")
match {}:
    case []:
        print("empty dict matched [] (wrong)")
    case {}:
        print("empty dict matched {}")

print("-- strings inside a sequence are still fine as literals --")
match ["ab", "cd"]:
    case ["ab", [c, d]]:
        print("inner string matched as sequence (wrong)")
    case ["ab", s]:
        print("second element captured whole:", s)
