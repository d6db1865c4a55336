# Covers: generators: their repr, next(), exhaustion and StopIteration, list(gen), generator expressions, yield from.

# %%
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1

# %%
g = count_to(3)
g

# %%
next(g)

# %%
next(g), next(g)

# %%
next(g)

# %%
list(g)

# %%
list(count_to(5))

# %%
sq = (i * i for i in range(4))
sq

# %%
sum(sq)

# %%
def chain(*gens):
    for gen in gens:
        yield from gen

list(chain(count_to(2), 'ab', [None]))

# %%
def broken():
    yield 1
    raise ValueError('inside generator')

# %%
list(broken())

# %%
type(g).__name__

# %%
it = iter([1, 2])
next(it), next(it)

# %%
next(it, 'default')
