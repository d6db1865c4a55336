# Covers: cells with nested blocks: for/if/while/def/class/try/with inside one another.

# %%
total = 0
for i in range(10):
    if i % 2 == 0:
        j = 0
        while j < i:
            total += j
            j += 1
    else:
        continue
total

# %%
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    for d in range(2, n):
        if n % d == 0:
            return 'composite'
    else:
        return 'prime or one'

[classify(n) for n in (-3, 0, 1, 7, 9)]

# %%
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        try:
            if self.n >= 2:
                raise OverflowError('too many')
            self.n += 1
        except OverflowError as e:
            return str(e)
        else:
            return self.n
        finally:
            print('tick done')

c = Counter()
[c.tick() for _ in range(4)]

# %%
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource('outer') as r:
    with Resource('inner'):
        for k in range(2):
            print('body', k)
r.name

# %%
with Resource('failing'):
    raise KeyError('inside with')

# %%
def make_adder(n):
    def add(x):
        return x + n
    return add

adders = [make_adder(k) for k in range(3)]
[a(10) for a in adders]

# %%
found = None
n = 0
while True:
    n += 1
    if n * n > 50:
        found = n
        break
found
