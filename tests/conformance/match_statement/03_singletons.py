# None, True and False are compared by identity; numbers by equality

def what(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero (by ==)"
        case 1:
            return "one (by ==)"
        case _:
            return "something else"

for v in [None, True, False, 0, 1, 0.0, 1.0, "", [], (), 2]:
    print(repr(v), "->", what(v))

print("-- 1 matches True by equality, but True does not match 1 --")

def int_first(x):
    match x:
        case 1:
            return "matched case 1"
        case True:
            return "matched case True"
        case _:
            return "no match"

for v in [1, True, 1.0]:
    print(repr(v), "->", int_first(v))

class Weird:
    def __eq__(self, other):
        print("  Weird.__eq__ called with", repr(other))
        return True

    __hash__ = None

print("-- object claiming equality with everything --")
w = Weird()
match w:
    case None:
        print("Weird matched None (wrong!)")
    case True:
        print("Weird matched True (wrong!)")
    case False:
        print("Weird matched False (wrong!)")
    case 5:
        print("Weird matched 5 via __eq__")
    case _:
        print("Weird matched nothing")

print("-- falsy values are not None --")
for v in [0, "", None, [], False]:
    match v:
        case None:
            print(repr(v), "is None")
        case _:
            print(repr(v), "is not None")

print("-- singleton inside sequence and mapping --")
for v in [[None, 1], [True, 1], [1, 1], {"flag": True}, {"flag": 1}, {"flag": None}]:
    match v:
        case [None, n]:
            print(v, "-> leading None, n =", n)
        case [True, n]:
            print(v, "-> leading True, n =", n)
        case {"flag": True}:
            print(v, "-> flag is True")
        case {"flag": None}:
            print(v, "-> flag is None")
        case _:
            print(v, "-> other")
