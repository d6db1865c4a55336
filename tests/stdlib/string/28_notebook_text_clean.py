import string

text = "Hello, World! Notebooks (v2.0) use ~40% less memory; don't they?\tYes.\n"
table = str.maketrans("", "", string.punctuation)
print(repr(text.translate(table)))
counts = {}
for ch in text:
    for name in ("ascii_lowercase", "ascii_uppercase", "digits", "punctuation", "whitespace"):
        if ch in getattr(string, name):
            counts[name] = counts.get(name, 0) + 1
print(counts)
words = [w.strip(string.punctuation).lower() for w in text.split()]
print([w for w in words if w])
print("".join(c for c in text if c in string.printable) == text)
print("".join(c if c not in string.whitespace else "_" for c in text))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                      + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Notebook".translate(rot13), "Notebook".translate(rot13).translate(rot13))


def is_hex(s):
    return bool(s) and all(c in string.hexdigits for c in s)


print([is_hex(s) for s in ["ff", "DEADbeef", "0x1f", "", "123", "g"]])
ident_chars = string.ascii_letters + string.digits + "_"
print([s for s in ["ok_1", "bad-1", "_x", "é"] if all(c in ident_chars for c in s)])
print(" ".join(string.capwords(w) for w in ["a b", "c"]))
