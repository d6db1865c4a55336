# Covers: In and _ih hold the translated text of magics and ! lines, while _i, _iN and %history keep the raw text.

# %%
x = 3

# %%
%who

# %%
names = %who_ls

# %%
!echo shell

# %%
In[3]

# %%
In[4]

# %%
In[5]

# %%
_i3

# %%
_ii

# %%
_i5

# %%
%history -n 2-5
