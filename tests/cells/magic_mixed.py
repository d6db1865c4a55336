# Covers: magics mixed with code in one file: %time between code cells, x = %who_ls, magic lines inside code cells.

# %%
data = [3, 1, 2]

# %%
%time data.sort()

# %%
data

# %%
names = %who_ls
names

# %%
def double(v):
    return v * 2
%time result = double(21)
result

# %%
%who

# %%
result + 1

# %%
for n in range(2):
    %time double(n)

# %%
%reset_selective -f ^res
names2 = %who_ls
names2

# %%
_
