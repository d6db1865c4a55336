import textwrap

text = "first line\nsecond line\n\nfourth after blank\n"
print(repr(textwrap.indent(text, "  ")))
print(textwrap.indent(text, "> "), end="")
print(repr(textwrap.indent("", "> ")))
print(repr(textwrap.indent("\n", "> ")))
print(repr(textwrap.indent("   \n", "> ")))
print(repr(textwrap.indent("a\r\nb\rc\nd", "| ")))
print(repr(textwrap.indent("no newline", "")))
print(repr(textwrap.indent("x\ny", "\t")))
print(repr(textwrap.indent("a\n \n\t\nb", "#")))
print(repr(textwrap.indent("a\x0bb\x0cc\x1cd\u2028e", "-")))
print(repr(textwrap.dedent(textwrap.indent("k = 1\nif k:\n    k += 1\n", "    "))))
try:
    textwrap.indent("x", None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.indent(None, "x")
except AttributeError as e:
    print(type(e).__name__, e)
