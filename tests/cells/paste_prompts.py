# Covers: text pasted with its prompts or its indentation runs as code: IPython strips `>>> `/`... ` (doctest style), `In [n]: `/`   ...: `, and the common leading indentation.

# %%
>>> x = 10
>>> x * 2

# %%
>>> def double(v):
...     return 2 * v
>>> double(x)

# %%
In [1]: y = [1, 2, 3]
   ...: y + [4]

# %%
    z = x + 1
    if z > 5:
        print('indented paste', z)

# %%
s = '''
>>> not a prompt
... nor this
'''
s

# %%
In[4]

# %%
...

# %%
	t = 1
	t
