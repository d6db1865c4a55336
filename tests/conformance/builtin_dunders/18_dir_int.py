print(hasattr(3, '__add__'), hasattr(3, '__len__'), hasattr('s', '__len__'))
print('__len__' in dir([]), '__add__' in dir(1), '__dict__' in dir(1))
names = sorted(n for n in dir(1) if n.startswith('__'))
print(len(names))
for n in names:
    print(n)
others = [n for n in dir(1) if not n.startswith('__')]
print(others)
print(dir(1) == sorted(dir(1)))
print(dir(1) == dir(int), dir(True) == dir(bool))
print([n for n in dir(int) if n.startswith('__r') and n.endswith('__')])
