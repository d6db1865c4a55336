class L(list):
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v * 2)
    def __contains__(self, x):
        print('contains', x)
        return super().__contains__(x)
    def __len__(self):
        return super().__len__() + 100
    def __eq__(self, other):
        print('eq')
        return super().__eq__(other)
    def __repr__(self):
        return 'L' + super().__repr__()

l = L([1, 2, 3])
print(l[0])
l[1] = 5
print(l)
print(3 in l, 7 in l)
print(len(l), list.__len__(l))
print(l == [1, 10, 3])
print(l == 5)
print(list(l), sum(l))
print(l[0:2], type(l[0:2]).__name__)
print(L.__hash__)
