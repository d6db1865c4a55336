a, b = True, False
print(not a and b, not (a and b), not a or b, not (a or b))
print(not a == b, (not a) == b)
print(a and not b, not not a)
print(a if not b else b, [x for x in range(5) if not x % 2])
print(not 0 < 1, not (0 < 1))
print(True + (not False), -(not True))
x = 0
print(x is not None and not x)
