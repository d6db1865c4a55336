import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(100)
small = depth(0)
sys.setrecursionlimit(2000)
large = depth(0)
sys.setrecursionlimit(old)
print(small < 100, large > 1000, large < 2000, sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
sys.setrecursionlimit(3000)
print(count(2500))
sys.setrecursionlimit(1000)
