a = r"\u00e9"
b = r"\N{BULLET}"
c = r"\x41"
d = r"\101"
print(len(a), len(b), len(c), len(d))
