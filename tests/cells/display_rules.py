# Covers: which cells display a value: only a final expression statement; not one inside if/for/def, not an assignment.

# %%
x = 5

# %%
x += 1

# %%
if x > 0:
    x * 100

# %%
for i in range(3):
    i

# %%
x
x + 1

# %%
x + 1
y = 2

# %%
def f():
    return 1

# %%
class K:
    pass

# %%
import sys

# %%
del y

# %%
x == 6

# %%
x, y2 = 1, 2

# %%
(x, y2)

# %%
x if x else 0

# %%
[x]; x

# %%
try:
    x
except Exception:
    pass

# %%
x  # trailing comment

# %%
# only a comment

# %%
pass

# %%
sorted(Out)
