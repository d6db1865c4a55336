# SimpleNamespace prints as namespace(...) with attributes in insertion order.
import pprint
import types

ns = types.SimpleNamespace(name="widget", size=(10, 20), tags=["a", "b"], notes="lorem ipsum " * 6)
pprint.pprint(ns)
pprint.pprint(ns, width=30)
pprint.pprint(types.SimpleNamespace())
pprint.pprint(types.SimpleNamespace(inner=types.SimpleNamespace(x=list(range(30)))), width=40)
class Config(types.SimpleNamespace):
    pass
pprint.pprint(Config(debug=True, paths=["/usr/local/bin", "/usr/bin", "/bin", "/sbin"]), width=30)
me = types.SimpleNamespace(a=1)
me.self_ref = me
me.long = "x" * 80
print(pprint.pformat(me, width=40))
print(pprint.saferepr(types.SimpleNamespace(a=1)))
print(pprint.isreadable(types.SimpleNamespace(a=1)))
