a, b, c, d, e, f = 1, 2, 3, 4, 5, 6
r1 = a | b ^ c & d << e + f
r2 = a & b | c ^ d
r3 = a << b >> c
r4 = a + b << d - c & e
r5 = ~a & b | ~c
r6 = a | b == c
r7 = a * b % c // d
r8 = -a ** b * c + d
print(r1, r2, r3, r4, r5, r6, r7, r8)
