d = {"alpha": 1, 2: "two", (1, 2): "pair"}
for key in ["beta", 3, (2, 1), None, ""]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop("gamma")
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["alpha"], d["alpha"]
except KeyError as e:
    print("del:", e, d)
