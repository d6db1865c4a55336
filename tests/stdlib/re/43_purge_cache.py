# re.purge clears the cache; compiled patterns keep working; patterns compare by value.
import re

a = re.compile(r"\d+")
print(re.purge())
b = re.compile(r"\d+")
print(a == b, hash(a) == hash(b))
print(a.findall("1 22"), b.findall("333"))
print(re.compile(r"\d+", re.I) == a)
print(re.compile(rb"\d+") == a)
print(re.compile(r"\d+") != re.compile(r"\d*"))
print({a: 1}[b])
for i in range(600):
    re.match("x%d" % i, "x%d" % i)
print(re.match("x599", "x599").group())
re.purge()
print(re.match("x1", "x1"))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.search("a12")
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
