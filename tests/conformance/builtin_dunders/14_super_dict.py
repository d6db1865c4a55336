class D(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, [v])
    def __getitem__(self, k):
        return super().__getitem__(k)[0]
    def __contains__(self, k):
        return super().__contains__(k.lower())
    def __len__(self):
        return super().__len__() * 10
    def __repr__(self):
        return 'D(' + super().__repr__() + ')'

d = D()
d['a'] = 1
d['b'] = 2
print(d['a'], d)
print('A' in d, 'Z' in d)
print(len(d), dict.__len__(d))
d.update(c=3)
print(d)
print(d.get('a'), dict(d))
e = D(x=9)
print(e, e['x'] if isinstance(dict.__getitem__(e, 'x'), list) else 'raw')
print(D.__hash__, super(D, d).__len__())
