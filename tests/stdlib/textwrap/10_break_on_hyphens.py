import textwrap

text = "a well-known state-of-the-art copy-on-write memory-mapped file"
for width in (10, 15, 20):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))
print(textwrap.wrap("--option-name-here", 8))
print(textwrap.wrap("x -- y -- z", 4))
print(textwrap.wrap("ab-cd-ef-gh", 5))
print(textwrap.wrap("ab-cd-ef-gh", 5, break_on_hyphens=False))
print(textwrap.wrap("ab-cd-ef-gh", 5, break_long_words=False))
print(textwrap.wrap("ab-cd-ef-gh", 5, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("-leading and trailing-", 9))
print(textwrap.wrap("em---dash and 1-2-3", 6))
print(textwrap.wrap("x-1 2-y 3-4", 3))
