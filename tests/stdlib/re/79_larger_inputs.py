# Moderately large inputs: the engine must be linear on these (no catastrophic patterns here).
import re

text = ("lorem ipsum dolor sit amet, consectetur 12345 adipiscing; " * 2000)
print(len(text))
print(len(re.findall(r"\w+", text)))
print(len(re.findall(r"\d+", text)), sum(map(int, re.findall(r"\d+", text))) // 2000)
print(re.subn(r"\s+", " ", text)[1])
print(len(re.split(r"[,;]\s*", text)))
print(re.search(r"zzz", text))
print(re.search(r"amet, c\w+ (\d+)", text[-200:]).group(1))
big = "a" * 100000 + "b"
print(re.search(r"a*b", big).span())
print(re.match(r"(?:a|b)*", big).end())
print(re.fullmatch(r"a+b", big) is not None)
print(len(re.sub(r"a", "", big)))
lines = "\n".join("line %d: value=%d" % (i, i * i) for i in range(5000))
print(sum(int(v) for v in re.findall(r"(?m)^line \d+: value=(\d+)$", lines)) % 1000003)
print(len(re.findall(r"(?m)^line \d*7: ", lines)))
print(re.search(r"x+y", "x" * 5000) is None)
print(len(re.findall(r"[aeiou]{2}", text)))
