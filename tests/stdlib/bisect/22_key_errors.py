import bisect

seen = []


def key(v):
    seen.append(v)
    if v == 13:
        raise LookupError("key cannot handle 13")
    return v


a = list(range(0, 30, 3))
print(bisect.bisect_left(a, 10, key=key), seen)
seen.clear()
b = list(range(10, 17))
try:
    bisect.bisect_left(b, 14, key=key)
except LookupError as e:
    print("LookupError:", e, seen)
seen.clear()
c = [10, 20]
try:
    bisect.insort(c, 13, key=key)
except LookupError as e:
    print("insort LookupError:", e, seen, c)
try:
    bisect.bisect_right([1, 2, 3], 2, key=lambda v: "s" if v == 2 else v)
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.bisect_left([1, 2, 3], 2, key=lambda: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.insort_right([[1], [2]], 5, key=len)
except TypeError as e:
    print("TypeError:", e)
print(bisect.bisect_left([[1], [2, 2]], 2, key=len), bisect.bisect_right(["x", "yy"], "zz", key=None))
