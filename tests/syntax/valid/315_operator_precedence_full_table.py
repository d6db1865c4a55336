a, b, c, d = 1, 2, 3, 4
r = lambda: a if b or c and not d < a | b ^ c & d << a + b * -c ** d else a
s = a or b and not c in [d] == True
t = -a ** b * c // d % a + b - c << a >> b & c ^ d | a
u = a < b if c else d > a
print(r(), s, t, u)
