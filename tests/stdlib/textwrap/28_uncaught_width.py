import textwrap

w = textwrap.TextWrapper(width=3)
print(w.wrap("abc def"))
w.width = 1
print(w.wrap("ab"))
lines = ["cell one output", "cell two output"]
for width in (10, 5):
    print(width, [textwrap.wrap(line, width) for line in lines])
print(repr(textwrap.dedent("  no width here")))
print(repr(textwrap.indent("no width here", "  ")))
try:
    textwrap.shorten("abc", -2)
except ValueError as e:
    print(type(e).__name__, e)
for width in (2, 1, 0):
    print(width, [textwrap.wrap(line, width) for line in lines])
print("not reached")
