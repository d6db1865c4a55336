import bisect


class LoggingList(list):
    def insert(self, i, x):
        print("insert called", i, x)
        super().insert(i, x)


class NoInsert(list):
    def insert(self, i, x):
        print("refusing", i, x)


class Rev(list):
    def __getitem__(self, i):
        return super().__getitem__(len(self) - 1 - i)


ll = LoggingList([1, 3, 5])
bisect.insort(ll, 4)
bisect.insort_left(ll, 3)
bisect.insort_right(ll, 0, key=lambda v: v)
print(ll, type(ll).__name__)
print(bisect.bisect_left(ll, 4), bisect.bisect_right(ll, 3))
ni = NoInsert([1, 2])
bisect.insort(ni, 0)
print(ni)
plain = [1, 3]
bisect.insort(plain, 2)
print(plain)
r = Rev([9, 7, 5, 3, 1])
print(r[0], bisect.bisect_left(r, 4), bisect.bisect_right(r, 5))
print(bisect.bisect_left(list(r), 4))
