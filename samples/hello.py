# %% [markdown]
# A first cell file. `cellar run samples/hello.py` replays it cell by cell as a notebook would
# (the last expression of a cell is shown as Out[n]); `cellar samples/hello.py` runs it as a
# plain script, exactly as `python3` would.

# %%
data = [i * i for i in range(10)]
total = sum(data)
print(total)

# %%
data[:5]
