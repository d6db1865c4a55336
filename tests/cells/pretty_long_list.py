# Covers: lists wider than 79 columns print one item per line; lists that fit (79 columns exactly) stay on one line.

# %%
list(range(10))

# %%
list(range(25))

# %%
list(range(26))

# %%
list(range(100, 130))

# %%
['word%d' % i for i in range(12)]

# %%
['a fairly long string number %d' % i for i in range(4)]

# %%
[1.5 * i for i in range(20)]

# %%
[True, False] * 12

# %%
x = [0] * 26
x

# %%
[10 ** 20, 10 ** 21, 10 ** 22, 10 ** 23]

# %%
[2 ** 300]

# %%
['a' * 35, 'b' * 36]

# %%
['a' * 36, 'b' * 36]
