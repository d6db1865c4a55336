import bisect


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


a = list(range(0, 20, 2))
print(bisect.bisect_left(a, 7, I(1), I(6)), bisect.bisect_right(a, 7, lo=I(5)), bisect.bisect_left(a, 100, hi=I(3)))
print(bisect.bisect_left(a, 7, True), bisect.bisect_right(a, 7, False, True))
b = [1, 5]
bisect.insort(b, 3, I(0), I(2))
bisect.insort_left(b, 0, lo=False)
print(b)
try:
    bisect.bisect_left(a, 7, I(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect_left(a, 7, I(1.5))
except TypeError as e:
    print("TypeError:", e)


class IntSub(int):
    pass


print(bisect.bisect_right(a, 9, IntSub(2), IntSub(8)), bisect.bisect_left(a, 9, hi=-1))
try:
    bisect.bisect_left(a, 9, 0, I(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
