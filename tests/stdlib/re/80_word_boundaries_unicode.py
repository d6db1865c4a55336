# \b and \B with Unicode letters, digits, underscores and the ASCII flag.
import re

for s in ["café au lait", "naïve_test", "x²y", "中文 text", "it's", "3.14", "über-cool", "İstanbul"]:
    print(repr(s), [m.start() for m in re.finditer(r"\b", s)], [m.start() for m in re.finditer(r"\b", s, re.A)])
print(re.findall(r"\b\w+\b", "résumé naïve"), re.findall(r"\b\w+\b", "résumé naïve", re.A))
print(re.sub(r"\B", ".", "añb"))
print(re.sub(r"\B", ".", "añb", flags=re.A))
print(re.findall(rb"\b\w+\b", "résumé".encode()))
print(re.findall(r"\bé", "é é"), re.findall(r"\bé", "é é", re.A))
