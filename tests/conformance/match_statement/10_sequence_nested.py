# Nested sequence patterns

def describe(v):
    match v:
        case [[a, b], [c, d]]:
            return "2x2 matrix det=%d" % (a * d - b * c)
        case [[a, b, c], [d, e, f]]:
            return "2x3 matrix sum=%d" % (a + b + c + d + e + f)
        case [(x, y), *more] if all(isinstance(p, tuple) for p in more):
            return "points starting at (%d, %d), %d more" % (x, y, len(more))
        case [[[deep]]]:
            return "triply nested " + repr(deep)
        case [[*row]]:
            return "single row " + repr(row)
        case _:
            return "unrecognized"

for v in [
    [[1, 2], [3, 4]],
    ((5, 6), (7, 8)),
    [[1, 2, 3], [4, 5, 6]],
    [(0, 0), (1, 1), (2, 2)],
    [(1, 2)],
    [[9, 8, 7, 6]],
    [[[42]]],
    [[[1, 2]]],
    [1, 2],
]:
    print(v, "->", describe(v))

print("-- tree walking with nested sequences --")

def depth(tree):
    match tree:
        case [left, value, right]:
            return 1 + max(depth(left), depth(right))
        case None:
            return 0

def inorder(tree):
    match tree:
        case None:
            return []
        case [left, value, right]:
            return inorder(left) + [value] + inorder(right)

t = [[None, 1, None], 2, [[None, 3, None], 4, [None, 5, [None, 6, None]]]]
print("depth:", depth(t))
print("inorder:", inorder(t))

print("-- nested star patterns --")
for v in [[[1, 2, 3], [4]], [[1], [2, 3, 4]], [[], []], [[1, 2], 3]]:
    match v:
        case [[first, *_], [*_, last]]:
            print(v, "first", first, "last", last)
        case [[], []]:
            print(v, "both empty")
        case [[*xs], y]:
            print(v, "xs", xs, "y", y)

print("-- pairs of pairs in a loop --")
edges = [(("a", 1), ("b", 2)), (("c", 3), ("d", 4)), (("e", 5), "f")]
for e in edges:
    match e:
        case ((n1, w1), (n2, w2)):
            print(n1, "->", n2, "weight", w1 + w2)
        case ((n1, w1), n2):
            print(n1, "-> bare", n2, "weight", w1)
