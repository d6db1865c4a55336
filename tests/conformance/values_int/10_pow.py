print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2, type(2 ** -1).__name__)
print(pow(2, 10), pow(3, 4, 5), pow(2, -1, 7))
print(7 ** 40)
print((-3) ** 33)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
