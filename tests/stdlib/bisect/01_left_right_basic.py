import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9, 2.5, 1.999]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_left([7], 7), bisect.bisect_right([7], 7), bisect.bisect_left([7], 8), bisect.bisect_right([7], 6))
same = [4] * 9
print(bisect.bisect_left(same, 4), bisect.bisect_right(same, 4), bisect.bisect_left(same, 3), bisect.bisect_right(same, 5))
big = list(range(0, 1000, 3))
print(bisect.bisect_left(big, 500), bisect.bisect_right(big, 501), bisect.bisect_left(big, -1), bisect.bisect(big, 10 ** 9))
