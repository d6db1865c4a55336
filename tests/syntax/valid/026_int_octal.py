a = 0o17
b = 0O17
c = 0o_7
d = 0o7_7_7
e = 0o0
print(a, b, c, d, e)
