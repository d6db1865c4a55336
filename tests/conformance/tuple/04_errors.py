t = (10, 20)
try:
    print(t[2])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(t.index(30))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(t + [30])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t < ("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
print(t == [10, 20], t == (10, 20), tuple(t) is t)
