import textwrap

text = ("A kernel holds the variables of a notebook. Restarting it frees the "
        "memory, but every cell must then run again from the top.")
print(textwrap.fill(text))
print("--")
print(textwrap.fill(text, 30))
print("--")
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print("--")
print(repr(textwrap.fill("")))
print(repr(textwrap.fill("   ")))
print(repr(textwrap.fill("a\nb\nc")))
print(textwrap.fill(text, 30) == "\n".join(textwrap.wrap(text, 30)))
print(repr(textwrap.fill("word " * 10, 16)))
