import bisect

for f in [bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right]:
    for a in [5, None, {1, 2}, iter([1, 2])]:
        try:
            f(a, 1)
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
for d in [{0: "a", 1: "b", 2: "c"}, {"a": 1}]:
    try:
        bisect.bisect_left(d, "b")
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class Fake:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return i * 10


print(bisect.bisect_left(Fake(), 25), bisect.bisect_right(Fake(), 30))
for seq in [(1, 2, 3), "abc", range(5), frozenset()]:
    try:
        bisect.insort(seq, 2)
        print("inserted", seq)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right("aceg", "d"), bisect.bisect_left(range(0, 100, 5), 42))
