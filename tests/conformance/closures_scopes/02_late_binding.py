fns = []
for i in range(3):
    def f():
        return i * 10
    fns.append(f)
print([f() for f in fns])
i = 100
print([f() for f in fns])
fixed = [(lambda i=i: i * 10) for i in range(3)]
print([f() for f in fixed])
def make(n):
    return lambda: n * 10
made = [make(i) for i in range(3)]
print([f() for f in made])
