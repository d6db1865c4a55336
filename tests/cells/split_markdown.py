# Covers: '# %% [markdown]' cells are skipped entirely (not run, no execution count), even when they hold code-like text.

# %% [markdown]
# # A heading
# print('markdown is never run')

# %%
value = 'code'
value

# %% [markdown]
1 / 0

# %%
In

# %% Some title [markdown]
print('a titled markdown cell is skipped too')

# %%
sorted(Out)
