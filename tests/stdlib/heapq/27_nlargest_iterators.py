import heapq

consumed = []


def gen(values):
    for v in values:
        consumed.append(v)
        yield v


print(heapq.nlargest(2, gen([4, 9, 1, 7])), consumed)
consumed.clear()
print(heapq.nsmallest(1, gen([4, 9, 1, 7])), consumed)
consumed.clear()
print(heapq.nsmallest(0, gen([4, 9, 1, 7])), consumed)
consumed.clear()
print(heapq.nlargest(-3, gen([4, 9])), consumed)
consumed.clear()
print(heapq.nsmallest(10, gen([4, 9, 1])), consumed)
consumed.clear()
print(heapq.nlargest(3, gen([2, 2, 5, 5, 1]), key=lambda v: -v), consumed)
it = iter([5, 3, 8])
print(heapq.nsmallest(2, it), list(it))
print(heapq.nlargest(2, map(len, ["a", "abc", "ab"])), heapq.nsmallest(2, zip([2, 1, 2], "cab")))
d = {"x": 3, "y": 1, "z": 2}
print(heapq.nlargest(2, d, key=d.get), heapq.nsmallest(2, d.items(), key=lambda kv: kv[1]))
