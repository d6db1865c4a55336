words = ["apple", "bob", "cat", "apple"]
a = {w for w in words}
b = {len(w) for w in words if w}
c = {w: len(w) for w in words}
d = {k: v for k, v in zip(words, range(4)) if v}
e = {(i, j): i * j for i in range(3) for j in range(3)}
f = {v: k for k, v in c.items()}
print(a, b, c, d, e, f)
