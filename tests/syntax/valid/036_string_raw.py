a = r'\n'
b = R"\d+\s*"
c = r'''raw \t triple'''
d = R"""raw
multi"""
e = r'\''
f = r"\\"
g = r"\""
h = r'C:\path\to\file'
print(a, b, c, d, e, f, g, h)
