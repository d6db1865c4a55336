import functools

print(repr(functools.partial(int, base=2)))
print(repr(functools.partial(max, 1, 2)))
print(repr(functools.partial(max)))
print(repr(functools.partial(sorted, key=len, reverse=True)))
print(repr(functools.partial(print, "a", sep="-", end="!")))
print(repr(functools.partial(str.upper)))
print(repr(functools.partial(dict, [("a", 1)], b=[1, 2])))
print(repr(functools.partial(max, "s", None, 1.5, (1,))))
print(repr(functools.partial(functools.partial(int, "10"), base=16)))
print(str(functools.partial(len)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(repr(functools.partial(Point, 1)))

class Sub(functools.partial):
    pass
print(repr(Sub(max, 1)))

# a recursive partial argument shows as ... like other containers
p = functools.partial(max, [])
p.args[0].append(p)
print(repr(p))

# repr uses repr() of the arguments
class R:
    def __repr__(self):
        return "<R!>"
print(repr(functools.partial(max, R(), k=R())))
print(functools.partial(max, "q") == functools.partial(max, "q"))
