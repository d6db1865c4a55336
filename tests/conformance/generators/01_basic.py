def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yield", i)
        yield i
        i += 1
    print("done")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
