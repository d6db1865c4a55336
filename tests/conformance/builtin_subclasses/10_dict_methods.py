class Config(dict):
    def describe(self):
        return ", ".join(k + "=" + str(self[k]) for k in sorted(self))

c = Config(host="h", port=80)
print(c, len(c), c.describe())
print(list(c.keys()), list(c.values()), list(c.items()))
c.update({"debug": True}, port=8080)
print(c.describe())
print(c.pop("debug"), c.pop("missing", None), len(c))
print(c.setdefault("port", 1), c.setdefault("user", "root"))
print(c.popitem(), c)
print(c.get("host"), c.get("x"), "host" in c)
plain = dict(c)
print(plain, type(plain).__name__, plain == c, c == plain, c == {"host": "h"})
cp = c.copy()
print(cp, type(cp).__name__)
print(repr(c), str(Config()), Config())
print(bool(Config()), bool(c), isinstance(c, dict), type(c) is dict)
for k in c:
    print("key", k, c[k])
c.clear()
print(c, len(c))
print(Config.fromkeys("ab", 0), type(Config.fromkeys("ab")).__name__)
del_me = Config(a=1, b=2)
del del_me["a"]
print(del_me)
