import types

print('__annotations__' in globals())
print(__annotations__)
m = types.ModuleType('m')
print('__annotations__' in m.__dict__)
print(m.__annotations__)
print('__annotations__' in m.__dict__)
exec('a: int = 1\nb: "B"', m.__dict__)
print(m.__annotations__, m.a)
ns = {}
exec('x: int = 1', ns)
print(ns['__annotations__'], ns['x'])
ns2 = {}
exec('x = 1', ns2)
print('__annotations__' in ns2)
ns3 = {}
exec('if False:\n    never: int\n', ns3)
print(ns3.get('__annotations__'))
ns4 = {}
exec('for i in range(2):\n    loop: i = i\n', ns4)
print(ns4['__annotations__'])
ns5 = {'__annotations__': {'pre': 0}}
exec('y: str', ns5)
print(ns5['__annotations__'])
ns6 = {}
exec('def f():\n    z: int = 1\n', ns6)
print('__annotations__' in ns6)
