import bisect

r = range(0, 10 ** 12, 7)
print(len(r), bisect.bisect_left(r, 700), bisect.bisect_right(r, 700), bisect.bisect_left(r, 10 ** 11))
print(bisect.bisect_left(range(10), 5, 2, 8), bisect.bisect_right(range(5, 0, -1), 3))
t = (2, 4, 6, 8)
print(bisect.bisect_left(t, 5), bisect.bisect_right(t, 8), bisect.bisect(t, 1))
s = "acegik"
print(bisect.bisect_left(s, "f"), bisect.bisect_right(s, "g"), bisect.bisect(s, "z"))


class Squares:
    def __init__(self, n):
        self.n = n
        self.reads = 0

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        self.reads += 1
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(10 ** 6)
print(bisect.bisect_left(sq, 144), sq.reads)
sq.reads = 0
print(bisect.bisect_right(sq, 10 ** 10), sq.reads)
sq.reads = 0
print(bisect.bisect_left(sq, 50, hi=100), sq.reads)
sq.reads = 0
print(bisect.bisect_left(sq, 10 ** 9, lo=999990), sq.reads)
