# Covers: comprehensions, f-strings and common str/list/dict methods as cell values.

# %%
words = ['delta', 'alpha', 'charlie', 'bravo']

# %%
sorted(words)

# %%
[w.upper() for w in words if 'a' in w[1:]]

# %%
{w: len(w) for w in words}

# %%
{len(w) for w in words}

# %%
name, score = 'Ann', 0.8765
f'{name:>6}|{score:.2%}|{score:8.3f}|{42:,}|{255:x}|{name!r}'

# %%
', '.join(w[::-1] for w in words)

# %%
[(i, j) for i in range(3) for j in range(i)]

# %%
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
[list(col) for col in zip(*matrix)]

# %%
'%s has %d items' % ('cart', 3)

# %%
dict(zip('abc', range(3))), list(enumerate('xy'))

# %%
any(len(w) > 6 for w in words), all(w.isalpha() for w in words)

# %%
print(f"{'centered':^20}|")
