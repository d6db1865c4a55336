import math

print(repr(sum([0.1] * 10)), repr(math.fsum([0.1] * 10)))
print(repr(math.fsum([])), repr(math.fsum([1, 2, 3])), type(math.fsum([1])).__name__)
print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([-0.0, -0.0])), repr(math.fsum([-0.0, 0.0])), repr(math.fsum([-0.0])))
print(repr(math.fsum(x / 7 for x in range(100))))
print(repr(math.fsum(range(10**6))), repr(math.fsum([10**20, 1, -10**20])))
print(repr(math.fsum([0.3, 0.3, 0.3, -0.9])), repr(0.3 + 0.3 + 0.3 - 0.9))
print(repr(math.fsum([2.0**53, 1.0, 2.0**-53])))
print(repr(math.fsum([1.7976931348623157e308, -1e292, 9.9792015476736e291])))
print(repr(math.fsum([True, True, 0.5])))
print(repr(math.fsum([float("inf"), 1])), repr(math.fsum([float("-inf"), -1e308])))
print(repr(math.fsum([float("nan"), 1])), repr(math.fsum([float("inf"), float("nan")])))

for data in [[1e308, 1e308, -1e308], [float("inf"), float("-inf")], [1e308, 1e308], [1e308, 1e308, -1e308, -1e308, 1e308]]:
    try:
        print(repr(math.fsum(data)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for bad in [5, None, ["a"], [1, "2"], [10**400], [1j]]:
    try:
        math.fsum(bad)
    except (TypeError, OverflowError) as e:
        print(repr(bad)[:12], type(e).__name__, e)

def gen():
    yield 1.5
    raise RuntimeError("stop")

try:
    math.fsum(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
