print((1 + 1j) ** 2, (1 + 1j) ** 3, (1 + 1j) ** 0)
print((2j) ** 2, (2j) ** 3, (2j) ** 4)
print((1 + 2j) ** 1, (1 + 2j) ** -1)
print((3 + 4j) ** 2, (3 + 4j) ** 10)
print(1j ** 100, 1j ** 99, (-1j) ** 7)
print((1 + 1j) ** 2.0)
print(0j ** 0, 0j ** 1, 0j ** 2)
print(2 ** 1j == complex(2) ** 1j)
print(abs((1j ** 0.5) ** 2 - 1j) < 1e-15)
print(pow(1 + 1j, 2), pow(2j, -2))
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** 1j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 2, 3j)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    (10 + 10j) ** 1000
except OverflowError as e:
    print(type(e).__name__, e)
print((-1) ** 0.5 == complex(-1) ** 0.5, type((-1) ** 0.5).__name__)
