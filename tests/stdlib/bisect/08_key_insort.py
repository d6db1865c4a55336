import bisect

k = lambda r: r[1]
recs = [("a", 1), ("b", 3), ("c", 7)]
bisect.insort(recs, ("x", 3), key=k)
print(recs)
bisect.insort_left(recs, ("y", 3), key=k)
print(recs)
bisect.insort_right(recs, ("z", 0), key=k)
bisect.insort_right(recs, ("w", 99), key=k)
print(recs)
bisect.insort_left(recs, ("q", 7), lo=2, key=k)
print(recs)
bisect.insort(recs, ("lo", 1), 3, key=k)
print(recs)
calls = []


def logged(r):
    calls.append(r[0])
    return r[1]


data = [("p", 1), ("q", 2), ("r", 3), ("s", 4), ("t", 5)]
bisect.insort_left(data, ("new", 4), key=logged)
print(data, calls)
calls.clear()
bisect.insort_right(data, ("new2", 4), key=logged)
print(data, calls)
words = ["kiwi", "apple", "banana"]
bisect.insort(words, "fig", key=len)
bisect.insort(words, "plum", key=len)
print(words)
try:
    bisect.insort([1, 2], 5, key=lambda v: v[0])
except TypeError as e:
    print("TypeError:", e)
