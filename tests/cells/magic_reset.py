# Covers: %reset -f empties the namespace, the output cache and _ (In and the execution count go on).

# %%
a = 1
b = [1, 2]
def f():
    return a

# %%
a + 1

# %%
'value'

# %%
%who

# %%
%reset -f

# %%
%who

# %%
a

# %%
f

# %%
Out

# %%
_

# %%
len(In)

# %%
In[2]

# %%
c = 3
%who

# %%
c
