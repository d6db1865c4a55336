import bisect

data = []


class Grow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if len(data) < 12:
            data.append(Grow(100 + len(data)))
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


data.extend(Grow(i) for i in range(0, 16, 2))
print(bisect.bisect_left(data, Grow(7)), len(data))
print(data)
del data[8:]
bisect.insort(data, Grow(9))
print(data, len(data))

shrink = list(range(10))


class Shrink:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if shrink:
            shrink.pop()
        return self.v < other


try:
    print(bisect.bisect_right(shrink, Shrink(8)))
except IndexError as e:
    print("IndexError:", e)
print(shrink)
