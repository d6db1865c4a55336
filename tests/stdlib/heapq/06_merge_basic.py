import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 1, 2], [1, 3])), list(heapq.merge()), list(heapq.merge([])))
print(list(heapq.merge([], [5], [], [1, 9])), list(heapq.merge([3, 2, 1], [0])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge((1, 3), range(0, 6, 2), iter([2.5]))))
m = heapq.merge([1, 2], [0])
print(type(m).__name__, next(m), next(m), list(m))
try:
    next(m)
except StopIteration:
    print("exhausted")
gen = (x * x for x in range(5))
print(list(heapq.merge(gen, [2, 3, 5, 7])))
print(list(heapq.merge([[1], [3]], [[2]])), list(heapq.merge([(1, "b")], [(1, "a")])))
print(list(heapq.merge([1], [2], [3], [4], [0])))
print(sorted(heapq.merge([5, 1], [4])) == list(heapq.merge([1, 5], [4])))
try:
    list(heapq.merge([1, 2], ["a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError:", e)
