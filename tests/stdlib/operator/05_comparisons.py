import operator

ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt]
print([f.__name__ for f in ops])
for a, b in [(1, 2), (2, 2), (3, 2), (1.0, 1), ("a", "b"), ((1, 2), (1, 3)), ([2], [1, 5])]:
    print(a, b, [f(a, b) for f in ops])
print(operator.lt({1}, {1, 2}), operator.le({1}, {1}), operator.gt({1, 2}, {3}))
print(operator.eq(None, None), operator.ne(None, 0), operator.eq([], ()))
print(operator.eq(float("nan"), float("nan")), operator.ne(float("nan"), float("nan")))


class Weird:
    def __lt__(self, other):
        return "less!"

    def __eq__(self, other):
        return 42


w = Weird()
print(operator.lt(w, 1), operator.eq(w, 0), operator.gt(1, w))
print(operator.ne(w, 0))
for f in [operator.lt, operator.ge]:
    for a, b in [(1, "a"), ([], ()), (None, None)]:
        try:
            f(a, b)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
