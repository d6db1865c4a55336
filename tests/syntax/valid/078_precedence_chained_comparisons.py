a, b, c = 1, 2, 2
r1 = a < b < c
r2 = a < b == c
r3 = a <= b <= c <= 3
r4 = a != b != a
r5 = a < b > a
r6 = a in [1] in [[1]]
r7 = a is not None is not False
r8 = 0 < a == 1 < b not in [] is not None
print(r1, r2, r3, r4, r5, r6, r7, r8)
