# Covers: a cell that ends before its code does (an open bracket, block, string or backslash) fails as IPython's compiler reports it: 'incomplete input', at the end of the cell; a header missing its ':' before other code is plain invalid syntax.

# %%
a = 1

# %%
b = [1,
 2,

# %%
for i in range(3):

# %%
if a:
    pass
else:

# %%
s = '''never
closed

# %%
total = 1 + \

# %%
f(x for x in

# %%
class A(

# %%
for i in range(3) print(i)

# %%
class B pass

# %%
class C

# %%
for i in range(3)

# %%
def f():
    x = (1,
    return x

# %%
a
