def walk(n):
    if n > 0:
        yield n
        yield from walk(n - 1)
print(list(walk(10)))
def forever(n):
    yield n
    yield from forever(n + 1)
g = forever(0)
try:
    for v in g:
        pass
except RecursionError as e:
    print(type(e).__name__, e)
print(v > 100)
