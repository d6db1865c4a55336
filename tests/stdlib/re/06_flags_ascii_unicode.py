# re.ASCII versus the default Unicode matching of \w, \d, \s, \b.
import re

text = "naïve café ٣٤ x_1 ½ \u00a0end"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.A))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text))
print(re.findall(r"\d+", text, re.A))
print(re.findall(r"\s", text))
print(re.findall(r"\s", text, re.A))
print(re.findall(r"\b\w", "é a"), re.findall(r"\b\w", "é a", re.A))
print(re.findall(r"(?a)\W+", "a é b"))
print(re.findall(r"\w+", text, re.U))
print(re.U == re.UNICODE, re.A == re.ASCII)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError", e)
print(re.compile(r"\w", re.A).flags)
print(re.compile(r"\w").flags)
print(re.compile(rb"\w").flags)
# (?u) and (?a) inline
print(re.findall(r"(?u)\w+", "é1"), re.findall(r"(?a)\w+", "é1"))
# Unicode digits beyond Arabic-Indic
print(re.findall(r"\d", "१२३ ൧ 𝟙"))
# \s in Unicode mode includes these separators
print([hex(ord(c)) for c in re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85\u2028\u2029\u3000\u200b")])
