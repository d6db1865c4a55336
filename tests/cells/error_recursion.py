# Covers: RecursionError uncaught (IPython folds the repeated frames) and caught; state from before stays.

# %%
def down(n):
    return down(n + 1)

# %%
before = 'still here'

# %%
down(0)

# %%
before

# %%
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__ + ':', e)

# %%
def ping(n):
    return pong(n)

def pong(n):
    return ping(n)

# %%
try:
    ping(1)
except RecursionError as e:
    print('caught:', e)

# %%
import sys
sys.getrecursionlimit()
