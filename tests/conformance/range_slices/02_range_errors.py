try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(range(3)[3])
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range("5")
except TypeError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), range(10 ** 20)[10 ** 19])
