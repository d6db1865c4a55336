# Covers: the cutting rules: blank and whitespace-only cells are skipped (no execution count), blank lines at the ends of a cell are dropped, inner blank lines kept, '# %% title' markers.
# %%


# %%
   

# %% A titled cell
x = 1


y = 2

# %%

x + y

# %%
In[2]
# %%
In[3]
#%% this is not a marker (no space), so this line is part of the cell
# %%x glued to the marker still starts a cell
len(In)
# %%
    # an indented comment only
# %%
sorted(Out)
