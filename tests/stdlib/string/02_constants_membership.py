import string

samples = ["a", "Z", "5", "f", "F", "g", "8", "_", "-", " ", "\t", "\x0b", "\xa0", "é", "~", "`", "\\"]
for ch in samples:
    flags = []
    for name in ("ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
                 "octdigits", "punctuation", "whitespace", "printable"):
        if ch in getattr(string, name):
            flags.append(name)
    print(repr(ch), flags)
print(set(string.punctuation) & set(string.ascii_letters))
print(sorted(set(string.printable) - set(string.ascii_letters + string.digits + string.punctuation)))
print(string.punctuation.index("@"), string.punctuation.find("_"), string.punctuation[-1])
print(all(c.isprintable() for c in string.punctuation))
print([c for c in string.printable if not c.isprintable()])
print(string.ascii_uppercase[::-1])
print(string.digits[::2], string.hexdigits[10:16])
print(string.ascii_lowercase.upper() == string.ascii_uppercase)
print("".join(sorted(string.punctuation)) == string.punctuation)
