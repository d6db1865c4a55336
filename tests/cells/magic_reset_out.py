# Covers: %reset -f out flushes Out, _N and _ (it prints how many entries); variables and In stay.

# %%
x = 'kept'

# %%
1

# %%
2

# %%
[3]

# %%
sorted(Out)

# %%
%reset -f out

# %%
Out

# %%
_

# %%
__

# %%
_3

# %%
x

# %%
'new'

# %%
_

# %%
Out

# %%
%reset -f out

# %%
%reset -f out

# %%
_i2
