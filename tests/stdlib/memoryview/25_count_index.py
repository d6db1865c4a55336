m = memoryview(b'abcab')
for name in ('count', 'index', 'find', 'decode', 'startswith'):
    print(name, hasattr(m, name))
print(sorted(n for n in dir(m) if not n.startswith('_')))
print(m.tolist().count(97), m.tobytes().index(b'c'))
