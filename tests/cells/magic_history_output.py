# Covers: %history -o (each input followed by its output), -n with line numbers, ranges, and %%timeit with its setup line.

# %%
x = 6

# %%
x * 7

# %%
print('printed, not an output')

# %%
[x, x + 1]

# %%
%history -o

# %%
%history -n -o 2-4

# %%
%%timeit -n 3 -r 2 data = list(range(100))
total = sum(data)

# %%
%history -n 6-7

# %%
'data' in dir()

# %%
%%timeit -n 2 -r 1
counter = 0
for i in range(10):
    counter += i

# %%
'counter' in dir()
