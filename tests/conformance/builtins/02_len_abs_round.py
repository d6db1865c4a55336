print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 3)), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 20))
print(round(3.7), round(-3.7), round(2.567, 1), round(2.5), round(5.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2.0, 3), pow(10, -1), pow(5, 3, 7))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
