# Covers: %time STMT and %%time cells (figures normalised): the value of a timed expression is displayed and cached.

# %%
x = 6

# %%
%time y = x * 7

# %%
y

# %%
%time x + 1

# %%
_

# %%
%time print('printed while timed')

# %%
%%time
total = 0
for i in range(100):
    total += i

# %%
total

# %%
%%time
squares = [i * i for i in range(5)]
squares

# %%
%time None

# %%
%time 1 / 0

# %%
sorted(Out)
