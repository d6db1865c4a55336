import gc
import itertools

g = itertools.groupby([1, 1, 2])
print("groupby", gc.is_tracked(g))
k, grp = next(g)
print("_grouper", gc.is_tracked(grp))
a, b = itertools.tee([1, 2])
print("_tee", gc.is_tracked(a), gc.is_tracked(b))
print("product", gc.is_tracked(itertools.product("ab", repeat=2)))
print("product()", gc.is_tracked(itertools.product()))
print("permutations", gc.is_tracked(itertools.permutations("ab")))
print("combinations", gc.is_tracked(itertools.combinations("ab", 1)))
print("cwr", gc.is_tracked(itertools.combinations_with_replacement("ab", 1)))
# still tracked after exhaustion
for o in [g, a, itertools.product("a"), itertools.permutations("a"),
          itertools.combinations("a", 1), itertools.combinations_with_replacement("a", 1)]:
    list(o)
    print(type(o).__name__, "exhausted, tracked:", gc.is_tracked(o))
# results: the tuples produced hold only atoms here
p = next(itertools.product([1], [2]))
print("product tuple", p, type(p).__name__)
gc.collect()
print("gc.collect() found nothing to free:", gc.collect() == 0)


class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None

    def __del__(self):
        print("  del", self.name)


# a cycle through a tee: the node holds the tee that buffers the node
n = Node("tee-cycle")
t1, t2 = itertools.tee(iter([n]))
n.ref = t2
next(t1)
del n, t1, t2
print("cycle built; collecting")
print("freed something:", gc.collect() > 0)
# a cycle through groupby: the key function closes over the groupby
m = Node("groupby-cycle")
holder = {}
gb = itertools.groupby([m, m], key=lambda x: holder)
holder["gb"] = gb
print(next(gb)[0] is holder)
del m, gb, holder
print("cycle built; collecting")
print("freed something:", gc.collect() > 0)
print("end")
