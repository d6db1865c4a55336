import functools
import operator

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(functools.reduce(operator.add, nums))
print(functools.reduce(operator.mul, nums))
print(functools.reduce(operator.sub, nums))
print(functools.reduce(operator.or_, [1, 2, 4, 8]))
print(functools.reduce(operator.and_, [0b1111, 0b1011, 0b0011]))
print(functools.reduce(operator.xor, nums))
print(functools.reduce(operator.add, [[1], [2, 3], [4]]))
print(functools.reduce(operator.add, ["ab", "cd", "ef"], ">"))
print(functools.reduce(operator.mul, [], 1))
print(functools.reduce(operator.truediv, [100, 2, 5]))
print(functools.reduce(operator.floordiv, [100, 3, 2]))
print(functools.reduce(operator.pow, [2, 3, 2]))
print(functools.reduce(operator.concat, [(1,), (2,), (3, 4)]))
print(functools.reduce(max, nums), functools.reduce(min, nums))
print(functools.reduce(operator.getitem, ["a", "b", 1], {"a": {"b": [10, 20]}}))
print(functools.reduce(getattr, ["real", "numerator"], 7))
print(functools.reduce(operator.mul, range(1, 31)))
print(functools.reduce(operator.add, map(float, "1.5 2.25 3".split())))
print(functools.reduce(operator.iadd, [[1], [2], [3]], []))
m = functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {})
print(m)
print(functools.reduce(operator.lt, [1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(functools.reduce(gcd, [48, 180, 36]))
try:
    functools.reduce(operator.add, [1, "2"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.truediv, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
