# match inside functions and loops: return, break, continue, nesting

def first_negative(nums):
    for i, n in enumerate(nums):
        match n:
            case int(v) if v < 0:
                return i, v
            case 0:
                continue
            case _:
                pass
    return None

print(first_negative([3, 0, 4, -2, -7]))
print(first_negative([1, 2, 3]))

print("-- break out of a loop from a case --")
for cmd in ["a", "b", "stop", "c"]:
    match cmd:
        case "stop":
            print("stopping")
            break
        case other:
            print("processing", other)
else:
    print("loop completed (not expected)")

print("-- continue skips the rest of the body --")
kept = []
for item in [1, "skip", 2, None, 3]:
    match item:
        case "skip" | None:
            continue
    kept.append(item)
print("kept:", kept)

print("-- while loop state machine --")

def run_machine(inputs):
    state = "idle"
    pos = 0
    trace = []
    while True:
        ev = inputs[pos] if pos < len(inputs) else None
        pos += 1
        match state, ev:
            case "idle", "coin":
                state = "ready"
            case "ready", "push":
                state = "idle"
                trace.append("dispense")
            case "ready", "coin":
                trace.append("refund")
            case _, None:
                break
            case s, e:
                trace.append("ignore %s in %s" % (e, s))
    return state, trace

print(run_machine(["coin", "push", "push", "coin", "coin", "push"]))
print(run_machine(["push", "coin"]))

print("-- nested match statements --")

def classify(pair):
    match pair:
        case (kind, value):
            match kind:
                case "int":
                    match value:
                        case 0:
                            return "int zero"
                        case _:
                            return "int nonzero"
                case "str":
                    return "str of length %d" % len(value)
                case _:
                    return "unknown kind " + kind
        case _:
            return "bad pair"

for p in [("int", 0), ("int", 5), ("str", "abc"), ("float", 1.0), "bad"]:
    print(p, "->", classify(p))

print("-- return from inside a case inside a try/finally --")

def tricky(v):
    try:
        match v:
            case 1:
                return "one"
            case _:
                return "other"
    finally:
        print("  finally runs for", v)

print(tricky(1))
print(tricky(2))

print("-- match in a lambda-free recursive function --")

def flatten(x):
    match x:
        case []:
            return []
        case [head, *tail]:
            return flatten(head) + flatten(tail)
        case _:
            return [x]

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
