d = {"one": 1, "two": 2, "three": 3}
ks = d.keys()
vs = d.values()
its = d.items()
d["four"] = 4
print(ks, len(vs), list(its)[-1])
for k, v in d.items():
    print(k, v)
print("two" in ks, 2 in vs, ("one", 1) in its)
print(sorted(d, key=d.get, reverse=True))
print(list(reversed(d)), list(reversed(d.values())))
print(d.keys() == {"one", "two", "three", "four"}, d.keys() & {"one", "five"} == {"one"})
