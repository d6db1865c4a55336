import string

names = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
         "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]
for name in names:
    value = getattr(string, name)
    print(name, type(value).__name__, len(value))
    print(" ", repr(value))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.hexdigits == string.digits + "abcdef" + "ABCDEF")
print(string.octdigits == "01234567")
print([ord(c) for c in string.whitespace])
print(string.ascii_lowercase is string.ascii_lowercase, string.digits.isdigit())
print(string.hexdigits.lower(), string.hexdigits.upper())
print(sorted(n for n in dir(string) if not n.startswith("_")))
