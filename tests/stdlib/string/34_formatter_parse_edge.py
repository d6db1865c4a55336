from string import Formatter

f = Formatter()
for s in ["{a{b}", "{!", "{0!r", "{0!r:", "{0:{", "{0[:!}]}", "{0[}]}", "{a.b[c]d}",
          "{" + "9" * 20 + "}", "{" + "9" * 19 + "}", "{٣}", "{²}", "{0!\x00}",
          "{0:{1}{2}}", "{0:}}", "{0:{}}", "{}}}", "{{}}", "a{0}b{1:x}c{2!s}d",
          "{ }", "{:}", "{!r:}", "}{", "{[}", "{.}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

# iterating on after an error
it = f.parse("ok}x{y}z")
for _ in range(5):
    try:
        print(next(it))
    except StopIteration:
        print("stop")
        break
    except ValueError as e:
        print("error:", e)

for bad in [5, None, b"{}", ["{}"]]:
    try:
        list(f.parse(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f.format(b"{}")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.get_field(0, (1,), {})
except TypeError as e:
    print(type(e).__name__, e)

args = (["a", "b"], {"x": {"y": "deep"}, "1": "str-one", 1: "int-one"})
for name in ["1[x][y]", "1[1]", "0[-1]", "0[01]", "1[ 1]", "0[1].upper.__name__", "1[x]]",
             "0]", "0[1]x", "0[]", "0..real", "0[1][", "٠[١]", "9" * 20 + "[0]",
             "0[" + "9" * 20 + "]", "0.__class__.__name__"]:
    try:
        obj, first = f.get_field(name, args, {})
        print(repr(name), repr(obj), repr(first))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
print(f.format("{0[1]:>{1[w]}}|", ["a", "b"], {"w": 4}))
print(f.format("{٠}", "unicode-zero"))
try:
    print(f.format("{²}", "x"))
except KeyError as e:
    print(type(e).__name__, e)
print(f.format("{²}", **{"²": "squared"}))
