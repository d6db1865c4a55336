# Group (parenthesized) patterns

for v in [1, 2, 3, 4]:
    match v:
        case (1):
            print(v, "matched (1)")
        case ((2)):
            print(v, "matched ((2))")
        case (3 | 4) as n:
            print(v, "matched (3 | 4) as n, n =", n)

match 5:
    case (x):
        print("(x) is just a capture, x =", x)

print("-- (x,) is a sequence pattern, (x) is not --")
for v in [7, (7,), [7], "7"]:
    match v:
        case (a,):
            print(repr(v), "matched (a,) with a =", a)
        case (a):
            print(repr(v), "matched (a) with a =", repr(a))

print("-- () is the empty sequence pattern --")
for v in [(), [], "", 0, (0,)]:
    match v:
        case ():
            print(repr(v), "matched ()")
        case _:
            print(repr(v), "did not match ()")

print("-- groups for precedence inside sequences --")
for v in [[1, "a"], [2, "b"], [3, "a"], [1, "z"]]:
    match v:
        case [(1 | 2), ("a" | "b") as letter]:
            print(v, "first is 1 or 2, letter", letter)
        case [(n), (_)]:
            print(v, "fallback, n =", n)

print("-- nested groups around or-patterns --")
for v in [1, 2, 3, 9]:
    match v:
        case ((1 | 2) | 3):
            print(v, "in 1..3")
        case _:
            print(v, "outside")

print("-- group around class and mapping patterns --")
for v in [10, "ten", {"k": 1}, {"j": 2}]:
    match v:
        case (int(n)):
            print(repr(v), "int", n)
        case (str() as s):
            print(repr(v), "str", s)
        case ({"k": val}):
            print(repr(v), "has k", val)
        case (other):
            print(repr(v), "other", other)
