import operator

data = [1, 2, 3, 2, 1, 2]
print(operator.contains(data, 2), operator.contains(data, 9), operator.contains("hello", "ell"))
print(operator.contains({"a": 1}, "a"), operator.contains({"a": 1}, 1), operator.contains(range(5), 4))
print(operator.countOf(data, 2), operator.countOf(data, 7), operator.countOf("banana", "a"))
print(operator.indexOf(data, 2), operator.indexOf(data, 1), operator.indexOf((5, 6, 7), 7))
print(operator.countOf([1, 1.0, True], 1), operator.indexOf([0, False, 1], True))
nan = float("nan")
print(operator.countOf([nan, nan, 1], nan), operator.indexOf([1, nan], nan))
print(operator.countOf([float("nan")], float("nan")))
print(operator.countOf(iter([3, 3, 4]), 3), operator.countOf(iter([]), 3))
print(operator.indexOf((x * x for x in range(10)), 49))
print(operator.countOf({"k": 1, "j": 2}, "k"))


class OnlyIter:
    def __iter__(self):
        return iter([5, 6, 5])


print(operator.contains(OnlyIter(), 6), operator.countOf(OnlyIter(), 5), operator.indexOf(OnlyIter(), 6))
for seq, x in [(data, 9), ("abc", "z"), ([], None)]:
    try:
        operator.indexOf(seq, x)
    except ValueError as e:
        print("ValueError:", e)
for f in [operator.contains, operator.countOf, operator.indexOf]:
    try:
        f(5, 1)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
print(operator.__contains__ is operator.contains)
