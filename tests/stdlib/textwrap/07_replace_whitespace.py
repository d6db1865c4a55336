import textwrap

text = "first line\nsecond line\rthird\x0bfourth\x0cfifth"
print(textwrap.wrap(text, 80))
print(textwrap.wrap(text, 80, replace_whitespace=False))
print(textwrap.wrap(text, 12, replace_whitespace=False))
print(textwrap.wrap("a\n\nb", 80))
print(textwrap.wrap("a\n\nb", 80, replace_whitespace=False))
print(repr(textwrap.fill("para one.\n\npara two.", 80)))
print(textwrap.wrap("x\u2028y\u00a0z\u3000w", 3))
print(textwrap.wrap("x\u2028y\u00a0z\u3000w", 80))
print(textwrap.wrap("tail \n", 80, replace_whitespace=False))
print(textwrap.wrap("tail \n", 80, replace_whitespace=False, drop_whitespace=False))
w = textwrap.TextWrapper(width=10, replace_whitespace=False, expand_tabs=False)
print(w.wrap("a\tb\nc d e f g h"))
w.replace_whitespace = True
print(w.wrap("a\tb\nc d e f g h"))
print(repr(textwrap.fill("keep\nlines\nhere", 80, replace_whitespace=False)))
