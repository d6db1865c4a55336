import bisect

count = 0


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v


for n in [0, 1, 2, 3, 7, 8, 100, 1000, 1024]:
    a = [N(i) for i in range(n)]
    row = []
    for probe in [-1, n // 2, n]:
        count = 0
        left = bisect.bisect_left(a, N(probe))
        cl = count
        count = 0
        right = bisect.bisect_right(a, N(probe))
        row.append((left, cl, right, count))
    print(n, row)
a = [N(i) for i in range(50)]
count = 0
bisect.insort(a, N(25.5))
print(count, [x.v for x in a[24:28]])
count = 0
bisect.insort_left(a, N(25.5), 20, 30)
print(count, [x.v for x in a[24:29]])
