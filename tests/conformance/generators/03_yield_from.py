def inner():
    x = yield "a"
    yield "b"
    return "inner-result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [1, 2]
    yield from range(3, 5)
    yield from "xy"
    return "outer-result"
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], (2, 3), {4: None}, "5")))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
print(list(tree((1, [(2, [(4, [])]), (3, [])]))))
