def returns(v):
    yield "r"
    return v
def immediate(v):
    return v
    yield
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from iterator class")
def collect():
    results = []
    results.append((yield from returns(1)))
    results.append((yield from returns((2, 3))))
    results.append((yield from immediate("no yield")))
    results.append((yield from [4, 5]))
    results.append((yield from StopWithValue()))
    results.append((yield from returns(None)))
    results.append((yield from iter(())))
    return results
g = collect()
print(list(g))
g = collect()
yielded = []
while True:
    try:
        yielded.append(next(g))
    except StopIteration as e:
        print("yielded:", yielded)
        print("results:", e.value)
        break
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    below = yield from level(n - 1)
    return below + n
g = level(4)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("sum of levels:", e.value)
finished = returns("x")
list(finished)
def reuse():
    v = yield from finished
    return ("reused exhausted", v)
try:
    next(reuse())
except StopIteration as e:
    print(e.value)
