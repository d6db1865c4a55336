# Covers: string display: quotes chosen by repr, escapes, long strings, strings with newlines (split by the pretty printer).

# %%
'hello'

# %%
"it's"

# %%
'say "hi"'

# %%
'both \' and "'

# %%
'tab\there'

# %%
'line1\nline2'

# %%
'x' * 100

# %%
'one\ntwo\nthree'

# %%
'word ' * 30

# %%
'para one\n' * 6

# %%
['a\nb', 'c']

# %%
'unicode: é ß → ☃'

# %%
'\\ backslash'

# %%
s = 'no display'

# %%
print(s)

# %%
str(12345)
