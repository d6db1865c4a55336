a, b = 1, 2
r1 = not a == b
r2 = not a < b < 3
r3 = not a in [1]
r4 = not a is b
r5 = (not a) == b
print(r1, r2, r3, r4, r5)
