a = {}
b = {"a": 1}
c = {"a": 1, "b": 2,}
d = {1: "one", (2, 3): "tuple key", None: 0}
e = {"nested": {"deep": {"deeper": []}}}
f = {
    "k1": 1,
    "k2": [1, 2],
}
print(a, b, c, d, e, f)
