import textwrap

for text in ["", " ", "\t", "\n", " \n \t ", "\n\n\n", "\x0b\x0c\r"]:
    print(repr(text),
          textwrap.wrap(text),
          repr(textwrap.fill(text)),
          repr(textwrap.shorten(text, 10)),
          repr(textwrap.dedent(text)),
          repr(textwrap.indent(text, ">")))
print(textwrap.wrap("", drop_whitespace=False))
print(textwrap.wrap(" ", drop_whitespace=False))
print(textwrap.wrap("\n", drop_whitespace=False))
print(textwrap.wrap("\n", replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("", initial_indent="xx"))
print(textwrap.wrap(" ", initial_indent="xx", drop_whitespace=False))
print(textwrap.wrap("", max_lines=1))
print(textwrap.wrap("a"), textwrap.wrap(" a "), textwrap.wrap("a", 1))
try:
    textwrap.wrap(None)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(123)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.fill(["a", "b"])
except AttributeError as e:
    print(type(e).__name__, e)
