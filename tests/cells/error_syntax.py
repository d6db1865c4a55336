# Covers: a SyntaxError anywhere in a cell means nothing of the cell runs (a print before the bad line does not print).

# %%
x = 1

# %%
print('this does not print')
x = 2
y = (

# %%
x

# %%
print('nor this')
1 +

# %%
print('nor this')
def f(:
    pass

# %%
x = = 3

# %%
'unterminated

# %%
for i in range(3) print(i)

# %%
else:
    pass

# %%
return 5

# %%
x

# %%
In[3]

# %%
sorted(Out)
