# Covers: a trailing ; suppresses display and caching (Out, _ and _N) but the code still runs.

# %%
100

# %%
200;

# %%
_

# %%
3 in Out

# %%
'_3' in dir()

# %%
n = 0
def bump():
    global n
    n += 1
    return n
bump();

# %%
n

# %%
1; 2

# %%
x = 7; x;

# %%
x  # a comment after the value

# %%
x;  # a semicolon then a comment

# %%
'a;b'

# %%
sorted(Out)

# %%
print('semicolon after a call');

# %%
[1, 2];   
