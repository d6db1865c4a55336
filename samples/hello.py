# %% [markdown]
# A first cell file: `cellar samples/hello.py` runs it as a script (cell replay comes with the notebook).

# %%
data = [i * i for i in range(10)]
total = sum(data)
print(total)
