import textwrap

text = "   leading and trailing spaces   "
print(textwrap.wrap(text, 10))
print(textwrap.wrap(text, 10, drop_whitespace=False))
print(textwrap.wrap(text, 80, drop_whitespace=False))
print(textwrap.wrap("aa  bb  cc", 4))
print(textwrap.wrap("aa  bb  cc", 4, drop_whitespace=False))
print(textwrap.wrap("aa  bb  cc", 5, drop_whitespace=False))
print(textwrap.wrap("    ", 2))
print(textwrap.wrap("    ", 2, drop_whitespace=False))
print(textwrap.wrap("    ", 80, drop_whitespace=False))
print(textwrap.wrap(" a", 80, initial_indent="> "))
print(textwrap.wrap(" a", 80, initial_indent="> ", drop_whitespace=False))
print(textwrap.wrap("a    b", 3, drop_whitespace=False))
print(textwrap.wrap("word\n\n", 80, replace_whitespace=False))
print(textwrap.wrap("word\n\n", 80, replace_whitespace=False, drop_whitespace=False))
