import itertools

g = itertools.groupby("aaabbbccc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, k2)
print("g1 after advancing:", list(g1))
print("g2 still current:", list(g2))
k3, g3 = next(g)
print(k3, next(g3))
print("g2 after advancing:", list(g2))
print("g3 rest:", list(g3))
print(next(g, "done"))
print("g3 after exhaustion:", list(g3))

# collecting pairs first leaves every group but the last empty
pairs = list(itertools.groupby("aabbcc"))
print([(k, list(gr)) for k, gr in pairs])
pairs = list(itertools.groupby([1, 1, 2, 2, 2]))
print([k for k, _ in pairs], [list(gr) for _, gr in pairs])

# partially consumed group: outer iterator skips what is left
g = itertools.groupby("aaaabbc")
k, grp = next(g)
print(k, next(grp))
k, grp = next(g)
print(k, list(grp))

# a group keeps working after the outer groupby name is deleted
g = itertools.groupby("xxy")
k, grp = next(g)
del g
print(k, list(grp))

# the outer iterator resumes correctly after a group was exhausted by hand
g = itertools.groupby([1, 1, 2, 3, 3])
out = []
for k, grp in g:
    out.append((k, next(grp)))
print(out)

# an invalidated group stays empty
g = itertools.groupby("ab")
_, ga = next(g)
_, gb = next(g)
print(list(ga), list(ga), list(gb), list(gb))
