x = 2 ** 100
print(x)
print(x + 1, x - 1)
print(x * x)
print(x // 3, x % 3)
print(-x // 7, -x % 7)
y = 1
for i in range(1, 31):
    y *= i
print("30! =", y)
print(len(str(y)))
print(type(y).__name__)
