import sys
x = 7
a = rf"\d{x}\n"
b = fr'{x}\t'
c = Rf"{x}\\"
d = rF'''{x}
\next'''
print(a, b, c, d)
