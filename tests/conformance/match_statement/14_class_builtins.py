# Class patterns with builtin types (self-matching positional subpattern)

def kind(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case str(s):
            return "str %r" % s
        case bytes(bs):
            return "bytes %r" % bs
        case bytearray(ba):
            return "bytearray %r" % ba
        case list(l):
            return "list of %d" % len(l)
        case tuple(t):
            return "tuple of %d" % len(t)
        case dict(d):
            return "dict with keys %r" % sorted(d)
        case set(s):
            return "set %r" % sorted(s)
        case frozenset(fs):
            return "frozenset %r" % sorted(fs)
        case _:
            return "other " + type(v).__name__

for v in [True, 3, 2.5, "hi", b"by", bytearray(b"ba"), [1, 2], (1,), {"b": 1, "a": 2},
          {3, 1}, frozenset([2]), None, range(3)]:
    print(repr(v), "->", kind(v))

print("-- int() matches bools because bool subclasses int --")
for v in [True, 0, 1.0]:
    match v:
        case int():
            print(repr(v), "is an int instance")
        case _:
            print(repr(v), "is not an int instance")

print("-- the positional subpattern applies to the subject itself --")
for v in [0, 5, "", "abc", [], [1, 2]]:
    match v:
        case int(0) | str(""):
            print(repr(v), "is a zero-ish int or empty str")
        case str("abc"):
            print(repr(v), "is exactly 'abc'")
        case list([a, b]):
            print(repr(v), "is a two-element list", a, b)
        case list([]):
            print(repr(v), "is an empty list")
        case int(n) if n > 3:
            print(repr(v), "is an int above 3")

print("-- subclass instances match the base class --")

class Name(str):
    pass

class Count(int):
    pass

for v in [Name("zed"), Count(7)]:
    match v:
        case str(s):
            print("str pattern:", s, type(s).__name__)
        case int(n):
            print("int pattern:", n, type(n).__name__)

print("-- object() matches anything; float() does not match int --")
for v in [1, 1.0, "x", None]:
    match v:
        case float():
            print(repr(v), "float")
        case object():
            print(repr(v), "object")

print("-- builtins with keyword patterns on attributes --")
for v in [3 + 0 * 1, 10, "abc", 1.5]:
    match v:
        case int(real=r, imag=0):
            print(repr(v), "int with real", r)
        case float(real=r) if r > 1:
            print(repr(v), "float above 1 real part", r)
        case str(upper=up):
            print(repr(v), "str has upper method:", up())
