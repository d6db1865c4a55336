a, b, c = 0, 1, 2
r1 = a and b
r2 = a or b
r3 = not a
r4 = a or b and c
r5 = (a or b) and c
r6 = not a and b or c
r7 = a and not b or not c
print(r1, r2, r3, r4, r5, r6, r7)
