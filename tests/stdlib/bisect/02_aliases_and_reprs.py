import bisect

print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left is bisect.bisect_right, bisect.insort_left is bisect.insort_right)
for name in ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]:
    f = getattr(bisect, name)
    print(name, repr(f), f.__name__, callable(f))
print(sorted(n for n in dir(bisect) if not n.startswith("_")))
print(bisect.__name__)
a = [1, 3]
r = bisect.insort(a, 2)
print(r, a)
r = bisect.insort_left(a, 0)
print(r, a)
