import sys
import keyword

s = "".join(["wh", "ile"])
base = sys.getrefcount(s)
for i in range(10):
    keyword.iskeyword(s)
    keyword.issoftkeyword(s)
print(sys.getrefcount(s) - base, keyword.iskeyword(s))
words = "the quick brown fox def class jumps over lambda".split()
print([w for w in words if keyword.iskeyword(w)])
print(sum(map(keyword.iskeyword, keyword.kwlist * 3)))
