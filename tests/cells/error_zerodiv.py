# Covers: ZeroDivisionError raised in a function defined in an earlier cell; state from before the error stays.

# %%
def inverse(a):
    return 1 / a

# %%
total = 10
inverse(4)

# %%
inverse(0)

# %%
total

# %%
def average(xs):
    s = sum(xs)
    return s / len(xs)

# %%
average([1, 2, 3])

# %%
count = 1
count += 1
average([])
count += 100

# %%
count

# %%
10 // 0

# %%
7 % 0

# %%
1.0 / 0.0

# %%
_

# %%
sorted(Out)
