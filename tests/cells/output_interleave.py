# Covers: print output comes before the Out value of the same cell; prints without newline; prints in loops and functions.

# %%
print('first')
42

# %%
for i in range(3):
    print('line', i)
'done'

# %%
print('no newline', end='')
'value'

# %%
print('a', 'b', sep='-')
print()
[1, 2]

# %%
def noisy(x):
    print('computing', x)
    return x * 2

# %%
noisy(4)

# %%
[noisy(i) for i in range(3)]

# %%
print('only print')

# %%
noisy(5);

# %%
_
