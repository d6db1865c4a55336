def inner():
    yield 1
    yield 2
    return "done"

def outer():
    result = yield from inner()
    yield result
    yield from [10, 20]
    yield from (x for x in "ab")
print(list(outer()))
