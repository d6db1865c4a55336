import textwrap

words = ["e-mail", "re-run", "well-known", "mother-in-law", "x-y-z",
         "non-ASCII-safe", "1-2", "-x", "x-", "a--b", "A-B-C-D-E-F", "pre-3.11"]
for w in words:
    print(repr(w), textwrap.wrap(w, 4), textwrap.wrap(w, 7))
line = "the well-documented, self-contained, memory-efficient iterator"
print(textwrap.wrap(line, 20))
print(textwrap.wrap(line, 20, break_on_hyphens=False))
print(textwrap.wrap("state-of-the-art", 9))
print(textwrap.wrap("state-of-the-art", 10))
print(textwrap.wrap("state-of-the-art", 12))
print(textwrap.wrap("under_score-and-dash", 10))
print(textwrap.wrap("élan-vital-über", 6))
print(textwrap.wrap("numbers 10-20-30-40", 12))
