# The subject expression is evaluated exactly once

calls = 0

def get_subject():
    global calls
    calls += 1
    print("  get_subject called, call number", calls)
    return [calls, "data"]

match get_subject():
    case [2, _]:
        print("case [2, _]")
    case [3, _]:
        print("case [3, _]")
    case [n, "data"]:
        print("case [n, 'data'] with n =", n)
print("calls after match:", calls)

print("-- subject from an iterator: next() called once --")
it = iter([10, 20, 30])
match next(it):
    case 20:
        print("got 20")
    case 30:
        print("got 30")
    case first:
        print("got", first)
print("remaining:", list(it))

print("-- tuple subject elements are each evaluated once, left to right --")

def f(tag, value):
    print("  evaluating", tag)
    return value

match f("left", 1), f("right", 2):
    case (2, _):
        print("no")
    case (1, 3):
        print("no")
    case (1, 2):
        print("yes: (1, 2)")

print("-- subject is evaluated even if no case matches --")
match f("unmatched subject", "x"):
    case "y":
        print("no")
print("after unmatched match")

print("-- mutation of a subject inside a case does not re-evaluate --")
state = {"count": 0}

def bump():
    state["count"] += 1
    return dict(state)

for _round in range(3):
    match bump():
        case {"count": 1}:
            print("first bump")
        case {"count": c} if c % 2 == 0:
            print("even bump", c)
        case {"count": c}:
            print("odd bump", c)
print("final state", state)

print("-- generator-driven subjects --")

def tokens():
    for t in ["num:3", "op:+", "num:4", "end"]:
        print("  yielding", t)
        yield t.split(":")

for tok in tokens():
    match tok:
        case ["num", digits]:
            print("number", int(digits))
        case ["op", sym]:
            print("operator", sym)
        case ["end"]:
            print("end of input")
