import textwrap

text = "Cells can be run in any order, which makes hidden state a common source of bugs."
print("\n".join(textwrap.wrap(text, 30, initial_indent="> ")))
print("\n".join(textwrap.wrap(text, 30, subsequent_indent="    ")))
print("\n".join(textwrap.wrap(text, 30, initial_indent="1. ", subsequent_indent="   ")))
print(textwrap.wrap("", 10, initial_indent="> "))
print(textwrap.wrap("x", 10, initial_indent="> ", subsequent_indent="| "))
print(textwrap.wrap("aaa bbb ccc", 6, initial_indent="------"))
print(textwrap.wrap("aaa bbb ccc", 6, initial_indent="-------"))
print(textwrap.wrap("aaa bbb ccc", 6, subsequent_indent="12345"))
print(textwrap.wrap("aaa bbb ccc", 6, subsequent_indent="123456"))
print(textwrap.wrap("aaa bbb ccc", 6, initial_indent="\t"))
print(textwrap.wrap("aaa bbb", 8, initial_indent="  ", subsequent_indent=" " * 3))
print(textwrap.fill("one two three four five six", 12, initial_indent="* ", subsequent_indent="  "))
