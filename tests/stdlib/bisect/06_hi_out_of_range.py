import bisect

a = [1, 2, 3]
for hi in [4, 10]:
    for f in [bisect.bisect_left, bisect.bisect_right]:
        try:
            print(f.__name__, hi, f(a, 0, 0, hi))
        except IndexError as e:
            print(f.__name__, hi, "IndexError:", e)
print(bisect.bisect_left(a, 5, 0, 3), bisect.bisect_right(a, 5, 2, 3))
print(bisect.bisect_left("abc", "b", 0, 3), bisect.bisect_right((1, 2), 5, 1))
try:
    bisect.bisect_left((1, 2, 3), 10, 0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    bisect.bisect_left("abc", "z", 0, 5)
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3]
try:
    bisect.insort(b, 0, 0, 10)
except IndexError as e:
    print("IndexError:", e)
print(b)
try:
    bisect.bisect_right(a, 2, 0, 10)
except IndexError as e:
    print("bisect_right(hi=10):", e)
print("hi past the end but never indexed:", bisect.bisect_left(a, 3, 1, 4))
