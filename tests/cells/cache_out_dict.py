# Covers: the Out dict: which counts have entries, len(Out), Out[n], Out.get, and _oh being Out.

# %%
'first'

# %%
y = 2

# %%
print("printed, not an output")

# %%
y * 10

# %%
sorted(Out)

# %%
len(Out)

# %%
Out[2], Out[5]

# %%
Out.get(3, 'no entry for 3')

# %%
Out is _oh

# %%
list(Out.keys())

# %%
Out[5] is _5

# %%
len(Out)

# %%
Out[99]

# %%
sorted(Out)
