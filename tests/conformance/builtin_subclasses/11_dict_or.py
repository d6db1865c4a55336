class Tagged(dict):
    pass

t = Tagged(a=1)
r = t | {"b": 2}
print(r, type(r).__name__)
r2 = {"z": 0} | t
print(r2, type(r2).__name__)
r3 = t | Tagged(c=3)
print(r3, type(r3).__name__)
before = t
t |= {"b": 2, "a": 9}
print(t, type(t).__name__, t is before)
t |= [("c", 3)]
print(t)
p = {"x": 1}
p |= t
print(p, type(p).__name__)
print(t == {"a": 9, "b": 2, "c": 3}, t != {})
