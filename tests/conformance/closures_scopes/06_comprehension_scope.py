x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
y = 5
data = [y + i for i in range(3)]
print(data)
class K:
    factor = 3
    first = [factor * i for i in range(2)] if False else "skip"
    try:
        values = [factor * i for i in range(3)]
    except NameError as e:
        values = str(e)
print(K.values)
print({k: k * 2 for k in "ab"}, [k for k in "zz"])
g = (n for n in range(3))
print(list(g), list(g))
