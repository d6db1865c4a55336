# a nested function that refers to itself through a closure cell: function + cell + closure tuple = 3
import gc
def make():
    def inner(n):
        if n == 0:
            return 0
        return inner(n - 1) + 1
    return inner
gc.collect()
f = make()
print(f(3))
del f
print(gc.collect())
make()
make()
print(gc.collect())
