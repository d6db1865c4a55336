d = {"a": 1}
d.update({"b": 2}, c=3)
d.setdefault("d", 4)
value = d.pop("a")
missing = d.pop("zzz", None)
print(value, missing, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("b"), d.get("x", 0), "c" in d, len(d))
