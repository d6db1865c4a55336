import textwrap

text = "The quick brown fox jumps over the lazy dog"
for width in range(1, 16):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 43), textwrap.wrap(text, 42))
print(textwrap.wrap("abcdef", 1))
print(textwrap.wrap("abcdef", 2))
print(textwrap.wrap("ab cd", 2))
for width in (5, 8, 11):
    lines = textwrap.wrap(text * 2, width)
    print(width, len(lines), [len(l) for l in lines])
print(textwrap.wrap("a b c d e f", 3))
print(textwrap.wrap("a b c d e f", 4))
print(textwrap.wrap("ab cd ef", 5))
