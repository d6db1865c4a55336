# Covers: %whos table: ints, floats, bools, None, short and long strings, lists, tuples, dicts, sets, functions, classes, instances.

# %%
%whos

# %%
n = 42
pi_ish = 3.14
flag = False
nothing = None

# %%
%whos

# %%
short = 'hello'
exactly49 = 'a' * 49
exactly50 = 'b' * 50
long_text = 'The quick brown fox jumps over the lazy dog. ' * 3
multi = 'line one\nline two'

# %%
%whos

# %%
numbers = [1, 2, 3, 4]
empty = []
pair = (1, 2)
table = {'a': 1, 'b': 2, 'c': 3}
uniq = {1, 2, 3}
frozen = frozenset([4])

# %%
%whos

# %%
def area(w, h=1):
    return w * h

class Shape:
    pass

class Named:
    def __repr__(self):
        return 'Named()'

s = Shape()
named = Named()
a_very_long_variable_name_for_width = 1

# %%
%whos

# %%
%whos int

# %%
%whos function type
