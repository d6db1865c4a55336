import weakref


class O:
    def __init__(self, n):
        self.n = n


objs = [O(i) for i in range(4)]
A = weakref.WeakSet(objs[:2])
B = weakref.WeakSet(objs[:3])
print(A <= B, A < B, B >= A, B > A, A >= B, A > B, A <= A, A < A)
print(A.issubset(B), A.issubset(objs[:2]), B.issuperset(objs[:1]), A.issuperset(B))
print(A == weakref.WeakSet(objs[:2]), A == B, A != B, A == set(objs[:2]), A != set(objs[:2]))
print(A <= set(objs[:2]), A < set(objs), A > [])
print(A == A.copy(), A == objs[:2])
try:
    A < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    A <= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    A < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.issubset([1])
except TypeError as e:
    print(type(e).__name__, e)
print(set(objs[:2]) == A, set(objs[:2]) >= A)
