import textwrap

for width, ph in [(5, " [...]"), (6, " [...]"), (3, "..."), (2, "..."), (1, ""), (1, " ")]:
    try:
        print(width, repr(ph), repr(textwrap.shorten("Hello world again", width, placeholder=ph)))
    except ValueError as e:
        print(width, repr(ph), type(e).__name__, e)
try:
    textwrap.shorten("abc", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("abc", 0, placeholder="")
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("abc def", 5, max_lines=3)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(textwrap.shorten("abc", 3, placeholder="...")))
print(repr(textwrap.shorten("abcd", 3, placeholder="...")))
try:
    textwrap.shorten("abc def", 3, placeholder="....")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(repr(textwrap.shorten("", 1, placeholder="....")))
except ValueError as e:
    print("empty text:", type(e).__name__, e)
print(repr(textwrap.shorten("", 4, placeholder="....")))
