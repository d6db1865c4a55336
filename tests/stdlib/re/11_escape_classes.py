# The class escapes \d \D \w \W \s \S on ASCII text.
import re

s = "ab_12 \tC-9\n!"
for esc in [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S"]:
    print(esc, re.findall(esc, s))
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"\w+", "hello, world_42!"))
print(re.split(r"\s+", " a  b\tc\n"))
print(re.findall(r"[\d\s]+", "1 2x3\n4"))
print(re.findall(r"[^\W\d]+", "abc123def_4"))
print(re.findall(r"[\D]", "a1b"))
print(re.sub(r"\S", "*", "ab c"))
print(re.fullmatch(r"\w+", "abc_XYZ_019"))
print(re.fullmatch(r"\w+", "abc-def"))
