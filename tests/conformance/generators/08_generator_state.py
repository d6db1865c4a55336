def stateful():
    total = 0
    for i in range(1, 4):
        total += i
        yield total
    print("generator finished with", total)
g = stateful()
print(next(g))
a = list(g)
print(a)
print(list(g))
gens = [stateful() for _ in range(2)]
print(next(gens[0]), next(gens[0]), next(gens[1]))
def gen_with_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_try():
    print(v)
