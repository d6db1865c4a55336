x = 4
a = f"{f'{x}'}"
b = f"{f'{x:>{x}}'}"
c = f"""{f'{f"{x}"}'}"""
d = f"{x:{f'{x}'}}"
print(a, b, c, d)
