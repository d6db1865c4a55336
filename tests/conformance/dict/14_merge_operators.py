a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, a, c is a)
d = {1: "one"}
d |= [(2, "two"), (1, "uno")]
print(d)
d |= {3: "three"}.items()
print(d)
for bad in ([("k", 1)], 5, "ab"):
    try:
        print({} | bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
try:
    d |= [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    d |= ["ab", "cde"]
except ValueError as e:
    print("ValueError:", e)
print(d)
print(type({} | {}).__name__)
x = {}
y = x | x
print(y is x, y == x)
import sys
lst = [1, 2]
before = sys.getrefcount(lst)
m = {"a": lst} | {"b": lst}
print(sys.getrefcount(lst) - before)
del m
print(sys.getrefcount(lst) - before)
