a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xff, -5 | 2, -5 ^ 3)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.5 & 1)
except TypeError as e:
    print(type(e).__name__, e)
