# Basic sequence patterns: lists and tuples, fixed lengths

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one element: " + repr(x)
        case [x, y]:
            return "two elements: %r %r" % (x, y)
        case (x, y, z):
            return "three elements: %r %r %r" % (x, y, z)
        case _:
            return "long or not a sequence"

for s in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4], 5]:
    print(repr(s), "->", shape(s))

print("-- brackets and parentheses are interchangeable --")
for s in [[1, 2], (1, 2)]:
    match s:
        case (a, b):
            print(repr(s), "matched (a, b):", a, b)
    match s:
        case [a, b]:
            print(repr(s), "matched [a, b]:", a, b)

print("-- open sequence pattern without brackets --")
match (3, 4):
    case a, b:
        print("a, b =", a, b)
match [5]:
    case c,:
        print("c, =", c)

print("-- literals mixed with captures --")
for s in [["move", 1, 2], ["move", 3], ["stop"], ["jump", 9, 9], ("move", 5, 6)]:
    match s:
        case ["move", x, y]:
            print(s, "move to", x, y)
        case ["move", d]:
            print(s, "move by", d)
        case ["stop"]:
            print(s, "stop")
        case [verb, *_]:
            print(s, "unknown verb", verb)

print("-- range and list/tuple subclasses are sequences --")

class MyList(list):
    pass

class MyTuple(tuple):
    pass

for s in [range(3), range(2, 4), MyList([7, 8]), MyTuple((9,)), range(0)]:
    match s:
        case [a, b, c]:
            print(repr(s), "three:", a, b, c)
        case [a, b]:
            print(repr(s), "two:", a, b)
        case [a]:
            print(repr(s), "one:", a)
        case []:
            print(repr(s), "empty")

print("-- sequence elements are bound to the actual items --")
inner = [1]
match [inner, inner]:
    case [p, q]:
        print("p is inner:", p is inner, "q is inner:", q is inner)
