import operator

pairs = [(7, 3), (-7, 3), (7, -3), (7.5, 2), (2, 0.5), (True, 3)]
for a, b in pairs:
    print(a, b, operator.add(a, b), operator.sub(a, b), operator.mul(a, b))
    print("  ", operator.truediv(a, b), operator.floordiv(a, b), operator.mod(a, b))
    print("  ", operator.pow(a, b))

print(operator.add("ab", "cd"), operator.add([1], [2, 3]), operator.add((1,), (2,)))
print(operator.mul("ab", 3), operator.mul(3, [0]), operator.mul((1, 2), 2))
print(operator.mod("%s-%d", ("x", 5)))
print(operator.neg(5), operator.neg(-2.5), operator.neg(True))
print(operator.pos(-3), operator.pos(True), operator.pos(2.0))
print(operator.abs(-9), operator.abs(-0.0), operator.abs(False))
print(operator.pow(2, -1), operator.pow(-8, 2), operator.pow(10, 20))
print(operator.floordiv(-7.0, 2), operator.mod(-7.0, 2), operator.mod(7, -2.0))
print(operator.truediv(1, 3), operator.truediv(10, 5), type(operator.truediv(10, 5)).__name__)
print(operator.add(10 ** 30, 1), operator.mul(-(10 ** 20), 10 ** 20))
