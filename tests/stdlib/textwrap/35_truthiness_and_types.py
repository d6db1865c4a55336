import textwrap

text = "one two-three four five six seven"
for dw in (0, 1, "", "y", None):
    print(repr(dw), textwrap.wrap("  " + text + "  ", 9, drop_whitespace=dw))
for blw in (0, 1, []):
    print(repr(blw), textwrap.wrap("abcdefghijkl mn", 5, break_long_words=blw))
for et in (0, 1):
    print(repr(et), textwrap.wrap("a\tb", 20, expand_tabs=et, tabsize=4))
for rw in (0, 1):
    print(repr(rw), textwrap.wrap("a\nb", 20, replace_whitespace=rw))
print(textwrap.wrap(text, 10, max_lines=2.0))
print(textwrap.wrap(text, 10, max_lines=1.5))
print(textwrap.wrap(text, 9.0))
try:
    textwrap.wrap(text, 10, max_lines="2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(text, 10, initial_indent=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(text, 10, placeholder=None, max_lines=1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("a\tb", 10, tabsize="4")
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(b"bytes text", 10)
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    pass


print(textwrap.wrap(S("sub class text"), 8), type(textwrap.fill(S("x"))).__name__)
print(repr(textwrap.dedent(S("  a\n  b"))), type(textwrap.dedent(S("  a"))).__name__)
print(repr(textwrap.indent(S("a\nb"), S("> "))))
print(textwrap.shorten(S("  many   spaces  "), 20))
print(textwrap.wrap("xxxxxxxxxxxx", 4, initial_indent="ii", subsequent_indent="s"))
print(textwrap.wrap("xxxxxxxxxxxx", 4, initial_indent="iiii", subsequent_indent="sssss"))
print(textwrap.wrap("xx yy zz", 2, initial_indent="iii", break_long_words=False))
print(textwrap.wrap("ab-cd-ef", 4, initial_indent="iiiii"))
