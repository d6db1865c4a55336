# Covers: user exception classes, exceptions with several args, assert failures, and exceptions raised in __init__ and __repr__.

# %%
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f'bad key {key!r}')
        self.key = key

# %%
raise AppError('plain')

# %%
raise ConfigError('port')

# %%
raise AppError('two', 'args')

# %%
raise AppError

# %%
assert 1 + 1 == 3, 'arithmetic is broken'

# %%
assert []

# %%
try:
    raise ConfigError('host')
except AppError as e:
    print('caught', type(e).__name__, e.key, e)

# %%
class BadRepr:
    def __repr__(self):
        raise RuntimeError('repr failed')

# %%
b = BadRepr()

# %%
b

# %%
[b]

# %%
'after bad repr'
