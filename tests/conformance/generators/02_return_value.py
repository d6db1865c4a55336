def gen():
    yield 1
    yield 2
    return "finished"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e, e.value, e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("value", e.value)
print(list(gen()))
