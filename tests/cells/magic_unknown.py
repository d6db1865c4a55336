# Covers: unknown line and cell magics are a UsageError; the cell does not run and the session goes on.

# %%
v = 1

# %%
%foo

# %%
%foo bar baz

# %%
%%nosuchcell
print('not run')

# %%
print('before the magic')
%bogus

# %%
v

# %%
%reset -z

# %%
%xdel
