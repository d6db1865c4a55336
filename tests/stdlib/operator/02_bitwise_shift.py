import operator

for a, b in [(12, 10), (-12, 10), (0, 255), (True, False), (True, True)]:
    print(a, b, operator.and_(a, b), operator.or_(a, b), operator.xor(a, b))
for a in [0, 5, -1, True, 2 ** 70]:
    print(a, operator.invert(a), operator.inv(a), operator.invert(a) == operator.inv(a))
print(operator.lshift(1, 10), operator.lshift(-3, 4), operator.lshift(1, 100))
print(operator.rshift(1024, 3), operator.rshift(-1024, 3), operator.rshift(-1, 50))
print(operator.rshift(5, 100), operator.lshift(0, 1000))
print(operator.and_({1, 2, 3}, {2, 3, 4}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}))
print(operator.or_({"a": 1}, {"b": 2}))
print(type(operator.and_(True, False)).__name__, type(operator.and_(True, 1)).__name__)
for f, a, b in [(operator.lshift, 1, -1), (operator.rshift, 8, -2)]:
    try:
        f(a, b)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f, a, b in [(operator.and_, 1.0, 1), (operator.lshift, 1, 2.0), (operator.xor, "a", "b")]:
    try:
        f(a, b)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    operator.invert(1.5)
except TypeError as e:
    print("invert TypeError:", e)
