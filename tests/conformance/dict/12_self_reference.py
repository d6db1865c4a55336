d = {"name": "root"}
d["self"] = d
print(d)
e = {"d": d, "list": [d]}
print(e)
print(d["self"]["self"]["name"])
d.pop("self")
print(d, e)
