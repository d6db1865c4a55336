# Covers: %reset_selective -f REGEX deletes the names matching the regular expression (re.search), nothing else.

# %%
apple = 1
apricot = 2
banana = 3
cherry_a = 4
temp1 = 5
temp2 = 6

# %%
%who

# %%
%reset_selective -f ^ap

# %%
%who

# %%
%reset_selective -f temp\d

# %%
%who

# %%
%reset_selective -f a

# %%
%who

# %%
apple

# %%
%reset_selective -f nomatch

# %%
%who
