# Integer and float literal patterns (compared with ==)

def classify(n):
    match n:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 2:
            return "two"
        case 10:
            return "ten"
        case 0x10:
            return "sixteen (hex literal)"
        case 1_000:
            return "thousand"
        case 0o17:
            return "fifteen (octal literal)"
        case 0b101:
            return "five (binary literal)"
        case _:
            return "other"

for v in [0, 1, 2, 3, 10, 16, 1000, 15, 5, 99, -1]:
    print(v, "->", classify(v))

print("-- equality with floats and bools --")
for v in [0.0, 1.0, 2.0, True, False, 10.0, 10.5, 16.0]:
    print(repr(v), "->", classify(v))

def fl(x):
    match x:
        case 1.5:
            return "one and a half"
        case 0.25:
            return "quarter"
        case 2.0:
            return "two point oh"
        case 1e3:
            return "1e3"
        case _:
            return "nope"

print("-- float literal patterns --")
for v in [1.5, 0.25, 2, 2.0, 3, 1.25, 1000, 1000.0, 999.9999]:
    print(repr(v), "->", fl(v))

print("-- big ints --")
for big in [10 ** 30, 10 ** 30 + 1, 2 ** 64]:
    match big:
        case 1000000000000000000000000000000:
            print(big, "is ten to the thirty")
        case 18446744073709551616:
            print(big, "is two to the sixty-four")
        case _:
            print(big, "is something else")

print("-- literal in a loop with counting --")
counts = {"zero": 0, "one": 0, "other": 0}
for v in [0, 1, 1, 0, 7, 8, 1, 0, 0]:
    match v:
        case 0:
            counts["zero"] += 1
        case 1:
            counts["one"] += 1
        case _:
            counts["other"] += 1
print(counts)
