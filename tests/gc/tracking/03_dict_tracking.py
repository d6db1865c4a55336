# dicts: untracked while all keys and values are untracked; tracked once a tracked value is stored
import gc
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked({1: "x", 2.5: None}), gc.is_tracked(dict(a=1, b="s")))
d = {}
d["x"] = 1
print(gc.is_tracked(d))
d["y"] = [1]
print(gc.is_tracked(d))
del d["y"]
print(gc.is_tracked(d))
gc.collect(0)
print("after collect(0)", gc.is_tracked(d))
gc.collect(1)
print("after collect(1)", gc.is_tracked(d))
gc.collect()
print("after collect(2)", gc.is_tracked(d))
d["z"] = {}
print(gc.is_tracked(d))
d["w"] = {"k": []}
print(gc.is_tracked(d))
