import itertools

a, b = itertools.tee("abc")
print(list(a), list(b))
print(itertools.tee("abc", 0))


def split(stream, ways):
    print("splitting", ways, "ways")
    parts = itertools.tee(stream, ways)
    return [list(p) for p in parts]


print(split(range(3), 3))
print(split(range(2), 1))
print(split(range(2), 0))
for ways in (2, -1, 5):
    print(split(iter("xy"), ways))
print("not reached")
