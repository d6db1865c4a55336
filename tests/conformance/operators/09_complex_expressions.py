a, b, c = 3, 4, 5
print(a * a + b * b == c * c)
print((a + b) * c - a ** 2 // b % c)
print(a < b < c, a < b > c, a == 3 != b)
values = [x ** 2 - 3 * x + 2 for x in range(-2, 4)]
print(values)
print(sum(v for v in values if v > 0) / len(values))
print((lambda x, y: x * 10 + y)(*divmod(47, 10)))
print(-(a - b) ** 2, abs(a - c) ** 0.5)
print(17 % 5 * 3 // 2 ** 2, 1e3 // 7, 100 >> 2 << 1)
