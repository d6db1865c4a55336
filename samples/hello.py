# %% [markdown]
# A first cell file: run it with `cellar run samples/hello.py` once the interpreter lands.

# %%
data = [i * i for i in range(10)]
total = sum(data)
print(total)
