z = 1 + 2j
acc = 1 + 0j
for n in range(0, 9):
    p = z ** n
    print(n, p, p == acc)
    acc = acc * z
for n in range(-3, 0):
    print(n, z ** n)
print((1 + 1j) ** 8, (1 - 1j) ** 16)
print((0.5 + 0.5j) ** 4)
print(complex(2, 0) ** 10, type(complex(2, 0) ** 10).__name__)
print((-1 + 0j) ** 3, (-1 + 0j) ** 100)
print(z ** 2 == z * z, z ** 3 == z * z * z)
print((3 + 0j) ** 2.0, (3j) ** 2.0)
print(pow(1j, 4), pow(-1j, 2))
print((2 + 3j) ** True, (2 + 3j) ** False)
