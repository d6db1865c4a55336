a, b, c = 1, "two", [3]
d = {"x": "y"}
s = f"{a}{b}{c}"
t = f"{d.get('x', 'z')}{d.get('q', 'default')}"
u = f"{b.upper()!r}{len(c):03d}{a:>{a + 1}}"
v = f'''{"'"}{'"'}'''
print(s, t, u, v)
