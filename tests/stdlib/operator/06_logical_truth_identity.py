import operator


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


vals = [0, 1, -1, 0.0, "", "a", [], [0], (), {}, None, Falsy(), Sized(0), Sized(3)]
print([operator.truth(v) for v in vals])
print([operator.not_(v) for v in vals])
print(type(operator.truth(5)).__name__, type(operator.not_(5)).__name__)
a = [1]
b = [1]
print(operator.is_(a, a), operator.is_(a, b), operator.is_not(a, b), operator.is_not(a, a))
print(operator.is_(None, None), operator.is_not(None, 0))
print(operator.eq(a, b), operator.is_(a, b))


class BadBool:
    def __bool__(self):
        return 1


class Raises:
    def __len__(self):
        return -1


for f in [operator.truth, operator.not_]:
    for obj in [BadBool(), Raises()]:
        try:
            f(obj)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
