import random

r = random.Random(99)
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(st[1][:4], st[1][-1])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])

# gauss_next is part of the state
r.seed(3)
r.gauss()
st = r.getstate()
print(st[2])
x = r.gauss()
r.gauss()
r.setstate(st)
print(r.gauss() == x)

# state moves between instances and the module functions
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
random.setstate(r.getstate())
print(random.random() == r.random())
print(random.getstate() == r.getstate())

# version 2 states: words may be negative (they are taken mod 2**32)
r.seed(11)
v3 = r.getstate()
words = tuple(w - 2**32 if w >= 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],)
r.setstate((2, words, None))
b = r.random()
r.setstate(v3)
print(b == r.random())
