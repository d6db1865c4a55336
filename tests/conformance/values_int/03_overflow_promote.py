n = 9223372036854775807
print(n + 1)
print(-n - 2)
print(n * 2)
print(-(2 ** 63))
print((2 ** 64) - 1)
m = 4611686018427387904
print(m + m)
print(m * 4)
print(abs(-(2 ** 63)))
print(2 ** 63 // 2 ** 62)
print(n * n // n == n)
