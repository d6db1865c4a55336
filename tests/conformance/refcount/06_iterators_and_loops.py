import sys
xs = [10, 20]
print(sys.getrefcount(xs))
it = iter(xs)
print("iterator", sys.getrefcount(xs))
del it
print(sys.getrefcount(xs))
for v in xs:
    print("during for", sys.getrefcount(xs))
print("after for", sys.getrefcount(xs))
a = [1]
for each in [a, a]:
    print("loop var + temp list", sys.getrefcount(a))
print("loop var kept", sys.getrefcount(a))
del each
print(sys.getrefcount(a))
