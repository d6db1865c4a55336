name = "world"
n = 3
a = f"hello {name}"
b = F'{n} items'
c = f"{name}{n}"
d = f""
e = f"no fields at all"
print(a, b, c, d, e)
