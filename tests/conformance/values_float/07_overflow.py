try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(10.0 ** 308, 10.0 ** -400)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10 == float("inf"))
print(float(2 ** 1023) * 2)
try:
    print(1.5 ** 5000)
except OverflowError as e:
    print(e)
