import math
def describe(s):
    if (n := len(s)) > 5:
        return f"long ({n})"
    elif n == 0:
        return "empty"
    return f"short ({n})"
for s in ["", "abc", "abcdefgh"]:
    print(describe(s))
if (m := max([3, 7, 2])) > 5:
    print("max is big", m)
print((s := "assigned"), s)
print(math.floor(w := 2.5), w)
x = (y := 4) + 1
print(x, y)
