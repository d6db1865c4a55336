# Covers: chained exceptions: raise ... from e, implicit chaining during except, and raise ... from None.

# %%
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

# %%
parse('12')

# %%
parse('twelve')

# %%
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return undefined_fallback

# %%
lookup({'a': 1}, 'b')

# %%
def quiet(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('missing') from None

# %%
quiet({}, 'z')

# %%
try:
    parse('x')
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(e)
