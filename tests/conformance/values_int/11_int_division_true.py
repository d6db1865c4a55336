print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4)
print(10 ** 20 / 10 ** 10)
print(2 ** 60 / 2)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)
