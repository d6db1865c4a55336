# Capture patterns and the wildcard

_ = "underscore untouched"
match 42:
    case _:
        print("wildcard matched")
print("after wildcard match, _ is:", _)

match 42:
    case x:
        print("captured x =", x)
print("x persists after match:", x)

match [1, 2, 3]:
    case [_, _, _]:
        print("three wildcards in one pattern are allowed")
print("_ still:", _)

match (10, 20):
    case (a, _):
        print("a =", a)

print("-- capture the whole subject with a fallback --")

def describe(v):
    match v:
        case 0:
            return "zero"
        case other:
            return "not zero: " + repr(other)

for v in [0, 1, "s", None, [0]]:
    print(describe(v))

print("-- capture rebinds existing variables --")
y = "old"
match "new":
    case y:
        pass
print("y =", y)

print("-- capture binds the object itself (same identity) --")
lst = [1, 2]
match lst:
    case captured:
        print("same object:", captured is lst)
        captured.append(3)
print("lst after mutation via capture:", lst)

match [lst, lst]:
    case [p, q]:
        print("p is q:", p is q)

print("-- capture inside nested structure --")
data = {"user": {"name": "ann", "roles": ["admin", "dev"]}}
match data:
    case {"user": {"name": name, "roles": [first_role, *_]}}:
        print("name:", name, "first role:", first_role)

print("-- many captures in a loop --")
total = 0
for item in [(1, 2), (3, 4), (5, 6)]:
    match item:
        case (left, right):
            total += left * right
            print("left", left, "right", right, "running total", total)
print("total:", total)
