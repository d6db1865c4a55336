a = "it's"
b = 'say "hi"'
c = '''both ' and " inside'''
d = """both ' and " and '' inside"""
e = """a""b"""
f = '''x''y'''
g = """ends with quote\""""
h = '''ends with quote\''''
print(a, b, c, d, e, f, g, h)
