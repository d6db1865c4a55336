import bisect

desc = [90, 70, 50, 30, 10]
neg = lambda v: -v
for x in [100, 90, 60, 10, 0]:
    print(x, bisect.bisect_left(desc, -x, key=neg), bisect.bisect_right(desc, -x, key=neg))
bisect.insort(desc, 60, key=neg)
bisect.insort_left(desc, 60, key=neg)
print(desc)
events = [(3, "c"), (1, "a"), (2, "b")]
timeline = []
for e in events:
    bisect.insort(timeline, e, key=lambda t: t[0])
print(timeline)
names = []
for n in ["delta", "Alpha", "charlie", "Bravo"]:
    bisect.insort(names, n, key=str.lower)
print(names)
print(bisect.bisect_left(names, "c", key=str.lower), bisect.bisect_right(names, "bravo", key=str.lower))
lengths = ["", "x", "yy", "zzz"]
print(bisect.bisect_left(lengths, 2, key=len), bisect.bisect_right(lengths, 2, key=len))
