import textwrap

text = "aaa bbb ccc ddd eee fff ggg"
kw = dict(width=11, initial_indent="[", subsequent_indent=" ", break_long_words=False)
print(textwrap.wrap(text, **kw))
print(textwrap.fill(text, **kw))
print(textwrap.wrap(text, width=11) == textwrap.TextWrapper(width=11).wrap(text))
print(textwrap.fill(text, 11) == textwrap.TextWrapper(11).fill(text))
print(textwrap.wrap(text=text, width=8))
try:
    textwrap.wrap(text, 8, width=9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.fill(text, 8, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(textwrap.wrap(text, 8, tabsize=2, expand_tabs=True, drop_whitespace=True))
print(textwrap.wrap("x  y", 80, replace_whitespace=True, drop_whitespace=False))
