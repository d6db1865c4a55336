# Covers: tuples: 1-tuples keep their comma, empty tuple, nested tuples, long tuples broken one item per line.

# %%
(1,)

# %%
('only',)

# %%
()

# %%
(1, 2, 3)

# %%
1, 2

# %%
((1,), (2, 3), ())

# %%
tuple(range(30))

# %%
(list(range(20)), 'x' * 30)

# %%
(('a' * 40,),)

# %%
x = 5,
x

# %%
tuple([[1], [2]])
