import bisect

inf = float("inf")
f = [-inf, -1.5, 0.0, 0.0, 2.25, inf]
for x in [-inf, -2, -0.0, 0, 1e-300, 2.25, 1e308, inf]:
    print(x, bisect.bisect_left(f, x), bisect.bisect_right(f, x))
nan = float("nan")
print(bisect.bisect_left(f, nan), bisect.bisect_right(f, nan))
print(bisect.bisect_left([1, nan, 3], 2), bisect.bisect_right([1, 2, 3], 2, key=lambda v: nan))
words = ["apple", "banana", "cherry", "date"]
for w in ["", "a", "apple", "applf", "b", "zzz", "Banana"]:
    print(repr(w), bisect.bisect_left(words, w), bisect.bisect_right(words, w))
t = [(1, "a"), (1, "c"), (2, ""), (2, "b"), (3,)]
for x in [(1,), (1, "b"), (2, "b"), (2, "bb"), (3,), (3, ""), (0, "z")]:
    print(x, bisect.bisect_left(t, x), bisect.bisect_right(t, x))
mixed = [1, 1.5, 2, 2.5, True + 2]
print(bisect.bisect_left(mixed, 2.0), bisect.bisect_right(mixed, 2.0), bisect.bisect_left(mixed, 3))
big = [10 ** 20, 10 ** 30, 10 ** 40]
print(bisect.bisect_left(big, 1e30), bisect.bisect_right(big, 1e30), bisect.bisect_left(big, 10 ** 30 + 1))
