# Covers: recursive containers: a list containing itself, dicts containing themselves, and mutual recursion.

# %%
l = [1, 2]
l.append(l)
l

# %%
d = {'name': 'root'}
d['self'] = d
d

# %%
a = [1]
b = [a]
a.append(b)
a

# %%
b

# %%
s = {'k': [0]}
s['k'].append(s)
s

# %%
repr(l)

# %%
print(d)

# %%
t = ([],)
t[0].append(t)
t

# %%
shared = [1]
[shared, shared]
