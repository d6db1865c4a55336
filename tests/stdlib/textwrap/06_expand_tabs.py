import textwrap

text = "name\tsize\tnotes\nx\t10\tsmall array"
print(textwrap.wrap(text, 80))
print(textwrap.wrap(text, 80, expand_tabs=False))
print(textwrap.wrap(text, 80, tabsize=4))
print(textwrap.wrap(text, 80, tabsize=0))
print(textwrap.wrap(text, 80, tabsize=1))
print(textwrap.wrap("a\tb", 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb", 80, replace_whitespace=False))
print(textwrap.wrap("\tindented\ttext", 12))
print(textwrap.wrap("\tindented\ttext", 12, drop_whitespace=False))
print(textwrap.wrap("ab\tcd\tef", 9, tabsize=3))
print(textwrap.wrap("12345678\tx", 10))
print(textwrap.wrap("a\t\tb", 40, tabsize=2))
try:
    textwrap.wrap("a\tb", 10, tabsize=-1)
    print("negative tabsize ok", textwrap.wrap("a\tb", 10, tabsize=-1))
except ValueError as e:
    print(type(e).__name__, e)
