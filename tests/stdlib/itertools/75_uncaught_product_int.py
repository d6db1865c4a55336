import itertools

print(list(itertools.product("ab", range(2))))
print(list(itertools.product(repeat=3)))


def grid(*axes):
    cells = list(itertools.product(*axes))
    print("grid of", len(axes), "axes:", len(cells), "cells")
    return cells


grid("xy", [1, 2])
grid("xy", [1, 2], (None,))
grid()
pools = ["xy", [1, 2], (None,), 42, "never"]
for i in range(1, len(pools) + 1):
    grid(*pools[:i])
print("not reached")
