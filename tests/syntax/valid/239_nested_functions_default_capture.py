funcs = [lambda i=i: i for i in range(3)]
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print([f() for f in funcs], [a(10) for a in make_adders()])
