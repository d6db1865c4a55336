# Covers: a file without any '# %%' marker is one cell; only its last expression is displayed.
a = 1
b = 2
print('one cell', a + b)
a * 10
a + b
