# re.IGNORECASE: ASCII and Unicode case folding, classes and ranges.
import re

print(re.match("abc", "ABC", re.I))
print(re.match("abc", "ABC", re.IGNORECASE))
print(re.findall("[a-c]+", "aBcDABC", re.I))
print(re.findall("[^a-c]+", "aBcDxABC", re.I))
print(re.findall(r"\w+", "Hello World", re.I))
print(re.sub("python", "Snake", "Python PYTHON pyThOn", flags=re.I))
print(re.search("É", "café", re.I))
print(re.search("é", "CAFÉ", re.I))
print(re.fullmatch("straße", "STRASSE", re.I))
print(re.fullmatch("ǆ", "ǅ", re.I), re.fullmatch("ǅ", "Ǆ", re.I))
# backreferences compare case-insensitively too
print(re.match(r"(a+)\1", "aAAa", re.I))
print(re.match(r"(a+)\1", "aAAa"))
# the flag is part of the pattern's identity
print(re.compile("a", re.I) == re.compile("a"), re.compile("a", re.I) == re.compile("a", re.I))
print(re.compile("a", re.I).flags == re.I | re.U)
# the Kelvin sign and the long s fold to ASCII letters in Unicode mode
print(re.match("k", "\u212a", re.I), re.match("s", "\u017f", re.I))
print(re.match("k", "\u212a", re.I | re.A), re.match("s", "\u017f", re.I | re.A))
print(re.match("[a-z]+", "\u212a\u017f", re.I))
print(re.match("[a-z]+", "\u212a\u017f", re.I | re.A))
