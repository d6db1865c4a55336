# Covers: %timeit -n N -r R and %%timeit (result lines normalised), and that %timeit leaves no Out value.

# %%
x = 5

# %%
%timeit -n 10 -r 3 x+1

# %%
%timeit -r 3 -n 10 x * 2

# %%
%timeit -n 1 -r 1 sum(range(10))

# %%
%%timeit -n 5 -r 2
s = 0
for i in range(10):
    s += i

# %%
%timeit x - 1

# %%
_

# %%
sorted(Out)

# %%
x
