# Tokenizing text and counting words with re: findall, finditer with groups, split.
import re
text = ("The quick brown fox, 42 times, jumped over 3.14 lazy dogs! " * 3000)
words = re.findall(r"\w+", text.lower())
nums = [m.group() for m in re.finditer(r"\d+(?:\.\d+)?", text)]
tokens = re.compile(r"(?P<num>\d+)|(?P<word>[A-Za-z]+)|(?P<punct>[,.!])")
kinds = {}
for m in tokens.finditer(text):
    kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
parts = re.split(r"[,.!]\s*", text)
print(len(words), len(nums), sorted(kinds.items()), len(parts))
