from collections import Counter

c = Counter(a=2, b=-1, c=0, d=5)
print(+c)
print(-c)
print(c)
print(+Counter(), -Counter())
x = Counter(a=3, b=1)
alias = x
x += Counter(a=1, c=2)
print(x, x is alias)
x -= Counter(a=10, b=0)
print(x, x is alias)
x |= Counter(b=7, z=-3)
print(x, x is alias)
x &= Counter(b=2, c=9)
print(x, x is alias)
y = Counter(a=-5, b=3)
y += Counter()
print(y)
y = Counter(a=-5, b=3)
y -= Counter()
print(y)
y = Counter(a=-5, b=3)
y |= Counter()
print(y)
y = Counter(a=-5, b=3)
y &= Counter(a=-1, b=3)
print(y)
try:
    x += {"a": 1}
    print("dict ok", x)
except Exception as e:
    print(type(e).__name__, e)
z = Counter(a=1)
try:
    z += 1
except Exception as e:
    print(type(e).__name__, e)
try:
    -Counter(a="s")
except Exception as e:
    print(type(e).__name__, e)
w = Counter(q=1, r=2)
w -= w
print(w, len(w))
w = Counter(q=1, r=2)
w += w
print(w)
