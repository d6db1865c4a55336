x = 10
x += 1
x -= 2
x *= 3
x /= 2
x //= 2
x %= 7
x **= 2
y = 0xFF
y &= 0x0F
y |= 0x30
y ^= 0x01
y <<= 2
y >>= 1
print(x, y)
