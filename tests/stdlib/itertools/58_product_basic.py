import itertools

print(list(itertools.product("ab", "xy")))
print(list(itertools.product([1, 2], [3], [4, 5])))
print(list(itertools.product()))
print(list(itertools.product(repeat=0)))
print(list(itertools.product(repeat=5)))
print(list(itertools.product("ab", repeat=0)))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product("ab", "c", repeat=2)))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.product([], "abc")))
print(list(itertools.product("abc", [])))
print(list(itertools.product("abc", [], repeat=0)))
print(list(itertools.product([], repeat=3)))
print(list(itertools.product("a")))
print(list(itertools.product(range(2), range(2), range(2), range(1), range(2))))
print(len(list(itertools.product(range(3), range(4), range(5)))))
print(len(list(itertools.product("abcd", repeat=4))), 4 ** 4)
# rightmost element advances fastest: the results come out sorted
rows = list(itertools.product([1, 2, 3], "ab", [True, False]))
print(rows[:4], rows[-1])
nums = list(itertools.product(range(3), repeat=3))
print(nums == sorted(nums), nums[0], nums[13], nums[-1])
# each result is a fresh tuple
p = itertools.product("ab", repeat=2)
first = next(p)
second = next(p)
print(first, second, type(first).__name__, first is second)
# nested-loop equivalence
a, b, c = "pq", range(2), (None, 0)
print(list(itertools.product(a, b, c)) == [(x, y, z) for x in a for y in b for z in c])
# dict and set pools use their iteration order
print(list(itertools.product({"k": 1, "j": 2}, (1,))))
print(sorted(itertools.product({3, 1}, {2})))
# repeat as keyword with bool
print(list(itertools.product("ab", repeat=True)))
# exhausted product stays exhausted
p = itertools.product([1], [2])
print(list(p), list(p), next(p, "end"))
# product of a string with itself, joined
print(["".join(t) for t in itertools.product("01", repeat=3)])
