from collections import Counter

c = Counter("abracadabra")
print(c.most_common())
print(c.most_common(1))
print(c.most_common(3))
print(c.most_common(0))
print(c.most_common(-1))
print(c.most_common(100))
ties = Counter("zzyyxxwv")
print(ties.most_common())
print(ties.most_common(2))
ties2 = Counter(["b", "a", "c", "a", "b", "c"])
print(ties2.most_common())
print(Counter().most_common(), Counter().most_common(3))
neg = Counter({"a": -1, "b": 5, "c": 0, "d": 2})
print(neg.most_common())
print(neg.most_common(2))
fl = Counter({"x": 1.5, "y": 2, "z": True})
print(fl.most_common())
try:
    c.most_common("2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter({"a": 1, "b": "s"}).most_common()
except TypeError as e:
    print(type(e).__name__, e)
nums = Counter([3, 1, 3, 2, 1, 3])
print(nums.most_common(), nums.most_common(None))
top, count = nums.most_common(1)[0]
print(top, count)
print([k for k, _ in Counter("mississippi").most_common()])
