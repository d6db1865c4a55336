a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a + 1.5, 1.5 + a)
print(a - 1, 1 - a, a - 0.5, 0.5 - a)
print(a * 2, 2 * a, a * 0.5, 0.5 * a)
print(a / 2, 2 / a, a / 0.5, 0.5 / a)
print(True + 1j, a * True, a * False)
print(-a, +a, -b)
print(type(a + 1).__name__, type(1.0 * 1j).__name__)
x = 1 + 1j
x += 2
x *= 1j
x -= 1.5
x /= 2
print(x)
print((1 + 2j) * (3 + 4j) * (5 + 6j))
print((1e308 + 1e308j) * 10)
print(1j * float('inf'))
print((2 + 0j) / (1 + 1j))
