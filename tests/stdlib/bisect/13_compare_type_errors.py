import bisect

cases = [([1, 2, 3], "a"), (["a", "b"], 1), ([None, None], None), ([[1], [2]], (1,)), ([1, "b"], 0), ([{1}, {2}], {3})]
for a, x in cases:
    for f in [bisect.bisect_left, bisect.bisect_right]:
        try:
            print(f.__name__, f(a, x))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
a = [1, 2, 3]
try:
    bisect.insort(a, "x")
except TypeError as e:
    print("insort TypeError:", e)
print(a)
try:
    bisect.insort_left(a, None)
except TypeError as e:
    print("insort_left TypeError:", e)
print(a)
print(bisect.bisect_left([1, 2, 3], 2.5), bisect.bisect_left([1.5, 2.5], True), bisect.bisect_right([(1, "a"), (2, "b")], (1, "z")))
try:
    print(bisect.bisect_left([(1, "a"), (1, 2)], (1, 5)))
    bisect.bisect_right([(1, "a"), (1, 2)], (1, "q"))
except TypeError as e:
    print("TypeError:", e)
