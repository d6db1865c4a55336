a = "\x41\x42\x7a"
b = "\u00e9\u4e2d"
c = "\U0001F600"
d = "\N{BULLET} \N{GREEK SMALL LETTER ALPHA}"
e = "\N{LATIN SMALL LETTER E WITH ACUTE}"
print(a, b, c, d, e)
