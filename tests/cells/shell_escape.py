# Covers: !cmd shell escapes (their output is printed, nothing is cached) and files = !cmd capturing lines.

# %%
!echo hi

# %%
files = !echo a b

# %%
files

# %%
type(files).__name__

# %%
files[0]

# %%
lines = !printf 'one\ntwo\nthree\n'
lines

# %%
len(lines)

# %%
x = 5
!echo {x} $x

# %%
!echo first; echo second

# %%
sorted(Out)
