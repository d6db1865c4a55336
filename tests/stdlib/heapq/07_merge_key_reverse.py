import heapq

print(list(heapq.merge([9, 5, 1], [8, 2], [7, 6, 3], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge(["dddd", "bb"], ["ccc", "a"], key=len, reverse=True)))
recs1 = [("x", 1), ("y", 4)]
recs2 = [("z", 2), ("w", 3)]
print(list(heapq.merge(recs1, recs2, key=lambda r: r[1])))
print(list(heapq.merge([1, 2], [1, 2], key=None, reverse=False)))
print(list(heapq.merge([-1, 2, -3], [4, -5], key=abs)))
print(list(heapq.merge([], [3, 2], [], reverse=True)), list(heapq.merge([], key=len)))
print(list(heapq.merge([5], key=lambda v: v)), list(heapq.merge([5], [4], key=lambda v: -v)))
calls = []


def k(v):
    calls.append(v)
    return v


print(list(heapq.merge([1, 3], [2, 4], key=k)), calls)
calls.clear()
print(list(heapq.merge([3, 1], [4, 2], key=k, reverse=True)), calls)
try:
    list(heapq.merge([1], [2], foo=1))
except TypeError as e:
    print("TypeError:", e)
try:
    list(heapq.merge([1], [2], key=5))
except TypeError as e:
    print("TypeError:", e)
