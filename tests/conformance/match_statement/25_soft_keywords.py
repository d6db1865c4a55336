# match and case are soft keywords: still usable as identifiers

match = 3
print("match =", match)
case = [1]
print("case =", case)
match += 1
print("match after += 1:", match)
case.append(2)
print("case after append:", case)
print("match * 2 =", match * 2, "match - 1 =", match - 1)

del match, case

def match(x, y=0):
    return "function match called with %r %r" % (x, y)

print(match(5))
print(match(1, y=2))
result = match("a")
print(result)

print("-- a match statement whose subject is a call to match() --")
match match(7):
    case str(s) if "7" in s:
        print("statement matched string from match():", s)

del match

print("-- case as a parameter and attribute name --")

def handle(case):
    return "case parameter was " + repr(case)

print(handle("x"))

class Holder:
    def __init__(self):
        self.match = "attr match"
        self.case = "attr case"

h = Holder()
print(h.match, "/", h.case)

print("-- match as a dict and a subscript subject --")
match = {"case": 1, "match": 2}
print(match["case"], match["match"])
match match:
    case {"case": case}:
        print("soft-keyword names as subject and capture: case =", case)
print("case variable afterwards:", case)

print("-- match and case as loop variables --")
for match in range(3):
    print("loop match", match)
case = 0
for case in ["a", "b"]:
    case = case.upper()
    print("loop case", case)

print("-- other soft-keyword-like uses --")
match = [10, 20, 30]
print(match[0], match[-1], match[1:])
match = lambda v: v * 2
print(match(21))
_ = "just a variable"
print(_)
match = 5
match match:
    case _:
        print("wildcard matched; _ is still:", _)
