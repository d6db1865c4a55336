import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O(%d)" % self.n


objs = [O(i) for i in range(6)]
A = weakref.WeakSet(objs[:4])
B = weakref.WeakSet(objs[2:])


def show(label, s):
    print(label, type(s).__name__, sorted(x.n for x in s))


show("union", A.union(B))
show("|", A | B)
show("union list", A.union(objs[5:]))
show("intersection", A.intersection(B))
show("&", A & B)
show("difference", A.difference(B))
show("-", A - B)
show("sym", A.symmetric_difference(B))
show("^", A ^ B)
show("inter list", A.intersection([objs[0], objs[5]]))
print(A.isdisjoint(B), A.isdisjoint(objs[4:]))
C = A.copy()
C |= B
show("|=", C)
C = A.copy()
C &= B
show("&=", C)
C = A.copy()
C -= B
show("-=", C)
C = A.copy()
C ^= B
show("^=", C)
C = A.copy()
C -= C
show("-= self", C)
C = A.copy()
C ^= C
show("^= self", C)
C = A.copy()
C.difference_update(objs[:1])
C.intersection_update(objs[:3])
C.symmetric_difference_update(objs[2:4])
show("updates", C)
for op in ("__or__", "__and__", "__sub__", "__xor__"):
    try:
        getattr(A, op)(5)
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    A | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    A - [1]
except TypeError as e:
    print(type(e).__name__, e)
