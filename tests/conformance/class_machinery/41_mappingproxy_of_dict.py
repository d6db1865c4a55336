import types
d = {'a': 1}
p = types.MappingProxyType(d)
d['b'] = 2
print(p, len(p), p['b'], 'a' in p, list(p), p.get('z', 0), p == d, p != {}, dict(p))
class C:
    x = 1
print(C.__dict__ == dict(C.__dict__), vars(C) == {})
try: types.MappingProxyType([1])
except TypeError as e: print(e)
class DS(dict): pass
q = types.MappingProxyType(DS(k=3)); print(q['k'], len(q))
print(type(p).__name__, p.copy(), type(p.copy()).__name__)
