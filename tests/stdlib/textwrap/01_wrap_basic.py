import textwrap

text = ("Notebooks keep every cell's output in memory, so a long session slowly "
        "accumulates arrays, data frames and plots that nobody looks at anymore.")
for width in (70, 40, 25, 12):
    lines = textwrap.wrap(text, width)
    print(width, len(lines), max(len(l) for l in lines))
    for line in lines:
        print(repr(line))
print(textwrap.wrap(text, width=200) == [text])
print(textwrap.wrap("short"))
print(type(textwrap.wrap("a b")).__name__)
print(textwrap.wrap("one two three four", 9))
print(textwrap.wrap("one two three four", 8))
print(textwrap.wrap("one two three four", 3))
