a, b, c, d, e = 1, 0, 3, 1, 5
r1 = a if b else c if d else e
r2 = (a if b else c) if d else e
r3 = a if (b if c else d) else e
r4 = a or b if c else d and e
print(r1, r2, r3, r4)
