class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return [v * self.k * scale for v in (x,) + rest]
triple = Multiplier(3)
print(triple(1), triple(1, 2, scale=10), triple.calls, callable(triple))
print(list(map(Multiplier(2), [1, 2])))
class Plain:
    pass
print(callable(Plain), callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
