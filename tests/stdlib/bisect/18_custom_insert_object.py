import bisect


class SortedLog:
    def __init__(self):
        self.items = []
        self.events = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        self.events.append("get%d" % i)
        return self.items[i]

    def insert(self, i, x):
        self.events.append("insert%d:%r" % (i, x))
        self.items.insert(i, x)


s = SortedLog()
for v in [5, 1, 4, 1, 9]:
    bisect.insort(s, v)
print(s.items)
print(s.events)
s.events.clear()
bisect.insort_left(s, 4, key=None)
print(s.items, s.events)


class InsertReturns:
    def __init__(self):
        self.items = [1, 2]

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        self.items.insert(i, x)
        return "ignored"


o = InsertReturns()
print(bisect.insort(o, 0), o.items)


class BadInsert(InsertReturns):
    def insert(self, i, x):
        raise RuntimeError("no insert at %d" % i)


try:
    bisect.insort(BadInsert(), 3)
except RuntimeError as e:
    print("RuntimeError:", e)
