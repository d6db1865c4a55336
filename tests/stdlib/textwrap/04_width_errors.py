import textwrap

for width in (0, -1, -100):
    try:
        textwrap.wrap("some text", width)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        textwrap.fill("some text", width=width)
    except ValueError as e:
        print(type(e).__name__, e)
for text in ["", "   "]:
    try:
        print(textwrap.wrap(text, 0))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
print(textwrap.dedent(""), textwrap.indent("", ">"), "no width involved")
print(textwrap.wrap("x", 1))
try:
    textwrap.wrap("some text", 2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(textwrap.wrap("some text here", 4.0))
try:
    textwrap.wrap("text", "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("text", None)
except TypeError as e:
    print(type(e).__name__, e)
print(textwrap.wrap("abc def", True))
try:
    textwrap.wrap("abc def", False)
except ValueError as e:
    print(type(e).__name__, e)
w = textwrap.TextWrapper(width=0)
print(w.width)
try:
    w.wrap("abc")
except ValueError as e:
    print(type(e).__name__, e)
