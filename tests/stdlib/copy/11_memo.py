import copy

shared = [1, 2]
memo = {}
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0], a[0] is not shared)
print(id(shared) in memo, memo[id(shared)] is a[0])

# pre-seeding the memo substitutes an object
sentinel = ["replacement"]
memo = {id(shared): sentinel}
c = copy.deepcopy({"k": shared, "other": [shared]}, memo)
print(c, c["k"] is sentinel, c["other"][0] is sentinel)

# the memo also keeps the originals alive in a list under id(memo)
memo = {}
x = [[1], [2]]
copy.deepcopy(x, memo)
keep = memo[id(memo)]
print(type(keep).__name__, len(keep) >= 1, any(o is x for o in keep))

# atomic objects are not memoized
memo = {}
copy.deepcopy((1, "a", None), memo)
print(memo)
memo = {}
copy.deepcopy([1, "a"], memo)
print(len(memo))

# memo=None is the same as no memo
print(copy.deepcopy([1, [2]], None))

# the memo passed to __deepcopy__ is the same dict
seen = []
class Probe:
    def __deepcopy__(self, memo):
        seen.append(memo)
        return "probe copy"
m = {}
print(copy.deepcopy([Probe(), Probe()], m))
print(seen[0] is m, seen[1] is m)
