import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.argv).__name__, len(sys.argv), type(sys.argv[0]).__name__, sys.argv[0].endswith(".py"))
print(type(sys.version).__name__, len(sys.version) > 0)
s1 = sys.getsizeof([])
s2 = sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
print(type(s1).__name__, s1 > 0, s2 > s1)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(type(e).__name__, e)
