# Star patterns in sequences

def split_head(seq):
    match seq:
        case [x, *rest]:
            return x, rest
        case []:
            return None, []

for s in [[1, 2, 3], [1], (4, 5, 6), (7,), [], "x"]:
    print(repr(s), "->", split_head(s) if not isinstance(s, str) else "string skipped")

print("-- star at the end, start, and middle --")
for s in [[1, 2, 3, 4, 5], [1, 2], [1], (1, 2, 3)]:
    match s:
        case [first, *middle, last]:
            print(repr(s), "first", first, "middle", middle, "last", last)
        case [*init, last]:
            print(repr(s), "init", init, "last", last)

print("-- the captured rest is always a list --")
for s in [(1, 2, 3), [1, 2, 3], range(1, 4)]:
    match s:
        case (a, *rest):
            print(type(s).__name__, "rest", rest, type(rest).__name__)

print("-- star wildcard does not bind --")
for s in [(1, 2), (1, 2, 3, 4), (1,), [9, 8, 7]]:
    match s:
        case (a, b, *_):
            print(repr(s), "a", a, "b", b)
        case _:
            print(repr(s), "too short")

print("-- [*_] and [*everything] match any sequence --")
for s in [[], [1], (1, 2), range(3)]:
    match s:
        case [*everything]:
            print(repr(s), "everything =", everything)

print("-- star in the middle with literals around --")
for s in [["<", 1, 2, 3, ">"], ["<", ">"], ["<", 1], ["[", 1, "]"]]:
    match s:
        case ["<", *body, ">"]:
            print(s, "angle body", body)
        case ["[", *body, "]"]:
            print(s, "square body", body)
        case _:
            print(s, "unbalanced")

print("-- recursive sum with star patterns --")

def total(seq):
    match seq:
        case []:
            return 0
        case [head, *tail]:
            return head + total(tail)

print(total([1, 2, 3, 4, 5]))
print(total(range(10)))

print("-- minimum length checks --")
for n in range(5):
    s = list(range(n))
    match s:
        case [_, _, _, *_]:
            print(n, "at least three")
        case [_, *_]:
            print(n, "at least one")
        case _:
            print(n, "empty")
