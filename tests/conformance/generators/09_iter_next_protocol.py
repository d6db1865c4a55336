it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
def g():
    yield "only"
gi = g()
print(iter(gi) is gi, next(gi), next(gi, None))
s = iter("ab")
print(list(s), list(s))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], "ab")
print(next(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
