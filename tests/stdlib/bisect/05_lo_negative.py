import bisect

a = [1, 2, 3]
for f in [bisect.bisect_left, bisect.bisect_right, bisect.bisect, bisect.insort_left, bisect.insort_right, bisect.insort]:
    for lo in [-1, -100]:
        try:
            f(a, 2, lo)
        except ValueError as e:
            print(f.__name__, lo, "ValueError:", e)
    try:
        f(a, 2, lo=-1, hi=2)
    except ValueError as e:
        print(f.__name__, "kw ValueError:", e)
print(a)
print(bisect.bisect_left(a, 2, 0), bisect.bisect_left(a, 2, 5), bisect.bisect_left(a, 2, 2, 1))
