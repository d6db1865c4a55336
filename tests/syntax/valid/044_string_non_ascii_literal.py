a = "café"
b = '日本語'
c = "emoji 😀 here"
d = """mixed ñ and ü"""
e = 'Ωmega'
print(a, b, c, d, e, len(c))
