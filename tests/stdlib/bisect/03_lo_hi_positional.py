import bisect

a = [0, 10, 20, 30, 40, 50, 60]
for lo, hi in [(0, 7), (2, 5), (3, 3), (0, 0), (6, 7), (4, 2), (7, 7), (6, 6)]:
    row = []
    for x in [-5, 0, 25, 30, 60, 99]:
        row.append((bisect.bisect_left(a, x, lo, hi), bisect.bisect_right(a, x, lo, hi)))
    print(lo, hi, row)
print(bisect.bisect_left(a, 35, 2), bisect.bisect_right(a, 35, 5), bisect.bisect(a, 5, 3))
b = [5, 1, 9, 2, 8]
print(bisect.bisect_left(b, 3, 1, 2), bisect.bisect_right(b, 9, 2, 3))
print(bisect.bisect_left(a, 25, True), bisect.bisect_left(a, 25, False, True))
