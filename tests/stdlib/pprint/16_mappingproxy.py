# mappingproxy objects print as mappingproxy({...}) with a sorted dict inside.
import pprint
import types

mp = types.MappingProxyType({"b": 2, "a": 1, "c": list(range(20))})
pprint.pprint(mp)
pprint.pprint(mp, width=30)
pprint.pprint(types.MappingProxyType({}))
pprint.pprint([types.MappingProxyType({"x": "y" * 60})])
print(pprint.saferepr(mp))
print(pprint.isreadable(mp))
pprint.pprint(types.MappingProxyType({"k": "v"}), width=1)
