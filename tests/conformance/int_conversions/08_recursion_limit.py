# sys.setrecursionlimit with values that do not fit in a C int.
import sys

def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError, TypeError) as e:
        print(label, '->', type(e).__name__, e)

before = sys.getrecursionlimit()
attempt('sys.setrecursionlimit(2**31)', lambda: sys.setrecursionlimit(2**31))
attempt('sys.setrecursionlimit(2**63)', lambda: sys.setrecursionlimit(2**63))
attempt('sys.setrecursionlimit(-2**63)', lambda: sys.setrecursionlimit(-2**63))
attempt('sys.setrecursionlimit(0)', lambda: sys.setrecursionlimit(0))
attempt('sys.setrecursionlimit(-1)', lambda: sys.setrecursionlimit(-1))
attempt('sys.setrecursionlimit(2.5)', lambda: sys.setrecursionlimit(2.5))
print('unchanged:', sys.getrecursionlimit() == before)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(before)
print('restored:', sys.getrecursionlimit() == before)
