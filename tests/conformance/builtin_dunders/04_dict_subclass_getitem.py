class D(dict):
    def __getitem__(self, key):
        print('D.__getitem__', key)
        return dict.__getitem__(self, key) * 10

d = D(a=1, b=2)
print(d['a'])
print(dict.__getitem__(d, 'b'))
print(d.get('a'))
print(D.__getitem__(d, 'b'))

class M(dict):
    def __missing__(self, key):
        return 'missing:' + key

m = M(x=1)
print(m['x'], m['y'])
print(m.__getitem__('z'))
print(dict.__getitem__(m, 'q'))
