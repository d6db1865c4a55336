# An exhausted list, tuple, dict or set iterator lets go of what it iterated, so the
# container dies when the loop ends, not when the iterator does.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


it = iter([D(1), D(2)])
print([d.n for d in it])
print("list iterator exhausted; still alive:", type(it).__name__)
del it
print("--- tuple")
it = iter((D(3),))
print(next(it).n, next(it, "end"))
print(type(it).__name__, "kept")
del it
print("--- dict values")
it = iter({"a": D(4)}.values())
print([d.n for d in it], type(it).__name__)
del it
print("--- set")
s = {1, 2}
it = iter(s)
print(sorted(it), len(s))
del s
print(list(it), type(it).__name__)
print("--- reversed")
it = reversed([D(5)])
print([d.n for d in it], type(it).__name__)
del it
print("end")
