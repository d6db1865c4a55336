a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" """
e = 'it\'s'
f = "say \"hi\""
print(a, b, c, d, e, f)
print(repr(a), repr(e), repr(f))
print(repr('both \' and "'))
print("implicit " 'concatenation ' """of three""")
g = ("multi "
     "line "
     "concat")
print(g, len(g))
