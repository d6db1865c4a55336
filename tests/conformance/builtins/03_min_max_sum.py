print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda v: -v), min(["aa", "b", "ccc"], key=len))
print(max([], default=None), min((), default="empty"))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(10)), sum([[1], [2]], []))
print(max(1, 2.5), min(True, 0), max([1, 2], [1, 3]), max((1, "b"), (1, "a")))
for f in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: max(1, "a"), lambda: min(5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
