class Loud(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return dict.__getitem__(self, key) * 10

d = Loud(a=1, b=2)
print(d["a"])
print(d.get("a"), d.get("b"), d.get("c", "none"))
print(dict.get(d, "b"))
print(sorted(d.values()), sorted(d.items()))
print("a" in d, len(d))
print(dict.__getitem__(d, "b"))
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)

class Caseless(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

c = Caseless()
c["name"] = "Ada"
print(c["NAME"], c["Name"], "NAME" in c, c.get("NAME"), c.get("name"))
print(c)
