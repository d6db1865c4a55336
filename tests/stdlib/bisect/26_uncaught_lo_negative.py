import bisect

a = [2, 4, 6]
for lo in [0, 1, 2]:
    print(lo, bisect.bisect_left(a, 5, lo))
print(bisect.bisect_right(a, 5, lo=-1))
