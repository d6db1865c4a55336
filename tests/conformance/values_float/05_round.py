print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(0.125, 2), round(1.005, 2))
print(round(3.14159, 3), round(1234.5678, -2), round(-1.5))
print(round(7), round(17, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 2)).__name__)
print(round(1e20), round(0.1 + 0.2, 10))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
