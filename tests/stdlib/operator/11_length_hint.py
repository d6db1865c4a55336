import operator


class WithLen:
    def __len__(self):
        return 4


class WithHint:
    def __length_hint__(self):
        return 9


class Both:
    def __len__(self):
        return 2

    def __length_hint__(self):
        return 50


class HintNI:
    def __length_hint__(self):
        return NotImplemented


class Neither:
    pass


print(operator.length_hint([1, 2, 3]), operator.length_hint(()), operator.length_hint("abcd"))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(100))))
it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it))
print(operator.length_hint(WithLen()), operator.length_hint(WithHint()), operator.length_hint(Both()))
print(operator.length_hint(HintNI()), operator.length_hint(HintNI(), 7), operator.length_hint(Neither()), operator.length_hint(Neither(), 12))
print(operator.length_hint(x for x in range(3)), operator.length_hint(iter({1: 2}), 5))
print(operator.length_hint(reversed([1, 2, 3])), operator.length_hint(map(abs, [1])), operator.length_hint(map(abs, [1]), 3))


class BadHint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


for v in [-1, "x", 2.5]:
    try:
        operator.length_hint(BadHint(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [([], "a"), ([], 1.5)]:
    try:
        operator.length_hint(*args)
    except TypeError as e:
        print("TypeError:", e)
print(operator.length_hint(BadHint(True)), operator.length_hint([], -5))
