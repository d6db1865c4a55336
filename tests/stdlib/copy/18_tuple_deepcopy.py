import copy

t = (1, 2, "three", (4, 5), None, 6.0)
print(copy.copy(t) is t, copy.deepcopy(t) is t)

tl = (1, [2, 3])
tc = copy.copy(tl)
td = copy.deepcopy(tl)
print(tc is tl, td is tl, td == tl, td[1] is tl[1], td[0] is tl[0])
tl[1].append(4)
print(tl, tc, td)

# a nested tuple is rebuilt only where something mutable sits below
nested = ((1, 2), ([3],), (4, (5, 6)))
nd = copy.deepcopy(nested)
print(nd is nested, nd[0] is nested[0], nd[1] is nested[1], nd[2] is nested[2])

# tuple containing a frozenset: the frozenset is rebuilt, so is the tuple
tf = (frozenset({1}),)
print(copy.deepcopy(tf) is tf, copy.deepcopy(tf) == tf)

# tuple of instances
class V:
    pass
tv = (V(), V())
tvd = copy.deepcopy(tv)
print(tvd is tv, type(tvd).__name__, tvd[0] is tv[0])

# a namedtuple-like tuple subclass
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)
p = Pair(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc, pc is p, pc[1] is p[1])
print(type(pd).__name__, pd, pd is p, pd[1] is p[1])
pi = Pair(1, 2)
print(copy.copy(pi) is pi, copy.deepcopy(pi) is pi)

# empty tuple
empty = ()
print(copy.deepcopy(empty) is empty, copy.copy(empty) is empty)
# a tuple that contains itself through a list
lst = []
tt = (lst,)
lst.append(tt)
tt2 = copy.deepcopy(tt)
print(tt2[0][0] is tt2, tt2 is not tt)
