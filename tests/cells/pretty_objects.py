# Covers: default displays of objects: instances (<__main__.C at 0x…>), classes, functions with signatures, builtins, methods, modules.

# %%
class C:
    pass

# %%
C()

# %%
C

# %%
def f(a, b=1):
    return a + b

# %%
f

# %%
def g(*args, key=None, **kwargs):
    pass
g

# %%
lambda x: x

# %%
len

# %%
print

# %%
class Greeter:
    def hello(self, name):
        return 'hi ' + name
    @staticmethod
    def static():
        pass
    @classmethod
    def make(cls):
        return cls()

# %%
Greeter.hello

# %%
Greeter().hello

# %%
Greeter.static

# %%
Greeter.make

# %%
import sys, math
sys

# %%
math.sqrt

# %%
[C, f, len]

# %%
type(3)

# %%
int

# %%
ValueError

# %%
ValueError('bad value')

# %%
KeyError('k')

# %%
[].append

# %%
'abc'.upper
