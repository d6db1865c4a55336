import reprlib

r = reprlib.Repr()
print(r.repr({5, 3, 9, 1, 7, 2, 8, 6}))
print(r.repr(frozenset("hello world")))
print(r.repr({"b": 1, "a": 2, "d": 3, "c": 4, "e": 5}))
# unsortable keys keep insertion (iteration) order
print(r.repr({1: "int", "s": "str", (1,): "tuple", None: "none", 2.5: "float"}))
print(r.repr({3, "x"}) in ("{3, 'x'}", "{'x', 3}"))
print(r.repr([{3: 1, 1: 2, 2: 3}]))
mixed = {(2, "b"): 1, (1, "a"): 2, (1, "b"): 3}
print(r.repr(mixed))
print(r.repr({1: [1, 2, 3, 4, 5, 6, 7], 0: "zero" * 20}))
# keys with equal sort: sorted is stable
print(r.repr({1.0: "f", 0: "z", 2: "t"}))
