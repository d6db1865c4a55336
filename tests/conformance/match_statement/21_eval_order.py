# Order of evaluation: cases top to bottom, guards only after a pattern matches

def guard(label, result):
    print("  guard", label, "evaluated ->", result)
    return result

def run(subject):
    print("subject:", subject)
    match subject:
        case [x] if guard("A (one element)", x > 0):
            print("  -> case A")
        case [x, y] if guard("B (two elements, x < y)", x < y):
            print("  -> case B")
        case [x, y] if guard("C (two elements, x == y)", x == y):
            print("  -> case C")
        case [*_] if guard("D (any sequence)", len(subject) > 2):
            print("  -> case D")
        case _ if guard("E (anything)", True):
            print("  -> case E")
        case _:
            print("  -> case F (never reached)")

run([5])
run([-5])
run([1, 2])
run([2, 2])
run([3, 1])
run([1, 2, 3])
run("text")

print("-- guards see bindings made by their own pattern --")
log = []

def note(msg):
    log.append(msg)
    return True

match (1, 2):
    case (a, b) if note("a=%r b=%r" % (a, b)) and a > b:
        log.append("first")
    case (b, a) if note("a=%r b=%r" % (a, b)) and a > b:
        log.append("second")
print(log)

print("-- or-pattern alternatives and guards --")

def g(tag, val):
    print("  guard", tag, "sees", val)
    return val > 1

for s in [[1], [2], (9, 1), (9, 3)]:
    print("subject", s)
    match s:
        case [v] | (_, v) if g("first", v):
            print("  first case, v =", v)
        case [v] | (_, v):
            print("  fallback, v =", v)

print("-- a guard that raises stops the match --")

def boom(x):
    print("  boom evaluated with", x)
    raise ValueError("guard failed loudly")

try:
    match 3:
        case 1:
            print("never")
        case n if boom(n):
            print("never either")
        case _:
            print("not reached because the guard raised")
except ValueError as e:
    print(type(e).__name__ + ": " + str(e))

print("-- each case is entered at most once per match --")
hits = []
for i in range(6):
    match i % 3:
        case 0 if hits.append(("zero-guard", i)) is None and i > 2:
            hits.append(("zero", i))
        case 0 | 1:
            hits.append(("low", i))
        case _:
            hits.append(("other", i))
for h in hits:
    print(h)
