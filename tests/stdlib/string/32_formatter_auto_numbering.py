from string import Formatter

f = Formatter()
print(f.format("{}{}{}", "a", "b", "c"))
print(f.format("{0}{0}{1}", "a", "b"))
print(f.format("{:{}}{:{}}", "x", 3, "y", 4) + "|")
print(f.format("{}{name}{}", 1, 2, name="N"))
print("{[0]}{.real}".format("seq", 7))
for fmt in ["{[0]}", "{.real}"]:
    try:
        print(f.format(fmt, "seq"))
    except KeyError as e:
        print(repr(fmt), type(e).__name__, repr(e.args[0]))
print(f.format("{[0]}", "seq", **{"": "empty-key"}))
print(f.format("{!r}{!r}", 1, "1"))
for fmt in ["{}{1}", "{1}{}", "{:{1}}", "{0:{}}"]:
    try:
        print(f.format(fmt, "a", 5))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
    try:
        print(fmt.format("a", 5))
    except ValueError as e:
        print("  str.format:", type(e).__name__, e)
print(list(f.parse("{}{}")), list(f.parse("{0}{}")))
