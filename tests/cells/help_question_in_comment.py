# %%
# A `?` at the end of a comment is no help request: the line runs as code.
total = 0
for x in range(3):  # XXX while not done?
    total += x
total
# %%
def f():
    # is this a question?
    return 'no'
f()
# %%
s = "a # b?"
s
# %%
len?
