a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = ''
f = ""
g = ''''''
h = """"""
print(a, b, c, d, e, f, g, h)
