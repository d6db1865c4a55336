import textwrap

cases = [
    "  \t a\n  \t b\n  \t\tc",
    "\t  x\n\t y",
    "   a\n  \r\n   b",
    "   a\n   \n   b\n   ",
    "    a\n\t\n    b",
    "  a\n\x0c\n  b",
    "  a\n  \x0cb",
    "  \u00a0a\n  \u00a0b",
    "\n".join("    line %d" % i for i in range(5)),
    "  a\n    b\n      c\n",
    "\t\ta\n\t\t\n\t\tb",
    "x\n  ",
    "  \n  x",
    " \t\n\t \n",
]
for text in cases:
    print(repr(text), "->", repr(textwrap.dedent(text)))

for text in ["a\nb", "a\r\nb\r\n", "a\x1db\x1ec\x85d", "  \n\t\nx\n", "a\n\n\nb", "\u2029x"]:
    print(repr(textwrap.indent(text, "> ")),
          repr(textwrap.indent(text, "> ", str.isalpha)),
          repr(textwrap.indent(text, "", lambda l: True)))
print(repr(textwrap.indent("a\nb\n", "", None)))
calls = []
print(repr(textwrap.indent("one\n\ntwo", "# ", lambda l: calls.append(l) or len(calls) > 1)), calls)
try:
    textwrap.indent("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.indent(5, ">")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.indent("a\nb", ">", lambda: True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(bytearray(b"  x"))
except TypeError as e:
    print(type(e).__name__, e)
print(repr(textwrap.indent("", 5)), repr(textwrap.indent("   ", 5)))
