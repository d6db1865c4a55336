class Idx(int):
    pass

i = Idx(1)
xs = ["a", "b", "c", "d"]
print(xs[i], xs[Idx(-1)], "wxyz"[i], (10, 20, 30)[Idx(2)])
print(xs[Idx(1):Idx(3)], xs[::Idx(2)])
xs[Idx(0)] = "A"
print(xs)
del xs[Idx(3)]
print(xs)
print(range(10)[Idx(4)], list(range(Idx(3))), xs.pop(Idx(0)), xs)
print("ab" * Idx(2), [0] * Idx(3), xs.index("c", Idx(0)))
d = {1: "one"}
print(d[i], d.get(Idx(1)))
print(hex(Idx(255)), bin(Idx(5)), chr(Idx(65)))
