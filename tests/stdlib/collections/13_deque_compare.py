from collections import deque


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = deque([1, 2, 3])
t(lambda: a == deque([1, 2, 3]))
t(lambda: a == deque([1, 2, 3], maxlen=5))
t(lambda: a == [1, 2, 3])
t(lambda: a != [1, 2, 3])
t(lambda: a == (1, 2, 3))
t(lambda: deque() == deque())
t(lambda: a < deque([1, 2, 4]))
t(lambda: a < deque([1, 2, 3, 0]))
t(lambda: a <= deque([1, 2, 3]))
t(lambda: a > deque([1, 2]))
t(lambda: a >= deque([2]))
t(lambda: deque() < deque([0]))
t(lambda: deque("abc") < deque("abd"))
t(lambda: a < [1, 2, 4])
t(lambda: a > (1,))
t(lambda: deque([1, "a"]) < deque([1, 2]))
t(lambda: deque([1, "a"]) == deque([1, 2]))
t(lambda: deque([1.0, 2]) == deque([1, 2.0]))
t(lambda: deque([float("nan")]) == deque([float("nan")]))
n = float("nan")
t(lambda: deque([n]) == deque([n]))
t(lambda: sorted([deque([3]), deque([1, 5]), deque([1])]))
t(lambda: max(deque([2]), deque([1, 9])))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


t(lambda: deque([Loud(1), Loud(2)]) < deque([Loud(1), Loud(3)]))
t(lambda: deque([Loud(1)]) == deque([Loud(1), Loud(2)]))
