a = 'abc' "def"
b = 'x' 'y' 'z'
c = '''tri''' "ple"
d = r'\n' '\n'
e = "" ""
print(a, b, c, repr(d), e)
