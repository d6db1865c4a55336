def gen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)
for x in gen("loop1"):
    if x == 2:
        print("breaking")
        break
print("after loop1, x =", x)
for x in gen("loop2"):
    if x < 8:
        continue
    print("continue kept it alive until", x)
print("after loop2")
def find(tag, target):
    for v in gen(tag):
        if v == target:
            print("returning from inside loop")
            return v
    return None
print("found", find("loop3", 3))
try:
    for x in gen("loop4"):
        if x == 1:
            raise ValueError("stop at 1")
except ValueError as e:
    print("caught", e)
for i, v in enumerate(gen("loop5")):
    if i == 1:
        break
print("after enumerate loop")
for a in gen("outer"):
    for b in gen("inner" + str(a)):
        if b == 1:
            break
    if a == 1:
        break
print("after nested loops")
