values = [0.1, 0.5, 1.0, 2.5, 1 / 3, 0.1 + 0.2, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, -0.0, 1e22, 1.5e300, 5e-324]
for v in values:
    print(repr(v), str(v))
print(100.0, 1e100, 12345678912345678.0)
print(float("1.10"), float(" -2.5 "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(3.0 * 1.1, 0.7 + 0.1, 1.1 * 1.1)
