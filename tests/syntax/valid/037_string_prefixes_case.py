a = u'unicode prefix'
b = U"upper unicode"
c = r'x'
d = R'x'
e = f'x'
f = F'x'
g = rf'{a}\n'
h = fr'{b}\n'
i = Rf'{c}'
j = fR'{d}'
k = FR'{e}'
l = RF"{f}"
print(a, b, c, d, e, f, g, h, i, j, k, l)
