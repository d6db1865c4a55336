# subn returns (new_string, number_of_subs).
import re

print(re.subn(r"o", "0", "foo boo"))
print(re.subn(r"o", "0", "foo boo", count=3))
print(re.subn(r"o", "0", "foo boo", 1))
print(re.subn(r"z", "0", "foo"))
print(re.subn(r"", "-", "ab"))
print(re.subn(r"x*", "-", "axxb"))
print(re.subn(r"(?i)O", "0", "fOo", flags=0))
print(re.compile(r"\d").subn("#", "a1b2c3", 2))
print(re.compile(r"\d").subn(lambda m: m.group() * 2, "a1b2"))
print(re.subn(rb"\d", b"#", b"1a2"))
text = "ERROR one\nWARN two\nERROR three"
new, n = re.subn(r"(?m)^ERROR", "E", text)
print(n)
print(new)
try:
    re.subn(r"a", "b", "aaa", count=None)
except TypeError as e:
    print("TypeError", e)
