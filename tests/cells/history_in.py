# Covers: the In list: In[0] is '', In[n] is cell n's text, len(In), and In[-1] is the running cell.

# %%
a = 1

# %%
In[2]

# %%
len(In)

# %%
In[-1]

# %%
def f(x):
    return x + 1

# %%
In[6]

# %%
print(In[6])

# %%
In[0] == ''

# %%
In is _ih

# %%
In[1:4]

# %%
[len(s) for s in In]

# %%
In
